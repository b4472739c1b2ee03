#include "lint/linter.h"

#include <algorithm>
#include <mutex>

#include "base/parallel.h"
#include "discover/walk.h"
#include "lint/baseline.h"
#include "lint/config_set.h"
#include "lint/lint_unit.h"
#include "lint/units.h"
#include "rules/registry.h"

namespace cxlint {

namespace {

template <typename T>
void Append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// Adds one unit's outcome to the run's, in unit order.
void Merge(LintResult& unit, LintResult& result) {
  Append(result.findings, unit.findings);
  for (const auto& [kind, count] : unit.files_by_kind) result.files_by_kind[kind] += count;
  result.files_checked += unit.files_checked;
  Append(result.skipped, unit.skipped);
  Append(result.skipped_explicit, unit.skipped_explicit);
  Append(result.internal_errors, unit.internal_errors);
  Append(result.suppressed, unit.suppressed);
  result.suppressions_without_reason += unit.suppressions_without_reason;
  Append(result.units, unit.units);
  Append(result.documents, unit.documents);
}

// Walks the paths and splits what it finds into units, noting missing paths and skipped folders
// in `result` and the first path's settings.
std::vector<Unit> WalkUnits(const LintOptions& options, ConfigSet& configs, LintResult& result,
                            LintProgress& progress) {
  std::vector<ConfigError> unused_errors;  // the set keeps every file's errors, for the end
  result.config = *configs.For(options.paths.empty() ? "." : options.paths.front(), unused_errors);
  // `exclude` globs are read from the configuration of the folder that holds each path.
  WalkResult walk = Walk(options.paths, [&](const std::string& path, const std::string& folder) {
    const std::shared_ptr<const Config> config = configs.For(folder, unused_errors);
    return IsExcluded(*config, path) ? "excluded by " + config->path : std::string();
  });
  configs.EndOfWalk();
  result.missing_paths = std::move(walk.missing);
  result.skipped = std::move(walk.skipped_dirs);
  progress.files = walk.files.size();
  std::vector<Unit> units = SplitIntoUnits(options.paths, std::move(walk.files));
  ShareVarFiles(options.terraform.var_files, units);
  progress.units = units.size();
  return units;
}

// Moves the CX003 notes out of the findings (RunReport::not_checked says why).
void SetAsideNotChecked(RunReport& result) {
  const auto not_checked = std::stable_partition(result.findings.begin(), result.findings.end(), [](const Finding& f) {
    return f.rule->code != rules::kUnresolvedValue.code;
  });
  result.not_checked.assign(std::make_move_iterator(not_checked), std::make_move_iterator(result.findings.end()));
  result.findings.erase(not_checked, result.findings.end());
}

}  // namespace

bool LintOptions::Runs(const RuleMeta& rule) const {
  if (only_rules.empty() || rule.code == rules::kParseError.code) return true;
  return std::find(only_rules.begin(), only_rules.end(), rule.code) != only_rules.end();
}

LintResult Lint(const LintOptions& options) {
  LintResult result;
  ConfigSet configs(options.config_path, options.load.max_file_size);
  LintProgress progress;
  std::vector<Unit> units = WalkUnits(options, configs, result, progress);
  std::mutex files_mutex;  // guards `files` below: its slots are filled from several threads

  // Each unit's files are read on the threads, then its model is built and its rules run on one
  // of them while the others read the next unit's files; ParallelGroups keeps about one large
  // unit in memory besides the one being finished.
  std::vector<size_t> sizes;
  for (const Unit& unit : units) sizes.push_back(unit.files.size());
  std::vector<std::vector<LoadedFile>> files(units.size());
  std::vector<LintResult> outcomes(units.size());
  ParallelGroups(
      sizes, std::max(1u, options.jobs),
      [&](size_t unit, size_t file) {
        LoadedFile loaded = LoadUnitFile(units[unit], file, options, progress);
        const std::lock_guard lock(files_mutex);
        if (files[unit].empty()) files[unit].resize(sizes[unit]);
        files[unit][file] = std::move(loaded);
      },
      [&](size_t unit) {
        std::vector<LoadedFile> unit_files;
        {
          const std::lock_guard lock(files_mutex);
          unit_files = std::move(files[unit]);
        }
        outcomes[unit] = LintUnit(units[unit], std::move(unit_files), options, configs);
        units[unit] = Unit();  // its list of files too
        ++progress.units_done;
        if (options.progress) options.progress(progress);
      });
  for (LintResult& outcome : outcomes) Merge(outcome, result);
  if (options.keep_model && outcomes.size() == 1) {
    result.project = std::move(outcomes.front().project);
  } else {
    result.project.config = result.config;
  }
  outcomes.clear();

  SortFindings(result.findings);
  // The same finding from two units (a flow file that two repositories deploy) is reported once.
  MergeSamePosition(result.findings);
  SetAsideNotChecked(result);
  result.config_errors = configs.errors();
  if (!options.baseline_path.empty()) {
    if (const std::optional<Baseline> baseline =
            ReadBaseline(options.baseline_path, result.config_errors, options.load.max_file_size))
      result.baselined = ApplyBaseline(*baseline, result.findings);
  }
  result.configs = configs.loaded();
  return result;
}

LintResult ForEachModel(const LintOptions& options, const std::function<void(const model::Project&)>& visit) {
  LintResult result;
  ConfigSet configs(options.config_path, options.load.max_file_size);
  LintProgress progress;
  const std::vector<Unit> units = WalkUnits(options, configs, result, progress);
  // One unit at a time, in unit order: a model is released before the next is built.
  for (const Unit& unit : units) {
    LintResult outcome = ModelUnit(unit, options, configs, std::max(1u, options.jobs), progress);
    visit(outcome.project);
    ++progress.units_done;
    Merge(outcome, result);
  }
  SortFindings(result.findings);
  SetAsideNotChecked(result);
  result.config_errors = configs.errors();
  result.configs = configs.loaded();
  return result;
}

}  // namespace cxlint
