// The endpoint rules CX302, CX305 and CX306 on small projects written to a temporary folder: what
// fires, where, with which message, and what stays silent. Then their counts on the shared corpus.

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "support/corpus_lint.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

// "line:column: text under the span".
std::string At(const Finding& finding) {
  const SourceFile& file = *finding.location.file;
  const LineCol begin = file.Position(finding.location.span.begin);
  return std::to_string(begin.line) + ":" + std::to_string(begin.column) + ": " +
         file.text().substr(finding.location.span.begin, finding.location.span.end - finding.location.span.begin);
}

uint32_t LineOf(const Location& location) { return location.file->Position(location.span.begin).line; }

// A custom-rest data action; `extra` goes after integration_id.
std::string Action(const std::string& url, const std::string& extra = "") {
  return "resource \"genesyscloud_integration\" \"orders\" {\n"
         "  integration_type = \"custom-rest-actions\"\n"
         "}\n"
         "resource \"genesyscloud_integration_action\" \"get_order\" {\n"
         "  name           = \"Get Order Status\"\n"
         "  category       = \"Order Management\"\n"
         "  integration_id = genesyscloud_integration.orders.id\n" +
         extra +
         "  contract_input  = \"{}\"\n"
         "  contract_output = \"{}\"\n"
         "  config_request {\n"
         "    request_url_template = \"" +
         url +
         "\"\n"
         "    request_type         = \"GET\"\n"
         "  }\n"
         "}\n";
}

// An Archy flow calling that action with this step timeout in seconds.
std::string Flow(int step_seconds) {
  return "inboundCall:\n  name: Orders\n  startUpRef: \"/inboundCall/tasks/task[Main_10]\"\n  defaultLanguage: en-us\n"
         "  initialGreeting:\n    tts: Hi.\n  tasks:\n    - task:\n        name: Main\n        refId: Main_10\n"
         "        actions:\n          - callData:\n              name: Look up\n              timeout:\n"
         "                lit:\n                  seconds: " +
         std::to_string(step_seconds) +
         "\n              category:\n                Order Management:\n                  dataAction:\n"
         "                    Get Order Status:\n                      inputs: {}\n"
         "              outputs:\n                failure:\n                  actions:\n"
         "                    - disconnect:\n                        name: Bye\n";
}

const char* const kHttps = "https://orders.acme.example/v1";

