#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/offset_map.h"
#include "base/source_file.h"

namespace cxlint {

TEST_SUITE("unit") {
  TEST_CASE("positions are 1-based lines and code-point columns") {
    const SourceFile file("f", "ab\nçé x\r\nlast");
    CHECK(file.Position(0).line == 1);
    CHECK(file.Position(0).column == 1);
    CHECK(file.Position(3).line == 2);
    CHECK(file.Position(3).column == 1);
    // "çé " is 5 bytes but 3 code points: 'x' is column 4.
    CHECK(file.Position(8).column == 4);
    CHECK(file.Position(11).line == 3);
    CHECK(file.Line(2) == "çé x");  // the \r of a CRLF line is not part of the line
    CHECK(file.Line(3) == "last");
    CHECK(file.LineCount() == 3);
    // Past the end clamps to the end.
    CHECK(file.Position(1000).line == 3);
    CHECK(file.Position(1000).column == 5);
  }

  TEST_CASE("a trailing newline does not start a line") {
    CHECK(SourceFile("f", "a\n").LineCount() == 1);
    CHECK(SourceFile("f", "").LineCount() == 1);
    CHECK(SourceFile("f", "").Position(0).line == 1);
  }

  TEST_CASE("a report excerpt answers for its offsets as the whole file does, and keeps nothing else") {
    const std::string long_line(600, 'x');
    const SourceFile file("dir/f.tf", "ab\n\xc3\xa7\xc3\xa9 x\r\n" + long_line + "\nlast");
    const uint32_t long_start = 11;
    const std::vector<uint32_t> offsets{8, 3, long_start + 500, 1000};
    const SourcePtr excerpt = file.ExcerptForReport(offsets, 400);
    CHECK(excerpt->path() == "dir/f.tf");
    CHECK(excerpt->size() == file.size());
    CHECK(excerpt->text().empty());
    for (uint32_t offset : offsets) {
      CHECK(excerpt->Position(offset).line == file.Position(offset).line);
      CHECK(excerpt->Position(offset).column == file.Position(offset).column);
    }
    CHECK(excerpt->Line(2) == file.Line(2));
    CHECK(excerpt->LineStart(2) == file.LineStart(2));
    CHECK(excerpt->LineHash(2) == file.LineHash(2));
    CHECK(excerpt->LineHash(4) == file.LineHash(4));
    CHECK_FALSE(excerpt->LineHash(2).empty());
    // A line too long to show is cut just past the limit: a report still sees it is too long.
    CHECK(excerpt->Line(3).size() == 401);
    // Lines no offset is on are not kept.
    CHECK(excerpt->Line(1).empty());
    CHECK(excerpt->LineHash(1).empty());
    // Without hashes (a run that writes no SARIF) an excerpt costs no pass over the file.
    CHECK(file.ExcerptForReport(offsets, 400, false)->LineHash(2).empty());
    // An offset the excerpt was not made for falls back to the line of the offset before it.
    CHECK(excerpt->Position(9).line == 2);
    CHECK(excerpt->Position(9).column == 1);
  }

  TEST_CASE("offset maps shift offsets after an edit and clamp inside it") {
    // "a{{key}}b" became "aVALUE_LONGb": original [1,8) -> new [1,12).
    OffsetMap map;
    map.AddEdit(1, 8, 1, 12);
    CHECK(map.ToOriginal(0) == 0);
    CHECK(map.ToOriginal(1) == 1);
    CHECK(map.ToOriginal(5) == 5);
    CHECK(map.ToOriginal(11) == 8);  // clamped to the end of the replaced text
    CHECK(map.ToOriginal(12) == 8);  // 'b'
    CHECK(map.ToOriginal(13) == 9);
    OffsetMap shrink;
    shrink.AddEdit(0, 3, 0, 1);  // "%7B" -> "{"
    shrink.AddEdit(4, 7, 2, 3);
    CHECK(shrink.ToOriginal(0) == 0);
    CHECK(shrink.ToOriginal(1) == 3);
    CHECK(shrink.ToOriginal(2) == 4);
    CHECK(shrink.ToOriginal(3) == 7);
  }
}

}  // namespace cxlint
