#include "report/rule_traits.h"

#include "rules/rule_pages.h"

namespace cxlint::report {

std::string_view SecuritySeverity(const RuleMeta& rule) { return rule.traits.security_severity; }

std::vector<std::string> RuleTags(const RuleMeta& rule) {
  return std::vector<std::string>(rule.traits.tags.begin(), rule.traits.tags.end());
}

std::string_view RulePrecision(const RuleMeta& rule) { return rule.traits.precision; }

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
