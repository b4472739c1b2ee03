// What Terraform reads beside the configuration: .terraform/modules/modules.json (bit 0 of the
// first byte set) or a flow template that a local_file renders with templatefile() (bit 0 clear).
#include "fuzz_support.h"

namespace {

void Write(const std::string& name, const std::string& text) {
  cxlint::fuzz::WriteInput(name, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const cxlint::fuzz::Selected input = cxlint::fuzz::Select(data, size);
  if (input.selector & 1) {
    // Calls the manifest may list (nested ones too), and a downloaded folder it may point at.
    Write("main.tf",
          "module \"a\" {\n  source = \"git::https://example.com/a.git\"\n  in = \"x\"\n}\n"
          "module \"b\" {\n  source = \"acme/b/genesyscloud\"\n}\n");
    Write(".terraform/modules/a/main.tf",
          "variable \"in\" {}\nmodule \"b\" {\n  source = \"git::https://example.com/b.git\"\n}\n"
          "module \"c\" {\n  source = \"./c\"\n}\noutput \"out\" { value = var.in }\n");
    Write(".terraform/modules/a/c/main.tf",
          "resource \"genesyscloud_flow\" \"f\" {\n  filepath = \"${path.module}/f.yaml\"\n}\n");
    cxlint::fuzz::WriteInput(".terraform/modules/modules.json", input.data, input.size);
  } else {
    Write("main.tf",
          "resource \"local_file\" \"flow\" {\n"
          "  content  = templatefile(\"${path.module}/flow.tftpl\", { name = \"n\", items = [\"a\", \"b\"], on = true "
          "})\n"
          "  filename = \"${path.module}/out/flow.yaml\"\n}\n"
          "resource \"genesyscloud_flow\" \"flow\" {\n  filepath = local_file.flow.filename\n"
          "  substitutions = { key = \"v\" }\n}\n");
    cxlint::fuzz::WriteInput("flow.tftpl", input.data, input.size);
  }
  cxlint::fuzz::LintPath(cxlint::fuzz::InputDir());
  return 0;
}
