// The pre-commit hook definitions: they run cxlint, pass the changed files to one run, and pick
// exactly the files cxlint reads.

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <regex>

#include "support/test_support.h"

namespace cxlint::testing {
namespace {

TEST_SUITE("docs") {
  TEST_CASE(".pre-commit-hooks.yaml runs cxlint on changed Terraform and flow files") {
    const YAML::Node hooks = YAML::LoadFile((SourceDir() / ".pre-commit-hooks.yaml").string());
    REQUIRE(hooks.IsSequence());
    YAML::Node changed;  // the hook for changed files
    for (const YAML::Node& hook : hooks) {
      CAPTURE(hook["id"].as<std::string>());
      CHECK(hook["entry"].as<std::string>().rfind("cxlint lint", 0) == 0);
      CHECK(hook["language"].as<std::string>() == "system");
      if (hook["id"].as<std::string>() == "cxlint") changed = hook;
    }
    REQUIRE(changed.IsMap());
    CHECK(changed["pass_filenames"].as<bool>());
    // One run sees a .tf and the flow file it deploys together.
    CHECK(changed["require_serial"].as<bool>());
    // pre-commit matches `files` with Python's re.search; this pattern means the same in ECMAScript.
    const std::regex files(changed["files"].as<std::string>());
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
