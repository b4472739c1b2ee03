// CX003 unresolved-value: a value a rule needs cannot be evaluated. The Terraform model reports
// it (remote modules, variables without a value, functions cxlint does not evaluate) instead of
// guessing, so a rule never judges a value it does not know.

#include "rules/registry.h"

namespace cxlint::rules {

const RuleMeta kUnresolvedValue{
    "CX003", "unresolved-value", Severity::kNote,
    "a value a rule needs cannot be evaluated (no variable value, unknown function, remote module); says what was skipped",
    nullptr};

}  // namespace cxlint::rules
