#pragma once
// Edit distance, for "did you mean" suggestions on misspelt names.

#include <cstddef>
#include <string_view>

namespace cxlint {

/// The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions).
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace cxlint
