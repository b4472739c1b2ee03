// The provider rules CX401-CX403 and CX406: the schema table, and each rule on small Terraform
// projects written to a temporary folder: what fires, where, with which message, and what stays
// silent. The corpus suite checks them on the real blueprints.

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "model/terraform/provider_schema.h"
#include "support/corpus_lint.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

using model::FindResourceSchema;
using model::FindSetting;
using model::Presence;

uint32_t LineOf(const Finding& finding) { return finding.location.file->Position(finding.location.span.begin).line; }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A flow file the provider could deploy, for resources that need one to exist.
const char* const kFlow =
    "inboundCall:\n  name: Inbound\n  startUpRef: \"/inboundCall/tasks/task[Main_10]\"\n  defaultLanguage: en-us\n"
    "  initialGreeting:\n    tts: Welcome.\n  tasks:\n    - task:\n        name: Main\n        refId: Main_10\n"
    "        actions:\n          - disconnect:\n              name: Done\n";

// The webhook block of docs/domain.md §16, pasted alone.
const char* const kWebhookShape = R"(resource "genesyscloud_flow" "digital_messaging" {
  name = "CRM Integration Flow"
  webhook {
    key     = "crm_update"
    url     = var.middleware_webhook_url
    headers = { "Content-Type" = "application/json" }
    retry_count        = 3        # alias: max_retries
    retry_interval_ms  = 1000     # wait before the first retry
    backoff_multiplier = 2.0      # alias: retry_multiplier
    retry_jitter       = true
    retry_on_timeout   = false
    retry_on_status    = [429, 503]
    timeout_ms         = 10000
  }
}
)";

