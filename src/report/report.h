#pragma once
// Output formats. Each takes the sorted findings of one run.

#include <ostream>

#include "lint/linter.h"

namespace cxlint::report {

/// Presentation choices shared by the formats.
struct ReportOptions {
  bool color = false;
  bool quiet = false;            // findings only: no summary
  bool statistics = false;       // counts per rule
  bool show_suppressed = false;  // list the suppressed findings too
};

/// Compiler-style text: "path:line:col: severity: message [CODE name]", the source line with a
/// caret underline, and a summary line.
void WriteText(std::ostream& out, const LintResult& result, const ReportOptions& options);

/// The documented, versioned JSON schema (docs/json-output.md).
void WriteJson(std::ostream& out, const LintResult& result, const ReportOptions& options = {});

/// "3 errors, 1 warning and 0 notes" style counts, shared by the formats that print a summary.
struct SeverityCounts {
  int errors = 0, warnings = 0, notes = 0;
};
SeverityCounts CountSeverities(const LintResult& result);

/// Findings per rule, in rule order, for --statistics.
struct RuleCount {
  const RuleMeta* rule;
  int count;
};
std::vector<RuleCount> CountByRule(const std::vector<Finding>& findings);

}  // namespace cxlint::report
