// CX305 default-action-timeout: a data action leaves its execution timeout unset, so Genesys Cloud
// waits the default 60 s, the maximum, before the Timeout path runs (docs/domain.md §1). A
// customer on the line hears a minute of silence for a hung endpoint. Custom-auth actions are not
// judged, the timeout is invalid there (docs/domain.md §1); nor are function data actions, whose
// timeout is function_config's, nor actions on Genesys Cloud's own API, which answers or throttles
// at once: 74 of the corpus' 115 notes were on such actions, none worth a change.

#include <string>

#include "model/data_action.h"
#include "model/project.h"
#include "model/terraform/terraform_model.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

bool IsFunctionAction(const model::DataAction& action) {
  if (action.resource && action.resource->Body().Block("function_config")) return true;
  if (const auto type = action.integration_type.value.AsString(); type && *type == "function-data-actions") return true;
  const auto category = action.category.value.AsString();
  return category && category->find("function data action") != std::string::npos;
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::DataAction& action : project.data_actions) {
    if (!action.timeout_seconds.value.IsNull() || IsFunctionAction(action)) continue;
    // An export of a Terraform action is reported once, at the Terraform.
    if (action.custom_auth || action.terraform_twin) continue;
    // Genesys Cloud's own API answers or throttles at once; the minute matters where a CRM can hang.
    if (action.CallsGenesysApi()) continue;
    const bool terraform = action.origin == model::DataActionOrigin::kTerraform;
    const auto name = action.name.value.AsString();
    const std::string subject = terraform ? action.address : "data action '" + name.value_or(action.address) + "'";
    sink.Report(action.location,
                subject + (terraform ? " sets no config_timeout_seconds" : " has no config.timeoutSeconds") +
                    ", so the 60 s default applies: a hung endpoint holds the flow for a minute before its Timeout "
                    "path runs; set the timeout the flow can afford (1-60 s)",
                action.exports);
  }
}

// Its traits (RuleMeta::traits): a reliability rule about endpoints, with high precision.
constexpr std::string_view kTags[] = {"endpoints", "reliability"};

}  // namespace

const RuleMeta kDefaultActionTimeout{
    "CX305",         "default-action-timeout",
    Severity::kNote, "a data action leaves config_timeout_seconds / timeoutSeconds unset (60 s default)",
    &Check,          {},
    {kTags, "high"}};

}  // namespace cxlint::rules
