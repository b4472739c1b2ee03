#pragma once
// Paths as the user reads them in messages and --verbose.

#include <string>

namespace cxlint {

/// `absolute` relative to the current folder when it lies inside it (as the linted files are
/// named), so output reads the same on every machine; `absolute` itself otherwise.
std::string DisplayedPath(const std::string& absolute);

}  // namespace cxlint
