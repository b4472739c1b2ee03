// Logical addresses: line-free names of where a finding is, in HCL, YAML and .i3 inputs, and
// unchanged when lines above the finding are added.

#include <doctest/doctest.h>

#include <string>

#include "support/test_support.h"

namespace cxlint::testing {
namespace {

std::string AddressOf(const LintResult& result, std::string_view code) {
  for (const Finding& finding : result.findings) {
    if (finding.rule->code == code) return finding.address;
  }
  return "(no " + std::string(code) + ")";
}

constexpr const char* kFlow =
    "inboundCall:\n"
    "  name: Orders\n"
    "  startUpTaskActions:\n"
    "    - callData:\n"
    "        name: Get order\n"
    "        category:\n"
    "          Orders:\n"
    "            dataAction:\n"
    "              Get order:\n"
    "                successOutputs:\n"
    "                  total:\n"
    "                    var: Flow.total\n"
    "    - playAudio:\n"
    "        name: Say the total\n";

TEST_SUITE("unit") {
  TEST_CASE("a YAML finding is named by keys and action names, and survives shifted lines") {
    TempDir dir;
    dir.Write("flow.yaml", kFlow);
    const std::string before = AddressOf(LintIn(dir.path()), "CX201");
    CHECK(before == "inboundCall 'Orders' > startUpTaskActions > callData 'Get order'");
    dir.Write("flow.yaml", std::string("# a comment\n\n") + kFlow);
    CHECK(AddressOf(LintIn(dir.path()), "CX201") == before);
  }

  TEST_CASE("a finding in one of many actions is named by its own action") {
    // Actions in source order are searched by halves: each finding must still name its own.
    std::string flow = "inboundCall:\n  name: Orders\n  startUpTaskActions:\n";
    for (int i = 0; i < 300; ++i) {
      flow += "    - callData:\n        name: Get order " + std::to_string(i) +
              "\n        category:\n          Orders:\n            dataAction:\n              Get order:\n"
              "                successOutputs:\n                  total:\n                    var: Flow.total\n";
    }
    TempDir dir;
    dir.Write("flow.yaml", flow);
    const LintResult result = LintIn(dir.path());
    size_t named = 0, wrong = 0;
    for (const Finding& finding : result.findings) {
      if (finding.rule->code != std::string_view("CX201")) continue;
      const LineCol at = finding.location.file->Position(finding.location.span.begin);
      const std::string action = std::to_string((at.line - 4) / 9);  // nine lines an action
      ++named;
      if (finding.address != "inboundCall 'Orders' > startUpTaskActions > callData 'Get order " + action + "'") ++wrong;
    }
    CHECK(named == 299);  // all but the last call, after which the flow ends anyway
    CHECK(wrong == 0);
  }

  TEST_CASE("an HCL finding is named by its block address and attribute") {
    TempDir dir;
    dir.Write("main.tf",
              "resource \"genesyscloud_integration_action\" \"get_order\" {\n"
              "  name = \"Get order\"\n"
              "  category = \"Orders\"\n"
              "  integration_id = \"x\"\n"
              "  secure = false\n"
              "  contract_input = \"{}\"\n"
              "  contract_output = \"{}\"\n"
              "  config_request {\n"
              "    request_url_template = \"http://crm.example.com/orders\"\n"
              "    request_type = \"GET\"\n"
              "    request_template = \"$${input.rawRequest}\"\n"
              "  }\n"
              "}\n");
    CHECK(AddressOf(LintIn(dir.path()), "CX302") ==
          "resource.genesyscloud_integration_action.get_order > config_request > request_url_template");
  }
}

}  // namespace
}  // namespace cxlint::testing
