// The pre-commit hook definitions: they run cxlint, pass the changed files to one run, and pick
// exactly the files cxlint reads.

#include <doctest/doctest.h>

#include <regex>

#include "parse/yaml/yaml_reader.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

TEST_SUITE("docs") {
  TEST_CASE(".pre-commit-hooks.yaml runs cxlint on changed Terraform and flow files") {
    const std::string text = ReadFile(SourceDir() / ".pre-commit-hooks.yaml");
    const parse::ParseResult hooks = parse::ParseYaml(text);
    REQUIRE(hooks.ok());
    REQUIRE(hooks.root.IsSequence());
    const auto field = [](const parse::Node& hook, std::string_view key) {
      const parse::Node* value = hook.Find(key);
      return value ? value->text : std::string();
    };
    const parse::Node* changed = nullptr;  // the hook for changed files
    for (const parse::Node& hook : hooks.root.items) {
      CAPTURE(field(hook, "id"));
      CHECK(field(hook, "entry").rfind("cxlint lint", 0) == 0);
      CHECK(field(hook, "language") == "system");
      if (field(hook, "id") == "cxlint") changed = &hook;
    }
    REQUIRE(changed != nullptr);
    CHECK(field(*changed, "pass_filenames") == "true");
    // One run sees a .tf and the flow file it deploys together.
    CHECK(field(*changed, "require_serial") == "true");
    // pre-commit matches `files` with Python's re.search; this pattern means the same in ECMAScript.
    const std::regex files(field(*changed, "files"));
    for (const char* path : {"main.tf", "modules/x/variables.tf", "plan.tf.json", "prod.tfvars", "flows/a.yaml",
                             "flows/b.yml", "Order Status.i3InboundMessage", "Lookup.i3WorkFlow"}) {
      CAPTURE(path);
      CHECK(std::regex_search(path, files));
    }
    for (const char* path : {"README.md", "terraform.tfstate", "main.tf.bak", "src/main.cc", "Makefile"}) {
      CAPTURE(path);
      CHECK_FALSE(std::regex_search(path, files));
    }
  }
}

}  // namespace
}  // namespace cxlint::testing
