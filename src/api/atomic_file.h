#pragma once
// Files that are either complete or absent: written beside their place, then renamed.

#include <string>

namespace cxlint::api {

/// The suffix of a file still being written; cxlint's walk never reads such a file.
inline constexpr const char* kPartialSuffix = ".part";

/// Writes `text` to `path` through `path`.part and a rename, so a reader never sees half a file.
/// Returns "" or what went wrong.
std::string WriteFileAtomically(const std::string& path, const std::string& text);

}  // namespace cxlint::api
