#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "report/report.h"

namespace cxlint::report {

namespace {

struct Palette {
  bool on;
  const char* Bold() const { return on ? "\033[1m" : ""; }
  const char* Reset() const { return on ? "\033[0m" : ""; }
  const char* Green() const { return on ? "\033[1;32m" : ""; }
  const char* Dim() const { return on ? "\033[2m" : ""; }
  const char* For(Severity severity) const {
    if (!on) return "";
    switch (severity) {
      case Severity::kError: return "\033[1;31m";
      case Severity::kWarning: return "\033[1;33m";
      case Severity::kNote: return "\033[1;36m";
    }
    return "";
  }
};

// The line with the secret inside `span` (quotes kept) replaced by one '*' per code point, so the
// caret still lines up and the secret never reaches a terminal or a CI log.
std::string MaskSecret(std::string_view line, size_t line_offset, Span span) {
  std::string masked(line);
  const size_t begin = span.begin > line_offset ? span.begin - line_offset : 0;
  const size_t end = std::min<size_t>(line.size(), span.end > line_offset ? span.end - line_offset : 0);
  for (size_t i = begin; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(masked[i]);
    if ((i == begin || i + 1 == end) && (c == '"' || c == '\'')) continue;
    masked[i] = IsUtf8Continuation(masked[i]) ? '\0' : '*';
  }
  masked.erase(std::remove(masked.begin(), masked.end(), '\0'), masked.end());
  return masked;
}

void WriteSnippet(std::ostream& out, const Finding& finding, const LineCol& start, const Palette& colors) {
  const SourceFile& file = *finding.location.file;
  const std::string_view raw_line = file.Line(start.line);
  if (file.size() == 0 || raw_line.size() > kMaxShownLineBytes) return;
  const std::string masked =
      finding.secret_span ? MaskSecret(raw_line, file.LineStart(start.line), finding.location.span) : std::string();
  const std::string_view line = finding.secret_span ? std::string_view(masked) : raw_line;
  const std::string number = std::to_string(start.line);
  const std::string gutter(number.size(), ' ');
  out << colors.Dim() << " " << number << " | " << colors.Reset() << line << "\n";
  // Keep tabs in the indent so the caret lands under the same column the line shows.
  std::string indent;
  uint32_t column = 1;
  size_t byte = 0;
  while (column < start.column && byte < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[byte]);
    if (!IsUtf8Continuation(line[byte])) {
      indent += c == '\t' ? '\t' : ' ';
      ++column;
    }
    ++byte;
    while (byte < line.size() && IsUtf8Continuation(line[byte])) ++byte;
  }
  const LineCol end = file.Position(finding.location.span.end);
  uint32_t width = 1;
  if (end.line == start.line && end.column > start.column) {
    width = end.column - start.column;
  } else if (end.line > start.line) {
    width = std::max<uint32_t>(1, CountCodePoints(line) + 1 - start.column);
  }
  out << colors.Dim() << " " << gutter << " | " << colors.Reset() << indent << colors.Green() << '^'
      << std::string(width - 1, '~') << colors.Reset() << "\n";
}

std::string Position(const Location& location) {
  const LineCol start = location.file ? location.file->Position(location.span.begin) : LineCol{};
  return (location.file ? location.file->path() : "<unknown>") + ":" + std::to_string(start.line) + ":" +
         std::to_string(start.column);
}

// ", 2 suppressed (1 without a reason), 3 baselined": what the report leaves out, said once.
std::string LeftOut(const RunReport& result) {
  std::string text;
  if (!result.suppressed.empty()) {
    text += "; " + std::to_string(result.suppressed.size()) + " suppressed";
    if (result.suppressions_without_reason > 0)
      text += " (" + Plural(result.suppressions_without_reason, "suppression") + " without a reason)";
  }
  if (result.baselined > 0) text += "; " + std::to_string(result.baselined) + " in the baseline";
  return text + NotCheckedSummary(result);
}

void WriteSuppressed(std::ostream& out, const RunReport& result) {
  if (result.suppressed.empty()) return;
  out << "suppressed:\n";
  for (const SuppressedFinding& item : result.suppressed) {
    const Finding& finding = item.finding;
    out << "  " << Position(finding.location) << ": " << SeverityName(finding.severity) << ": " << finding.message
        << " [" << finding.rule->code << " " << finding.rule->name << "] by " << item.by
        << (item.reason.empty() ? " (no reason given)" : ": " + item.reason) << "\n";
  }
}

// What cxlint could not evaluate, after the findings: not problems, but a reader must know that
// a passing run did not look there.
void WriteNotChecked(std::ostream& out, const RunReport& result) {
  if (result.not_checked.empty()) return;
  for (const Finding& note : result.not_checked) out << NotCheckedLine(note) << "\n";
}

void WriteStatistics(std::ostream& out, const RunReport& result) {
  for (const RuleCount& count : CountByRule(result.findings)) {
    out << std::string(count.count < 10     ? 4
                       : count.count < 100  ? 3
                       : count.count < 1000 ? 2
                                            : 1,
                       ' ')
        << count.count << "  " << count.rule->code << " " << count.rule->name << "\n";
  }
}

}  // namespace

void WriteText(std::ostream& out, const RunReport& result, const ReportOptions& options) {
  const Palette colors{options.color};
  for (const Finding& finding : result.findings) {
    const Location& location = finding.location;
    const LineCol start = location.file ? location.file->Position(location.span.begin) : LineCol{};
    out << colors.Bold() << (location.file ? location.file->path() : "<unknown>") << ":" << start.line << ":"
        << start.column << ":" << colors.Reset() << " " << colors.For(finding.severity)
        << SeverityName(finding.severity) << ":" << colors.Reset() << " " << finding.message << " ["
        << finding.rule->code << " " << finding.rule->name << "]\n";
    if (!finding.excerpt.empty()) {
      for (const std::string& line : finding.excerpt) out << colors.Dim() << "   | " << colors.Reset() << line << "\n";
    } else if (location.file) {
      WriteSnippet(out, finding, start, colors);
    }
    if (!location.logical.empty()) out << "   = in " << location.logical << "\n";
    for (const RelatedLocation& related : finding.related) {
      const LineCol at =
          related.location.file ? related.location.file->Position(related.location.span.begin) : LineCol{};
      out << "   = " << related.message << ": " << (related.location.file ? related.location.file->path() : "<unknown>")
          << ":" << at.line << ":" << at.column << "\n";
    }
  }
  if (!options.quiet) WriteNotChecked(out, result);
  if (options.show_suppressed) WriteSuppressed(out, result);
  if (options.statistics) WriteStatistics(out, result);
  if (options.quiet) return;
  const SeverityCounts counts = CountSeverities(result);
  const int problems = counts.errors + counts.warnings + counts.notes;
  std::string files = Plural(result.files_checked, "file");
  std::string kinds;
  for (const auto& [kind, count] : result.files_by_kind) {
    kinds += (kinds.empty() ? ": " : ", ") + std::to_string(count) + " " + std::string(FileKindNoun(kind, count));
  }
  if (problems == 0) {
    out << "no problems in " << files << kinds << LeftOut(result) << "\n";
    return;
  }
  out << colors.Bold() << Plural(problems, "problem") << " (" << Plural(counts.errors, "error") << ", "
      << Plural(counts.warnings, "warning") << ", " << Plural(counts.notes, "note") << ") in " << files << kinds
      << LeftOut(result) << colors.Reset() << "\n";
}

}  // namespace cxlint::report
