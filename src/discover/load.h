#pragma once
// Reads one file, decides what it is, and parses it into a document, or says why not.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/file_read.h"
#include "base/finding.h"
#include "base/offset_map.h"
#include "discover/walk.h"
#include "document/document.h"

namespace cxlint {

/// Limits that keep hostile input from exhausting the machine.
struct LoadOptions {
  uint64_t max_file_size = kDefaultMaxFileSize;
};

/// The result of loading one file: a document, CX001 findings, or a reason it was skipped.
struct LoadOutcome {
  std::optional<Document> document;
  std::vector<Finding> findings;
  std::string skip_reason;  // set when the file is not something cxlint reads
};

/// Loads one walked file. Never throws for bad input: problems become CX001 findings.
LoadOutcome LoadFile(const WalkEntry& entry, const LoadOptions& options);

/// Loads a flow file that a `genesyscloud_flow` resource deploys, with its `{{key}}`
/// placeholders replaced by `substitutions` before parsing, exactly as the provider does;
/// positions still point into the file on disk.
LoadOutcome LoadDeployedFlow(const std::string& path, const std::map<std::string, std::string>& substitutions,
                             const LoadOptions& options);

/// Loads a flow that Terraform generates from a template (`local_file` with `templatefile()`):
/// `rendered` is the template's rendering, `map` takes its offsets back into `template_file`, so
/// the document's positions are in the template. `{{key}}` substitutions apply as for any
/// deployed flow.
LoadOutcome LoadRenderedFlow(const SourcePtr& template_file, const std::string& rendered, const OffsetMap& map,
                             const std::map<std::string, std::string>& substitutions);

}  // namespace cxlint
