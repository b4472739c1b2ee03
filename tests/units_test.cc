// Units: a repository is linted on its own, whatever else the run lints. Two corpus repositories
// whose data actions and flows meet when linted as one project are linted together (each a
// repository) and alone, and every finding must agree; the split itself is checked on small trees.

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "cli/progress_line.h"
#include "lint/units.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

// Every part of every finding: its golden line, its related locations and its logical address.
std::string Everything(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& finding : findings) {
    out += GoldenLines({finding});
    for (const RelatedLocation& related : finding.related) {
      const LineCol at =
          related.location.file ? related.location.file->Position(related.location.span.begin) : LineCol{};
      out += "  related: " + (related.location.file ? related.location.file->path() : std::string("-")) + ":" +
             std::to_string(at.line) + ": " + related.message + "\n";
    }
    out += "  address: " + finding.address + "\n";
  }
  return out;
}

std::vector<Finding> Merged(std::vector<Finding> a, const std::vector<Finding>& b) {
  a.insert(a.end(), b.begin(), b.end());
  SortFindings(a);
  return a;
}

std::vector<std::string> Roots(const std::vector<Unit>& units) {
  std::vector<std::string> roots;
  for (const Unit& unit : units)
    roots.push_back(unit.root + (unit.repository ? " (repository)" : "") + ": " + std::to_string(unit.files.size()));
  return roots;
}

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("units: a repository is a unit, other files belong to their command-line path") {
    TempDir dir;
    dir.Write("team-a/.git/HEAD", "ref: refs/heads/main\n");
    dir.Write("team-a/flows/a.yaml", "");
    dir.Write("team-a/infra/main.tf", "");
    dir.Write("team-b/.git", "gitdir: ../elsewhere\n");  // a worktree's .git is a file
    dir.Write("team-b/main.tf", "");
    dir.Write("loose/x.tf", "");
    dir.Write("other/y.tf", "");
    const fs::path previous = fs::current_path();
    fs::current_path(dir.path());
    const WalkResult walk = Walk({".", "other/y.tf"});
    const std::vector<Unit> units = SplitIntoUnits({".", "other/y.tf"}, walk.files);
    fs::current_path(previous);
    // loose/x.tf and other/y.tf are outside every repository: both belong to ".", and the second
    // command-line path is its own unit. (The walk lists team-b's .git file; loading skips it.)
    CHECK(Roots(units) ==
          std::vector<std::string>{".: 2", "team-a (repository): 2", "team-b (repository): 2", "other/y.tf: 1"});
  }

  TEST_CASE("units: the progress line waits for its delay, then redraws in place and is cleared") {
    LintProgress progress;
    progress.files = 40;
    progress.units = 3;
    progress.files_done = 12;
    progress.units_done = 1;
    std::ostringstream quick;
    {
      cli::ProgressLine line(quick);
      line.Update(progress);  // a run shorter than a second shows nothing
    }
    CHECK(quick.str().empty());
    std::ostringstream slow;
    {
      cli::ProgressLine line(slow, std::chrono::milliseconds(0));
      line.Update(progress);
      line.Update(progress);  // within a tenth of a second: not drawn again
    }
    CHECK(slow.str() == "\r\033[Kcxlint: 1/3 units, 12/40 files\r\033[K");
  }

  TEST_CASE("units: a --var-file is read by every unit") {
    std::vector<Unit> units(3);
    units[0].root = "a";
    units[0].files = {{"a/main.tf", false, ""}};
    units[1].root = "b";
    units[1].files = {{"b/main.tf", false, ""}, {"b/vars/../prod.tfvars", false, ""}};
    units[2].root = "vars/prod.tfvars";
    units[2].files = {{"vars/prod.tfvars", true, ""}};
    ShareVarFiles({"vars/prod.tfvars", "b/prod.tfvars"}, units);
    REQUIRE(units.size() == 2);  // the var file's own unit is gone: the others read it
    CHECK(units[0].files.size() == 3);
    CHECK(units[0].files[1].path == "vars/prod.tfvars");
    CHECK(units[0].files[2].path == "b/vars/../prod.tfvars");
    CHECK(units[1].files.size() == 3);
    CHECK(units[1].files[2].path == "vars/prod.tfvars");
  }
}

TEST_SUITE("corpus") {
  TEST_CASE("units: two repositories give together exactly the findings each gives alone") {
    TempDir dir;
    const std::vector<std::string> names = {"GenesysCloudBlueprints__ani-blacklist",
                                            "GenesysCloudBlueprints__set-emergency-group-lambda-blueprint"};
    // Runs of their own, not the shared corpus run (support/corpus_lint.h): the test is about how
    // the same two repositories lint together and alone, with and without a `.git` each.
    for (const std::string& name : names) fs::copy(CorpusDir() / name, dir.path() / name, fs::copy_options::recursive);
    // Without .git both are one project, and their flows and data actions meet.
    const LintResult mixed = LintIn(dir.path());
    for (const std::string& name : names) fs::create_directory(dir.path() / name / ".git");
    LintOptions options;
    options.jobs = 2;  // the units side by side
    const LintResult together = LintIn(dir.path(), options);
    const LintResult first = LintIn(dir.path(), {names[0]});
    const LintResult second = LintIn(dir.path(), {names[1]});
    REQUIRE(together.units.size() == 2);
    CHECK(together.units[0].root == names[0]);
    CHECK(together.units[1].repository);
    CHECK(Everything(together.findings) == Everything(Merged(first.findings, second.findings)));
    CHECK(together.suppressed.size() == first.suppressed.size() + second.suppressed.size());
    // The pair is one where units matter: as one project, ani-blacklist's data actions make the
    // other's unknown action a CX407 warning instead of a CX003 note.
    CHECK(Everything(mixed.findings) != Everything(together.findings));
  }
}

}  // namespace cxlint::testing
