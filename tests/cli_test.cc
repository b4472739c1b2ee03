// The command line, run in-process: subcommands, formats, colour, exit codes.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <sstream>

#include "cli/cli.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

struct Run {
  int code;
  std::string out, err;
};

Run Cli(const std::vector<std::string>& args, bool tty = false) {
  std::ostringstream out, err;
  const int code = cli::RunCli(args, out, err, tty);
  return {code, out.str(), err.str()};
}

const char* const kBrokenFlow = "workflow:\n  name: [unclosed\n";

TEST_SUITE("cli") {
  TEST_CASE("a finding in an .i3 export shows the decoded JSON it blames, not a line of base64") {
    const std::string dir =
        (SourceDir() / "testdata/rules/CX203-missing-429-branch/corpus-wfm-hris-i3-status-returned-to-caller").string();
    const Run run = Cli({"lint", "--color", "never", dir});
    const std::string call = "HRIS-Get-TimeOff-Types.i3WorkFlow:1:16821: warning: ";
    const size_t at = run.out.find(call);
    REQUIRE(at != std::string::npos);
    const std::string after = run.out.substr(at);
    // The call's object: its path in the decoded JSON, its first members, nested values summarised.
    CHECK(after.find("\n   | decoded at flowSequenceItemList[0].actionList[0]:\n   | {\n   |   \"actionName\": "
                     "\"Bamboo-Get-TimeOff-Types\",\n") != std::string::npos);
    CHECK(after.find("   |   \"category\": {…},\n") != std::string::npos);
    CHECK(after.find(" more\n   | }\n   = in flow ") != std::string::npos);
    CHECK(run.out.find("\n 1 | ") == std::string::npos);  // never the base64 line
  }

  TEST_CASE("--version and --help") {
    const Run version = Cli({"--version"});
    CHECK(version.code == 0);
    CHECK(version.out.rfind("cxlint 0.", 0) == 0);
    const Run help = Cli({"--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("Exit codes:") != std::string::npos);
    const Run lint_help = Cli({"lint", "--help"});
    CHECK(lint_help.code == 0);
    CHECK(lint_help.out.find("--fail-on") != std::string::npos);
    CHECK(lint_help.out.find("--fail-level") == std::string::npos);  // the old name works, unlisted
  }

  TEST_CASE("rules lists every rule; explain prints a page by code or name") {
    const Run rules = Cli({"rules"});
    CHECK(rules.code == 0);
    CHECK(rules.out.find("CX001  parse-error") != std::string::npos);
    const Run by_code = Cli({"explain", "cx001"});
    CHECK(by_code.code == 0);
    CHECK(by_code.out.rfind("# CX001 parse-error", 0) == 0);
    CHECK(Cli({"explain", "parse-error"}).out == by_code.out);
    const Run unknown = Cli({"explain", "CX999"});
    CHECK(unknown.code == cli::kExitUsage);
    CHECK(unknown.err.find("no rule called 'CX999'") != std::string::npos);
  }

  TEST_CASE("usage errors exit 2") {
    CHECK(Cli({"lint", "--format", "xml", "."}).code == cli::kExitUsage);
    CHECK(Cli({"lint", "--color", "sometimes"}).code == cli::kExitUsage);
    CHECK(Cli({"--no-such-option"}).code == cli::kExitUsage);
    CHECK(Cli({"explain"}).code == cli::kExitUsage);
  }

  TEST_CASE("`cxlint PATH` is shorthand for `cxlint lint PATH`; findings exit 1") {
    TempDir dir;
    dir.Write("flow.yaml", kBrokenFlow);
    const Run shorthand = Cli({dir.path().string()});
    const Run explicit_lint = Cli({"lint", dir.path().string()});
    CHECK(shorthand.code == cli::kExitFindings);
    CHECK(shorthand.out == explicit_lint.out);
    CHECK(shorthand.out.find("flow.yaml:2:9: error: invalid YAML") != std::string::npos);
    CHECK(shorthand.out.find("1 problem (1 error, 0 warnings, 0 notes) in 1 file") != std::string::npos);
  }

  TEST_CASE("a clean project exits 0 and says what it read") {
    TempDir dir;
    dir.Write("flow.yaml", "workflow:\n  name: Fine\n");
    dir.Write("main.tf", "");
    const Run run = Cli({dir.path().string()});
    CHECK(run.code == 0);
    CHECK(run.out == "no problems in 2 files: 1 Archy flow, 1 Terraform file\n");
  }

  TEST_CASE("--fail-on (and its old name --fail-level) decides which findings fail the run") {
    TempDir dir;
    dir.Write("flow.yaml", kBrokenFlow);
    CHECK(Cli({"lint", "--fail-on", "error", dir.path().string()}).code == cli::kExitFindings);
    CHECK(Cli({"lint", "--fail-level", "note", dir.path().string()}).code == cli::kExitFindings);
    CHECK(Cli({"lint", "--fail-on", "never", dir.path().string()}).code == cli::kExitClean);
  }

  TEST_CASE("json output follows the documented schema") {
    TempDir dir;
    dir.Write("flow.yaml", kBrokenFlow);
    const Run run = Cli({"lint", "--format", "json", dir.path().string()});
    CHECK(run.code == cli::kExitFindings);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["version"] == 1);
    CHECK(json["tool"]["name"] == "cxlint");
    REQUIRE(json["findings"].size() == 1);
    const auto& finding = json["findings"][0];
    CHECK(finding["code"] == "CX001");
    CHECK(finding["name"] == "parse-error");
    CHECK(finding["severity"] == "error");
    CHECK(finding["start"]["line"] == 2);
    CHECK(finding["start"]["column"] == 9);
    CHECK(finding["end"]["line"] == 2);
    CHECK(finding["end"]["column"] == 10);
    CHECK(finding["logicalLocation"].is_null());
    CHECK(finding["related"].is_array());
    CHECK(json["summary"]["errors"] == 1);
    CHECK(json["summary"]["files"] == 1);
  }

  TEST_CASE("-o writes the report to a file") {
    TempDir dir;
    dir.Write("flow.yaml", kBrokenFlow);
    const std::string report = (dir.path() / "report.json").string();
    const Run run = Cli({"lint", "--format", "json", "-o", report, (dir.path() / "flow.yaml").string()});
    CHECK(run.code == cli::kExitFindings);
    CHECK(run.out.empty());
    CHECK(nlohmann::json::parse(ReadFile(report))["findings"].size() == 1);
    CHECK(Cli({"lint", "-o", (dir.path() / "no" / "such" / "dir.txt").string(), dir.path().string()}).code ==
          cli::kExitUsage);
  }

  TEST_CASE("colour: only on a terminal, never with NO_COLOR, always when asked") {
    TempDir dir;
    dir.Write("flow.yaml", kBrokenFlow);
    const std::string path = dir.path().string();
    unsetenv("NO_COLOR");
    CHECK(Cli({path}, false).out.find('\033') == std::string::npos);
    CHECK(Cli({path}, true).out.find('\033') != std::string::npos);
    CHECK(Cli({"lint", "--color", "always", path}, false).out.find('\033') != std::string::npos);
    CHECK(Cli({"lint", "--color", "never", path}, true).out.find('\033') == std::string::npos);
    setenv("NO_COLOR", "1", 1);
    CHECK(Cli({path}, true).out.find('\033') == std::string::npos);
    unsetenv("NO_COLOR");
  }

  TEST_CASE("--verbose says what was read and what was skipped, and why") {
    TempDir dir;
    dir.Write("flow.yaml", "workflow:\n  name: Fine\n");
    dir.Write("notes.txt", "hello");
    dir.Write("ci.yml", "on: push\n");
    const Run run = Cli({"lint", "--verbose", dir.path().string()});
    CHECK(run.err.find("flow.yaml (Archy flow)") != std::string::npos);
    CHECK(run.err.find("notes.txt: not a file type cxlint reads") != std::string::npos);
    CHECK(run.err.find("ci.yml: YAML whose top-level key is not an Archy flow type") != std::string::npos);
  }

  TEST_CASE("a file named on the command line is never skipped silently") {
    TempDir dir;
    const std::string notes = dir.Write("notes.txt", "hello");
    const Run run = Cli({notes});
    CHECK(run.code == 0);
    CHECK(run.err.find("notes.txt: not a file type cxlint reads") != std::string::npos);
  }

  TEST_CASE("decode prints an export as indented JSON") {
    const auto exports = CorpusDir() / "GenesysCloudBlueprints__design-architect-flow-data-actions-for-resiliency" /
                         "blueprint" / "src" / "CacheExample.i3InboundFlow";
    const Run run = Cli({"decode", exports.string()});
    CHECK(run.code == 0);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["name"] == "Cache Example");
    CHECK(run.out.find("\n  \"defaultLanguage\": \"en-US\"") != std::string::npos);  // indented, original order first
    TempDir dir;
    const Run broken = Cli({"decode", dir.Write("x.i3WorkFlow", "@@@")});
    CHECK(broken.code == cli::kExitFindings);
    CHECK(broken.err.find("x.i3WorkFlow:1:1: error: cannot decode Architect export: not base64") != std::string::npos);
  }
}

}  // namespace
}  // namespace cxlint::testing
