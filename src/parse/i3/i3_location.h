#pragma once
// Logical locations inside a decoded Architect export, whose bytes on disk nobody can read.

#include <string>

#include "parse/tree.h"

namespace cxlint::parse {

/// Names the place in a decoded `.i3` flow document that contains `offset` (an offset of the same
/// coordinates as the tree's spans): "flow 'X' > sequence 'Y' > action 'Z' (id ...)", as deep as
/// the offset goes; just "flow 'X'" outside any sequence.
std::string I3LogicalLocation(const Node& root, uint32_t offset);

}  // namespace cxlint::parse
