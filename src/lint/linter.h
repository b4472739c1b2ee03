#pragma once
// The whole pipeline for a set of paths: walk, load, check, and collect findings.

#include <map>
#include <string>
#include <vector>

#include "base/finding.h"
#include "config/config.h"
#include "discover/file_kind.h"
#include "discover/load.h"
#include "lint/suppressions.h"
#include "model/project.h"
#include "model/terraform/terraform_model.h"

namespace cxlint {

/// What to lint and how.
struct LintOptions {
  std::vector<std::string> paths{"."};
  LoadOptions load;
  /// --var-file, --var and TF_VAR_* values for root modules.
  model::TerraformInputs terraform;
  /// --config; otherwise each file uses the nearest `.cxlint.yaml` above it.
  std::string config_path;
  /// --baseline: findings it records are left out of `findings` (counted in `baselined`).
  std::string baseline_path;
};

/// Everything a reporter or a test needs to know about one run.
struct LintResult {
  model::Project project;
  std::vector<Finding> findings;            // sorted
  std::map<FileKind, int> files_by_kind;    // recognised files, by kind
  int files_checked = 0;                    // recognised files plus files that gave CX001
  std::vector<std::string> skipped;         // "path: reason", for --verbose
  std::vector<std::string> skipped_explicit; // the skipped files the user named on the command line
  std::vector<std::string> missing_paths;   // command-line paths that do not exist
  std::vector<std::string> internal_errors; // "path: what", bugs caught per file
  std::vector<ConfigError> config_errors;   // problems in .cxlint.yaml or the baseline: a usage error
  std::vector<SuppressedFinding> suppressed; // findings hidden by cxlint-ignore or `ignore` entries
  int suppressions_without_reason = 0;       // suppressions that give no reason, counted
  int baselined = 0;                         // findings left out because the baseline has them
  /// Every configuration file in use, in reading order (for --show-config).
  std::vector<std::shared_ptr<const Config>> configs;
};

/// Runs the pipeline. One file's problem never stops the others.
LintResult Lint(const LintOptions& options);

}  // namespace cxlint
