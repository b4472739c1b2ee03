// CX001 parse-error: a file that cannot be read, decoded or parsed. The loader reports it; the
// rule has no check of its own, but it is a rule like any other for severity and suppression.

#include "rules/registry.h"

namespace cxlint::rules {

const RuleMeta kParseError{
    "CX001", "parse-error", Severity::kError,
    "a file cannot be read, decoded or parsed; the message names the position and what was expected",
    nullptr};

}  // namespace cxlint::rules
