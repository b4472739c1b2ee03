#pragma once
// Terraform `{{key}}` substitutions in flow files, applied the way the provider applies them.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/offset_map.h"
#include "base/source_file.h"

namespace cxlint::parse {

/// A flow file's text after substitution, and how to get back to the file on disk.
struct SubstitutedText {
  std::string text;
  OffsetMap map;  // substituted offsets -> file offsets
  /// Unresolved placeholders that were replaced by a neutral token: (token, original "{{key}}").
  std::vector<std::pair<std::string, std::string>> neutral_tokens;
  /// Substitution stopped because the text would pass kMaxSubstitutedSize.
  bool too_large = false;
};

/// The largest flow text substitution may build: values repeated at many placeholders must not
/// make a small file into gigabytes.
inline constexpr size_t kMaxSubstitutedSize = 64ull << 20;

/// One `{{key}}` in a flow file: the key, and the span of the whole `{{key}}` text.
struct Placeholder {
  std::string key;
  Span span;
};

/// Every `{{key}}` in `text` (keys of letters, digits, `_`, `-`, `.`), in order: what the provider
/// replaces (a `{{ key }}` with spaces is not a placeholder to it, so not to us).
std::vector<Placeholder> FindPlaceholders(std::string_view text);

/// Replaces every `{{key}}` in `text`: by `values[key]` when given (a plain text replacement, as
/// the provider does), otherwise by a neutral token that YAML reads as a plain scalar, so that
/// `{{category}}:` parses as a mapping key. RestorePlaceholders turns the tokens back.
SubstitutedText SubstitutePlaceholders(std::string_view text, const std::map<std::string, std::string>& values);

/// Replaces neutral tokens inside a parsed scalar or key with the `{{key}}` text they stand for.
void RestorePlaceholders(std::string& value, const SubstitutedText& substituted);

}  // namespace cxlint::parse
