#pragma once
// Where a syntax tree's nodes live: the children of every expression side by side in a few large
// chunks, and the texts a tree holds that are not in its source (decoded escapes, joined lines).
// A large file's tree is most of cxlint's memory; chunks cost no allocation per node, no spare
// capacity per list, and a literal that reads as written views the source instead of a copy.

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "parse/hcl/hcl_ast.h"

namespace cxlint::parse::hcl {

/// Owns the nodes and texts of one or more trees; trees built in it stay valid while it lives.
class SyntaxStore {
 public:
  SyntaxStore() = default;
  SyntaxStore(const SyntaxStore&) = delete;
  SyntaxStore& operator=(const SyntaxStore&) = delete;

  /// Copies `nodes` into the store, side by side, as the children of one expression.
  ExprList Keep(std::span<const Expression> nodes);
  /// Copies `text` into the store.
  std::string_view Keep(std::string_view text);
  /// The text of literal parts (kLiteralPart) as one: the only part's own view, or the parts
  /// joined and kept.
  std::string_view KeepJoined(ExprList parts);
  /// Keeps two views side by side (the variables of a for expression); returns the first.
  const std::string_view* KeepPair(std::string_view first, std::string_view second);

 private:
  // `bytes` aligned to `align` from the current chunk, or from a new one twice as large (up to
  // kLargestChunk); a request over a quarter of that gets a chunk of its own.
  std::byte* Allocate(size_t bytes, size_t align);

  static constexpr size_t kFirstChunk = 4096;
  static constexpr size_t kLargestChunk = 256 * 1024;

  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  size_t chunk_size_ = 0;  // of chunks_.back()
  size_t used_ = 0;        // bytes of chunks_.back() handed out
  std::vector<std::unique_ptr<std::byte[]>> own_chunks_;
};

}  // namespace cxlint::parse::hcl
