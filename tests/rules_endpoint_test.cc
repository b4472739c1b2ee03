// The endpoint rules added with CX301, CX303, CX304 and CX307 on small projects written to a
// temporary folder: what fires, where, with which message, what stays silent; and CX301/CX303 on
// the shared corpus, as docs/domain.md §18 lists its CRM actions.

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "support/corpus_lint.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A data action whose integration_id, URL and method are given; `headers` is an HCL object or "".
std::string Action(const std::string& name, const std::string& integration, const std::string& url,
                   const std::string& method = "GET", const std::string& headers = "") {
  return "resource \"genesyscloud_integration_action\" \"" + name +
         "\" {\n"
         "  name                   = \"" +
         name +
         "\"\n"
         "  category               = \"Orders\"\n"
         "  integration_id         = " +
         integration +
         "\n"
         "  config_timeout_seconds = 8\n"
         "  contract_input         = \"{}\"\n"
         "  contract_output        = \"{}\"\n"
         "  config_request {\n"
         "    request_url_template = \"" +
         url +
         "\"\n"
         "    request_type         = \"" +
         method + "\"\n" + (headers.empty() ? "" : "    headers = " + headers + "\n") +
         "  }\n"
         "}\n";
}

std::string Integration(const std::string& name, const std::string& type) {
  return "resource \"genesyscloud_integration\" \"" + name + "\" {\n  integration_type = \"" + type + "\"\n}\n";
}

TEST_SUITE("unit") {
  TEST_CASE("CX301 by host: built-in CRM hosts, Velocity hosts by their suffix, crm_hosts from the config") {
    TempDir dir;
    dir.Write(".cxlint.yaml", "crm_hosts:\n  - acme-crm.example\n");
    dir.Write("main.tf", Action("sn", "\"x\"", "https://$${input.Domain}.service-now.com/api/now/table/incident") +
                             Action("sf", "\"x\"", "https://acme.my.salesforce.com/services/data/v58.0/query") +
                             Action("own", "\"x\"", "https://api.acme-crm.example/v1/customers") +
                             Action("weather", "\"x\"", "https://api.weather.example/today") +
                             Action("lookalike", "\"x\"", "https://notsalesforce.com.example/x"));
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX301");
    REQUIRE(found.size() == 3);
    CHECK(Has(found[0].message, "data action 'sn' calls ServiceNow directly ('${input.Domain}.service-now.com')"));
    CHECK(SpanText(found[0]) == "\"https://$${input.Domain}.service-now.com/api/now/table/incident\"");
    CHECK(Has(found[1].message, "data action 'sf' calls Salesforce directly ('acme.my.salesforce.com')"));
    CHECK(Has(found[2].message, "data action 'own' calls acme-crm.example directly"));
    CHECK(found[0].severity == Severity::kWarning);
  }

  TEST_CASE("CX301 by integration type, and by a CRM's own API path when the integration is unknown") {
    TempDir dir;
    dir.Write("main.tf",
              Integration("sfdc", "salesforce-datadip") + Integration("platform", "purecloud-data-actions") +
                  Action("by_type", "genesyscloud_integration.sfdc.id", "/services/data/v54.0/sobjects/Case") +
                  Action("by_path", "var.integration", "/api/data/v9.2/leads") +
                  Action("genesys", "genesyscloud_integration.platform.id", "/api/v2/routing/queues") +
                  Action("genesys_unknown", "var.integration", "/api/v2/users/me") + "variable \"integration\" {}\n");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX301");
    REQUIRE(found.size() == 2);
    CHECK(Has(found[0].message,
              "data action 'by_type' runs on a 'salesforce-datadip' integration, which sends it "
              "straight to Salesforce"));
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].message == "the integration type");
    CHECK(
        Has(found[1].message, "data action 'by_path' calls Microsoft Dynamics directly: a relative '/api/data/v...'"));
  }

  TEST_CASE("CX301: a middleware host is never a CRM, even under a CRM's domain") {
    TempDir dir;
    dir.Write(".cxlint.yaml", "middleware_hosts:\n  - gateway.acme.force.com\n");
    dir.Write("main.tf", Action("gw", "\"x\"", "https://gateway.acme.force.com/cases"));
    CHECK(Of(LintIn(dir.path()), "CX301").empty());
  }

  TEST_CASE("CX303 names the header, shows two characters and the length, and never the secret") {
    TempDir dir;
    const std::string secret = "pat-na1-0a1b2c3d4e5f";
    dir.Write("main.tf", Action("tickets", "\"x\"", "https://crm-gateway.acme.example/t", "GET",
                                "{ Authorization = \"Bearer " + secret + "\" }"));
    const LintResult result = LintIn(dir.path());
    const std::vector<Finding> found = Of(result, "CX303");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::kError);
    CHECK(Has(found[0].message,
              "header 'Authorization' of genesyscloud_integration_action.tickets holds a literal "
              "secret 'Bearer pa…' (20 characters)"));
    CHECK(!Has(found[0].message, secret.substr(2)));
    CHECK(found[0].secret_span);
    CHECK(SpanText(found[0]) == "\"Bearer " + secret + "\"");
  }

  TEST_CASE("CX303 leaves variables, Velocity references and documentation placeholders alone") {
    TempDir dir;
    dir.Write("main.tf", "variable \"token\" {\n  default = \"abcdef\"\n}\n" +
                             Action("tickets", "\"x\"", "https://crm-gateway.acme.example/t", "GET",
                                    "{\n      Authorization = \"${var.token}\"\n"
                                    "      \"X-Api-Key\" = \"$${credentials.apiKey}\"\n"
                                    "      \"X-Token\" = \"<YOUR TOKEN>\"\n"
                                    "      \"X-Secret\" = \"XXXXXXXX\"\n"
                                    "      \"Accept\" = \"application/json\"\n    }"));
    CHECK(Of(LintIn(dir.path()), "CX303").empty());
  }

  TEST_CASE("CX304 fires on a POST retried by its Failure path; a key header, GET or 429/503-only retries silence it") {
    TempDir dir;
    const std::string webhook =
        "resource \"genesyscloud_flow\" \"hooks\" {\n  webhook {\n    key = \"w\"\n"
        "    url = \"https://crm.acme.example/hooks\"\n    retry_count = 2\n"
        "    retry_interval_ms = 2000\n    backoff_multiplier = 2\n    retry_jitter = true\n";
    dir.Write("main.tf", webhook +
                             "  }\n  webhook {\n    key = \"safe\"\n    url = \"https://crm.acme.example/safe\"\n"
                             "    retry_count = 2\n    retry_interval_ms = 2000\n    retry_on_status = [429, 503]\n"
                             "  }\n}\n");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX304");
    REQUIRE(found.size() == 1);
    CHECK(Has(found[0].message,
              "webhook 'w' of genesyscloud_flow.hooks sends a POST and is sent again after a failure "
              "(its webhook settings retry it) with no Idempotency-Key"));
  }

  TEST_CASE("CX307 fires at each single-dollar Velocity reference, not at Terraform's own references") {
    TempDir dir;
    dir.Write("main.tf", Integration("crm", "custom-rest-actions") +
                             "locals {\n  base = \"https://crm-gateway.acme.example\"\n}\n" +
                             Action("get", "genesyscloud_integration.crm.id",
                                    "${local.base}/orders/${input.orderId}/${rawResult}/$${input.ok}", "GET",
                                    "{ \"X-Id\" = \"${genesyscloud_integration.crm.id}\" }"));
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX307");
    REQUIRE(found.size() == 2);
    CHECK(SpanText(found[0]) == "${input.orderId}");
    CHECK(
        Has(found[0].message, "write '$${input.orderId}' so Terraform passes '${input.orderId}' on to Genesys Cloud"));
    CHECK(SpanText(found[1]) == "${rawResult}");
  }
}

