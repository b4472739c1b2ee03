#pragma once
// UTF-8 and the hex digits of escapes, for the readers, the model and the reports alike
// (counting code points is base/source_file.h's CountCodePoints).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cxlint {

/// True for a UTF-8 continuation byte (10xxxxxx): it belongs to the character before it.
inline bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Decodes the UTF-8 sequence at `text[at]` into `code_point`; returns its length, or 0 when
/// the bytes there are not valid UTF-8 (truncated, overlong, a surrogate, past U+10FFFF).
uint32_t DecodeUtf8(std::string_view text, size_t at, uint32_t* code_point);

/// The offset of the first byte of `text` that is not valid UTF-8, or npos.
size_t FindInvalidUtf8(std::string_view text);

/// Appends `code_point` encoded as UTF-8.
void AppendUtf8(std::string& out, uint32_t code_point);

/// The value of a hexadecimal digit (either case), or -1 when `c` is not one.
int HexValue(char c);

}  // namespace cxlint
