#pragma once
// Terraform's regular expressions: Go's RE2 syntax, matched by RE2 in time linear in the input
// and without recursion, whatever the pattern or the text.

#include <cstdint>
#include <string>

namespace cxlint::model {

enum class RegexReplaceStatus { kOk, kBadPattern, kTooLarge };

/// Go's Regexp.ReplaceAllString, which Terraform's replace() uses for a "/pattern/" search:
/// every match of `pattern` in `text` is replaced by `replacement` with `$1`, `${1}`, `$name`,
/// `${name}` expanded and `$$` a dollar. Stops with kTooLarge once `out` would pass `max_bytes`.
RegexReplaceStatus RegexReplaceAll(const std::string& text, const std::string& pattern, const std::string& replacement,
                                   uint64_t max_bytes, std::string& out);

}  // namespace cxlint::model
