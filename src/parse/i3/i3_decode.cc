#include "parse/i3/i3_decode.h"

namespace cxlint::parse {

namespace {

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;  // standard and URL-safe alphabets
  if (c == '/' || c == '_') return 63;
  return -1;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Printable(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  if (u >= 0x20 && u < 0x7f) return std::string("'") + c + "'";
  static const char kHex[] = "0123456789ABCDEF";
  return std::string("byte 0x") + kHex[u >> 4] + kHex[u & 15];
}

}  // namespace

uint32_t I3Decoded::ToFileOffset(uint32_t offset) const {
  const uint32_t encoded = percent_map.ToOriginal(offset);
  // Every 3 decoded bytes are 4 base64 characters; byte k of a group starts in character k.
  const uint32_t alphabet_offset = encoded / 3 * 4 + encoded % 3;
  return base64_map.ToOriginal(alphabet_offset);
}

std::optional<I3Decoded> DecodeI3(std::string_view file_text, I3DecodeError* error) {
  I3Decoded out;
  std::string encoded;  // the percent-encoded text
  encoded.reserve(file_text.size() / 4 * 3);
  uint32_t bits = 0;
  int bit_count = 0;
  uint32_t alphabet_count = 0;
  bool padding = false;
  for (uint32_t i = 0; i < file_text.size(); ++i) {
    const char c = file_text[i];
    if (IsSpace(c)) {
      // Record the gap so alphabet offsets map back over it.
      uint32_t j = i;
      while (j < file_text.size() && IsSpace(file_text[j])) ++j;
      out.base64_map.AddEdit(i, j, alphabet_count, alphabet_count);
      i = j - 1;
      continue;
    }
    if (c == '=') {
      padding = true;
      ++alphabet_count;
      continue;
    }
    const int value = Base64Value(c);
    if (value < 0 || padding) {
      *error = {i, "not base64: unexpected " + (value < 0 ? Printable(c) : "data after the '=' padding")};
      return std::nullopt;
    }
    ++alphabet_count;
    bits = (bits << 6) | static_cast<uint32_t>(value);
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      encoded.push_back(static_cast<char>((bits >> bit_count) & 0xFF));
    }
  }
  if (encoded.empty()) {
    *error = {0, "empty export: no base64 data"};
    return std::nullopt;
  }
  out.json.reserve(encoded.size());
  for (uint32_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] != '%') {
      out.json.push_back(encoded[i]);
      continue;
    }
    const int high = i + 2 < encoded.size() ? HexValue(encoded[i + 1]) : -1;
    const int low = i + 2 < encoded.size() ? HexValue(encoded[i + 2]) : -1;
    if (high < 0 || low < 0) {
      *error = {out.ToFileOffset(static_cast<uint32_t>(out.json.size())),
                "invalid percent escape in the decoded export (expected '%' and two hex digits)"};
      // ToFileOffset above used the map built so far, which covers this position.
      return std::nullopt;
    }
    const uint32_t new_begin = static_cast<uint32_t>(out.json.size());
    out.json.push_back(static_cast<char>(high * 16 + low));
    out.percent_map.AddEdit(i, i + 3, new_begin, new_begin + 1);
    i += 2;
  }
  return out;
}

}  // namespace cxlint::parse
