#include "parse/hcl/hcl_unicode.h"

#include <algorithm>
#include <iterator>

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

}  // namespace cxlint::parse::hcl
