#include "parse/hcl/hcl_syntax_store.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <string>

namespace cxlint::parse::hcl {

std::byte* SyntaxStore::Allocate(size_t bytes, size_t align) {
  if (bytes > kLargestChunk / 4) {
    own_chunks_.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes));
    return own_chunks_.back().get();
  }
  size_t at = (used_ + align - 1) / align * align;
  if (chunks_.empty() || at + bytes > chunk_size_) {
    chunk_size_ = chunks_.empty() ? kFirstChunk : std::min(2 * chunk_size_, kLargestChunk);
    while (chunk_size_ < bytes) chunk_size_ *= 2;  // at most kLargestChunk, as bytes is below it
    chunks_.push_back(std::make_unique_for_overwrite<std::byte[]>(chunk_size_));
    at = 0;
  }
  used_ = at + bytes;
  return chunks_.back().get() + at;
}

ExprList SyntaxStore::Keep(std::span<const Expression> nodes) {
  if (nodes.empty()) return {};
  auto* kept = reinterpret_cast<Expression*>(Allocate(nodes.size_bytes(), alignof(Expression)));
  std::uninitialized_copy(nodes.begin(), nodes.end(), kept);
  return ExprList(kept, static_cast<uint32_t>(nodes.size()));
}

std::string_view SyntaxStore::Keep(std::string_view text) {
  if (text.empty()) return {};
  auto* kept = reinterpret_cast<char*>(Allocate(text.size(), 1));
  std::memcpy(kept, text.data(), text.size());
  return {kept, text.size()};
}

std::string_view SyntaxStore::KeepJoined(ExprList parts) {
  if (parts.size() == 1) return parts.front().value();
  std::string joined;
  for (const Expression& part : parts) joined += part.value();
  return Keep(joined);
}

const std::string_view* SyntaxStore::KeepPair(std::string_view first, std::string_view second) {
  auto* kept = reinterpret_cast<std::string_view*>(Allocate(2 * sizeof(std::string_view), alignof(std::string_view)));
  new (kept) std::string_view(first);
  new (kept + 1) std::string_view(second);
  return kept;
}

}  // namespace cxlint::parse::hcl
