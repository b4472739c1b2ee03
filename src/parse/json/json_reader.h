#pragma once
// JSON to the positioned tree, through nlohmann's SAX interface.

#include <string_view>

#include "parse/parse_result.h"

namespace cxlint::parse {

/// Parses strict JSON (RFC 8259). Spans are byte offsets into `text`. Nesting deeper than
/// kMaxDepth is an error, never a deep recursion.
ParseResult ParseJson(std::string_view text);

}  // namespace cxlint::parse
