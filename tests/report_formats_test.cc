// Format details the goldens do not reach: escaping of awkward paths and messages, annotation caps.

#include <doctest/doctest.h>

#include <memory>
#include <sstream>

#include "lint/linter.h"
#include "report/report.h"
#include "rules/registry.h"

namespace cxlint {

namespace {

LintResult ResultWith(const std::string& path, const std::string& message, Severity severity, int count) {
  LintResult result;
  const auto file = std::make_shared<const SourceFile>(path, "key: value\nother: 1\n");
  for (int i = 0; i < count; ++i) {
    Finding finding;
    finding.rule = &rules::kImmediateRetry;
    finding.severity = severity;
    finding.location = {file, {5, 10}, ""};
    finding.message = message;
    result.findings.push_back(finding);
  }
  result.files_checked = 1;
  return result;
}

std::string Github(const LintResult& result) {
  std::ostringstream out;
  report::ReportOptions options;
  options.root = std::filesystem::current_path();
  report::WriteGithub(out, result, options);
  return out.str();
}

size_t CountLines(const std::string& text, const std::string& prefix) {
  size_t count = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) count += line.rfind(prefix, 0) == 0 ? 1 : 0;
  return count;
}

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("github commands escape '%', CR and LF in messages, and ':' and ',' in properties too") {
    const std::string out = Github(ResultWith("a,b:c.yaml", "100% sure\r\nnext: x, y", Severity::kError, 1));
    CHECK(out.find("::error file=a%2Cb%3Ac.yaml,line=1,col=6,endLine=1,endColumn=10,title=CX102 immediate-retry::"
                   "100%25 sure%0D%0Anext: x, y\n") != std::string::npos);
  }

  TEST_CASE("github annotations stop at GitHub's caps; the rest stay in the log and the summary counts them") {
    LintResult result = ResultWith("f.yaml", "too many", Severity::kNote, 12);
    const std::string notes = Github(result);
    // Nine notices for findings and one for the summary: GitHub shows ten per step.
    CHECK(CountLines(notes, "::notice file=") == 9);
    CHECK(CountLines(notes, "f.yaml:1:6: note: too many [CX102 immediate-retry]") == 3);
    CHECK(notes.find("::notice title=cxlint::cxlint: 12 problems (0 errors, 0 warnings, 12 notes) in 1 file; 3 not "
                     "annotated") != std::string::npos);

    // Errors come first even when they sort after warnings.
    LintResult mixed = ResultWith("b.yaml", "warned", Severity::kWarning, 11);
    for (Finding& finding : ResultWith("z.yaml", "failed", Severity::kError, 2).findings)
      mixed.findings.push_back(finding);
    const std::string out = Github(mixed);
    CHECK(out.rfind("::error file=z.yaml", 0) == 0);
    CHECK(CountLines(out, "::error ") == 2);
    CHECK(CountLines(out, "::warning ") == 10);
    CHECK(CountLines(out, "b.yaml:1:6: warning: warned") == 1);
  }

  TEST_CASE("every format name writes something, and unknown names are refused") {
    const LintResult result = ResultWith("f.yaml", "m", Severity::kWarning, 1);
    for (std::string_view format : report::FormatNames()) {
      CAPTURE(format);
      std::ostringstream out;
      CHECK(report::WriteReport(format, out, result, report::ReportOptions{}));
      CHECK_FALSE(out.str().empty());
    }
    std::ostringstream out;
    CHECK_FALSE(report::WriteReport("xml", out, result, report::ReportOptions{}));
  }
}

}  // namespace cxlint
