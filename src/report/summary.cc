#include <map>

#include "report/report.h"

namespace cxlint::report {

SeverityCounts CountSeverities(const RunReport& result) {
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

std::string NotCheckedLine(const Finding& note) {
  const Location& location = note.location;
  const LineCol start = location.file ? location.file->Position(location.span.begin) : LineCol{};
  return (location.file ? location.file->path() : "<unknown>") + ":" + std::to_string(start.line) + ":" +
         std::to_string(start.column) + ": not checked: " + note.message + " [" + std::string(note.rule->code) + " " +
         std::string(note.rule->name) + "]";
}

std::string NotCheckedSummary(const RunReport& result) {
  if (result.not_checked.empty()) return "";
  return "; " + std::to_string(result.not_checked.size()) + " not checked (CX003)";
}

std::vector<RuleCount> CountByRule(const std::vector<Finding>& findings) {
  std::map<std::string_view, RuleCount> counts;
  for (const Finding& finding : findings) {
    RuleCount& count = counts.try_emplace(finding.rule->code, RuleCount{finding.rule, 0}).first->second;
    ++count.count;
  }
  std::vector<RuleCount> out;
  for (const auto& [code, count] : counts) out.push_back(count);
  return out;
}

}  // namespace cxlint::report
