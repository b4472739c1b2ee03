#pragma once
// Small text helpers that several layers need, so none keeps its own copy.

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

}  // namespace cxlint
