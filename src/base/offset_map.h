#pragma once
// Maps offsets in a transformed text (after {{key}} substitution or decoding) back to the file on disk.

#include <cstdint>
#include <vector>

namespace cxlint {

/// An ordered list of replacements that turned the original text into a new one.
class OffsetMap {
 public:
  /// Records that original bytes [orig_begin, orig_end) became new bytes [new_begin, new_end).
  /// Calls must come in increasing order of position.
  void AddEdit(uint32_t orig_begin, uint32_t orig_end, uint32_t new_begin, uint32_t new_end);

  /// The original offset of a new-text offset. Inside a replacement, offsets keep their
  /// distance from its start, clamped to the replaced text, so a span stays inside it.
  uint32_t ToOriginal(uint32_t offset) const;

  /// True when no edit was recorded (the identity map).
  bool empty() const { return edits_.empty(); }

 private:
  struct Edit {
    uint32_t orig_begin, orig_end, new_begin, new_end;
  };
  std::vector<Edit> edits_;
};

}  // namespace cxlint
