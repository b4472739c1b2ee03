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
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  /// The path as given or discovered (relative when the user passed a relative path).
  const std::string& path() const { return path_; }
  /// The file's bytes exactly as read from disk.
  const std::string& text() const { return text_; }

  /// Line and column (code points) of a byte offset; offsets past the end clamp to the end.
  LineCol Position(uint32_t offset) const;
  /// The bytes of the 1-based line `line`, without its line terminator.
  std::string_view Line(uint32_t line) const;
  /// Number of lines (a trailing newline does not start a new line).
  uint32_t LineCount() const;

 private:
  void BuildIndex() const;

  std::string path_;
  std::string text_;
  // Built on first use: most files never need a position.
  mutable std::vector<uint32_t> line_starts_;
  // With no byte above 0x7F a column is a byte count: no need to walk a 100 KB base64 line.
  mutable bool ascii_ = false;
};

using SourcePtr = std::shared_ptr<const SourceFile>;

/// Number of Unicode code points in `bytes` (counting lead bytes; invalid bytes count as one each).
uint32_t CountCodePoints(std::string_view bytes);

}  // namespace cxlint
