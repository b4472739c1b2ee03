#include "report/report.h"

namespace cxlint::report {

SeverityCounts CountSeverities(const LintResult& result) {
  SeverityCounts counts;
  for (const Finding& finding : result.findings) {
    switch (finding.severity) {
      case Severity::kError: ++counts.errors; break;
      case Severity::kWarning: ++counts.warnings; break;
      case Severity::kNote: ++counts.notes; break;
    }
  }
  return counts;
}

std::string Plural(size_t count, const char* singular) {
  return std::to_string(count) + " " + singular + (count == 1 ? "" : "s");
}

}  // namespace cxlint::report
