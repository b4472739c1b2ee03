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
