// SARIF 2.1.0 (OASIS), with what GitHub code scanning reads: rules with help, repository-relative
// URIs under %SRCROOT%, fingerprints, logical locations and tool notifications.

#include <nlohmann/json.hpp>

#include <map>
#include <memory>

#include "base/utf8.h"
#include "report/fingerprint.h"
#include "report/json_stream.h"
#include "report/repo_path.h"
#include "report/report.h"
#include "report/rule_traits.h"
#include "rules/registry.h"
#include "rules/rule_pages.h"
#include "version.h"

namespace cxlint::report {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kRootBaseId = "%SRCROOT%";
// SARIF caps a rule's fullDescription nowhere, but GitHub truncates past 1024 characters.
constexpr size_t kMaxDescription = 1024;

// SARIF's own guidance (and the Multitool's SARIF2001) wants messages to be sentences.
std::string Sentence(std::string text) {
  if (text.empty() || (text.back() != '.' && text.back() != '!' && text.back() != '?')) text += '.';
  return text;
}

// Cuts at most `limit` bytes without splitting a UTF-8 sequence, marking the cut.
std::string Truncate(std::string text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = limit - 3;
  while (cut > 0 && IsUtf8Continuation(text[cut])) --cut;
  return text.substr(0, cut) + "...";
}

std::string_view LevelOf(Severity severity) { return SeverityName(severity); }

std::string_view ProblemSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "recommendation";
  }
  return "warning";
}

Json RuleJson(const RuleMeta& rule) {
  const std::string_view page = rules::RulePage(rule.code);
  Json properties = {{"tags", RuleTags(rule)},
                     {"precision", RulePrecision(rule)},
                     {"problem.severity", ProblemSeverity(rule.default_severity)}};
  if (const std::string_view score = SecuritySeverity(rule); !score.empty()) {
    properties["security-severity"] = score;
  }
  return Json{
      {"id", rule.code},
      {"name", rule.name},
      {"shortDescription", {{"text", Sentence(std::string(rule.summary))}}},
      {"fullDescription", {{"text", Truncate(Sentence(RuleDescription(rule)), kMaxDescription)}}},
      {"help", {{"text", page}, {"markdown", page}}},
      {"defaultConfiguration", {{"level", LevelOf(rule.default_severity)}}},
      {"properties", std::move(properties)},
  };
}

// Resolves file paths against the root once per file.
class Locator {
 public:
  explicit Locator(std::filesystem::path root) : root_(std::move(root)) {}

  Json ArtifactLocation(const SourceFile& file) {
    const RepoPath where = Where(file);
    if (!where.inside_root) return Json{{"uri", FileUri(where.path)}};
    return Json{{"uri", PercentEncodePath(where.path)}, {"uriBaseId", kRootBaseId}};
  }

  Json PhysicalLocation(const Location& location) {
    const SourceFile& file = *location.file;
    const LineCol start = file.Position(location.span.begin);
    const LineCol end = file.Position(location.span.end);
    return Json{
        {"artifactLocation", ArtifactLocation(file)},
        {"region",
         {{"startLine", start.line}, {"startColumn", start.column}, {"endLine", end.line}, {"endColumn", end.column}}}};
  }

  std::string RepoRelative(const SourceFile& file) { return Where(file).path; }

 private:
  const RepoPath& Where(const SourceFile& file) {
    auto [it, added] = paths_.try_emplace(file.path());
    if (added) it->second = ToRepoPath(file.path(), root_);
    return it->second;
  }

  std::filesystem::path root_;
  std::map<std::string, RepoPath> paths_;
};

Json LogicalLocations(const Finding& finding) {
  Json list = Json::array();
  auto add = [&list](const std::string& qualified) {
    const size_t last = qualified.rfind(" > ");
    list.push_back(Json{{"name", last == std::string::npos ? qualified : qualified.substr(last + 3)},
                        {"fullyQualifiedName", qualified}});
  };
  if (!finding.address.empty()) add(finding.address);
  if (!finding.location.logical.empty() && finding.location.logical != finding.address) add(finding.location.logical);
  return list;
}

Json ResultJson(const Finding& finding, size_t rule_index, const std::string& fingerprint, Locator& locator) {
  Json location = Json::object();
  if (finding.location.file) location["physicalLocation"] = locator.PhysicalLocation(finding.location);
  if (Json logical = LogicalLocations(finding); !logical.empty()) location["logicalLocations"] = std::move(logical);

  Json result = {{"ruleId", finding.rule->code},
                 {"ruleIndex", rule_index},
                 {"level", LevelOf(finding.severity)},
                 {"message", {{"text", Sentence(finding.message)}}},
                 {"locations", Json::array({std::move(location)})}};
  Json related = Json::array();
  for (const RelatedLocation& item : finding.related) {
    if (!item.location.file) continue;
    Json entry = {{"id", related.size() + 1}, {"physicalLocation", locator.PhysicalLocation(item.location)}};
    entry["message"] = {{"text", Sentence(item.message)}};
    related.push_back(std::move(entry));
  }
  if (!related.empty()) result["relatedLocations"] = std::move(related);

  Json fingerprints = Json::object();
  if (finding.location.file) {
    const uint32_t line = finding.location.file->Position(finding.location.span.begin).line;
    if (std::string hash = finding.location.file->LineHash(line); !hash.empty()) {
      fingerprints["primaryLocationLineHash"] = std::move(hash);
    }
  }
  fingerprints[kFingerprintKey] = fingerprint;
  result["partialFingerprints"] = std::move(fingerprints);
  return result;
}

