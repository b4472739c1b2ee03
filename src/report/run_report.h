#pragma once
// What one lint run reports: its findings and the counts and lists the output formats print,
// without the model the findings came from. Reporters (report/*) read only this, so an output
// format is compiled and tested without the Terraform evaluator or the flow model; lint/ fills
// it (LintResult is a RunReport plus the model and what only the command line reads).

#include <map>
#include <string>
#include <vector>

#include "base/finding.h"
#include "config/config.h"
#include "document/file_kind.h"

namespace cxlint {

/// A file that was read and recognised, for --verbose and reports that list every file.
struct DocumentRead {
  std::string path;
  FileKind kind;
  std::string deployed_by;  // the genesyscloud_flow resource that deploys it, if read that way
  bool superseded = false;  // found by the walk, and linted as deployed by Terraform instead
};

/// A finding kept out of the report, and why.
struct SuppressedFinding {
  Finding finding;
  std::string by;      // "path:line: cxlint-ignore" or "path:line:col: ignore entry"
  std::string reason;  // empty when none was given
};

/// Everything an output format needs to know about one run.
struct RunReport {
  std::vector<DocumentRead> documents;        // unit by unit, each unit's in reading order
  std::vector<Finding> findings;              // sorted
  /// CX003 notes, sorted: what cxlint could not evaluate and so did not check. They describe the
  /// run, not a defect in the files: no format counts them as problems, `fail_on` and the
  /// baseline never see them, and SARIF files them as tool notifications, not results.
  std::vector<Finding> not_checked;
  std::map<FileKind, int> files_by_kind;      // recognised files, by kind
  int files_checked = 0;                      // recognised files plus files that gave CX001
  std::vector<std::string> missing_paths;     // command-line paths that do not exist
  std::vector<std::string> internal_errors;   // "path: what", bugs caught per file
  std::vector<ConfigError> config_errors;     // problems in .cxlint.yaml or the baseline: a usage error
  std::vector<SuppressedFinding> suppressed;  // findings hidden by cxlint-ignore or `ignore` entries
  int suppressions_without_reason = 0;        // suppressions that give no reason, counted
  int baselined = 0;                          // findings left out because the baseline has them
};

}  // namespace cxlint
