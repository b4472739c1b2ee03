#pragma once
// Writing a large JSON array one item at a time, laid out byte for byte as nlohmann's dump(2)
// lays out the whole document: a report of a large run is never held as one tree (9,560
// findings of 40 corpus copies took tens of MiB as a document).

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace cxlint::report {

/// `json` dumped with an indent of 2, as it appears `depth` levels down a document.
std::string NestedJson(const nlohmann::ordered_json& json, int depth);

/// Writes `items` (indexable, with size()) as a JSON array that is the value of a key `depth`
/// levels down, each item turned into JSON by `to_json` only when it is written.
template <typename Items, typename ToJson>
void WriteJsonArray(std::ostream& out, const Items& items, int depth, ToJson to_json) {
  if (items.empty()) {
    out << "[]";
    return;
  }
  const std::string margin(static_cast<size_t>(2 * (depth + 1)), ' ');
  out << "[\n";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out << ",\n";
    out << margin << NestedJson(to_json(items[i]), depth + 1);
  }
  out << "\n" << std::string(static_cast<size_t>(2 * depth), ' ') << "]";
}

}  // namespace cxlint::report
