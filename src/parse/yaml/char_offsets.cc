#include "parse/yaml/char_offsets.h"

#include <algorithm>

#include "base/utf8.h"

namespace cxlint::parse {

CharOffsets::CharOffsets(std::string_view text) : text_(text) {
  ascii_ = std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

uint32_t CharOffsets::ToByte(size_t index) {
  if (ascii_) return static_cast<uint32_t>(std::min(index, text_.size()));
  while (char_ < index && byte_ < text_.size()) {
    ++byte_;
    while (byte_ < text_.size() && IsUtf8Continuation(text_[byte_])) ++byte_;
    ++char_;
  }
  while (char_ > index && byte_ > 0) {
    --byte_;
    while (byte_ > 0 && IsUtf8Continuation(text_[byte_])) --byte_;
    --char_;
  }
  return static_cast<uint32_t>(byte_);
}

}  // namespace cxlint::parse
