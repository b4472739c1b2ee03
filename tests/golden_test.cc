// Golden cases: each folder under testdata/ that holds an expected.txt is linted as a project,
// and its findings (one line each, exact spans) must equal expected.txt. Suppressed findings
// follow, one "suppressed: " line each; a folder with a cxlint-baseline.json is linted with it as
// --baseline, and ends with a "baselined: N" line.
// CXLINT_UPDATE_GOLDEN=1 rewrites expected.txt instead; review the diff.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> GoldenCases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::recursive_directory_iterator(SourceDir() / "testdata")) {
    if (entry.is_regular_file() && entry.path().filename() == "expected.txt") cases.push_back(entry.path().parent_path());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

TEST_SUITE("golden") {
  TEST_CASE("every golden case matches its expected.txt") {
    const bool update = std::getenv("CXLINT_UPDATE_GOLDEN") != nullptr;
    const std::vector<fs::path> cases = GoldenCases();
    CHECK(cases.size() >= 5);
    for (const fs::path& dir : cases) {
      CAPTURE(dir.string());
      LintOptions options;
      if (fs::exists(dir / "cxlint-baseline.json")) options.baseline_path = "cxlint-baseline.json";
      const LintResult result = LintIn(dir, options);
      CHECK(result.internal_errors.empty());
      CHECK(result.config_errors.empty());
      // expected.txt itself is not an input; inputs are everything else in the folder.
      std::string actual = GoldenLines(result.findings) + SuppressedLines(result.suppressed);
      if (!options.baseline_path.empty()) actual += "baselined: " + std::to_string(result.baselined) + "\n";
      const fs::path expected_path = dir / "expected.txt";
      if (update) {
        std::ofstream(expected_path, std::ios::binary) << actual;
        continue;
      }
      CHECK(ReadFile(expected_path) == actual);
    }
  }
}

}  // namespace
}  // namespace cxlint::testing
