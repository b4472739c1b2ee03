#pragma once
// Architect `.i3*` exports: base64 of percent-encoded JSON.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/offset_map.h"

namespace cxlint::parse {

/// A decoded export and the way back from a JSON offset to the byte of the file that encodes it.
struct I3Decoded {
  std::string json;
  std::string encoded;   // the percent-encoded text (base64-decoded file)
  OffsetMap base64_map;  // base64 alphabet offsets -> file offsets (skips whitespace)
  /// The offset in `encoded` of every kCheckpointStride-th JSON byte: a third of an export's
  /// bytes are escapes, so one map entry per escape would cost more than the decoding.
  std::vector<uint32_t> checkpoints;
  static constexpr uint32_t kCheckpointStride = 16;

  /// The offset in `encoded` of JSON byte `offset` (its '%' when it was escaped).
  uint32_t EncodedOffset(uint32_t offset) const;
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
