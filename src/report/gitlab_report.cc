// GitLab Code Quality: a JSON array of Code Climate issues that GitLab shows in merge requests.
// GitLab needs description, check_name, fingerprint, severity and location.path with
// location.lines.begin; the path is relative to the repository root.

#include <nlohmann/json.hpp>

#include <map>

#include "report/fingerprint.h"
#include "report/repo_path.h"
#include "report/report.h"
#include "report/rule_traits.h"

namespace cxlint::report {

namespace {

using Json = nlohmann::ordered_json;

// GitLab's scale is info, minor, major, critical, blocker. An error of a security rule is
// critical; blocker is left to what stops a merge outright, which cxlint cannot know.
std::string_view GitlabSeverity(const Finding& finding) {
  switch (finding.severity) {
    case Severity::kNote: return "info";
    case Severity::kWarning: return "minor";
    case Severity::kError: return SecuritySeverity(*finding.rule).empty() ? "major" : "critical";
  }
  return "minor";
}

// Code Climate categories; GitLab ignores them, other Code Climate readers sort by them.
std::string_view Category(const Finding& finding) {
  if (!SecuritySeverity(*finding.rule).empty()) return "Security";
  return "Bug Risk";
}

}  // namespace

void WriteGitlab(std::ostream& out, const RunReport& result, const ReportOptions& options) {
  const std::filesystem::path root = options.root.empty() ? std::filesystem::current_path() : options.root;
  std::map<std::string, std::string> resolved;
  std::vector<std::string> paths;
  for (const Finding& finding : result.findings) {
    const std::string path = finding.location.file ? finding.location.file->path() : "";
    auto [it, added] = resolved.try_emplace(path);
    if (added) it->second = ToRepoPath(path, root).path;
    paths.push_back(it->second);
  }
  const std::vector<std::string> fingerprints = StableFingerprints(result.findings, paths);

  Json issues = Json::array();
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& finding = result.findings[i];
    const LineCol start =
        finding.location.file ? finding.location.file->Position(finding.location.span.begin) : LineCol{};
    const LineCol end = finding.location.file ? finding.location.file->Position(finding.location.span.end) : LineCol{};
    issues.push_back(Json{
        {"type", "issue"},
        {"engine_name", "cxlint"},
        {"check_name", std::string(finding.rule->code) + " " + std::string(finding.rule->name)},
        {"description", finding.message},
        {"categories", Json::array({Category(finding)})},
        {"severity", GitlabSeverity(finding)},
        {"fingerprint", fingerprints[i]},
        {"location", {{"path", paths[i]}, {"lines", {{"begin", start.line}, {"end", end.line}}}}},
    });
  }
  out << issues.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace cxlint::report
