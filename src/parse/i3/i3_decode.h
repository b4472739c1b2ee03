#pragma once
// Architect `.i3*` exports: base64 of percent-encoded JSON.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/offset_map.h"

namespace cxlint::parse {

/// A decoded export and the way back from a JSON offset to the byte of the file that encodes it.
struct I3Decoded {
  std::string json;
  OffsetMap percent_map;   // json offsets -> percent-encoded offsets
  OffsetMap base64_map;    // base64 alphabet offsets -> file offsets (skips whitespace)

  /// The file offset of the base64 character that carries the first bits of JSON byte `offset`.
  uint32_t ToFileOffset(uint32_t offset) const;
};

/// Why decoding failed, at a file offset.
struct I3DecodeError {
  uint32_t offset;
  std::string message;
};

/// Decodes base64 (whitespace allowed) then `%XX` escapes. Never throws.
std::optional<I3Decoded> DecodeI3(std::string_view file_text, I3DecodeError* error);

}  // namespace cxlint::parse
