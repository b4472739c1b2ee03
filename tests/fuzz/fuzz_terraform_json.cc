// .tf.json and plan JSON through the Terraform model: the first bit picks which the file is.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const cxlint::fuzz::Selected input = cxlint::fuzz::Select(data, size);
  const char* name = input.selector & 1 ? "main.tf.json" : "plan.json";
  cxlint::fuzz::LintPath(cxlint::fuzz::WriteInput(name, input.data, input.size));
  return 0;
}
