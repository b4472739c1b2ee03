// Golden cases: each folder under testdata/ that holds an expected.txt is linted as a project,
// and its findings (one line each, exact spans) must equal expected.txt. Suppressed findings
// follow, one "suppressed: " line each.
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
      const LintResult result = LintIn(dir);
      CHECK(result.internal_errors.empty());
      CHECK(result.config_errors.empty());
      // expected.txt itself is not an input; inputs are everything else in the folder.
      const std::string actual = GoldenLines(result.findings) + SuppressedLines(result.suppressed);
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
