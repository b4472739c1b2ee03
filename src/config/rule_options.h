#pragma once
// The thresholds the rule pages (rules/) make configurable, with their defaults: the one table the config
// reader validates against and the rules read their defaults from.

#include <span>
#include <string_view>

namespace cxlint {

/// One option of one rule: `rules: {CX103: {options: {min_interval_ms: 2000}}}`.
struct RuleOptionSpec {
  std::string_view code;     // "CX103"
  std::string_view name;     // "min_interval_ms"
  bool integer;              // whole numbers only (milliseconds, counts)
  double default_value;
  double minimum;            // smallest accepted value
  std::string_view meaning;  // one line, for `cxlint init` and --show-config
};

/// Every configurable option, by rule code.
std::span<const RuleOptionSpec> AllRuleOptions();

/// The option `name` of rule `code`, or null.
const RuleOptionSpec* FindRuleOption(std::string_view code, std::string_view name);

}  // namespace cxlint
