// `--format NAME[=FILE]` (repeatable), `-o`, and the SARIF options, through the command line.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "cli/cli.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

struct Run {
  int code;
  std::string out, err;
};

Run Cli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = cli::RunCli(args, out, err, false);
  return {code, out.str(), err.str()};
}

const char* const kBrokenFlow = "workflow:\n  name: [unclosed\n";

TEST_SUITE("cli") {
  TEST_CASE("several formats in one run: one on standard output, the others in files") {
    TempDir dir;
    dir.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
    dir.Write("repo/flows/flow.yaml", kBrokenFlow);
    const std::string sarif = (dir.path() / "out.sarif").string();
    const std::string gitlab = (dir.path() / "gl.json").string();
    const Run run = Cli({"lint", (dir.path() / "repo" / "flows").string(), "--format", "compact", "--format",
                         "sarif=" + sarif, "--format", "gitlab=" + gitlab, "--sarif-category", "flows/"});
    CHECK(run.code == cli::kExitFindings);
    CHECK(run.out.find("flow.yaml:2:9: error: invalid YAML") != std::string::npos);
    CHECK(run.out.find("[CX001]\n") != std::string::npos);
    const auto log = nlohmann::json::parse(ReadFile(sarif));
    const auto& run0 = log["runs"][0];
    CHECK(run0["automationDetails"]["id"] == "flows/");
    // The URI is relative to the git top level, not to the folder that was linted.
    const auto& artifact = run0["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    CHECK(artifact["uri"] == "flows/flow.yaml");
    CHECK(artifact["uriBaseId"] == "%SRCROOT%");
    // SARIF among the formats keeps GitHub's line hash though the files were released.
    CHECK(run0["results"][0]["partialFingerprints"].value("primaryLocationLineHash", std::string()).size() > 2);
    CHECK(run0["invocations"][0]["toolExecutionNotifications"].size() == 1);
    const auto issues = nlohmann::json::parse(ReadFile(gitlab));
    CHECK(issues[0]["location"]["path"] == "flows/flow.yaml");
    CHECK(issues[0]["fingerprint"] == run0["results"][0]["partialFingerprints"]["cxlint/v1"]);
  }

  TEST_CASE("--sarif-root sets the root; -o still names the file of a single format") {
    TempDir dir;
    dir.Write("a/flow.yaml", kBrokenFlow);
    const std::string sarif = (dir.path() / "out.sarif").string();
    const Run run = Cli(
        {"lint", dir.path().string(), "--format", "sarif", "-o", sarif, "--sarif-root", (dir.path() / "a").string()});
    CHECK(run.code == cli::kExitFindings);
    CHECK(run.out.empty());
    const auto log = nlohmann::json::parse(ReadFile(sarif));
    CHECK(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "flow.yaml");
  }

  TEST_CASE("format usage errors exit 2 before linting") {
    TempDir dir;
    dir.Write("flow.yaml", kBrokenFlow);
    const std::string path = dir.path().string();
    const Run unknown = Cli({"lint", path, "--format", "xml"});
    CHECK(unknown.code == cli::kExitUsage);
    CHECK(unknown.err.find("unknown --format 'xml'") != std::string::npos);
    const Run two_on_stdout = Cli({"lint", path, "--format", "text", "--format", "json"});
    CHECK(two_on_stdout.code == cli::kExitUsage);
    CHECK(two_on_stdout.err.find("only one --format can write to standard output") != std::string::npos);
    const Run output_with_two = Cli({"lint", path, "--format", "text", "--format", "json=x.json", "-o", "y"});
    CHECK(output_with_two.code == cli::kExitUsage);
    CHECK(Cli({"lint", path, "--format", "sarif="}).code == cli::kExitUsage);
    const Run unwritable = Cli({"lint", path, "--format", "sarif=" + path + "/no/such/folder/x.sarif"});
    CHECK(unwritable.code == cli::kExitUsage);
    CHECK(unwritable.err.find("cannot write") != std::string::npos);
  }
}

}  // namespace
}  // namespace cxlint::testing
