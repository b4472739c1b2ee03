#pragma once
// What code-scanning services want to know about a rule beyond its code and name, from the traits
// each rule defines beside its Check (RuleMeta::traits) and from its page.

#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"

namespace cxlint::report {

/// GitHub's security-severity score ("7.5") of a security rule; empty for the others.
std::string_view SecuritySeverity(const RuleMeta& rule);

/// Tags for a rule: its family ("retry", "flow-paths"...) and what kind of problem it is
/// ("reliability", "security", "correctness").
std::vector<std::string> RuleTags(const RuleMeta& rule);

/// SARIF/CodeQL precision: how rarely the rule is wrong ("very-high", "high", "medium").
std::string_view RulePrecision(const RuleMeta& rule);

/// The first paragraph of the rule page's "What it does" section as one line, or the summary.
std::string RuleDescription(const RuleMeta& rule);

}  // namespace cxlint::report
