#include <doctest/doctest.h>

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
