#pragma once
// The pipeline of one unit (lint/units.h): load its files, build its model, run the rules, apply
// its settings and suppressions. Nothing outside the unit is seen, so its findings are the same
// whatever else the run lints.

#include "lint/config_set.h"
#include "lint/linter.h"
#include "lint/units.h"

namespace cxlint {

/// Lints `unit` with `file_jobs` threads for reading and parsing. The result holds the unit's
/// sorted findings (no baseline applied), its counts and its notes; its model only with
/// `options.keep_model`. Each file read counts in `progress`.
LintResult LintUnit(const Unit& unit, const LintOptions& options, ConfigSet& configs, unsigned file_jobs,
                    LintProgress& progress);

/// Loads `unit` and builds its model exactly as LintUnit does, without running the rules (for
/// commands that read the model, not findings). The result holds the model, the CX001 findings
/// of files that could not be read, and the notes; nothing is suppressed or summarised.
LintResult ModelUnit(const Unit& unit, const LintOptions& options, ConfigSet& configs, unsigned file_jobs,
                     LintProgress& progress);

}  // namespace cxlint
