#pragma once
// CX002 unused-suppression: reported by the linter once suppressions are applied, since only then
// is it known which comments hid something.

#include <functional>
#include <vector>

#include "base/finding.h"
#include "lint/suppressions.h"

namespace cxlint::rules {

/// True when `rule` is turned off for `file` by the configuration.
using RuleIsOff = std::function<bool(const RuleMeta& rule, const SourceFile& file)>;

/// One CX002 finding for each name in a suppression comment that hid nothing or names no rule,
/// for each comment without names that hid nothing, and for each `ignore` entry of `.cxlint.yaml`
/// that hid nothing. A suppression of a rule that is off for its file is left alone: the rule
/// never ran there, so the comment may still be needed elsewhere.
void ReportUnusedSuppressions(const std::vector<Suppression>& comments, const std::vector<UnusedIgnore>& ignores,
                              const RuleIsOff& off, std::vector<Finding>& out);

}  // namespace cxlint::rules