TEST_SUITE("corpus") {
  TEST_CASE("CX301 on the corpus: the ServiceNow, HubSpot, Salesforce and Dynamics actions of docs/domain.md §18") {
    const LintResult& result = CorpusLint();
    std::map<std::string, int> terraform_by_crm;
    for (const Finding& finding : Of(result, "CX301")) {
      const std::string& path = finding.location.file->path();
      if (path.size() < 3 || path.compare(path.size() - 3, 3, ".tf") != 0) continue;
      for (const char* crm : {"ServiceNow", "HubSpot", "Salesforce", "Microsoft Dynamics"}) {
        if (Has(finding.message, std::string(" ") + crm + " directly") ||
            Has(finding.message, std::string("straight to ") + crm))
          ++terraform_by_crm[crm];
      }
    }
    // §18: 3 ServiceNow Velocity hosts, 1 HubSpot host, 7 relative Salesforce paths, 1 Dynamics path.
    CHECK(terraform_by_crm["ServiceNow"] == 3);
    CHECK(terraform_by_crm["HubSpot"] == 1);
    CHECK(terraform_by_crm["Salesforce"] == 7);
    CHECK(terraform_by_crm["Microsoft Dynamics"] == 1);
    // Nothing for Genesys Cloud's own relative /api/v2 actions: the one relative /api/v2 URL reported
    // is Zendesk's (its export runs on a zendesk-data-actions integration).
    for (const Finding& finding : Of(result, "CX301")) {
      CAPTURE(finding.message);
      if (Has(SpanText(finding), "\"/api/v2/"))
        CHECK(Has(finding.message, "runs on a 'zendesk-data-actions' integration"));
    }
  }

  TEST_CASE("CX303 on the corpus: the HubSpot bearer header is a variable, so only literal secrets are reported") {
    const LintResult& result = CorpusLint();
    std::set<std::string> files;
    for (const Finding& finding : Of(result, "CX303")) files.insert(finding.location.file->path());
    for (const std::string& file : files) {
      CAPTURE(file);
      CHECK(!Has(file, "create-hubspot-ticket.tf"));
    }
    // The export of the same action holds its token literally; the provider's examples hold two.
    CHECK(files.count("corpus/GenesysCloudBlueprints__workautomation-hubspot-ticketing-sample/exports/Add DataAction "
                      "for creating HubSpot tickets.json") == 1);
    CHECK(Of(result, "CX303").size() == 3);
  }
}

}  // namespace
}  // namespace cxlint::testing
