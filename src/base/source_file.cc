#include "base/source_file.h"

#include <algorithm>

namespace cxlint {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {}

void SourceFile::BuildIndex() const {
  if (!line_starts_.empty()) return;
  line_starts_.push_back(0);
  unsigned char high = 0;
  for (uint32_t i = 0; i < text_.size(); ++i) {
    high |= static_cast<unsigned char>(text_[i]);
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
  ascii_ = (high & 0x80) == 0;
}

uint32_t SourceFile::LineCount() const {
  BuildIndex();
  uint32_t count = static_cast<uint32_t>(line_starts_.size());
  // "a\n" has one line, not two.
  if (count > 1 && line_starts_.back() == text_.size()) --count;
  return count;
}

LineCol SourceFile::Position(uint32_t offset) const {
  BuildIndex();
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const uint32_t line_index = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  const uint32_t line_start = line_starts_[line_index];
  if (ascii_) return {line_index + 1, offset - line_start + 1};
  std::string_view before(text_.data() + line_start, offset - line_start);
  return {line_index + 1, CountCodePoints(before) + 1};
}

std::string_view SourceFile::Line(uint32_t line) const {
  BuildIndex();
  if (line == 0 || line > line_starts_.size()) return {};
  const uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

uint32_t CountCodePoints(std::string_view bytes) {
  uint32_t count = 0;
  for (unsigned char c : bytes) {
    // Continuation bytes (10xxxxxx) belong to the code point before them.
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace cxlint
