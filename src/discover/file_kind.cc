#include "discover/file_kind.h"

#include <array>

namespace cxlint {

std::string_view FileKindPlural(FileKind kind) {
  switch (kind) {
    case FileKind::kArchyFlow: return "Archy flows";
    case FileKind::kI3Export: return "Architect exports";
    case FileKind::kDataActionJson: return "data-action exports";
    case FileKind::kFlowConfigJson: return "flow configurations";
    case FileKind::kTerraform: return "Terraform files";
    case FileKind::kTerraformJson: return "Terraform JSON files";
    case FileKind::kTerraformVars: return "variable files";
    case FileKind::kTerraformPlan: return "Terraform plans";
  }
  return "files";
}

bool IsArchyFlowType(std::string_view key) {
  // The flow-type keys seen in real Archy files (DOMAIN.md §4.1); note the casing "inqueueCall".
  static constexpr std::array<std::string_view, 17> kFlowTypes = {
      "inboundCall",  "inboundChat",         "inboundEmail",   "inboundShortMessage", "inqueueCall",
      "inqueueEmail", "inqueueShortMessage", "outboundCall",   "commonModule",        "workflow",
      "workitem",     "botFlow",             "digitalBotFlow", "secureCall",          "surveyInvite",
      "voiceSurveyFlow", "voicemailFlow"};
  for (std::string_view type : kFlowTypes) {
    if (type == key) return true;
  }
  return false;
}

}  // namespace cxlint
