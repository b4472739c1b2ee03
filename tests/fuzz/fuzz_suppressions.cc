// Suppression comments in HCL and YAML: the first byte picks the file kind; the rest is the file,
// linted whole so comments meet real findings (CX002 for unused ones included).
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const cxlint::fuzz::Selected input = cxlint::fuzz::Select(data, size);
  const char* name = input.selector & 1 ? "main.tf" : "flow.yaml";
  cxlint::fuzz::LintPath(cxlint::fuzz::WriteInput(name, input.data, input.size));
  return 0;
}
