#include "report/rule_traits.h"

#include "rules/rule_pages.h"

namespace cxlint::report {

namespace {

struct SecurityScore {
  std::string_view code;
  std::string_view score;
};

// GitHub ranks 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium. Credentials and customer data in
// clear text (CX302) or a secret committed to git (CX303) are high.
constexpr SecurityScore kSecurityScores[] = {{"CX302", "7.5"}, {"CX303", "8.0"}};

char Family(const RuleMeta& rule) { return rule.code.size() > 2 ? rule.code[2] : '0'; }

}  // namespace

std::string_view SecuritySeverity(std::string_view code) {
  for (const SecurityScore& entry : kSecurityScores) {
    if (entry.code == code) return entry.score;
  }
  return {};
}

std::vector<std::string> RuleTags(const RuleMeta& rule) {
  std::vector<std::string> tags;
  switch (Family(rule)) {
    // CX002 is about the suppressions themselves, not about reading the input.
    case '0': tags = {rule.code == "CX002" ? "maintainability" : "loading"}; break;
    case '1': tags = {"retry", "reliability"}; break;
    case '2': tags = {"flow-paths", "reliability"}; break;
    case '3': tags = {"endpoints"}; break;
    case '4': tags = {"terraform", "correctness"}; break;
    default: break;
  }
  // GitHub shows security-severity only for results of rules tagged "security".
  if (!SecuritySeverity(rule.code).empty()) {
    tags.push_back("security");
  } else if (Family(rule) == '3') {
    tags.push_back("reliability");
  }
  return tags;
}

std::string_view RulePrecision(const RuleMeta& rule) {
  // Loading and provider-schema rules read facts; flow and retry rules infer behaviour from a
  // model that may miss what only runs at call time; an unresolved value is a guess by nature.
  if (rule.code == "CX003") return "medium";
  const char family = Family(rule);
  return family == '0' || family == '4' ? "very-high" : "high";
}

std::string RuleDescription(const RuleMeta& rule) {
  const std::string_view page = rules::RulePage(rule.code);
  const size_t heading = page.find("## What it does");
  if (heading == std::string_view::npos) return std::string(rule.summary);
  size_t begin = page.find('\n', heading);
  while (begin != std::string_view::npos && begin < page.size() && page[begin] == '\n') ++begin;
  if (begin == std::string_view::npos || begin >= page.size()) return std::string(rule.summary);
  size_t end = page.find("\n\n", begin);
  if (end == std::string_view::npos) end = page.size();
  std::string paragraph(page.substr(begin, end - begin));
  for (char& c : paragraph) {
    if (c == '\n') c = ' ';
  }
  return paragraph;
}

}  // namespace cxlint::report
