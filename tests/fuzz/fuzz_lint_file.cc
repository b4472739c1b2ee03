// The whole lint of one file of each kind: the first byte picks the file name (and so the kind),
// the rest is the file.
#include <iterator>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kNames[] = {"flow.yaml",          "main.tf",          "main.tf.json", "action.json",
                                       "flow.i3InboundFlow", "terraform.tfvars", "plan.json",    "vars.tfvars.json"};
  const cxlint::fuzz::Selected input = cxlint::fuzz::Select(data, size);
  const char* name = kNames[input.selector % std::size(kNames)];
  cxlint::fuzz::LintPath(cxlint::fuzz::WriteInput(name, input.data, input.size));
  return 0;
}
