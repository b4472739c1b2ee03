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

}  // namespace

void WriteJson(std::ostream& out, const RunReport& result, const ReportOptions& options) {
  Json findings = Json::array();
  for (const Finding& finding : result.findings) findings.push_back(FindingJson(finding));
  Json not_checked = Json::array();
  for (const Finding& note : result.not_checked) not_checked.push_back(FindingJson(note));
  const SeverityCounts counts = CountSeverities(result);
  Json document = {
      {"version", kJsonSchemaVersion},
      {"tool", {{"name", "cxlint"}, {"version", kVersion}}},
      {"findings", std::move(findings)},
      {"notChecked", std::move(not_checked)},
      {"summary",
       {{"files", result.files_checked},
        {"errors", counts.errors},
        {"warnings", counts.warnings},
        {"notes", counts.notes},
        {"suppressed", result.suppressed.size()},
        {"suppressionsWithoutReason", result.suppressions_without_reason},
        {"baselined", result.baselined},
        {"notChecked", result.not_checked.size()}}},
  };
  if (options.statistics) {
    Json statistics = Json::array();
    for (const RuleCount& count : CountByRule(result.findings))
      statistics.push_back({{"code", count.rule->code}, {"name", count.rule->name}, {"count", count.count}});
    document["statistics"] = std::move(statistics);
  }
  if (options.show_suppressed) {
    Json suppressed = Json::array();
    for (const SuppressedFinding& item : result.suppressed) {
      Json json = FindingJson(item.finding);
      json["suppressedBy"] = item.by;
      json["reason"] = item.reason.empty() ? Json(nullptr) : Json(item.reason);
      suppressed.push_back(std::move(json));
    }
    document["suppressed"] = std::move(suppressed);
  }
  // Invalid UTF-8 never reaches here (the loader rejects it), but never throw while reporting.
  out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace cxlint::report
