// The command line of configuration, suppressions and baselines: --fail-on with `fail_on`,
// --exit-zero, --quiet, --statistics, --show-suppressed, --show-config, baselines, `cxlint init`,
// and the errors of a bad `.cxlint.yaml`.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

#include "cli/cli.h"
#include "config/config.h"
#include "lint/config_reader.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

struct Run {
  int code;
  std::string out, err;
};

// Runs in `dir`, so paths print relative to it.
Run CliIn(const fs::path& dir, const std::vector<std::string>& args) {
  const fs::path previous = fs::current_path();
  fs::current_path(dir);
  std::ostringstream out, err;
  const int code = cli::RunCli(args, out, err, false);
  fs::current_path(previous);
  return {code, out.str(), err.str()};
}

// A data action without a timeout: one CX305 note.
const char* const kNoteOnly = R"(resource "genesyscloud_integration_action" "get_order" {
  name            = "Get Order Status"
  category        = "Order Management"
  integration_id  = "4f1c2b7e-0000-4000-8000-000000000001"
  contract_input  = "{}"
  contract_output = "{}"
  config_request {
    request_url_template = "https://orders.acme.example/v1/orders/$${input.orderId}"
    request_type         = "GET"
  }
}
)";

// A flow whose call has no Failure path: a CX201 warning at line 34, and a CX003 note at line 42
// (its data action is not defined, so where it goes is unknown).
std::string WarningFlow() {
  return ReadFile(SourceDir() / "testdata/rules/CX201-unhandled-failure-path/fires-absent-failure/flow.yaml");
}

