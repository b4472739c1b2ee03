#pragma once
// Small text helpers that several layers need, so none keeps its own copy. Prefixes and suffixes
// are C++20's `starts_with` and `ends_with`.

#include <string>
#include <string_view>

namespace cxlint {

/// `text` with ASCII letters in lower case; other bytes (UTF-8 included) unchanged.
inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

/// True when `a` and `b` are equal but for the case of ASCII letters.
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    const char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
    if (x != y) return false;
  }
  return true;
}

/// ASCII white space: what std::isspace accepts in the "C" locale.
inline constexpr std::string_view kAsciiSpace = " \t\n\v\f\r";

/// `text` without the characters of `space` at its start and end. Callers whose format names
/// fewer white-space characters (a duration allows only spaces and tabs) pass them.
inline std::string_view Trim(std::string_view text, std::string_view space = kAsciiSpace) {
  const size_t begin = text.find_first_not_of(space);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(space) - begin + 1);
}

}  // namespace cxlint
