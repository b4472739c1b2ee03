// .cxlint.yaml: any bytes give settings or errors with positions, never a crash.
#include "fuzz_support.h"
#include "lint/config_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<cxlint::ConfigError> errors;
  cxlint::LoadConfig(cxlint::fuzz::WriteInput(".cxlint.yaml", data, size), errors);
  return 0;
}
