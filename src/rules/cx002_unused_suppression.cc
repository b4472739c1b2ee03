// CX002 unused-suppression: a `cxlint-ignore` comment that hides nothing. Left in place, it would
// silently hide the next, unrelated finding of that rule on that line or block. The linter
// reports it once suppressions are applied (lint/unused_suppressions.h); the rule has no check.

#include "rules/registry.h"

namespace cxlint::rules {

namespace {

// Its traits (RuleMeta::traits): about the suppressions themselves, not about reading the input.
constexpr std::string_view kTags[] = {"maintainability"};

}  // namespace

const RuleMeta kUnusedSuppression{
    "CX002", "unused-suppression", Severity::kNote, "an inline `cxlint-ignore` matches no finding", nullptr,
    {},      {kTags, "very-high"}};

}  // namespace cxlint::rules
