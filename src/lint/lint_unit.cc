#include "lint/lint_unit.h"

#include <algorithm>
#include <exception>
#include <optional>

#include "base/parallel.h"
#include "lint/decoded_excerpt.h"
#include "lint/deployment_context.h"
#include "lint/logical_address.h"
#include "lint/module_code_findings.h"
#include "lint/report_excerpts.h"
#include "lint/rule_settings.h"
#include "lint/unused_suppressions.h"
#include "model/data_action.h"
#include "model/flow.h"
#include "model/flow_builder.h"
#include "model/outbound_call.h"
#include "model/terraform/flow_deployment.h"
#include "model/terraform/module.h"
#include "rules/registry.h"

namespace cxlint {

namespace {

void Keep(const WalkEntry& entry, LoadOutcome& outcome, LintResult& result) {
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
}

void BuildModel(const LintOptions& options, LintResult& result) {
  try {
    model::TerraformInputs terraform = options.terraform;
    terraform.max_file_size = options.load.max_file_size;
    result.project.terraform = model::TerraformModel::Build(result.project, terraform, result.findings);
    model::DeployFlows(result.project, options.load, std::max(1u, options.jobs), result.findings);
  } catch (const std::exception& error) {
    result.internal_errors.push_back(std::string("Terraform model: ") + error.what());
  }
}

void BuildFlowModel(LintResult& result) {
  try {
    result.project.flows = model::BuildFlows(result.project);
    result.project.data_actions = model::CollectDataActions(result.project);
    result.project.outbound_calls = model::CollectOutboundCalls(result.project, result.project.data_actions);
  } catch (const std::exception& error) {
    result.internal_errors.push_back(std::string("flow model: ") + error.what());
  }
}

void LeaveOutRulesNotRun(const LintOptions& options, std::vector<Finding>& findings) {
  std::erase_if(findings, [&](const Finding& finding) { return !options.Runs(*finding.rule); });
}

void RunRules(const LintOptions& options, LintResult& result) {
  for (const RuleMeta* rule : rules::AllRules()) {
    if (!rule->check || !options.Runs(*rule)) continue;
    try {
      Sink sink(*rule, result.findings);
      rule->check(result.project, sink);
    } catch (const std::exception& error) {
      result.internal_errors.push_back(std::string(rule->code) + ": " + error.what());
    }
  }
  // The model reports CX003 (and the deployment CX001) before any rule runs; a rule that is not
  // run drops its findings from there too.
  LeaveOutRulesNotRun(options, result.findings);
}

void Suppress(const LintOptions& options, ConfigSet& configs, LintResult& result) {
  std::vector<ConfigError> unused_errors;  // the set keeps every file's errors for the run
  // A file that could not be read (CX001) is no document, yet its folder's settings apply to it.
  for (const Finding& finding : result.findings) {
    if (!finding.location.file || result.project.file_configs.count(finding.location.file->path())) continue;
    result.project.file_configs[finding.location.file->path()] =
        configs.For(finding.location.file->path(), unused_errors);
  }
  ApplyRuleSettings(result.project, result.findings);
  SuppressionOutcome suppression = ApplySuppressions(result.project, result.findings);
  result.suppressed = std::move(suppression.suppressed);
  result.suppressions_without_reason = suppression.without_reason;
  std::vector<Finding> unused;
  ReportUnusedSuppressions(
      result.project, suppression.comments, suppression.unused_ignores,
      [&](const RuleMeta& rule) { return options.Runs(rule); }, unused);
  LeaveOutRulesNotRun(options, unused);
  ApplyRuleSettings(result.project, unused);
  AssignLogicalAddresses(result.project, unused);
  for (Finding& finding : unused) result.findings.push_back(std::move(finding));
  SortFindings(result.findings);
}

void Summarise(const Unit& unit, const LintOptions& options, LintResult& result) {
  UnitSummary summary{unit.root, unit.repository, static_cast<int>(unit.files.size()), {}};
  if (result.project.terraform) {
    for (const auto& root : result.project.terraform->roots()) summary.terraform_roots.push_back(root->root_dir);
  }
  result.units.push_back(std::move(summary));
  if (!options.list_documents) return;
  for (const Document& document : result.project.documents) {
    result.documents.push_back({document.source->path(), document.kind, document.deployed_by, document.superseded});
  }
}

// Builds the model of `unit` from its loaded files (slot i holds file i).
LintResult BuildUnitModel(const Unit& unit, std::vector<LoadedFile> files, const LintOptions& options,
                          ConfigSet& configs) {
  LintResult result;
  std::vector<ConfigError> unused_errors;  // the set keeps every file's errors for the run
  result.project.config = *configs.For(unit.first_argument, unused_errors);
  for (size_t i = 0; i < files.size(); ++i) {
    if (files[i].outcome) Keep(unit.files[i], *files[i].outcome, result);
    if (!files[i].internal_error.empty()) result.internal_errors.push_back(std::move(files[i].internal_error));
  }
  files.clear();
  BuildModel(options, result);
  // Deployed flow files are documents too; every document now has its nearest configuration.
  for (const Document& document : result.project.documents) {
    result.project.file_configs[document.source->path()] = configs.For(document.source->path(), unused_errors);
  }
  BuildFlowModel(result);
  return result;
}

}  // namespace

LoadedFile LoadUnitFile(const Unit& unit, size_t index, const LintOptions& options, LintProgress& progress) {
  LoadedFile loaded;
  try {
    loaded.outcome = LoadFile(unit.files[index], options.load);
  } catch (const std::exception& error) {
    // A bug met on one file must not hide the findings of the others.
    loaded.internal_error = unit.files[index].path + ": " + error.what();
  }
  ++progress.files_done;
  if (options.progress) options.progress(progress);
  return loaded;
}

LintResult ModelUnit(const Unit& unit, const LintOptions& options, ConfigSet& configs, unsigned file_jobs,
                     LintProgress& progress) {
  std::vector<LoadedFile> files(unit.files.size());
  ParallelFor(files.size(), file_jobs, [&](size_t i) { files[i] = LoadUnitFile(unit, i, options, progress); });
  return BuildUnitModel(unit, std::move(files), options, configs);
}

LintResult LintUnit(const Unit& unit, std::vector<LoadedFile> files, const LintOptions& options, ConfigSet& configs) {
  LintResult result = BuildUnitModel(unit, std::move(files), options, configs);
  RunRules(options, result);
  MoveToModuleCalls(result.project, result.findings);
  AddDeploymentContext(result.project, result.findings);
  AssignLogicalAddresses(result.project, result.findings);
  AddDecodedExcerpts(result.project, result.findings);
  SortFindings(result.findings);
  MergeSamePosition(result.findings);
  Suppress(options, configs, result);
  Summarise(unit, options, result);
  // The model and its files are released here unless the caller keeps the model (findings then
  // point into its files): only findings, with the excerpts of files they need, outlive the unit.
  // The model goes first, so that the excerpts are not built beside it; the files stay until
  // then, held by the findings' locations.
  if (!options.keep_model) {
    result.project = model::Project();
    KeepOnlyReportExcerpts(result.findings, result.suppressed, options.line_hashes);
  }
  return result;
}

}  // namespace cxlint
