#pragma once
// Output formats. Each takes the report of one run (report/run_report.h): its sorted findings
// and counts, never the model.

#include <filesystem>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "report/run_report.h"

namespace cxlint::report {

/// Presentation choices shared by the formats.
struct ReportOptions {
  bool color = false;
  /// Absolute folder that SARIF, GitHub and GitLab paths are relative to (the repository root);
  /// empty means the current folder.
  std::filesystem::path root = {};
  /// SARIF `automationDetails.id`: tells apart several analyses of one repository ("category/").
  std::string sarif_category = "cxlint/";
  bool quiet = false;            // findings only: no summary
  bool statistics = false;       // counts per rule
  bool show_suppressed = false;  // list the suppressed findings too
};

/// Compiler-style text: "path:line:col: severity: message [CODE name]", the source line with a
/// caret underline, and a summary line.
void WriteText(std::ostream& out, const RunReport& result, const ReportOptions& options);

/// The documented, versioned JSON schema (docs/json-output.md).
void WriteJson(std::ostream& out, const RunReport& result, const ReportOptions& options = {});

/// SARIF 2.1.0 for code-scanning services (GitHub), one run (docs/output-formats.md).
void WriteSarif(std::ostream& out, const RunReport& result, const ReportOptions& options);

/// GitHub Actions workflow commands (`::error file=...::`), within GitHub's annotation limits.
void WriteGithub(std::ostream& out, const RunReport& result, const ReportOptions& options);

/// GitLab Code Quality JSON: an array of issues with fingerprints.
void WriteGitlab(std::ostream& out, const RunReport& result, const ReportOptions& options);

/// JUnit XML: one test case per file checked, one failure per finding.
void WriteJunit(std::ostream& out, const RunReport& result);

/// Checkstyle XML, as checkstyle writes it and reviewdog reads it.
void WriteCheckstyle(std::ostream& out, const RunReport& result);

/// One line per finding: "path:line:col: severity: message [CODE]".
void WriteCompact(std::ostream& out, const RunReport& result);

/// Every format name `WriteReport` knows, in the order `--help` lists them.
std::span<const std::string_view> FormatNames();

/// Writes `result` in the format called `format` (one of FormatNames()); false when unknown.
bool WriteReport(std::string_view format, std::ostream& out, const RunReport& result, const ReportOptions& options);

/// "3 errors, 1 warning and 0 notes" style counts, shared by the formats that print a summary.
struct SeverityCounts {
  int errors = 0, warnings = 0, notes = 0;
};
SeverityCounts CountSeverities(const RunReport& result);
/// "1 file", "3 files": a count and its noun, plural with an "s" when the count is not one.
std::string Plural(size_t count, const char* singular);

/// "path:line:col: not checked: message [CX003 unresolved-value]": a CX003 note as the text,
/// compact and GitHub formats print it, apart from the findings.
std::string NotCheckedLine(const Finding& note);
/// "; 2 not checked (CX003)" for a summary line, or empty when cxlint checked everything.
std::string NotCheckedSummary(const RunReport& result);

/// Findings per rule, in rule order, for --statistics.
struct RuleCount {
  const RuleMeta* rule;
  int count;
};
std::vector<RuleCount> CountByRule(const std::vector<Finding>& findings);

}  // namespace cxlint::report
