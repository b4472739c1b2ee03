// Golden cases: each folder under testdata/ that holds an expected.txt is linted as a project,
// and its findings (one line each, exact spans) must equal expected.txt. Suppressed findings
// follow, one "suppressed: " line each; a folder with a cxlint-baseline.json is linted with it as
// --baseline, and ends with a "baselined: N" line.
// A case of testdata/rules/CXNNN-name/ runs rule CXNNN alone (CX001 always runs), so adding a rule
// rewrites only its own cases; see "Golden cases" in docs/development.md for the layout.
// CXLINT_UPDATE_GOLDEN=1 rewrites expected.txt instead; review the diff.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "rules/registry.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> GoldenCases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::recursive_directory_iterator(SourceDir() / "testdata")) {
    if (entry.is_regular_file() && entry.path().filename() == "expected.txt")
      cases.push_back(entry.path().parent_path());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

// The rule a case of testdata/rules/CXNNN-name/ is about; null for the all-rules goldens
// elsewhere. The folder must name an existing rule by its code and name.
const RuleMeta* RuleOfCase(const fs::path& dir) {
  if (dir.parent_path().parent_path() != SourceDir() / "testdata" / "rules") return nullptr;
  const std::string folder = dir.parent_path().filename().string();
  const size_t dash = folder.find('-');
  const RuleMeta* rule = rules::FindRule(folder.substr(0, dash));
  REQUIRE_MESSAGE(rule != nullptr, "testdata/rules/" << folder << " names no rule");
  REQUIRE_MESSAGE(dash != std::string::npos, "testdata/rules/" << folder << " is not CXNNN-name");
  REQUIRE_MESSAGE(folder.substr(dash + 1) == rule->name, folder << ": " << rule->code << " is " << rule->name);
  return rule;
}

// also-run.txt of a rule case: further rules the case needs, one code per line, each followed by
// why (CX002 judges the suppressions of other rules, so those must run).
std::vector<std::string> AlsoRun(const fs::path& dir) {
  std::vector<std::string> codes;
  std::istringstream lines(ReadFile(dir / "also-run.txt"));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    std::istringstream words(line);
    std::string code, reason;
    words >> code;
    std::getline(words >> std::ws, reason);
    CAPTURE(line);
    REQUIRE(rules::FindRule(code) != nullptr);
    REQUIRE_MESSAGE(!reason.empty(), "also-run.txt gives no reason for " << code);
    codes.push_back(std::string(rules::FindRule(code)->code));
  }
  return codes;
}

// What a rule case's name promises: `fires-*` and `note-*` cases hold at least one finding of
// their rule (`note-*` only notes), `silent-*` cases none; `corpus-*` cases are excerpts of real
// projects, kept whatever the rule says of them.
void CheckCaseKind(const fs::path& dir, const RuleMeta& rule, const LintResult& result) {
  const std::string name = dir.filename().string();
  const std::string kind = name.substr(0, name.find('-'));
  const std::vector<Finding> found = Of(result, rule.code);
  if (kind == "fires") {
    CHECK_MESSAGE(!found.empty(), name << " holds no " << rule.code << " finding");
  } else if (kind == "note") {
    CHECK_MESSAGE(!found.empty(), name << " holds no " << rule.code << " finding");
    for (const Finding& finding : found) CHECK(finding.severity == Severity::kNote);
  } else if (kind == "silent") {
    CHECK_MESSAGE(found.empty(), name << " holds " << found.size() << " " << rule.code << " findings");
  } else {
    CHECK_MESSAGE(kind == "corpus", name << " is not fires-*, note-*, silent-* or corpus-*");
  }
}

TEST_SUITE("golden") {
  TEST_CASE("every golden case matches its expected.txt") {
    const bool update = std::getenv("CXLINT_UPDATE_GOLDEN") != nullptr;
    const std::vector<fs::path> cases = GoldenCases();
    CHECK(cases.size() >= 5);
    int rule_cases = 0;
    for (const fs::path& dir : cases) {
      CAPTURE(dir.string());
      LintOptions options;
      if (fs::exists(dir / "cxlint-baseline.json")) options.baseline_path = "cxlint-baseline.json";
      const RuleMeta* rule = RuleOfCase(dir);
      if (rule) {
        ++rule_cases;
        options.only_rules = {std::string(rule->code)};
        if (fs::exists(dir / "also-run.txt")) {
          for (std::string& code : AlsoRun(dir)) options.only_rules.push_back(std::move(code));
        }
      }
      const LintResult result = LintIn(dir, options);
      CHECK(result.internal_errors.empty());
      CHECK(result.config_errors.empty());
      if (rule) CheckCaseKind(dir, *rule, result);
      // expected.txt itself is not an input; inputs are everything else in the folder.
      std::string actual = GoldenLines(result.findings) + SuppressedLines(result.suppressed);
      if (!result.not_checked.empty()) actual += "not checked:\n" + GoldenLines(result.not_checked);
      if (!options.baseline_path.empty()) actual += "baselined: " + std::to_string(result.baselined) + "\n";
      const fs::path expected_path = dir / "expected.txt";
      if (update) {
        std::ofstream(expected_path, std::ios::binary) << actual;
        continue;
      }
      CHECK(ReadFile(expected_path) == actual);
    }
    CHECK(rule_cases >= 100);
  }
}

}  // namespace
}  // namespace cxlint::testing
