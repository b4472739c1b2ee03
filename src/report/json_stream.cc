#include "report/json_stream.h"

namespace cxlint::report {

std::string NestedJson(const nlohmann::ordered_json& json, int depth) {
  // Invalid UTF-8 never reaches here (the loader rejects it), but never throw while reporting.
  const std::string text = json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  // A string never holds a raw line break (dump escapes it), so every '\n' is between lines,
  // and every line after the first moves right by two spaces a level.
  const std::string margin(static_cast<size_t>(2 * depth), ' ');
  std::string nested;
  nested.reserve(text.size());
  for (const char c : text) {
    nested += c;
    if (c == '\n') nested += margin;
  }
  return nested;
}

}  // namespace cxlint::report
