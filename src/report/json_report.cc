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

}  // namespace

void WriteJson(std::ostream& out, const LintResult& result) {
  Json findings = Json::array();
  for (const Finding& finding : result.findings) {
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
    findings.push_back(std::move(json));
  }
  const SeverityCounts counts = CountSeverities(result);
  Json document = {
      {"version", kJsonSchemaVersion},
      {"tool", {{"name", "cxlint"}, {"version", kVersion}}},
      {"findings", std::move(findings)},
      {"summary",
       {{"files", result.files_checked}, {"errors", counts.errors}, {"warnings", counts.warnings},
        {"notes", counts.notes}}},
  };
  // Invalid UTF-8 never reaches here (the loader rejects it), but never throw while reporting.
  out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace cxlint::report
