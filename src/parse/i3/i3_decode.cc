#include "parse/i3/i3_decode.h"

#include <algorithm>
#include <cstdint>

#include "base/utf8.h"

namespace cxlint::parse {

namespace {

// -1 for bytes outside both base64 alphabets (standard and URL-safe).
struct Base64Table {
  int8_t value[256];
  constexpr Base64Table() : value() {
    for (int c = 0; c < 256; ++c) value[c] = -1;
    for (int c = 'A'; c <= 'Z'; ++c) value[c] = static_cast<int8_t>(c - 'A');
    for (int c = 'a'; c <= 'z'; ++c) value[c] = static_cast<int8_t>(c - 'a' + 26);
    for (int c = '0'; c <= '9'; ++c) value[c] = static_cast<int8_t>(c - '0' + 52);
    value[static_cast<int>('+')] = value[static_cast<int>('-')] = 62;
    value[static_cast<int>('/')] = value[static_cast<int>('_')] = 63;
  }
};
constexpr Base64Table kBase64;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Printable(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  if (u >= 0x20 && u < 0x7f) return std::string("'") + c + "'";
  static const char kHex[] = "0123456789ABCDEF";
  return std::string("byte 0x") + kHex[u >> 4] + kHex[u & 15];
}

}  // namespace

uint32_t I3Decoded::EncodedOffset(uint32_t offset) const {
  if (offset >= json.size()) return static_cast<uint32_t>(encoded.size());
  uint32_t at = checkpoints[offset / kCheckpointStride];
  for (uint32_t i = offset / kCheckpointStride * kCheckpointStride; i < offset; ++i) at += encoded[at] == '%' ? 3 : 1;
  return at;
}

uint32_t I3Decoded::ToFileOffset(uint32_t offset) const {
  const uint32_t at = EncodedOffset(offset);
  // Every 3 decoded bytes are 4 base64 characters; byte k of a group starts in character k.
  const uint32_t alphabet_offset = at / 3 * 4 + at % 3;
  return base64_map.ToOriginal(alphabet_offset);
}

std::optional<I3Decoded> DecodeI3(std::string_view file_text, I3DecodeError* error) {
  I3Decoded out;
  std::string& encoded = out.encoded;
  encoded.resize(file_text.size() / 4 * 3 + 3);
  char* write = encoded.data();
  uint32_t bits = 0;
  int bit_count = 0;
  uint32_t alphabet_count = 0;
  bool padding = false;
  const auto* text = reinterpret_cast<const unsigned char*>(file_text.data());
  const uint32_t size = static_cast<uint32_t>(file_text.size());
  for (uint32_t i = 0; i < size; ++i) {
    // The common case: four alphabet characters make three bytes.
    if (!padding && bit_count == 0 && i + 4 <= size) {
      const int a = kBase64.value[text[i]], b = kBase64.value[text[i + 1]], c = kBase64.value[text[i + 2]],
                d = kBase64.value[text[i + 3]];
      if ((a | b | c | d) >= 0) {
        const uint32_t group = (uint32_t(a) << 18) | (uint32_t(b) << 12) | (uint32_t(c) << 6) | uint32_t(d);
        *write++ = static_cast<char>(group >> 16);
        *write++ = static_cast<char>(group >> 8);
        *write++ = static_cast<char>(group);
        alphabet_count += 4;
        i += 3;
        continue;
      }
    }
    const char c = file_text[i];
    if (IsSpace(c)) {
      // Record the gap so alphabet offsets map back over it.
      uint32_t j = i;
      while (j < size && IsSpace(file_text[j])) ++j;
      out.base64_map.AddEdit(i, j, alphabet_count, alphabet_count);
      i = j - 1;
      continue;
    }
    if (c == '=') {
      padding = true;
      ++alphabet_count;
      continue;
    }
    const int value = kBase64.value[static_cast<unsigned char>(c)];
    if (value < 0 || padding) {
      *error = {i, "not base64: unexpected " + (value < 0 ? Printable(c) : "data after the '=' padding")};
      return std::nullopt;
    }
    ++alphabet_count;
    bits = (bits << 6) | static_cast<uint32_t>(value);
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      *write++ = static_cast<char>((bits >> bit_count) & 0xFF);
    }
  }
  encoded.resize(static_cast<size_t>(write - encoded.data()));
  if (encoded.empty()) {
    *error = {0, "empty export: no base64 data"};
    return std::nullopt;
  }
  out.json.resize(encoded.size());
  out.checkpoints.reserve(encoded.size() / I3Decoded::kCheckpointStride + 1);
  uint32_t written = 0;
  for (uint32_t i = 0; i < encoded.size(); ++i) {
    if (written % I3Decoded::kCheckpointStride == 0) out.checkpoints.push_back(i);
    if (encoded[i] != '%') {
      out.json[written++] = encoded[i];
      continue;
    }
    const int high = i + 2 < encoded.size() ? HexValue(encoded[i + 1]) : -1;
    const int low = i + 2 < encoded.size() ? HexValue(encoded[i + 2]) : -1;
    if (high < 0 || low < 0) {
      const uint32_t alphabet_offset = i / 3 * 4 + i % 3;
      *error = {out.base64_map.ToOriginal(alphabet_offset),
                "invalid percent escape in the decoded export (expected '%' and two hex digits)"};
      return std::nullopt;
    }
    out.json[written++] = static_cast<char>(high * 16 + low);
    i += 2;
  }
  out.json.resize(written);
  return out;
}

}  // namespace cxlint::parse
