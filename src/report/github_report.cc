// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job) and
// drops the rest silently, so the most severe go first, the rest stay in the log as plain lines,
// and a closing notice says how many were not annotated.

#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "report/repo_path.h"
#include "report/report.h"

namespace cxlint::report {

namespace {

constexpr int kAnnotationsPerKind = 10;

// Workflow-command data escapes '%', CR and LF; property values also ':' and ','.
std::string EscapeData(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeProperty(std::string_view text) {
  std::string out;
  for (char c : EscapeData(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view CommandFor(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "notice";
  }
  return "warning";
}

}  // namespace

void WriteGithub(std::ostream& out, const RunReport& result, const ReportOptions& options) {
  const std::filesystem::path root = options.root.empty() ? std::filesystem::current_path() : options.root;
  std::vector<const Finding*> ordered;
  for (const Finding& finding : result.findings) ordered.push_back(&finding);
  // Most severe first; the stable sort keeps the file order within a severity.
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Finding* a, const Finding* b) { return a->severity > b->severity; });

  std::map<Severity, int> shown;
  std::vector<const Finding*> not_shown;
  std::map<std::string, std::string> paths;
  for (const Finding* finding : ordered) {
    // One notice is kept for the closing summary.
    const int cap = finding->severity == Severity::kNote ? kAnnotationsPerKind - 1 : kAnnotationsPerKind;
    if (shown[finding->severity] >= cap || !finding->location.file) {
      not_shown.push_back(finding);
      continue;
    }
    ++shown[finding->severity];
    const SourceFile& file = *finding->location.file;
    auto [it, added] = paths.try_emplace(file.path());
    if (added) it->second = ToRepoPath(file.path(), root).path;
    const LineCol start = file.Position(finding->location.span.begin);
    const LineCol end = file.Position(finding->location.span.end);
    out << "::" << CommandFor(finding->severity) << " file=" << EscapeProperty(it->second) << ",line=" << start.line;
    // Columns only make sense on one line; GitHub's annotations drop them otherwise.
    if (end.line == start.line) {
      out << ",col=" << start.column << ",endLine=" << end.line
          << ",endColumn=" << std::max(start.column, end.column > 1 ? end.column - 1 : 1);
    } else {
      out << ",endLine=" << end.line;
    }
    out << ",title=" << EscapeProperty(std::string(finding->rule->code) + " " + std::string(finding->rule->name))
        << "::" << EscapeData(finding->message) << "\n";
  }
  for (const Finding* finding : not_shown) {
    const Location& location = finding->location;
    const LineCol start = location.file ? location.file->Position(location.span.begin) : LineCol{};
    out << (location.file ? location.file->path() : "<unknown>") << ":" << start.line << ":" << start.column << ": "
        << SeverityName(finding->severity) << ": " << EscapeData(finding->message) << " [" << finding->rule->code << " "
        << finding->rule->name << "]\n";
  }
  // Not annotated: GitHub would file them with the problems of the pull request.
  for (const Finding& note : result.not_checked) out << EscapeData(NotCheckedLine(note)) << "\n";

  const SeverityCounts counts = CountSeverities(result);
  std::string summary = "cxlint: " + Plural(result.findings.size(), "problem") + " (" + Plural(counts.errors, "error") +
                        ", " + Plural(counts.warnings, "warning") + ", " + Plural(counts.notes, "note") + ") in " +
                        Plural(result.files_checked, "file");
  if (!not_shown.empty()) {
    summary += "; " + std::to_string(not_shown.size()) +
               " not annotated (GitHub shows 10 errors, 10 warnings and 10 notices per step): see the log";
  }
  if (!result.not_checked.empty()) summary += NotCheckedSummary(result) + ": see the log";
  out << "::notice title=cxlint::" << EscapeData(summary) << "\n";
}

}  // namespace cxlint::report
