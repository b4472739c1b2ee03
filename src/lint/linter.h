#pragma once
// The whole pipeline for a set of paths: walk, split into units (lint/units.h), then per unit load,
// model, check and suppress, keeping only the findings; then merge the units' findings.

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/finding.h"
#include "config/config.h"
#include "discover/load.h"
#include "lint/suppressions.h"
#include "model/project.h"
#include "model/terraform/terraform_model.h"
#include "report/run_report.h"

namespace cxlint {

/// How far a run is, for a progress line; the counts grow while the run's threads work.
struct LintProgress {
  size_t files = 0;  // files walked
  size_t units = 0;
  std::atomic<size_t> files_done{0};
  std::atomic<size_t> units_done{0};
};

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
  /// -j: threads for reading and parsing the units' files and for building their models (one
  /// unit's while the next unit's files are read); the findings are the same for every value.
  unsigned jobs = 1;
  /// Keep the model of a run's only unit in LintResult::project (tests look inside it); a run
  /// releases each unit's model as soon as its findings are collected otherwise.
  bool keep_model = false;
  /// Keep GitHub's line hash of the lines findings point at (SARIF's primaryLocationLineHash).
  /// Hashing a file's lines costs a pass over the whole file, so runs that write no SARIF skip it.
  bool line_hashes = true;
  /// List every file read in LintResult::documents (--verbose and JUnit name them all). A run
  /// over many repositories would otherwise hold a line per file until its end.
  bool list_documents = true;
  /// Called after each file read and each unit finished, from any of the run's threads, and from
  /// several at the same time.
  std::function<void(const LintProgress&)> progress = {};
  /// The codes of the rules to run; empty runs every rule. The findings of the others are left
  /// out, the model's CX003 notes included, but never CX001: a file that cannot be read is always
  /// said. A suppression naming a rule that did not run is not judged unused (CX002), as for a
  /// rule that is off; one naming no rule is judged by the rules that ran. The rule goldens
  /// (testdata/rules/CXNNN-*/) run their rule this way, so no other rule's findings enter them.
  std::vector<std::string> only_rules = {};

  /// True when `rule` runs: every rule when `only_rules` is empty, else CX001 and those listed.
  bool Runs(const RuleMeta& rule) const;
};

/// One unit of the run, for --verbose.
struct UnitSummary {
  std::string root;
  bool repository = false;
  int files = 0;
  std::vector<std::string> terraform_roots;  // folders of its Terraform root modules
};

/// Everything a test or the command line needs to know about one run: what the reporters read
/// (RunReport), and the model and settings behind it.
struct LintResult : RunReport {
  /// The model of the run's only unit, with LintOptions::keep_model; empty otherwise.
  model::Project project;
  /// The settings of the first linted path (its nearest `.cxlint.yaml`, or --config).
  Config config;
  std::vector<UnitSummary> units;             // in the order their first file was walked
  std::vector<std::string> skipped;           // "path: reason", for --verbose
  std::vector<std::string> skipped_explicit;  // the skipped files the user named on the command line
  /// Every configuration file in use, by path.
  std::vector<std::shared_ptr<const Config>> configs;
};

/// Runs the pipeline. One file's problem never stops the others.
LintResult Lint(const LintOptions& options);

/// Reads the paths exactly as Lint does (walk, units, models) and calls `visit` with each unit's
/// model in unit order, releasing it before the next unit is read. No rule runs: the result holds
/// what Lint's would without rule findings (missing paths, CX001 on unreadable files, the model's
/// CX003 notes in `not_checked`, configuration errors, internal errors).
LintResult ForEachModel(const LintOptions& options, const std::function<void(const model::Project&)>& visit);

}  // namespace cxlint
