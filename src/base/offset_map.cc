#include "base/offset_map.h"

#include <algorithm>

namespace cxlint {

void OffsetMap::AddEdit(uint32_t orig_begin, uint32_t orig_end, uint32_t new_begin, uint32_t new_end) {
  edits_.push_back({orig_begin, orig_end, new_begin, new_end});
}

uint32_t OffsetMap::ToOriginal(uint32_t offset) const {
  // The last edit that starts at or before the offset decides the shift.
  auto it = std::upper_bound(edits_.begin(), edits_.end(), offset,
                             [](uint32_t value, const Edit& edit) { return value < edit.new_begin; });
  if (it == edits_.begin()) return offset;
  const Edit& edit = *(it - 1);
  if (offset < edit.new_end) {
    const uint32_t into = offset - edit.new_begin;
    const uint32_t orig_len = edit.orig_end - edit.orig_begin;
    return edit.orig_begin + std::min(into, orig_len);
  }
  return edit.orig_end + (offset - edit.new_end);
}

}  // namespace cxlint
