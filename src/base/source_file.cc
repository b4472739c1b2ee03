#include "base/source_file.h"

#include <algorithm>

#include "base/line_hash.h"

namespace cxlint {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)), size_(static_cast<uint32_t>(text_.size())) {}

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

const SourceFile::KeptLine* SourceFile::Kept(uint32_t line) const {
  auto it = std::lower_bound(kept_lines_.begin(), kept_lines_.end(), line,
                             [](const KeptLine& kept, uint32_t number) { return kept.number < number; });
  return it != kept_lines_.end() && it->number == line ? &*it : nullptr;
}

uint32_t SourceFile::LineCount() const {
  if (excerpt_) return 0;
  BuildIndex();
  uint32_t count = static_cast<uint32_t>(line_starts_.size());
  // "a\n" has one line, not two.
  if (count > 1 && line_starts_.back() == text_.size()) --count;
  return count;
}

LineCol SourceFile::Position(uint32_t offset) const {
  offset = std::min(offset, size_);
  if (excerpt_) {
    auto it = std::upper_bound(kept_positions_.begin(), kept_positions_.end(), offset,
                               [](uint32_t value, const auto& kept) { return value < kept.first; });
    if (it == kept_positions_.begin()) return {};
    --it;
    return it->first == offset ? it->second : LineCol{it->second.line, 1};
  }
  BuildIndex();
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const uint32_t line_index = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  const uint32_t line_start = line_starts_[line_index];
  if (ascii_) return {line_index + 1, offset - line_start + 1};
  std::string_view before(text_.data() + line_start, offset - line_start);
  return {line_index + 1, CountCodePoints(before) + 1};
}

std::string_view SourceFile::Line(uint32_t line) const {
  if (excerpt_) {
    const KeptLine* kept = Kept(line);
    return kept ? std::string_view(kept->text) : std::string_view();
  }
  BuildIndex();
  if (line == 0 || line > line_starts_.size()) return {};
  const uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

uint32_t SourceFile::LineStart(uint32_t line) const {
  if (excerpt_) {
    const KeptLine* kept = Kept(line);
    return kept ? kept->start : 0;
  }
  BuildIndex();
  return line >= 1 && line <= line_starts_.size() ? line_starts_[line - 1] : 0;
}

std::string SourceFile::LineHash(uint32_t line) const {
  if (excerpt_) {
    const KeptLine* kept = Kept(line);
    return kept ? kept->hash : std::string();
  }
  // Each hash depends on every line before it (its occurrence count): all are computed at once.
  if (line_hashes_.empty()) line_hashes_ = GithubLineHashes(text_);
  return line >= 1 && line <= line_hashes_.size() ? line_hashes_[line - 1] : std::string();
}

std::shared_ptr<const SourceFile> SourceFile::ExcerptForReport(std::vector<uint32_t> offsets, size_t max_line_bytes,
                                                               bool line_hashes) const {
  auto excerpt = std::make_shared<SourceFile>(path_, std::string());
  excerpt->size_ = size_;
  excerpt->excerpt_ = true;
  for (uint32_t& offset : offsets) offset = std::min(offset, size_);
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  for (uint32_t offset : offsets) {
    const LineCol at = Position(offset);
    excerpt->kept_positions_.emplace_back(offset, at);
    if (!excerpt->kept_lines_.empty() && excerpt->kept_lines_.back().number == at.line) continue;
    // A line cut one byte past the limit still tells a report it is too long to show.
    const std::string_view line = Line(at.line).substr(0, max_line_bytes + 1);
    excerpt->kept_lines_.push_back(
        {at.line, LineStart(at.line), std::string(line), line_hashes ? LineHash(at.line) : std::string()});
  }
  return excerpt;
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
