#pragma once
// Re-reads the source text under every span of a parsed tree and compares it with the parsed
// value: the guard that catches a library upgrade that shifts our positions.

#include <filesystem>
#include <string>
#include <string_view>

#include "parse/tree.h"

namespace cxlint::testing {

/// For a tree from ParseJson(text): every key and value span holds exactly that key or value's
/// JSON text. Returns the first mismatch, described, or "" when every span is right.
std::string CheckJsonSpans(const parse::Node& root, std::string_view text);

/// For a tree from ParseYaml(text): every key span starts with the key's text (or its opening
/// quote) and every single-line plain or quoted scalar span holds exactly its text.
std::string CheckYamlSpans(const parse::Node& root, std::string_view text);

/// What CheckFileSpans found in one file.
struct FileSpans {
  std::string kind;     // "yaml", "json" or "i3"; empty for a file of another kind, not read
  std::string problem;  // empty when the file parses and every span of its tree is right
};

/// Reads `path` as its extension says (.yaml or .yml, .json, .i3*: decoded first), parses it and
/// checks every span of its tree.
FileSpans CheckFileSpans(const std::filesystem::path& path);

}  // namespace cxlint::testing
