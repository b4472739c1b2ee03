#pragma once
// libyaml marks positions in characters (code points); the tree holds byte offsets.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cxlint::parse {

/// Turns character indexes into byte offsets of one UTF-8 text. Queries are cheap when they come
/// in nearly increasing order (a cursor walks from the previous answer), and free for ASCII text.
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text);

  /// The byte offset of character `index`; the text's size past its end.
  uint32_t ToByte(size_t index);

 private:
  std::string_view text_;
  bool ascii_ = true;
  size_t char_ = 0;  // the cursor: character index char_ starts at byte byte_
  size_t byte_ = 0;
};

}  // namespace cxlint::parse
