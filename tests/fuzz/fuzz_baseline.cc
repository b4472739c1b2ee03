// Baselines: reading any bytes, and normalising any message.
#include "fuzz_support.h"
#include "lint/baseline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<cxlint::ConfigError> errors;
  const std::optional<cxlint::Baseline> baseline =
      cxlint::ReadBaseline(cxlint::fuzz::WriteInput("baseline.json", data, size), errors);
  if (baseline) {
    std::vector<cxlint::Finding> none;
    cxlint::ApplyBaseline(*baseline, none);
  }
  cxlint::NormaliseMessage(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