Json Notification(std::string_view level, const std::string& text) {
  return Json{{"level", level}, {"message", {{"text", Sentence(text)}}}};
}

// Problems of the run itself: files that could not be read or parsed, values it could not
// evaluate, paths that do not exist, bugs caught per file, settings that were refused.
Json Notifications(const RunReport& result, const std::map<std::string_view, size_t>& rule_index, Locator& locator) {
  Json list = Json::array();
  auto add = [&](std::string_view level, const Finding& finding) {
    Json entry = Notification(level, finding.message);
    if (finding.location.file) {
      entry["locations"] = Json::array({Json{{"physicalLocation", locator.PhysicalLocation(finding.location)}}});
    }
    entry["associatedRule"] = {{"id", finding.rule->code}, {"index", rule_index.at(finding.rule->code)}};
    list.push_back(std::move(entry));
  };
  for (const Finding& finding : result.findings) {
    if (finding.rule->code == rules::kParseError.code) add("error", finding);
  }
  // What cxlint could not evaluate is a condition of this analysis: code scanning lists it with
  // the tool's status instead of as an alert on the code.
  for (const Finding& note : result.not_checked) add("note", note);
  for (const std::string& path : result.missing_paths)
    list.push_back(Notification("error", path + ": no such file or folder"));
  for (const std::string& problem : result.internal_errors)
    list.push_back(Notification("error", "internal error: " + problem));
  for (const ConfigError& error : result.config_errors) {
    list.push_back(Notification("error", error.path + ":" + std::to_string(error.position.line) + ":" +
                                             std::to_string(error.position.column) + ": " + error.message));
  }
  return list;
}

}  // namespace

// Stands where the results go in the dumped document; no result or rule text holds control
// characters around a word, so it occurs once.
constexpr const char* kResultsSlot = "\x01results\x01";

void WriteSarif(std::ostream& out, const RunReport& result, const ReportOptions& options) {
  const std::filesystem::path root = options.root.empty() ? std::filesystem::current_path() : options.root;
  Locator locator(root);

  Json rules = Json::array();
  std::map<std::string_view, size_t> rule_index;
  for (const RuleMeta* rule : rules::AllRules()) {
    rule_index[rule->code] = rules.size();
    rules.push_back(RuleJson(*rule));
  }

  std::vector<std::string> paths;
  for (const Finding& finding : result.findings) {
    paths.push_back(finding.location.file ? locator.RepoRelative(*finding.location.file) : std::string());
  }
  const std::vector<std::string> fingerprints = StableFingerprints(result.findings, paths);

  Json invocation = {{"executionSuccessful",
                      result.internal_errors.empty() && result.missing_paths.empty() && result.config_errors.empty()}};
  if (Json notifications = Notifications(result, rule_index, locator); !notifications.empty()) {
    invocation["toolExecutionNotifications"] = std::move(notifications);
  }

  Json run = {
      {"tool",
       {{"driver",
         {{"name", "cxlint"},
          {"version", kVersion},
          {"semanticVersion", kVersion},
          {"informationUri", kHomepageUrl},
          {"rules", std::move(rules)}}}}},
      {"automationDetails", {{"id", options.sarif_category}}},
      {"originalUriBaseIds", {{kRootBaseId, {{"uri", FileUri(root, true)}}}}},
      {"invocations", Json::array({std::move(invocation)})},
      {"results", kResultsSlot},
      {"columnKind", "unicodeCodePoints"},
  };
  Json document = {{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  // The results, the bulk of a large run, are written one at a time where the slot stands, three
  // levels down (the document, `runs`, the run).
  const std::string text = document.dump(2, ' ', false, Json::error_handler_t::replace);
  const std::string slot = Json(kResultsSlot).dump();
  const size_t at = text.find(slot);
  out << text.substr(0, at);
  WriteJsonArray(out, result.findings, 3, [&](const Finding& finding) {
    const size_t i = static_cast<size_t>(&finding - result.findings.data());
    return ResultJson(finding, rule_index.at(finding.rule->code), fingerprints[i], locator);
  });
  out << text.substr(at + slot.size()) << "\n";
}

}  // namespace cxlint::report
