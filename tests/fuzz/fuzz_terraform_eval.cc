// The Terraform evaluator on a module: the input is main.tf; after the lint, every argument of
// every resource is evaluated, so expressions, functions, locals and module calls all run.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A local module beside it, so module calls, inputs and outputs have something to reach.
  const std::string module = "variable \"in\" {}\noutput \"out\" { value = \"${var.in}-x\" }\n";
  cxlint::fuzz::WriteInput("modules/m/main.tf", reinterpret_cast<const uint8_t*>(module.data()), module.size());
  cxlint::fuzz::WriteInput("main.tf", data, size);
  const cxlint::LintResult result = cxlint::fuzz::LintPath(cxlint::fuzz::InputDir());
  if (!result.project.terraform) return 0;
  for (const cxlint::model::TerraformResource& resource : result.project.terraform->resources()) {
    if (!resource.block) continue;
    for (const auto& attribute : resource.block->body.attributes) resource.Evaluate(attribute.expression);
  }
  return 0;
}
