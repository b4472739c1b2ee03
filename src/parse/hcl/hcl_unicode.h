#pragma once
// The few Unicode facts the HCL lexer needs: identifier characters, white space, UTF-8.

#include <cstdint>
#include <string>
#include <string_view>

namespace cxlint::parse::hcl {

/// True for a non-ASCII code point an identifier may start with (Unicode ID_Start).
bool IsIdStartNonAscii(uint32_t code_point);

/// True for a non-ASCII code point an identifier may continue with (Unicode ID_Continue).
bool IsIdContinueNonAscii(uint32_t code_point);

/// True for Unicode White_Space, what Go's unicode.IsSpace accepts (HCL trims with it).
bool IsUnicodeSpace(uint32_t code_point);

/// Decodes the UTF-8 sequence at `text[at]` into `code_point`; returns its length, or 0 when
/// the bytes there are not valid UTF-8.
uint32_t DecodeUtf8(std::string_view text, size_t at, uint32_t* code_point);

/// Appends `code_point` encoded as UTF-8.
void AppendUtf8(std::string& out, uint32_t code_point);

}  // namespace cxlint::parse::hcl
