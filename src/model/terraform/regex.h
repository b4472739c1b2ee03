#pragma once
// Terraform's regular expressions: Go's RE2 syntax, matched by RE2 in time linear in the input
// and without recursion, whatever the pattern or the text.

#include <cstdint>
#include <string>

#include "model/value.h"

namespace cxlint::model {

/// One search costs at most the length of the text after where it starts; a call that searches
/// again after every match is quadratic in the worst case (`a.*b|a` on a long run of `a`, where
/// each search reads to the end). So every call is given `search_left`, the bytes it may still
/// search (summed over its searches), takes from it what it could have read, and stops with
/// kSearchBudget before it would go past it.
/// The bytes of text all regular expressions of one model may search together, unless told
/// otherwise: far more than any real configuration searches, far less than a pathological one.
inline constexpr uint64_t kDefaultRegexSearchBytes = 1ull << 30;

enum class RegexReplaceStatus { kOk, kBadPattern, kTooLarge, kSearchBudget };

/// Go's Regexp.ReplaceAllString, which Terraform's replace() uses for a "/pattern/" search:
/// every match of `pattern` in `text` is replaced by `replacement` with `$1`, `${1}`, `$name`,
/// `${name}` expanded and `$$` a dollar. Stops with kTooLarge once `out` would pass `max_bytes`,
/// with kSearchBudget before it has searched `search_left` bytes.
RegexReplaceStatus RegexReplaceAll(const std::string& text, const std::string& pattern, const std::string& replacement,
                                   uint64_t max_bytes, uint64_t& search_left, std::string& out);

enum class RegexFindStatus { kOk, kBadPattern, kMixedGroups, kNoMatch, kTooLarge, kSearchBudget };

/// Terraform's regex() (`all` false) and regexall() (`all` true). A match is shaped by the
/// pattern's capture groups: the matched string when it has none, a list of the groups when they
/// are unnamed, an object of them when they are named (a group that took no part is null); a
/// pattern with both kinds is kMixedGroups. regex() gives the first match (kNoMatch when there is
/// none); regexall() a list of every non-overlapping match, as Go's FindAllStringSubmatch finds
/// them (empty when none). Stops with kTooLarge once the result would weigh more than `max_bytes`
/// (Value::Weight), with kSearchBudget before it has searched `search_left` bytes.
RegexFindStatus RegexFind(const std::string& text, const std::string& pattern, bool all, uint64_t max_bytes,
                          uint64_t& search_left, Value& out);

}  // namespace cxlint::model
