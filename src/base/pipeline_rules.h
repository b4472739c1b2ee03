#pragma once
// The rules the pipeline reports itself, below every stage that reports them: the loader (CX001),
// the Terraform model (CX001, CX003) and the suppression pass (CX002). Each is defined beside its
// rule in rules/ and listed by the registry (rules/registry.h) like any other rule.

#include "base/finding.h"

namespace cxlint::rules {

/// CX001: emitted by the loader when a file cannot be read, decoded or parsed.
extern const RuleMeta kParseError;
/// CX002: reported by the linter for a suppression comment that hid nothing.
extern const RuleMeta kUnusedSuppression;
/// CX003: emitted by the Terraform model when a value a rule needs cannot be evaluated.
extern const RuleMeta kUnresolvedValue;

}  // namespace cxlint::rules
