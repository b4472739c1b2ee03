#include "config/rule_options.h"

namespace cxlint {

double RuleOptionValue(const Config& config, const RuleMeta& rule, const RuleOptionSpec& option,
                       const std::string& path) {
  const RuleSetting setting = EffectiveRule(config, rule.code, path);
  const auto value = setting.options.find(std::string(option.name));
  return value != setting.options.end() ? value->second : option.default_value;
}

}  // namespace cxlint
