#pragma once
// The kinds of input cxlint reads.

#include <string_view>

namespace cxlint {

/// What a file is, decided by its name and, for YAML and JSON, by its content.
enum class FileKind {
  kArchyFlow,       // Archy YAML: the top-level key is a flow type
  kI3Export,        // Architect export: base64 of percent-encoded JSON
  kDataActionJson,  // data-action export: config.request.requestUrlTemplate
  kFlowConfigJson,  // flow configuration JSON: flowSequenceItemList
  kTerraform,       // .tf
  kTerraformJson,   // .tf.json
  kTerraformVars,   // .tfvars, .tfvars.json
  kTerraformPlan,   // `terraform show -json` output
  kTerraformLock,   // .terraform.lock.hcl: the provider versions `terraform init` selected
};

/// A short noun phrase for summaries, singular or plural: "Archy flow", "data-action exports".
std::string_view FileKindNoun(FileKind kind, int count);

/// True for the Archy top-level keys that name a flow type ("inboundCall", "workflow", ...).
bool IsArchyFlowType(std::string_view key);

}  // namespace cxlint
