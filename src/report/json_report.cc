#include <nlohmann/json.hpp>

#include "report/json_stream.h"
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
  // Each array is written one item at a time (report/json_stream.h).
  out << "{\n  \"version\": " << kJsonSchemaVersion << ",\n";
  out << "  \"tool\": " << NestedJson(Json{{"name", "cxlint"}, {"version", kVersion}}, 1) << ",\n";
  out << "  \"findings\": ";
  WriteJsonArray(out, result.findings, 1, FindingJson);
  out << ",\n  \"notChecked\": ";
  WriteJsonArray(out, result.not_checked, 1, FindingJson);
  out << ",\n  \"summary\": " << NestedJson(summary, 1);
  if (options.statistics) {
    Json statistics = Json::array();
    for (const RuleCount& count : CountByRule(result.findings))
      statistics.push_back({{"code", count.rule->code}, {"name", count.rule->name}, {"count", count.count}});
    out << ",\n  \"statistics\": " << NestedJson(statistics, 1);
  }
  if (options.show_suppressed) {
    out << ",\n  \"suppressed\": ";
    WriteJsonArray(out, result.suppressed, 1, [](const SuppressedFinding& item) {
      Json json = FindingJson(item.finding);
      json["suppressedBy"] = item.by;
      json["reason"] = item.reason.empty() ? Json(nullptr) : Json(item.reason);
      return json;
    });
  }
  out << "\n}\n";
}

}  // namespace cxlint::report
