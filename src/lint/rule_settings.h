#pragma once
// Applies `.cxlint.yaml` levels to findings after the rules ran: each finding takes the level its
// file's nearest configuration gives its rule (`rules`, then matching `overrides`); `off` drops it.

#include <vector>

#include "base/finding.h"
#include "model/project.h"

namespace cxlint {

/// True when the configuration of `file` turns `rule` off.
bool RuleIsOff(const model::Project& project, const RuleMeta& rule, const SourceFile& file);

/// Sets each finding's configured severity and removes the findings of rules that are off.
void ApplyRuleSettings(const model::Project& project, std::vector<Finding>& findings);

}  // namespace cxlint