TEST_SUITE("unit") {
  TEST_CASE("the schema table has every modelled resource with its required and read-only settings") {
    for (const char* type :
         {"genesyscloud_flow", "genesyscloud_integration_action", "genesyscloud_integration_action_draft",
          "genesyscloud_integration_custom_auth_action", "genesyscloud_integration",
          "genesyscloud_integration_credential", "genesyscloud_processautomation_trigger",
          "genesyscloud_conversations_messaging_integrations_open"}) {
      CAPTURE(type);
      const model::ResourceSchema* schema = FindResourceSchema(type);
      REQUIRE(schema != nullptr);
      REQUIRE(FindSetting(schema->settings, "id") != nullptr);
      CHECK(FindSetting(schema->settings, "id")->presence == Presence::kReadOnly);
    }
    CHECK(FindResourceSchema("genesyscloud_routing_queue") == nullptr);
    const auto& flow = FindResourceSchema("genesyscloud_flow")->settings;
    CHECK(FindSetting(flow, "filepath")->presence == Presence::kRequired);
    CHECK(FindSetting(flow, "file_content_hash")->presence == Presence::kReadOnly);
    CHECK(FindSetting(flow, "webhook") == nullptr);
    const auto& action = FindResourceSchema("genesyscloud_integration_action")->settings;
    CHECK(model::RangeText(*FindSetting(action, "config_timeout_seconds")->range) == "1-60");
    CHECK(model::RangeText(*FindSetting(action, "name")->range) == "1-256 characters");
    const model::SettingSchema* request = FindSetting(action, "config_request");
    REQUIRE(request != nullptr);
    CHECK(request->block);
    CHECK(FindSetting(request->nested, "request_type")->presence == Presence::kRequired);
    CHECK(FindSetting(request->nested, "request_url_template")->presence == Presence::kOptional);
    const auto& draft = FindResourceSchema("genesyscloud_integration_action_draft")->settings;
    CHECK(FindSetting(FindSetting(draft, "config_request")->nested, "request_url_template")->presence ==
          Presence::kRequired);
    CHECK(FindSetting(draft, "function_config") == nullptr);
    const auto& trigger = FindResourceSchema("genesyscloud_processautomation_trigger")->settings;
    CHECK(model::RangeText(*FindSetting(trigger, "delay_by_seconds")->range) == "60-900");
    CHECK(model::RangeText(*FindSetting(trigger, "event_ttl_seconds")->range) == "at least 10");
    CHECK(FindSetting(trigger, "target")->presence == Presence::kRequired);
    for (const char* meta :
         {"count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", "dynamic"}) {
      CHECK(model::IsMetaArgument(meta));
    }
    CHECK_FALSE(model::IsMetaArgument("webhook"));
  }

  TEST_CASE("the webhook block shape pasted alone: CX401 at the webhook block, CX402 for filepath at the header") {
    TempDir dir;
    dir.Write("main.tf", kWebhookShape);
    const LintResult result = LintIn(dir.path());
    const std::vector<Finding> unsupported = Of(result, "CX401");
    REQUIRE(unsupported.size() == 1);
    CHECK(LineOf(unsupported[0]) == 3);
    CHECK(Has(unsupported[0].message, "sets a block 'webhook'"));
    CHECK(Has(unsupported[0].message, "Genesys Cloud has no webhook or retry setting"));
    CHECK(Has(unsupported[0].message, "flow logic"));
    CHECK(Has(unsupported[0].message, "middleware"));
    CHECK(Has(unsupported[0].message, "cxlint explain CX401"));
    const std::vector<Finding> missing = Of(result, "CX402");
    REQUIRE(missing.size() == 1);
    CHECK(LineOf(missing[0]) == 1);
    CHECK(
        missing[0].message ==
        "genesyscloud_flow.digital_messaging does not set 'filepath', which the provider's genesyscloud_flow requires");
    CHECK(Of(result, "CX403").empty());
    CHECK(Of(result, "CX406").empty());
  }

  TEST_CASE("CX401 suggests the nearest real name, at any depth, and never a read-only one") {
    TempDir dir;
    dir.Write("inbound.yaml", kFlow);
    dir.Write("main.tf", R"(resource "genesyscloud_flow" "inbound" {
  filepth = "inbound.yaml"
  file_content_hsh = "x"
}
resource "genesyscloud_integration_action" "a" {
  name            = "A"
  category        = "C"
  integration_id  = "i"
  contract_input  = "{}"
  contract_output = "{}"
  timeout_seconds = 10
  config_request {
    request_typ = "GET"
  }
}
)");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX401");
    REQUIRE(found.size() == 4);
    CHECK(found[0].message ==
          "genesyscloud_flow.inbound sets 'filepth', which the provider's genesyscloud_flow does not have (did you "
          "mean 'filepath'?)");
    CHECK_FALSE(Has(found[1].message, "did you mean 'file_content_hash'"));
    CHECK(Has(found[2].message, "sets 'timeout_seconds'"));
    CHECK(Has(found[2].message, "(did you mean 'config_timeout_seconds'?)"));
    CHECK(Has(found[3].message, "sets 'config_request.request_typ'"));
    CHECK(Has(found[3].message, "(did you mean 'config_request.request_type'?)"));
  }

  TEST_CASE("CX401 judges known values against the schema's ranges, and leaves unknown ones alone") {
    TempDir dir;
    dir.Write("main.tf", R"(variable "unknown" {
  type = number
}
resource "genesyscloud_integration_action" "a" {
  name                   = "A"
  category               = "C"
  integration_id         = "i"
  contract_input         = "{}"
  contract_output        = "{}"
  config_timeout_seconds = 90
}
resource "genesyscloud_integration_action" "b" {
  name                   = "B"
  category               = "C"
  integration_id         = "i"
  contract_input         = "{}"
  contract_output        = "{}"
  config_timeout_seconds = var.unknown
}
resource "genesyscloud_conversations_messaging_integrations_open" "acme" {
  name                                                 = "Acme"
  outbound_notification_webhook_url                    = "https://hooks.acme.example/genesys"
  outbound_notification_webhook_signature_secret_token = "fifteen-chars!!"
}
)");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX401");
    REQUIRE(found.size() == 2);
    CHECK(LineOf(found[0]) == 10);
    CHECK(found[0].message ==
          "genesyscloud_integration_action.a: config_timeout_seconds = 90 is outside 1-60, the range the provider "
          "accepts");
    CHECK(LineOf(found[1]) == 23);
    CHECK(Has(found[1].message,
              "outbound_notification_webhook_signature_secret_token is 15 characters long; the provider accepts at "
              "least 16 characters"));
  }

  TEST_CASE("CX401 and CX402 accept meta-arguments and dynamic blocks, and skip resources cxlint does not model") {
    TempDir dir;
    dir.Write("main.tf", R"(resource "genesyscloud_integration_action_draft" "d" {
  count           = 2
  name            = "D"
  category        = "C"
  integration_id  = "i"
  contract_input  = "{}"
  contract_output = "{}"
  depends_on      = [genesyscloud_routing_queue.q]
  dynamic "config_request" {
    for_each = [1]
    content {
      request_type         = "GET"
      request_url_template = "/api/v2/users/me"
    }
  }
  lifecycle {
    ignore_changes = [name]
  }
}
resource "genesyscloud_routing_queue" "q" {
  name        = "Q"
  retry_count = 3
}
)");
    const LintResult result = LintIn(dir.path());
    CHECK(Of(result, "CX401").empty());
    CHECK(Of(result, "CX402").empty());
  }

  TEST_CASE("CX402 names a nested block's required attribute at that block") {
    TempDir dir;
    dir.Write("main.tf", R"(resource "genesyscloud_integration_custom_auth_action" "auth" {
  integration_id = "i"
  config_request {
    request_type = "POST"
  }
}
)");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX402");
    REQUIRE(found.size() == 1);
    CHECK(LineOf(found[0]) == 3);
    CHECK(found[0].message ==
          "the 'config_request' block of genesyscloud_integration_custom_auth_action.auth does not set "
          "'request_url_template', which the provider's genesyscloud_integration_custom_auth_action requires");
  }

  TEST_CASE("CX403 on file_content_hash says since when and what to use instead") {
    TempDir dir;
    dir.Write("inbound.yaml", kFlow);
    dir.Write("main.tf", R"(resource "genesyscloud_flow" "inbound" {
  filepath          = "inbound.yaml"
  file_content_hash = filesha256("inbound.yaml")
}
)");
    const LintResult result = LintIn(dir.path());
    const std::vector<Finding> found = Of(result, "CX403");
    REQUIRE(found.size() == 1);
    CHECK(LineOf(found[0]) == 3);
    CHECK(found[0].severity == Severity::kWarning);
    CHECK(found[0].message ==
          "genesyscloud_flow.inbound sets 'file_content_hash', which is read-only since provider 1.68.5; remove it "
          "(use update_trigger_hash to force a redeploy); checked against the latest provider (no "
          "required_providers version constraint)");
    CHECK(found[0].related.empty());
    CHECK(Of(result, "CX401").empty());
  }

  TEST_CASE("CX403 judges the provider versions the project can get, and points at the constraint") {
    TempDir dir;
    dir.Write("inbound.yaml", kFlow);
    const std::string flow = R"(
resource "genesyscloud_flow" "inbound" {
  filepath          = "inbound.yaml"
  file_content_hash = filesha256("inbound.yaml")
}
)";
    auto constrained = [&](const std::string& version) {
      dir.Write("main.tf",
                "terraform {\n  required_providers {\n    genesyscloud = {\n      source  = "
                "\"mypurecloud/genesyscloud\"\n      version = \"" +
                    version + "\"\n    }\n  }\n}\n" + flow);
      return Of(LintIn(dir.path()), "CX403");
    };
    // Pinned below 1.68.0: the attribute is required there, so nothing to say.
    CHECK(constrained("1.62.0").empty());
    CHECK(constrained("< 1.68.0").empty());
    // Every allowed release computes it: the warning, naming the constraint.
    const std::vector<Finding> all = constrained("~> 1.70");
    REQUIRE(all.size() == 1);
    CHECK(all[0].severity == Severity::kWarning);
    CHECK(Has(all[0].message, "; checked against provider version \"~> 1.70\" (main.tf)"));
    REQUIRE(all[0].related.size() == 1);
    CHECK(all[0].related[0].message == "provider version constraint set here");
    CHECK(all[0].related[0].location.file->Position(all[0].related[0].location.span.begin).line == 5);
    // Some of each: a note that names the range.
    const std::vector<Finding> some = constrained(">= 1.17.0");
    REQUIRE(some.size() == 1);
    CHECK(some[0].severity == Severity::kNote);
    CHECK(some[0].message ==
          "genesyscloud_flow.inbound sets 'file_content_hash', which is required up to 1.67.x, optional in "
          "1.68.0-1.68.4 and read-only from 1.68.5; provider version \">= 1.17.0\" (main.tf) allows releases before "
          "and after 1.68.5, and with no lock file `terraform init` installs the newest, where `plan` rejects it: "
          "pin the provider, then keep the attribute below 1.68.5 or remove it from 1.68.5 on");
    CHECK(some[0].related.size() == 1);
    // A range with an upper bound does not end at the newest release: nothing about `init`.
    const std::vector<Finding> bounded = constrained(">= 1.60.0, < 1.70.0");
    REQUIRE(bounded.size() == 1);
    CHECK(Has(bounded[0].message, "allows releases before and after 1.68.5: pin the provider"));
    // The lock file decides over the constraint.
    dir.Write(".terraform.lock.hcl",
              "provider \"registry.terraform.io/mypurecloud/genesyscloud\" {\n  version = \"1.1.0\"\n}\n");
    CHECK(constrained(">= 1.17.0").empty());
    dir.Write(".terraform.lock.hcl",
              "provider \"registry.terraform.io/mypurecloud/genesyscloud\" {\n  version = \"1.72.0\"\n}\n");
    const std::vector<Finding> locked = constrained(">= 1.17.0");
    REQUIRE(locked.size() == 1);
    CHECK(locked[0].severity == Severity::kWarning);
    CHECK(Has(locked[0].message, "; checked against provider 1.72.0 (selected in .terraform.lock.hcl)"));
  }

  TEST_CASE("CX406 names the resolved path at the filepath expression; S3 and unknown paths are not judged") {
    TempDir dir;
    dir.Write("modules/flow/main.tf",
              "resource \"genesyscloud_flow\" \"inbound\" {\n  filepath = \"inbound.yaml\"\n}\n");
    dir.Write("modules/flow/inbound.yaml", kFlow);
    dir.Write("main.tf", R"(module "flow" {
  source = "./modules/flow"
}
variable "path" {
  type = string
}
resource "genesyscloud_flow" "s3" {
  filepath = "s3://bucket/inbound.yaml"
}
resource "genesyscloud_flow" "unknown" {
  filepath = var.path
}
)");
    const std::vector<Finding> found = Of(LintIn(dir.path()), "CX406");
    REQUIRE(found.size() == 1);
    CHECK(found[0].location.file->path() == "modules/flow/main.tf");
    CHECK(LineOf(found[0]) == 2);
    CHECK(Has(found[0].message, "\"inbound.yaml\" of module.flow.genesyscloud_flow.inbound does not exist"));
    CHECK(Has(found[0].message, "resolved from the root module's folder \".\"; write \"${path.module}/inbound.yaml\""));
  }
}

