#include "report/report.h"

namespace cxlint::report {

void WriteCompact(std::ostream& out, const RunReport& result) {
  for (const Finding& finding : result.findings) {
    const Location& location = finding.location;
    const LineCol start = location.file ? location.file->Position(location.span.begin) : LineCol{};
    out << (location.file ? location.file->path() : "<unknown>") << ":" << start.line << ":" << start.column << ": "
        << SeverityName(finding.severity) << ": " << finding.message << " [" << finding.rule->code << "]\n";
  }
  for (const Finding& note : result.not_checked) out << NotCheckedLine(note) << "\n";
}

}  // namespace cxlint::report
