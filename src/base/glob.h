#pragma once
// Path globs for `exclude`, `overrides` and `ignore` in `.cxlint.yaml`, with .gitignore's reading.

#include <string_view>

namespace cxlint {

/// True when `path` (relative, '/'-separated) matches `pattern`:
/// - `*` matches within one path segment, `?` one character, `**` any number of segments;
/// - a pattern without '/' matches any single segment at any depth ("*.i3", "legacy");
/// - a pattern that matches a folder also matches everything inside it ("modules/old").
bool GlobMatch(std::string_view pattern, std::string_view path);

}  // namespace cxlint
