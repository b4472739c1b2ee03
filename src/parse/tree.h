#pragma once
// The positioned tree every structured reader (JSON, YAML, decoded .i3) produces.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_file.h"

namespace cxlint::parse {

struct MapEntry;

/// A map, a sequence or a scalar, with the byte span of its text in the original file.
struct Node {
  enum class Kind { kScalar, kMap, kSequence };
  /// What a scalar was written as; YAML plain scalars stay kPlain (their type is decided by use).
  enum class ScalarStyle { kString, kNumber, kBool, kNull, kPlain };

  Kind kind = Kind::kScalar;
  ScalarStyle style = ScalarStyle::kNull;
  Span span;
  std::string text;               // scalar value (decoded, unquoted)
  std::vector<MapEntry> entries;  // kMap, in document order
  std::vector<Node> items;        // kSequence

  bool IsMap() const { return kind == Kind::kMap; }
  bool IsSequence() const { return kind == Kind::kSequence; }
  bool IsScalar() const { return kind == Kind::kScalar; }

  /// The value of the first entry with this key, or null (also when this is not a map).
  const Node* Find(std::string_view key) const;
  /// The entry with this key, or null.
  const MapEntry* FindEntry(std::string_view key) const;
  /// Follows a chain of keys through nested maps; null when any step is missing.
  const Node* FindPath(std::initializer_list<std::string_view> keys) const;
};

/// One key of a map with the span of the key text and the value node.
struct MapEntry {
  std::string key;
  Span key_span;
  Node value;
};

/// Greatest nesting any reader accepts; deeper input is a parse error, never a stack overflow.
inline constexpr int kMaxDepth = 512;

/// Reads a tree iteratively (no recursion) and calls `fn(node, depth)` for each node.
template <typename Fn>
void ForEachNode(const Node& root, Fn&& fn);

}  // namespace cxlint::parse

#include "parse/tree_inl.h"
