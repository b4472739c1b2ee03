// LintOptions::only_rules, what the rule goldens run: the rules not listed do not run and their
// findings, the model's CX003 notes included, are left out; CX001 always stays; CX002 does not
// judge a suppression of a rule that did not run.

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "support/test_support.h"

namespace cxlint::testing {
namespace {

// A data action with the 60 s default timeout (CX305), under a suppression of CX302 that hides
// nothing (CX002); a module the model cannot follow (CX003); a file that cannot be read (CX001).
void WriteProject(const TempDir& dir) {
  dir.Write("main.tf",
            "# cxlint-ignore CX302: the stale suppression CX002 reports\n"
            "resource \"genesyscloud_integration_action\" \"get_order\" {\n"
            "  name            = \"Get Order Status\"\n"
            "  category        = \"Order Management\"\n"
            "  integration_id  = \"4f1c2b7e-0000-4000-8000-000000000001\"\n"
            "  contract_input  = \"{}\"\n"
            "  contract_output = \"{}\"\n"
            "  config_request {\n"
            "    request_url_template = \"https://orders.acme.example/v1/orders\"\n"
            "    request_type         = \"GET\"\n"
            "  }\n"
            "}\n"
            "module \"remote\" {\n"
            "  source = \"git::https://example.com/modules.git\"\n"
            "}\n");
  dir.Write("latin1.yaml", "workflow:\n  name: caf\xE9\n");
}

std::set<std::string> Codes(const LintResult& result) {
  std::set<std::string> codes;
  for (const Finding& finding : result.findings) codes.insert(std::string(finding.rule->code));
  for (const Finding& note : result.not_checked) codes.insert(std::string(note.rule->code));
  return codes;
}

LintResult LintOnly(const TempDir& dir, std::vector<std::string> codes) {
  LintOptions options;
  options.only_rules = std::move(codes);
  return LintIn(dir.path(), options);
}

TEST_SUITE("unit") {
  TEST_CASE("only_rules: every rule by default, else the listed ones and CX001") {
    TempDir dir;
    WriteProject(dir);
    CHECK(Codes(LintIn(dir.path())) == std::set<std::string>{"CX001", "CX002", "CX003", "CX305"});
    CHECK(Codes(LintOnly(dir, {"CX305"})) == std::set<std::string>{"CX001", "CX305"});
    CHECK(Codes(LintOnly(dir, {"CX003"})) == std::set<std::string>{"CX001", "CX003"});
    CHECK(Codes(LintOnly(dir, {"CX101"})) == std::set<std::string>{"CX001"});
  }

  TEST_CASE("only_rules: a suppression of a rule that did not run is not judged unused") {
    TempDir dir;
    WriteProject(dir);
    CHECK(Codes(LintOnly(dir, {"CX002"})) == std::set<std::string>{"CX001"});
    const LintResult judged = LintOnly(dir, {"CX002", "CX302"});
    REQUIRE(Of(judged, "CX002").size() == 1);
    CHECK(SpanText(Of(judged, "CX002")[0]) == "CX302");
  }
}

}  // namespace
}  // namespace cxlint::testing
