#include <nlohmann/json.hpp>

#include "report/report.h"
#include "version.h"

namespace cxlint::report {

namespace {

using Json = nlohmann::ordered_json;

// Schema version of this output; bump it on any incompatible change (docs/json-output.md).
constexpr int kJsonSchemaVersion = 1;

Json PositionJson(const SourceFile& file, uint32_t offset) {
  const LineCol position = file.Position(offset);
  return Json{{"line", position.line}, {"column", position.column}};
}

Json LocationJson(const Location& location) {
  Json json = Json::object();
  json["file"] = location.file ? location.file->path() : "";
  if (location.file) {
    json["start"] = PositionJson(*location.file, location.span.begin);
    json["end"] = PositionJson(*location.file, location.span.end);
  }
  json["logicalLocation"] = location.logical.empty() ? Json(nullptr) : Json(location.logical);
  return json;
}

Json FindingJson(const Finding& finding) {
  Json json = Json::object();
  json["code"] = finding.rule->code;
  json["name"] = finding.rule->name;
  json["severity"] = SeverityName(finding.severity);
  json["message"] = finding.message;
  const Json location = LocationJson(finding.location);
  for (const auto& [key, value] : location.items()) json[key] = value;
  Json related = Json::array();
  for (const RelatedLocation& item : finding.related) {
    Json entry = LocationJson(item.location);
    entry["message"] = item.message;
    related.push_back(std::move(entry));
  }
  json["related"] = std::move(related);
  return json;
}

// `json` laid out as dump(2) lays it out `depth` levels down: every line after the first moves
// right by two spaces a level. A string never holds a raw line break (dump escapes it), so every
// '\n' of the text is a break between lines.
std::string Nested(const Json& json, int depth) {
  const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
  const std::string margin(static_cast<size_t>(2 * depth), ' ');
  std::string nested;
  nested.reserve(text.size());
  for (const char c : text) {
    nested += c;
    if (c == '\n') nested += margin;
  }
  return nested;
}

// Writes the array of a top-level key one item at a time, as dump(2) would write it whole: the
// report of a large run is never held as one document (40 copies of the corpus: 9,560 findings).
template <typename Items, typename ToJson>
void WriteArray(std::ostream& out, const Items& items, ToJson to_json) {
  if (items.empty()) {
    out << "[]";
    return;
  }
  out << "[\n";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out << ",\n";
    out << "    " << Nested(to_json(items[i]), 2);
  }
  out << "\n  ]";
}

}  // namespace

void WriteJson(std::ostream& out, const RunReport& result, const ReportOptions& options) {
  const SeverityCounts counts = CountSeverities(result);
  const Json summary = {{"files", result.files_checked},
                        {"errors", counts.errors},
                        {"warnings", counts.warnings},
                        {"notes", counts.notes},
                        {"suppressed", result.suppressed.size()},
                        {"suppressionsWithoutReason", result.suppressions_without_reason},
                        {"baselined", result.baselined},
                        {"notChecked", result.not_checked.size()}};
  // Invalid UTF-8 never reaches here (the loader rejects it), but never throw while reporting.
  out << "{\n  \"version\": " << kJsonSchemaVersion << ",\n";
  out << "  \"tool\": " << Nested(Json{{"name", "cxlint"}, {"version", kVersion}}, 1) << ",\n";
  out << "  \"findings\": ";
  WriteArray(out, result.findings, FindingJson);
  out << ",\n  \"notChecked\": ";
  WriteArray(out, result.not_checked, FindingJson);
  out << ",\n  \"summary\": " << Nested(summary, 1);
  if (options.statistics) {
    Json statistics = Json::array();
    for (const RuleCount& count : CountByRule(result.findings))
      statistics.push_back({{"code", count.rule->code}, {"name", count.rule->name}, {"count", count.count}});
    out << ",\n  \"statistics\": " << Nested(statistics, 1);
  }
  if (options.show_suppressed) {
    out << ",\n  \"suppressed\": ";
    WriteArray(out, result.suppressed, [](const SuppressedFinding& item) {
      Json json = FindingJson(item.finding);
      json["suppressedBy"] = item.by;
      json["reason"] = item.reason.empty() ? Json(nullptr) : Json(item.reason);
      return json;
    });
  }
  out << "\n}\n";
}

}  // namespace cxlint::report
