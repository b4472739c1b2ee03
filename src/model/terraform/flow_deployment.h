#pragma once
// `genesyscloud_flow` resources: which flow file each deploys, with which substitutions, read
// exactly as the provider uploads it.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/finding.h"
#include "base/offset_map.h"
#include "discover/load.h"
#include "model/located.h"
#include "model/project.h"
#include "model/value.h"

namespace cxlint::model {

struct TerraformResource;

/// One `{{key}}` of a deployed flow file, where the provider would replace it.
struct FlowPlaceholder {
  std::string key;
  /// The whole `{{key}}` text, in the flow document's file (in the template, for a rendered flow).
  Span span;
};

/// One `genesyscloud_flow` resource and what it deploys.
struct FlowDeployment {
  const TerraformResource* resource = nullptr;
  /// The evaluated `filepath`, located at its expression; unknown when it cannot be evaluated.
  Located<Value> filepath;
  /// The file on disk, as a path usable from the linting folder; empty when unknown or `s3://`.
  std::string path;
  bool file_exists = false;
  /// For a missing file whose relative `filepath` is written in a module other than the root:
  /// whether it names a file relative to that module's folder instead (what `${path.module}/`
  /// would reach), looked up once by the model.
  bool exists_beside_module = false;
  /// Each `substitutions` key with its evaluated value, located at the key.
  std::map<std::string, Located<Value>> substitutions;
  /// True when the whole `substitutions` map could not be evaluated.
  bool substitutions_unknown = false;
  /// The substituted flow document in Project::documents, or null when it was not read.
  const Document* document = nullptr;
  /// The `local_file` (or `local_sensitive_file`) whose `filename` is the deployed path: Terraform
  /// writes the flow file itself, from its `content`, so it need not exist before `apply`. The
  /// flow is then read from that content: `path` is the template (templatefile()) or the file
  /// (file()) it comes from.
  const TerraformResource* generated_by = nullptr;
  /// For a flow rendered from a template: the rendering (what local_file writes, and the provider
  /// then reads) and the map from it back into the template file; empty otherwise.
  std::string rendered;
  OffsetMap rendered_map;
  /// Every `{{key}}` of UploadedText(), in order; empty when the flow file was not read.
  std::vector<FlowPlaceholder> placeholders;

  /// The text the provider reads, before its substitutions: the rendering, or the file.
  std::string_view UploadedText() const;
  /// A span of UploadedText() in the flow document's file.
  Span InFile(Span span) const;
};

/// Evaluates every `genesyscloud_flow` of the Terraform model, reads each flow file with its
/// substitutions applied (as the provider does) and adds it to the project's documents; a walked
/// copy of the same file is marked superseded. A flow file that a `local_file` generates is read
/// from its template, rendered as Terraform renders it, with positions in the template. CX001 for unreadable flow files
/// and CX003 for values that cannot be evaluated go to `findings`. The flow files are read on
/// `jobs` threads; the result is the same for any number.
void DeployFlows(Project& project, const LoadOptions& options, unsigned jobs, std::vector<Finding>& findings);

}  // namespace cxlint::model
