#include "parse/yaml/placeholders.h"

namespace cxlint::parse {

namespace {

bool IsKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

// The token is a valid plain scalar in any YAML position and cannot occur in real flows.
std::string NeutralToken(size_t index) { return "cxlint_placeholder_" + std::to_string(index) + "_"; }

}  // namespace

std::vector<Placeholder> FindPlaceholders(std::string_view text) {
  std::vector<Placeholder> found;
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find("{{", i);
    if (open == std::string_view::npos) break;
    size_t close = open + 2;
    while (close < text.size() && IsKeyChar(text[close])) ++close;
    if (close == open + 2 || text.substr(close, 2) != "}}") {
      i = open + 2;
      continue;
    }
    found.push_back({std::string(text.substr(open + 2, close - open - 2)),
                     Span{static_cast<uint32_t>(open), static_cast<uint32_t>(close + 2)}});
    i = close + 2;
  }
  return found;
}

SubstitutedText SubstitutePlaceholders(std::string_view text, const std::map<std::string, std::string>& values) {
  SubstitutedText out;
  out.text.reserve(text.size());
  size_t i = 0;
  for (const Placeholder& placeholder : FindPlaceholders(text)) {
    out.text.append(text.substr(i, placeholder.span.begin - i));
    std::string replacement;
    if (auto it = values.find(placeholder.key); it != values.end()) {
      replacement = it->second;
    } else {
      replacement = NeutralToken(out.neutral_tokens.size());
      out.neutral_tokens.emplace_back(replacement, "{{" + placeholder.key + "}}");
    }
    if (out.text.size() + replacement.size() > kMaxSubstitutedSize) {
      out.too_large = true;
      return out;
    }
    const uint32_t new_begin = static_cast<uint32_t>(out.text.size());
    out.text += replacement;
    out.map.AddEdit(placeholder.span.begin, placeholder.span.end, new_begin, static_cast<uint32_t>(out.text.size()));
    i = placeholder.span.end;
  }
  if (i < text.size()) out.text.append(text.substr(i));
  return out;
}

void RestorePlaceholders(std::string& value, const SubstitutedText& substituted) {
  constexpr std::string_view kPrefix = "cxlint_placeholder_";
  if (substituted.neutral_tokens.empty() || value.find(kPrefix) == std::string::npos) return;
  // One pass over the value, reading each token's index from the token itself: linear in the
  // value whatever the number of placeholders (the closing underscore ends the index).
  std::string out;
  out.reserve(value.size());
  size_t at = 0;
  for (size_t found; (found = value.find(kPrefix, at)) != std::string::npos;) {
    size_t end = found + kPrefix.size();
    size_t index = 0;
    bool digits = false;
    while (end < value.size() && value[end] >= '0' && value[end] <= '9' && index <= substituted.neutral_tokens.size()) {
      index = index * 10 + static_cast<size_t>(value[end++] - '0');
      digits = true;
    }
    if (!digits || end >= value.size() || value[end] != '_' || index >= substituted.neutral_tokens.size() ||
        value.compare(found, end + 1 - found, substituted.neutral_tokens[index].first) != 0) {
      out.append(value, at, found + kPrefix.size() - at);  // not one of our tokens
      at = found + kPrefix.size();
      continue;
    }
    out.append(value, at, found - at).append(substituted.neutral_tokens[index].second);
    at = end + 1;
  }
  out.append(value, at, std::string::npos);
  value = std::move(out);
}

}  // namespace cxlint::parse
