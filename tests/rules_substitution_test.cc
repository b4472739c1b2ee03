// CX404 and CX405 (the `substitutions` of a genesyscloud_flow against the `{{key}}`s of its flow
// file) and CX407 (a flow calling a data action nothing linted defines), on small projects.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/test_support.h"

namespace cxlint::testing {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

constexpr const char* kFlow =
    "inboundCall:\n  name: \"{{flow_name}}\"\n  description: \"{{flow_description}}\"\n  defaultLanguage: en-us\n"
    "  startUpRef: \"/inboundCall/tasks/task[Main_10]\"\n  initialGreeting:\n    tts: \"{{greeting}}, {{greeting}}\"\n"
    "  tasks:\n    - task:\n        name: Main\n        refId: Main_10\n        actions:\n"
    "          - disconnect:\n              name: Bye\n";

std::string Deploy(const std::string& substitutions) {
  return "resource \"genesyscloud_flow\" \"inbound\" {\n  filepath = \"inbound.yaml\"\n  substitutions = " +
         substitutions + "\n}\n";
}

// A flow calling ('Orders' / `name`), with both outputs handled.
std::string CallingFlow(const std::string& name) {
  return "inboundCall:\n  name: Orders\n  defaultLanguage: en-us\n  startUpRef: \"/inboundCall/tasks/task[Main_10]\"\n"
         "  initialGreeting:\n    tts: Hi\n  tasks:\n    - task:\n        name: Main\n        refId: Main_10\n"
         "        actions:\n          - callData:\n              name: Look up\n              category:\n"
         "                Orders:\n                  dataAction:\n                    " +
         name +
         ":\n"
         "                      inputs: {}\n              outputs:\n                failure:\n"
         "                  actions:\n                    - transferToAcd:\n                        name: Agent\n"
         "                        targetQueue:\n                          lit:\n                            name: Q\n"
         "                timeout:\n                  actions:\n                    - transferToAcd:\n"
         "                        name: Agent\n                        targetQueue:\n                          lit:\n"
         "                            name: Q\n";
}

constexpr const char* kAction =
    "resource \"genesyscloud_integration_action\" \"lookup\" {\n  name = \"Lookup Order\"\n  category = \"Orders\"\n"
    "  integration_id = \"x\"\n  config_timeout_seconds = 8\n  contract_input = \"{}\"\n  contract_output = \"{}\"\n"
    "  config_request {\n    request_url_template = \"https://crm-gateway.acme.example/o\"\n"
    "    request_type = \"GET\"\n  }\n}\n";

TEST_SUITE("unit") {
  TEST_CASE("CX404 fires once per missing key, at its first use, and counts the uses") {
    TempDir dir;
    dir.Write("inbound.yaml", kFlow);
    dir.Write("main.tf", Deploy("{ flow_name = \"Orders\" }"));
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX404");
    REQUIRE(found.size() == 2);
    CHECK(found[0].location.file->path() == "inbound.yaml");
    CHECK(SpanText(found[0]) == "{{flow_description}}");
    CHECK(
        Has(found[0].message, "'{{flow_description}}' has no entry in the substitutions of genesyscloud_flow.inbound"));
    CHECK(SpanText(found[1]) == "{{greeting}}");
    CHECK(Has(found[1].message, "(used 2 times in the file)"));
    CHECK(found[0].severity == Severity::kError);
  }

  TEST_CASE("CX404 is skipped when the substitutions cannot be evaluated as a whole") {
    TempDir dir;
    dir.Write("inbound.yaml", kFlow);
    dir.Write("main.tf", Deploy("var.subs") + "variable \"subs\" {}\n");
    CHECK(Of(LintIn(dir.path()), "CX404").empty());
  }

  TEST_CASE("CX405 fires at an unused key and suggests the placeholder it misspells") {
    TempDir dir;
    dir.Write("inbound.yaml", kFlow);
    dir.Write("main.tf", Deploy("{\n    flow_name = \"Orders\"\n    flow_descripton = \"x\"\n    greeting = \"Hi\"\n"
                                "    default_language = \"en-us\"\n  }"));
    const LintResult result = LintIn(dir.path());
    const std::vector<Finding> found = Of(result, "CX405");
    REQUIRE(found.size() == 2);
    CHECK(SpanText(found[0]) == "flow_descripton");
    CHECK(Has(found[0].message, "did you mean 'flow_description'?"));
    CHECK(SpanText(found[1]) == "default_language");
    CHECK(!Has(found[1].message, "did you mean"));
    CHECK(found[0].severity == Severity::kNote);
  }

  TEST_CASE("CX407 fires at the unknown name with a near miss; silent when defined or when nothing is defined") {
    TempDir dir;
    dir.Write("flow.yaml", CallingFlow("Lookup Ordr"));
    dir.Write("main.tf", kAction);
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX407");
    REQUIRE(found.size() == 1);
    CHECK(SpanText(found[0]) == "Lookup Ordr");
    CHECK(Has(found[0].message, "(1 is defined)"));
    CHECK(Has(found[0].message, "did you mean 'Lookup Order'?"));

    TempDir defined;
    defined.Write("flow.yaml", CallingFlow("Lookup Order"));
    defined.Write("main.tf", kAction);
    CHECK(Of(LintIn(defined.path()), "CX407").empty());

    TempDir none;
    none.Write("flow.yaml", CallingFlow("Lookup Ordr"));
    CHECK(Of(LintIn(none.path()), "CX407").empty());
  }
}

}  // namespace
}  // namespace cxlint::testing
