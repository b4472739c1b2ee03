#pragma once
// Template definitions for tree.h.

#include <utility>
#include <vector>

namespace cxlint::parse {

template <typename Fn>
void ForEachNode(const Node& root, Fn&& fn) {
  std::vector<std::pair<const Node*, int>> stack{{&root, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    fn(*node, depth);
    // Push in reverse so children are visited in document order.
    for (auto it = node->items.rbegin(); it != node->items.rend(); ++it) stack.push_back({&*it, depth + 1});
    for (auto it = node->entries.rbegin(); it != node->entries.rend(); ++it) stack.push_back({&it->value, depth + 1});
  }
}

}  // namespace cxlint::parse