TEST_SUITE("corpus") {
  TEST_CASE("the corpus: CX403 on file_content_hash as each project's provider version says, and no CX401") {
    const LintResult& result = CorpusLint();
    const std::vector<Finding> read_only = Of(result, "CX403");
    // docs/domain.md §14 and §18: 17 genesyscloud_flow resources in 8 repositories set file_content_hash. The
    // webchat/Lambda blueprint pins provider 1.62.0, where it is required: its 2 are not reported.
    // The schedules blueprint says ">=1.17.0": its 2 are notes. The others set no version: the
    // latest provider rejects the attribute.
    CHECK(read_only.size() == 15);
    int notes = 0;
    for (const Finding& finding : read_only) {
      CAPTURE(finding.location.file->path());
      CHECK(Has(finding.message, "'file_content_hash'"));
      CHECK(!Has(finding.location.file->path(), "deploy-webchat-chatbot-with-lambda-blueprint"));
      const bool schedules = Has(finding.location.file->path(), "differentiates-on-and-off-hour-schedules");
      CHECK((finding.severity == Severity::kNote) == schedules);
      if (schedules) CHECK(Has(finding.message, "\">=1.17.0\""));
      if (!schedules) CHECK(Has(finding.message, "checked against the latest provider"));
      notes += finding.severity == Severity::kNote;
    }
    CHECK(notes == 2);
    // Real blueprints deploy with the real provider: every CX401 here would be a gap in the table.
    for (const Finding& finding : Of(result, "CX401")) {
      CAPTURE(finding.location.file->path());
      CAPTURE(finding.message);
      CHECK(false);
    }
  }
}

}  // namespace
}  // namespace cxlint::testing
