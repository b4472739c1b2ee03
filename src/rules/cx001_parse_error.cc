// CX001 parse-error: a file that cannot be read, decoded or parsed. The loader reports it; the
// rule has no check of its own, but it is a rule like any other for severity and suppression.

#include "rules/registry.h"

namespace cxlint::rules {

namespace {

// Its traits (RuleMeta::traits): loading reads facts, so its precision is very high.
constexpr std::string_view kTags[] = {"loading"};

}  // namespace

const RuleMeta kParseError{
    "CX001",
    "parse-error",
    Severity::kError,
    "a file cannot be read, decoded or parsed; the message names the position and what was expected",
    nullptr,
    {},
    {kTags, "very-high"}};

}  // namespace cxlint::rules
