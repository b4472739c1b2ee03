#pragma once
// What every reader returns: a tree (possibly partial) and the problems met on the way.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/tree.h"

namespace cxlint::parse {

/// A problem in the input at a byte offset of the text that was parsed.
struct ParseError {
  uint32_t offset = 0;
  std::string message;  // lowercase, says what was expected: "expected ',' or '}' after an object member"
};

/// A parsed document; `root` is meaningful only when `errors` is empty.
struct ParseResult {
  Node root;
  std::vector<ParseError> errors;
  bool ok() const { return errors.empty(); }
};

/// Moves an error offset that lies in trailing whitespace (an "unexpected end of input") back to
/// just after the last character, so the caret sits at the end of the text instead of on an empty line.
uint32_t BeforeTrailingSpace(std::string_view text, uint32_t offset);

/// Rewrites every span in the tree (keys and values) and every error offset with `to_original`,
/// so positions in a transformed text point back into the file on disk.
void RemapOffsets(ParseResult& result, const std::function<uint32_t(uint32_t)>& to_original);

}  // namespace cxlint::parse