TEST_SUITE("cli") {
  TEST_CASE("fail_on in .cxlint.yaml sets the fail level; --fail-on wins over it") {
    TempDir dir;
    dir.Write("main.tf", kNoteOnly);
    CHECK(CliIn(dir.path(), {"lint", "."}).code == cli::kExitClean);  // a note is below warning
    dir.Write(".cxlint.yaml", "fail_on: note\n");
    CHECK(CliIn(dir.path(), {"lint", "."}).code == cli::kExitFindings);
    CHECK(CliIn(dir.path(), {"lint", "--fail-on", "error", "."}).code == cli::kExitClean);
  }

  TEST_CASE("exclude: excluded folders are not entered; a file named on the command line is linted") {
    TempDir dir;
    dir.Write(".cxlint.yaml", "exclude: [\"vendor\", \"*.draft.tf\"]\n");
    dir.Write("vendor/deep/main.tf", kNoteOnly);
    dir.Write("a.draft.tf", kNoteOnly);
    dir.Write("main.tf", "");
    const Run walked = CliIn(dir.path(), {"lint", "--verbose", "--fail-on", "note", "."});
    CHECK(walked.code == cli::kExitClean);
    CHECK(walked.err.find("cxlint: skipped vendor: excluded by .cxlint.yaml\n") != std::string::npos);
    CHECK(walked.err.find("cxlint: skipped a.draft.tf: excluded by .cxlint.yaml\n") != std::string::npos);
    CHECK(walked.err.find("vendor/deep") == std::string::npos);
    const Run named = CliIn(dir.path(), {"lint", "--fail-on", "note", "a.draft.tf"});
    CHECK(named.code == cli::kExitFindings);
  }

  TEST_CASE("--exit-zero: findings exit 0, usage errors still exit 2") {
    TempDir dir;
    dir.Write("flow.yaml", "workflow:\n  name: [unclosed\n");
    CHECK(CliIn(dir.path(), {"lint", "--exit-zero", "."}).code == cli::kExitClean);
    dir.Write(".cxlint.yaml", "rulez: {}\n");
    CHECK(CliIn(dir.path(), {"lint", "--exit-zero", "."}).code == cli::kExitUsage);
  }

  TEST_CASE("--quiet prints the findings only") {
    TempDir dir;
    dir.Write("main.tf", kNoteOnly);
    dir.Write("notes.txt", "hello");
    const Run run = CliIn(dir.path(), {"lint", "--quiet", "main.tf", "notes.txt"});
    CHECK(run.out.find("[CX305 default-action-timeout]") != std::string::npos);
    CHECK(run.out.find("problem") == std::string::npos);
    CHECK(run.err.empty());
  }

  TEST_CASE("--statistics counts findings per rule, in text and JSON") {
    TempDir dir;
    dir.Write("flow.yaml", WarningFlow());
    dir.Write("b/flow.yaml", WarningFlow());
    const Run text = CliIn(dir.path(), {"lint", "--statistics", "."});
    // The CX003 note says what was not checked; it is not a finding, so it is not counted.
    CHECK(text.out.find("\nb/flow.yaml:42:21: not checked: ") != std::string::npos);
    CHECK(text.out.find("\n    2  CX201 unhandled-failure-path\n2 problems") != std::string::npos);
    const auto json = nlohmann::json::parse(CliIn(dir.path(), {"lint", "--statistics", "--format", "json", "."}).out);
    REQUIRE(json["statistics"].size() == 1);
    CHECK(json["statistics"][0] ==
          nlohmann::json({{"code", "CX201"}, {"name", "unhandled-failure-path"}, {"count", 2}}));
  }

  TEST_CASE("suppressed findings leave the report, are counted, and --show-suppressed lists them") {
    TempDir dir;
    std::string flow = WarningFlow();
    const size_t call = flow.find("          - callData:");
    flow.insert(call, "          # cxlint-ignore CX201\n");
    dir.Write("flow.yaml", flow);
    const Run run = CliIn(dir.path(), {"lint", "."});
    CHECK(run.out.find("CX201") == std::string::npos);
    CHECK(run.out.find("no problems in 1 file: 1 Archy flow; 1 suppressed (1 suppression without a reason); "
                       "1 not checked (CX003)\n") != std::string::npos);
    const Run shown = CliIn(dir.path(), {"lint", "--show-suppressed", "."});
    CHECK(shown.out.find("suppressed:\n  flow.yaml:35:13: warning: ") != std::string::npos);
    CHECK(shown.out.find("[CX201 unhandled-failure-path] by flow.yaml:34: cxlint-ignore (no reason given)\n") !=
          std::string::npos);
    const auto json =
        nlohmann::json::parse(CliIn(dir.path(), {"lint", "--show-suppressed", "--format", "json", "."}).out);
    CHECK(json["summary"]["suppressed"] == 1);
    CHECK(json["summary"]["suppressionsWithoutReason"] == 1);
    REQUIRE(json["suppressed"].size() == 1);
    CHECK(json["suppressed"][0]["code"] == "CX201");
    CHECK(json["suppressed"][0]["suppressedBy"] == "flow.yaml:34: cxlint-ignore");
    CHECK(json["suppressed"][0]["reason"].is_null());
    CHECK(json["findings"].empty());
    CHECK(json["notChecked"].size() == 1);
    CHECK(json["summary"]["notChecked"] == 1);
  }

  TEST_CASE("a baseline hides the findings it records until they change") {
    TempDir dir;
    dir.Write("flow.yaml", WarningFlow());
    const Run written = CliIn(dir.path(), {"lint", "--write-baseline", "cxlint-baseline.json", "."});
    CHECK(written.code == cli::kExitClean);
    // The baseline holds findings only: the CX003 note is not one.
    CHECK(written.err.find("wrote 1 finding to the baseline cxlint-baseline.json") != std::string::npos);
    const Run clean = CliIn(dir.path(), {"lint", "--baseline", "cxlint-baseline.json", "."});
    CHECK(clean.code == cli::kExitClean);
    CHECK(clean.out.ends_with("no problems in 1 file: 1 Archy flow; 1 in the baseline; 1 not checked (CX003)\n"));
    // A second copy of the same call in another file is new.
    dir.Write("copy/flow.yaml", WarningFlow());
    const Run grown = CliIn(dir.path(), {"lint", "--baseline", "cxlint-baseline.json", "."});
    CHECK(grown.code == cli::kExitFindings);
    CHECK(grown.out.find("copy/flow.yaml:34:13: warning:") != std::string::npos);
    CHECK(grown.out.find("\nflow.yaml:") == std::string::npos);
    // The baseline names files relative to itself, so it works from another folder too.
    const Run elsewhere = CliIn(dir.path() / "copy", {"lint", "--baseline", "../cxlint-baseline.json", ".."});
    CHECK(elsewhere.out.find("copy/flow.yaml:34:13") != std::string::npos);
    // flow.yaml's CX201 is still the baseline's.
    CHECK(elsewhere.out.find("1 in the baseline") != std::string::npos);
  }

  TEST_CASE("a baseline that cannot be read is a usage error naming the file") {
    TempDir dir;
    dir.Write("flow.yaml", WarningFlow());
    dir.Write("bad.json", "{\"version\": 1,\n \"findings\": [\n");
    const Run run = CliIn(dir.path(), {"lint", "--baseline", "bad.json", "."});
    CHECK(run.code == cli::kExitUsage);
    CHECK(run.err.find("bad.json:3:1: error: the baseline is not valid JSON") != std::string::npos);
    dir.Write("old.json", "{\"version\": 7, \"findings\": []}");
    CHECK(CliIn(dir.path(), {"lint", "--baseline", "old.json", "."}).err.find("not a cxlint baseline of version 1") !=
          std::string::npos);
    CHECK(CliIn(dir.path(), {"lint", "--baseline", "missing.json", "."}).code == cli::kExitUsage);
  }

  TEST_CASE("a bad .cxlint.yaml: file, line, column and a did-you-mean, exit 2") {
    TempDir dir;
    dir.Write("main.tf", kNoteOnly);
    dir.Write(".cxlint.yaml",
              "rules:\n"
              "  CX13: off\n"
              "  CX103: {severity: warn, options: {min_interval: 10, }}\n"
              "  CX104: {options: {min_backoff_factor: fast}}\n"
              "  CX106: {options: {max_retries: 2.5}}\n"
              "  CX201: {options: {x: 1}}\n"
              "exlude: []\n"
              "fail_on: sometimes\n"
              "overrides:\n"
              "  - rules: {CX101: off}\n"
              "ignore:\n"
              "  - {path: a.json, rule: CX999}\n");
    const Run run = CliIn(dir.path(), {"lint", "."});
    CHECK(run.code == cli::kExitUsage);
    const std::string expected[] = {
        ".cxlint.yaml:2:3: error: unknown rule 'CX13' (did you mean 'CX103'?) (see `cxlint rules`)",
        ".cxlint.yaml:3:21: error: a rule's level must be one of off, note, warning, error; got 'warn' (did you mean "
        "'warning'?)",
        ".cxlint.yaml:3:37: error: unknown option of CX103 'min_interval' (did you mean 'min_interval_ms'?)",
        ".cxlint.yaml:4:41: error: CX104 option 'min_backoff_factor' must be a number; got 'fast'",
        ".cxlint.yaml:5:34: error: CX106 option 'max_retries' must be a whole number; got 2.5",
        ".cxlint.yaml:6:21: error: CX201 has no options; 'x' is not one",
        ".cxlint.yaml:7:1: error: unknown setting 'exlude' (did you mean 'exclude'?)",
        ".cxlint.yaml:8:10: error: 'fail_on' must be one of error, warning, note, never; got 'sometimes'",
        ".cxlint.yaml:10:5: error: an override needs 'files' (globs of the paths it applies to)",
        ".cxlint.yaml:12:26: error: unknown rule 'CX999' (see `cxlint rules`)",  // no far-fetched guess
    };
    for (const std::string& line : expected) {
      CAPTURE(line);
      CHECK(run.err.find(line) != std::string::npos);
    }
  }

  TEST_CASE("--show-config prints each effective value and where it came from") {
    TempDir dir;
    dir.Write("main.tf", kNoteOnly);
    dir.Write(".cxlint.yaml", "middleware_hosts: [gw.acme.example]\nrules:\n  CX106: {options: {max_retries: 3}}\n");
    const Run run = CliIn(dir.path(), {"lint", "--show-config", "--fail-on", "note", "."});
    CHECK(run.code == cli::kExitClean);
    CHECK(run.out.rfind("# settings for .: .cxlint.yaml\n", 0) == 0);
    CHECK(run.out.find("fail_on: note                                   # --fail-on\n") != std::string::npos);
    CHECK(run.out.find("middleware_hosts: [gw.acme.example]             # .cxlint.yaml:1:1\n") != std::string::npos);
    CHECK(run.out.find("  CX106: error                                  # unbounded-retries, default\n"
                       "    max_retries: 3                              # .cxlint.yaml:3:21\n") != std::string::npos);
    CHECK(run.out.find("    min_interval_ms: 1000                       # default\n") != std::string::npos);
    CHECK(run.out.find("[CX305") == std::string::npos);  // nothing is linted
    TempDir bare;
    CHECK(CliIn(bare.path(), {"lint", "--show-config", "."}).out.find("no .cxlint.yaml above it, so the defaults") !=
          std::string::npos);
  }

  TEST_CASE("init writes a starter file that reads back without errors, and never overwrites by surprise") {
    TempDir dir;
    const Run run = CliIn(dir.path(), {"init"});
    CHECK(run.code == cli::kExitClean);
    CHECK(run.out == "wrote .cxlint.yaml\n");
    const std::string text = ReadFile(dir.path() / ".cxlint.yaml");
    CHECK(text.find("#  CX103: {severity: warning, options: {min_interval_ms: 1000}}  # aggressive-retry-interval\n") !=
          std::string::npos);
    std::vector<ConfigError> errors;
    const Config config = LoadConfig((dir.path() / ".cxlint.yaml").string(), errors);
    CHECK(errors.empty());
    CHECK(config.fail_on == "warning");
    // Every commented rule line, uncommented, is valid too.
    std::string uncommented;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
      uncommented += (line.rfind("#  CX", 0) == 0 ? line.substr(1) : line) + "\n";
    dir.Write("all/.cxlint.yaml", uncommented);
    LoadConfig((dir.path() / "all/.cxlint.yaml").string(), errors);
    CHECK(errors.empty());
    const Run again = CliIn(dir.path(), {"init"});
    CHECK(again.code == cli::kExitUsage);
    CHECK(again.err.find(".cxlint.yaml already exists (--force replaces it)") != std::string::npos);
    CHECK(CliIn(dir.path(), {"init", "--force"}).code == cli::kExitClean);
    CHECK(CliIn(dir.path(), {"init", "no-such-folder"}).code == cli::kExitUsage);
  }
}

}  // namespace
}  // namespace cxlint::testing
