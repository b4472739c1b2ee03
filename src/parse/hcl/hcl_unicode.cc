#include "parse/hcl/hcl_unicode.h"

#include <algorithm>

namespace cxlint::parse::hcl {

namespace {

struct CodeRange {
  uint32_t low, high;
};

#include "parse/hcl/hcl_unicode_tables.inc"

template <size_t N>
bool InRanges(const CodeRange (&ranges)[N], uint32_t code_point) {
  const CodeRange* it = std::upper_bound(std::begin(ranges), std::end(ranges), code_point,
                                         [](uint32_t value, const CodeRange& range) { return value < range.low; });
  return it != std::begin(ranges) && code_point <= (it - 1)->high;
}

}  // namespace

bool IsIdStartNonAscii(uint32_t code_point) { return InRanges(kIdStart, code_point); }

bool IsIdContinueNonAscii(uint32_t code_point) { return InRanges(kIdContinue, code_point); }

bool IsUnicodeSpace(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

uint32_t DecodeUtf8(std::string_view text, size_t at, uint32_t* code_point) {
  const unsigned char lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  }
  uint32_t length = 0, value = 0, min = 0;
  if ((lead & 0xE0) == 0xC0) length = 2, value = lead & 0x1F, min = 0x80;
  else if ((lead & 0xF0) == 0xE0) length = 3, value = lead & 0x0F, min = 0x800;
  else if ((lead & 0xF8) == 0xF0) length = 4, value = lead & 0x07, min = 0x10000;
  else return 0;
  if (at + length > text.size()) return 0;
  for (uint32_t k = 1; k < length; ++k) {
    const unsigned char next = static_cast<unsigned char>(text[at + k]);
    if ((next & 0xC0) != 0x80) return 0;
    value = (value << 6) | (next & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *code_point = value;
  return length;
}

void AppendUtf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace cxlint::parse::hcl
