#pragma once
// Edit distance, for "did you mean" suggestions on misspelt names.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxlint {

/// The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions).
size_t EditDistance(std::string_view a, std::string_view b);

/// The candidate closest to `name` when it is close enough to be a likely misspelling: at most
/// max(2, |name| / 3) edits. Ties go to the earlier candidate. Asking again with the same list
/// reuses its index (base/name_index.h).
std::optional<std::string> ClosestMatch(std::string_view name, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" for ClosestMatch, or else a candidate that `word` (3 characters or
/// more) is the start of; empty otherwise.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace cxlint
