#include "lint/rule_settings.h"

#include <algorithm>

namespace cxlint {

bool RuleIsOff(const model::Project& project, const RuleMeta& rule, const SourceFile& file) {
  return EffectiveRule(project.ConfigFor(file), rule.code, file.path()).off;
}

void ApplyRuleSettings(const model::Project& project, std::vector<Finding>& findings) {
  std::erase_if(findings, [&](Finding& finding) {
    const Config& config = project.ConfigFor(finding.location);
    const RuleSetting setting =
        EffectiveRule(config, finding.rule->code, finding.location.file ? finding.location.file->path() : "");
    if (setting.severity) finding.severity = *setting.severity;
    return setting.off;
  });
}

}  // namespace cxlint
