#pragma once
// The Markdown pages of rules/, embedded in the binary at build time.

#include <string_view>

namespace cxlint::rules {

/// The page of the rule with this code ("CX001"), or an empty view when it has none.
std::string_view RulePage(std::string_view code);

}  // namespace cxlint::rules
