#pragma once
// The pipeline of one unit (lint/units.h): load its files, build its model, run the rules, apply
// its settings and suppressions. Nothing outside the unit is seen, so its findings are the same
// whatever else the run lints.

#include <optional>
#include <string>
#include <vector>

#include "discover/load.h"
#include "lint/config_set.h"
#include "lint/linter.h"
#include "lint/units.h"

namespace cxlint {

/// One file of a unit, read and parsed, or the bug met reading it.
struct LoadedFile {
  std::optional<LoadOutcome> outcome;
  std::string internal_error;
};

/// Reads and parses file `index` of `unit`, counting it in `progress`. Files of a unit may be
/// loaded on several threads at once.
LoadedFile LoadUnitFile(const Unit& unit, size_t index, const LintOptions& options, LintProgress& progress);

/// Lints `unit` from its files, loaded in walk order (slot i holds file i). The result holds the
/// unit's sorted findings (no baseline applied), its counts and its notes; its model only with
/// `options.keep_model`.
LintResult LintUnit(const Unit& unit, std::vector<LoadedFile> files, const LintOptions& options, ConfigSet& configs);

/// Loads `unit` on `file_jobs` threads and builds its model exactly as LintUnit does, without
/// running the rules (for commands that read the model, not findings). The result holds the
/// model, the CX001 findings of files that could not be read, and the notes; nothing is
/// suppressed or summarised.
LintResult ModelUnit(const Unit& unit, const LintOptions& options, ConfigSet& configs, unsigned file_jobs,
                     LintProgress& progress);

}  // namespace cxlint
