#include "parse/tree.h"

namespace cxlint::parse {

const MapEntry* Node::FindEntry(std::string_view key) const {
  for (const MapEntry& entry : entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

const Node* Node::Find(std::string_view key) const {
  const MapEntry* entry = FindEntry(key);
  return entry ? &entry->value : nullptr;
}

const Node* Node::FindPath(std::initializer_list<std::string_view> keys) const {
  const Node* node = this;
  for (std::string_view key : keys) {
    node = node->Find(key);
    if (!node) return nullptr;
  }
  return node;
}

}  // namespace cxlint::parse
