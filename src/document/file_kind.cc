#include "document/file_kind.h"

#include <array>

namespace cxlint {

std::string_view FileKindNoun(FileKind kind, int count) {
  const bool one = count == 1;
  switch (kind) {
    case FileKind::kArchyFlow: return one ? "Archy flow" : "Archy flows";
    case FileKind::kI3Export: return one ? "Architect export" : "Architect exports";
    case FileKind::kDataActionJson: return one ? "data-action export" : "data-action exports";
    case FileKind::kFlowConfigJson: return one ? "flow configuration" : "flow configurations";
    case FileKind::kTerraform: return one ? "Terraform file" : "Terraform files";
    case FileKind::kTerraformJson: return one ? "Terraform JSON file" : "Terraform JSON files";
    case FileKind::kTerraformVars: return one ? "variable file" : "variable files";
    case FileKind::kTerraformPlan: return one ? "Terraform plan" : "Terraform plans";
    case FileKind::kTerraformLock: return one ? "dependency lock file" : "dependency lock files";
  }
  return one ? "file" : "files";
}

bool IsArchyFlowType(std::string_view key) {
  // The flow-type keys seen in real Archy files (docs/domain.md §9); note the casing "inqueueCall".
  static constexpr std::array<std::string_view, 17> kFlowTypes = {"inboundCall",
                                                                  "inboundChat",
                                                                  "inboundEmail",
                                                                  "inboundShortMessage",
                                                                  "inqueueCall",
                                                                  "inqueueEmail",
                                                                  "inqueueShortMessage",
                                                                  "outboundCall",
                                                                  "commonModule",
                                                                  "workflow",
                                                                  "workitem",
                                                                  "botFlow",
                                                                  "digitalBotFlow",
                                                                  "secureCall",
                                                                  "surveyInvite",
                                                                  "voiceSurveyFlow",
                                                                  "voicemailFlow"};
  for (std::string_view type : kFlowTypes) {
    if (type == key) return true;
  }
  return false;
}

}  // namespace cxlint
