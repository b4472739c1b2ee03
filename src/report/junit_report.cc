// JUnit XML, as CI servers (GitLab, Jenkins, Azure DevOps) read test reports: each file checked
// is a test case that passes when clean and fails once per finding in it.

#include <map>
#include <vector>

#include "report/report.h"
#include "report/xml.h"

namespace cxlint::report {

void WriteJunit(std::ostream& out, const RunReport& result) {
  std::map<std::string, std::vector<const Finding*>> by_file;
  for (const DocumentRead& document : result.documents) by_file[document.path];
  for (const Finding& finding : result.findings) {
    by_file[finding.location.file ? finding.location.file->path() : "<unknown>"].push_back(&finding);
  }
  size_t failing = 0;
  for (const auto& [path, findings] : by_file) failing += findings.empty() ? 0 : 1;
  const std::string counts =
      "tests=\"" + std::to_string(by_file.size()) + "\" failures=\"" + std::to_string(failing) + "\" errors=\"0\"";

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"cxlint\" " << counts << ">\n";
  out << "  <testsuite name=\"cxlint\" " << counts << " skipped=\"0\">\n";
  for (const auto& [path, findings] : by_file) {
    out << "    <testcase classname=\"cxlint\" name=\"" << XmlEscape(path) << "\" file=\"" << XmlEscape(path) << "\"";
    if (findings.empty()) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    for (const Finding* finding : findings) {
      const Location& location = finding->location;
      const LineCol start = location.file ? location.file->Position(location.span.begin) : LineCol{};
      const std::string where = path + ":" + std::to_string(start.line) + ":" + std::to_string(start.column);
      out << "      <failure type=\"" << finding->rule->code << " " << finding->rule->name << "\" message=\""
          << XmlEscape(finding->message) << "\">" << XmlEscape(where) << ": " << SeverityName(finding->severity) << ": "
          << XmlEscape(finding->message);
      if (!location.logical.empty()) out << " (in " << XmlEscape(location.logical) << ")";
      out << "</failure>\n";
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace cxlint::report
