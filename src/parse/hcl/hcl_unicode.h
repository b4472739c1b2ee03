#pragma once
// The few Unicode facts the HCL lexer needs: identifier characters and white space (UTF-8
// itself is base/utf8.h).

#include <cstdint>

namespace cxlint::parse::hcl {

/// True for a non-ASCII code point an identifier may start with (Unicode ID_Start).
bool IsIdStartNonAscii(uint32_t code_point);

/// True for a non-ASCII code point an identifier may continue with (Unicode ID_Continue).
bool IsIdContinueNonAscii(uint32_t code_point);

/// True for Unicode White_Space, what Go's unicode.IsSpace accepts (HCL trims with it).
bool IsUnicodeSpace(uint32_t code_point);

}  // namespace cxlint::parse::hcl
