#pragma once
// A file's bytes and a line index built once; positions are byte offsets until reporting.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cxlint {

/// A half-open byte range [begin, end) in one file's original bytes.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

/// A 1-based line and column; the column counts Unicode code points.
struct LineCol {
  uint32_t line = 1;
  uint32_t column = 1;
};

/// One input file: its path as the user sees it, its bytes, and a lazily built line index.
///
/// Or a report excerpt of one (`ExcerptForReport`): what the reports of a unit's findings need
/// once the unit is released, so a run holds the files it reads only while their unit is linted.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  /// The path as given or discovered (relative when the user passed a relative path).
  const std::string& path() const { return path_; }
  /// The file's bytes exactly as read from disk; empty in an excerpt.
  const std::string& text() const { return text_; }
  /// The number of bytes of the file on disk (also in an excerpt).
  uint32_t size() const { return size_; }

  /// Line and column (code points) of a byte offset; offsets past the end clamp to the end. An
  /// excerpt knows only the offsets it was made for (any other gives the line before it, column 1).
  LineCol Position(uint32_t offset) const;
  /// The bytes of the 1-based line `line`, without its line terminator (empty for a line an
  /// excerpt left out, cut for a line too long to show).
  std::string_view Line(uint32_t line) const;
  /// Number of lines (a trailing newline does not start a new line); 0 in an excerpt.
  uint32_t LineCount() const;
  /// The byte offset where the 1-based line `line` starts (0 for a line an excerpt left out).
  uint32_t LineStart(uint32_t line) const;
  /// GitHub's primaryLocationLineHash of a line (base/line_hash.h), empty past the end, for a
  /// line an excerpt left out, or in an excerpt made without hashes.
  std::string LineHash(uint32_t line) const;

  /// The excerpt reports need of this file for findings at `offsets`: their positions, the bytes
  /// of the lines they are on (cut one byte past `max_line_bytes`: no report shows a longer line),
  /// and, with `line_hashes`, those lines' hashes. The whole file no longer needs to be kept.
  std::shared_ptr<const SourceFile> ExcerptForReport(std::vector<uint32_t> offsets, size_t max_line_bytes,
                                                     bool line_hashes = true) const;

 private:
  struct KeptLine {
    uint32_t number = 0;
    uint32_t start = 0;
    std::string text;
    std::string hash;
  };

  void BuildIndex() const;
  const KeptLine* Kept(uint32_t line) const;

  std::string path_;
  std::string text_;
  uint32_t size_ = 0;
  // Built on first use: most files never need a position.
  mutable std::vector<uint32_t> line_starts_;
  // With no byte above 0x7F a column is a byte count: no need to walk a 100 KB base64 line.
  mutable bool ascii_ = false;
  mutable std::vector<std::string> line_hashes_;  // built on the first LineHash
  // An excerpt: the positions and lines it was made for, sorted by offset and by line number.
  bool excerpt_ = false;
  std::vector<std::pair<uint32_t, LineCol>> kept_positions_;
  std::vector<KeptLine> kept_lines_;
};

using SourcePtr = std::shared_ptr<const SourceFile>;

/// Number of Unicode code points in `bytes` (counting lead bytes; invalid bytes count as one each).
uint32_t CountCodePoints(std::string_view bytes);

}  // namespace cxlint