TEST_SUITE("unit") {
  TEST_CASE("CX302 fires on http:// to a remote host, at the URL, and names scheme and host") {
    TempDir dir;
    dir.Write("main.tf", Action("http://Orders.Acme.example:8080/v1/$${input.id}", "  config_timeout_seconds = 5\n"));
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX302");
    REQUIRE(found.size() == 1);
    CHECK(At(found[0]) == "12:28: \"http://Orders.Acme.example:8080/v1/$${input.id}\"");
    CHECK(found[0].message.find("'http://orders.acme.example'") != std::string::npos);
    CHECK(found[0].message.find("clear text") != std::string::npos);
  }
  TEST_CASE("CX302 stays silent on https, relative paths and loopback hosts") {
    for (const char* url : {"https://orders.acme.example/v1", "/api/v2/users/me", "http://localhost:3000/x",
                            "http://127.0.0.1/x", "http://127.10.0.3:81/x", "http://[::1]:8443/x"}) {
      CAPTURE(url);
      TempDir dir;
      dir.Write("main.tf", Action(url));
      CHECK(Of(LintIn(dir.path()), "CX302").empty());
    }
    // A host that only starts like a loopback address is not one.
    TempDir dir;
    dir.Write("main.tf", Action("http://127.0.0.1.nip.io/x"));
    CHECK(Of(LintIn(dir.path()), "CX302").size() == 1);
  }
  TEST_CASE("CX302 judges webhook blocks, and says Open Messaging needs 443") {
    TempDir dir;
    dir.Write("main.tf",
              "resource \"genesyscloud_conversations_messaging_integrations_open\" \"om\" {\n"
              "  name                   = \"Open\"\n"
              "  outbound_notification_webhook_url = \"http://hooks.acme.example/om\"\n"
              "  outbound_notification_webhook_signature_secret_token = var.secret\n"
              "}\n");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX302");
    REQUIRE(found.size() == 1);
    CHECK(LineOf(found[0].location) == 3);
    CHECK(found[0].message.find("port 443") != std::string::npos);
  }

  TEST_CASE("CX305 fires at the resource header when config_timeout_seconds is unset, and not when set") {
    TempDir dir;
    dir.Write("main.tf", Action(kHttps));
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX305");
    REQUIRE(found.size() == 1);
    CHECK(LineOf(found[0].location) == 4);
    CHECK(found[0].message.find("genesyscloud_integration_action.get_order sets no config_timeout_seconds") == 0);
    CHECK(found[0].message.find("60 s default") != std::string::npos);
    TempDir set;
    set.Write("main.tf", Action(kHttps, "  config_timeout_seconds = 10\n"));
    CHECK(Of(LintIn(set.path()), "CX305").empty());
  }
  TEST_CASE("CX305 skips custom auth actions and function data actions") {
    TempDir dir;
    dir.Write("main.tf",
              "resource \"genesyscloud_integration_custom_auth_action\" \"auth\" {\n"
              "  integration_id = \"abc\"\n"
              "  config_request {\n"
              "    request_url_template = \"https://login.acme.example/token\"\n"
              "    request_type         = \"POST\"\n"
              "  }\n"
              "}\n"
              "resource \"genesyscloud_integration_action\" \"fn\" {\n"
              "  name            = \"Score\"\n"
              "  category        = \"Scoring\"\n"
              "  integration_id  = \"abc\"\n"
              "  contract_input  = \"{}\"\n"
              "  contract_output = \"{}\"\n"
              "  config_request {\n"
              "    request_type = \"POST\"\n"
              "  }\n"
              "  function_config {\n"
              "    file_path = \"fn.zip\"\n"
              "  }\n"
              "}\n");
    CHECK(Of(LintIn(dir.path()), "CX305").empty());
  }
  TEST_CASE("CX305 fires on an export without config.timeoutSeconds, at its name") {
    TempDir dir;
    dir.Write("a.custom.json",
              "{\n  \"name\": \"Get Customer\",\n  \"integrationType\": \"custom-rest-actions\",\n"
              "  \"config\": { \"request\": { \"requestUrlTemplate\": \"https://crm.acme.example/c\", "
              "\"requestType\": \"GET\" } }\n}\n");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX305");
    REQUIRE(found.size() == 1);
    CHECK(At(found[0]) == "2:11: \"Get Customer\"");
    CHECK(found[0].message.find("data action 'Get Customer' has no config.timeoutSeconds") == 0);
  }

  TEST_CASE("CX306 fires at the step timeout when the data action's timeout is not shorter") {
    TempDir dir;
    dir.Write("main.tf", Action(kHttps, "  config_timeout_seconds = 20\n"));
    dir.Write("flow.yaml", Flow(20));
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX306");
    REQUIRE(found.size() == 1);
    CHECK(found[0].location.file->path().find("flow.yaml") != std::string::npos);
    CHECK(LineOf(found[0].location) == 14);
    CHECK(found[0].message.find("20 s") != std::string::npos);
    REQUIRE(found[0].related.size() == 1);
    CHECK(At(Finding{nullptr, {}, found[0].related[0].location, {}, {}}) == "8:28: 20");
  }
  TEST_CASE("CX306 counts an unset timeout as 60 s and points the related location at the action") {
    TempDir dir;
    dir.Write("main.tf", Action(kHttps));
    dir.Write("flow.yaml", Flow(30));
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX306");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("30 s") != std::string::npos);
    CHECK(found[0].message.find("1 min (the default") != std::string::npos);
    REQUIRE(found[0].related.size() == 1);
    CHECK(LineOf(found[0].related[0].location) == 4);
  }
  TEST_CASE("CX306 stays silent when the data action's timeout is shorter") {
    TempDir dir;
    dir.Write("main.tf", Action(kHttps, "  config_timeout_seconds = 10\n"));
    dir.Write("flow.yaml", Flow(30));
    CHECK(Of(LintIn(dir.path()), "CX306").empty());
  }
  TEST_CASE("examples/black-friday: the naive action has no timeout, the resilient one 8 s against a 20 s step") {
    const LintResult result = LintIn(SourceDir() / "examples" / "black-friday");
    const std::vector<Finding> defaulted = Of(result, "CX305");
    REQUIRE(defaulted.size() == 1);
    CHECK(defaulted[0].message.find("genesyscloud_integration_action.get_order_direct ") == 0);
    // The naive flow keeps Architect's suggested 1 min step timeout against that 60 s default: two
    // defaults are CX305's note, not CX306's; the resilient flow sets 8 s against 20 s.
    CHECK(Of(result, "CX306").empty());
    CHECK(Of(result, "CX302").empty());
  }
}

// ------------------------------------------------------------------ corpus
// Findings of one rule on the shared corpus, by kind of defining file ("tf", "json", "yaml", "i3").
std::map<std::string, int> CorpusCounts(std::string_view code) {
  const LintResult& result = CorpusLint();
  CHECK(result.internal_errors.empty());
  std::map<std::string, int> counts;
  for (const Finding& finding : result.findings) {
    if (finding.rule->code != code) continue;
    const std::string& path = finding.location.file->path();
    const auto ends = [&](std::string_view suffix) {
      return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    ++counts[path.find(".i3") != std::string::npos ? "i3" : ends(".tf") ? "tf" : ends(".json") ? "json" : "yaml"];
  }
  return counts;
}

TEST_SUITE("corpus") {
  TEST_CASE("CX302 on the shared corpus: no plain-HTTP endpoint") { CHECK(CorpusCounts("CX302").empty()); }
  TEST_CASE("CX305 on the shared corpus: data actions on an endpoint that can hang") {
    // docs/domain.md §18: none of the 93 exports sets timeoutSeconds and of the 62 Terraform data
    // actions only the provider's 7 examples set config_timeout_seconds or use function_config. Not
    // judged: 3 custom-auth exports (no timeout), 38 exports of an action their repository also
    // defines in Terraform (reported once, there), and the actions on Genesys Cloud's own API.
    auto counts = CorpusCounts("CX305");
    CHECK(counts["json"] == 23);
    CHECK(counts["tf"] == 17);
    CHECK(counts.size() == 2);
  }
  TEST_CASE("CX306 on the shared corpus: two defaults are CX305's note, not CX306's") {
    // Every bound call with a literal step timeout keeps Architect's suggested 1 min and calls a
    // data action that sets none: no one chose either timeout.
    CHECK(CorpusCounts("CX306").empty());
  }
}

}  // namespace
}  // namespace cxlint::testing
