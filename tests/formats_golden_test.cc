// Output-format goldens: each folder under testdata/formats/ is linted as a project and written
// in every machine-readable format; expected.<format> holds each output. Paths are relative to
// the case folder, which is also the repository root the SARIF, github and gitlab paths use; its
// absolute URI, the one machine-dependent line, reads file:///CASE_ROOT/ in the files.
// CXLINT_UPDATE_GOLDEN=1 rewrites the expected files instead; review the diff.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/linter.h"
#include "report/repo_path.h"
#include "report/report.h"
#include "rules/registry.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGoldenFormats[] = {"sarif", "json", "github", "junit", "checkstyle", "gitlab", "compact"};
constexpr const char* kRootPlaceholder = "file:///CASE_ROOT/";

std::vector<fs::path> FormatCases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "testdata" / "formats")) {
    if (entry.is_directory()) cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// Renders from inside the case folder, as cxlint does from where it linted: findings' paths are
// relative to the current folder.
std::string Render(const char* format, const LintResult& result, const fs::path& root) {
  report::ReportOptions options;
  options.root = root;
  std::ostringstream out;
  const fs::path previous = fs::current_path();
  fs::current_path(root);
  const bool known = report::WriteReport(format, out, result, options);
  fs::current_path(previous);
  REQUIRE(known);
  return ReplaceAll(out.str(), report::FileUri(root, true), kRootPlaceholder);
}

TEST_SUITE("golden") {
  TEST_CASE("every format case matches its expected.<format> files") {
    const bool update = std::getenv("CXLINT_UPDATE_GOLDEN") != nullptr;
    const std::vector<fs::path> cases = FormatCases();
    CHECK(cases.size() >= 4);
    for (const fs::path& dir : cases) {
      const LintResult result = LintIn(dir);
      CHECK(result.internal_errors.empty());
      for (const char* format : kGoldenFormats) {
        CAPTURE(dir.string());
        CAPTURE(format);
        const std::string actual = Render(format, result, dir);
        const fs::path expected_path = dir / (std::string("expected.") + format);
        if (update) {
          std::ofstream(expected_path, std::ios::binary) << actual;
          continue;
        }
        REQUIRE(fs::exists(expected_path));
        CHECK(ReadFile(expected_path) == actual);
      }
    }
  }

  // A run releases each unit's files and keeps only the excerpts its findings' reports need
  // (lint/report_excerpts.h); every format must read from them exactly what it read from the files.
  TEST_CASE("every format writes the same from file excerpts as from the whole files") {
    std::vector<fs::path> cases = FormatCases();
    cases.push_back(SourceDir() / "testdata" / "suppressions");
    for (const fs::path& dir : cases) {
      const LintResult whole = LintIn(dir);
      LintOptions options;
      options.keep_model = false;
      const fs::path previous = fs::current_path();
      fs::current_path(dir);
      const LintResult released = Lint(options);
      fs::current_path(previous);
      REQUIRE(released.findings.size() == whole.findings.size());
      for (const char* format : {"text", "json", "sarif", "github", "junit", "checkstyle", "gitlab", "compact"}) {
        CAPTURE(dir.string());
        CAPTURE(format);
        CHECK(Render(format, released, dir) == Render(format, whole, dir));
      }
    }
  }
}

}  // namespace
}  // namespace cxlint::testing
