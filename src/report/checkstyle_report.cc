// Checkstyle's XML result format: <checkstyle><file name><error line column severity message
// source/></file></checkstyle>, the shape reviewdog's `-f=checkstyle` and CI plugins read.

#include "report/report.h"
#include "report/xml.h"

namespace cxlint::report {

namespace {

// Checkstyle's severities are ignore, info, warning and error.
std::string_view CheckstyleSeverity(Severity severity) {
  return severity == Severity::kNote ? "info" : SeverityName(severity);
}

}  // namespace

void WriteCheckstyle(std::ostream& out, const RunReport& result) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  // Findings are sorted by file, so each file's errors are consecutive.
  bool open = false;
  std::string open_path;
  for (const Finding& finding : result.findings) {
    const SourceFile* file = finding.location.file.get();
    const std::string path = file ? file->path() : "<unknown>";
    if (!open || path != open_path) {
      if (open) out << "  </file>\n";
      out << "  <file name=\"" << XmlEscape(path) << "\">\n";
      open = true;
      open_path = path;
    }
    const LineCol start = file ? file->Position(finding.location.span.begin) : LineCol{};
    out << "    <error line=\"" << start.line << "\" column=\"" << start.column << "\" severity=\""
        << CheckstyleSeverity(finding.severity) << "\" message=\"" << XmlEscape(finding.message)
        << "\" source=\"cxlint." << finding.rule->code << "." << finding.rule->name << "\"/>\n";
  }
  if (open) out << "  </file>\n";
  out << "</checkstyle>\n";
}

}  // namespace cxlint::report
