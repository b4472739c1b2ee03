#include "lint/linter.h"

#include <algorithm>
#include <exception>

#include "config/config_set.h"
#include "discover/walk.h"
#include "lint/baseline.h"
#include "lint/deployment_context.h"
#include "lint/logical_address.h"
#include "lint/rule_settings.h"
#include "model/flow.h"
#include "model/flow_builder.h"
#include "model/outbound_call.h"
#include "model/terraform/flow_deployment.h"
#include "rules/cx002_unused_suppression.h"
#include "rules/registry.h"

namespace cxlint {

namespace {

// One defect, one finding: a flow file read twice (found by the walk, and deployed by a resource)
// gives the same finding twice, and a module reached from two roots gives one rule's finding at one
// position with two messages. The first stays; a different message joins it as a related location.
// `findings` must be sorted, so that such findings are neighbours.
void MergeSamePosition(std::vector<Finding>& findings) {
  std::vector<Finding> merged;
  for (Finding& finding : findings) {
    if (!merged.empty()) {
      Finding& kept = merged.back();
      const bool same_place = kept.rule == finding.rule && kept.location.file && finding.location.file &&
                              kept.location.file->path() == finding.location.file->path() &&
                              kept.location.span.begin == finding.location.span.begin &&
                              kept.location.span.end == finding.location.span.end;
      if (same_place) {
        if (kept.message != finding.message) kept.related.push_back({finding.location, "also: " + finding.message});
        continue;
      }
    }
    merged.push_back(std::move(finding));
  }
  findings = std::move(merged);
}

}  // namespace

LintResult Lint(const LintOptions& options) {
  LintResult result;
  ConfigSet configs(options.config_path, options.load.max_file_size);
  result.project.config = *configs.For(options.paths.empty() ? "." : options.paths.front(), result.config_errors);
  // `exclude` globs are read from the configuration of the folder that holds each path.
  WalkResult walk = Walk(options.paths, [&](const std::string& path, const std::string& folder) {
    const std::shared_ptr<const Config> config = configs.For(folder, result.config_errors);
    return IsExcluded(*config, path) ? "excluded by " + config->path : std::string();
  });
  result.missing_paths = std::move(walk.missing);
  result.skipped = std::move(walk.skipped_dirs);
  for (const WalkEntry& entry : walk.files) {
    try {
      LoadOutcome outcome = LoadFile(entry, options.load);
      if (outcome.document || !outcome.findings.empty()) ++result.files_checked;
      for (Finding& finding : outcome.findings) result.findings.push_back(std::move(finding));
      if (!outcome.skip_reason.empty()) {
        result.skipped.push_back(entry.path + ": " + outcome.skip_reason);
        if (entry.explicit_path) result.skipped_explicit.push_back(result.skipped.back());
      }
      if (outcome.document) {
        ++result.files_by_kind[outcome.document->kind];
        result.project.documents.push_back(std::move(*outcome.document));
      }
    } catch (const std::exception& error) {
      // A bug met on one file must not hide the findings of the others.
      result.internal_errors.push_back(entry.path + ": " + error.what());
    }
  }
  try {
    model::TerraformInputs terraform = options.terraform;
    terraform.max_file_size = options.load.max_file_size;
    result.project.terraform = model::TerraformModel::Build(result.project, terraform, result.findings);
    model::DeployFlows(result.project, options.load, result.findings);
  } catch (const std::exception& error) {
    result.internal_errors.push_back(std::string("Terraform model: ") + error.what());
  }
  // Deployed flow files are documents too; every document now has its nearest configuration.
  for (const model::Document& document : result.project.documents) {
    result.project.file_configs[document.source->path()] = configs.For(document.source->path(), result.config_errors);
  }
  try {
    result.project.flows = model::BuildFlows(result.project);
    result.project.data_actions = model::CollectDataActions(result.project);
    result.project.outbound_calls =
        model::CollectOutboundCalls(result.project, result.project.data_actions);
  } catch (const std::exception& error) {
    result.internal_errors.push_back(std::string("flow model: ") + error.what());
  }
  for (const RuleMeta* rule : rules::AllRules()) {
    if (!rule->check) continue;
    try {
      Sink sink(*rule, result.findings);
      rule->check(result.project, sink);
    } catch (const std::exception& error) {
      result.internal_errors.push_back(std::string(rule->code) + ": " + error.what());
    }
  }
  AddDeploymentContext(result.project, result.findings);
  AssignLogicalAddresses(result.project, result.findings);
  SortFindings(result.findings);
  MergeSamePosition(result.findings);
  // A file that could not be read (CX001) is no document, yet its folder's settings apply to it.
  for (const Finding& finding : result.findings) {
    if (!finding.location.file || result.project.file_configs.count(finding.location.file->path())) continue;
    result.project.file_configs[finding.location.file->path()] =
        configs.For(finding.location.file->path(), result.config_errors);
  }
  ApplyRuleSettings(result.project, result.findings);
  SuppressionOutcome suppression = ApplySuppressions(result.project, result.findings);
  result.suppressed = std::move(suppression.suppressed);
  result.suppressions_without_reason = suppression.without_reason;
  std::vector<Finding> unused;
  rules::ReportUnusedSuppressions(
      suppression.comments, suppression.unused_ignores,
      [&](const RuleMeta& rule, const SourceFile& file) { return RuleIsOff(result.project, rule, file); }, unused);
  ApplyRuleSettings(result.project, unused);
  AssignLogicalAddresses(result.project, unused);
  for (Finding& finding : unused) result.findings.push_back(std::move(finding));
  SortFindings(result.findings);
  if (!options.baseline_path.empty()) {
    if (const std::optional<Baseline> baseline = ReadBaseline(options.baseline_path, result.config_errors, options.load.max_file_size))
      result.baselined = ApplyBaseline(*baseline, result.findings);
  }
  result.configs = configs.loaded();
  return result;
}

}  // namespace cxlint
