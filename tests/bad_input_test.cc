// Hostile and broken input: every case gives a CX001 (or a clear skip) naming its file, the other
// files are still read, the exit code is 1 or 2, and nothing crashes (also under the sanitizers).

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>

#include "cli/cli.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

const char* const kGoodFlow =
    "workflow:\n"
    "  name: Good\n"
    "  startUpRef: \"/workflow/states/state[Initial State_10]\"\n"
    "  states:\n"
    "    - state:\n"
    "        name: Initial State\n"
    "        refId: Initial State_10\n"
    "        actions:\n"
    "          - endWorkflow:\n"
    "              name: End Workflow\n";

// CX001 messages by file name (the first one per file).
std::map<std::string, std::string> ParseErrorsByFile(const LintResult& result) {
  std::map<std::string, std::string> by_file;
  for (const Finding& finding : result.findings) {
    if (finding.rule->code == "CX001")
      by_file.emplace(fs::path(finding.location.file->path()).filename(), finding.message);
  }
  return by_file;
}

std::string Junk(size_t size) {
  std::mt19937 random(42);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  bytes[size / 2] = '\0';
  return bytes;
}

// root reads everything: lints `dir` with the binary run as an unprivileged user, and returns its
// JSON report (the run must end with findings, exit code 1).
std::string LintAsNobody(const TempDir& dir) {
  const std::string report = (dir.path() / "report.json").string();
  const std::string command = "cd " + dir.path().string() + " && setpriv --reuid=65534 --regid=65534 --clear-groups " +
                              CXLINT_BINARY + " lint --format json . > " + report + " 2>&1";
  const int status = std::system(command.c_str());
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == cli::kExitFindings);
  return ReadFile(report);
}

TEST_SUITE("bad-input") {
  TEST_CASE("broken files each give a CX001 naming the file; good files are still read") {
    TempDir dir;
    dir.Write("good.yaml", kGoodFlow);
    dir.Write("empty.i3WorkFlow", "");
    dir.Write("junk.yaml", Junk(4096));
    dir.Write("truncated.json", R"({"name": "Get", "config": {"request": {"requestUrlTemplate": "/api/v2/x", )");
    dir.Write("truncated.yaml", "workflow:\n  name: Cut\n  states:\n    - state: {name: \"Initial");
    dir.Write("deep.json", R"({"config": {"request": {"requestUrlTemplate": "x"}}, "x": )" + std::string(100000, '[') +
                               std::string(100000, ']') + "}");
    dir.Write("deep.yaml", "workflow:\n  x: " + std::string(100000, '{') + std::string(100000, '}') + "\n");
    std::string deep_list = "workflow:\n  x:\n    ";
    for (int i = 0; i < 100000; ++i) deep_list += "- ";
    dir.Write("deep-list.yaml", deep_list + "x\n");
    dir.Write("latin1.yaml", "workflow:\n  name: caf\xE9\n");
    dir.Write("huge.json", std::string(50u << 20, ' ') + "{}");
    fs::create_symlink("missing-target.yaml", dir.path() / "dangling.yaml");
    fs::create_symlink("loop-b.yaml", dir.path() / "loop-a.yaml");
    fs::create_symlink("loop-a.yaml", dir.path() / "loop-b.yaml");
    fs::create_directories(dir.path() / "sub");
    fs::create_directory_symlink("..", dir.path() / "sub" / "up");  // a folder cycle

    const LintResult result = LintIn(dir.path());
    CHECK(result.internal_errors.empty());
    CHECK(result.files_by_kind.at(FileKind::kArchyFlow) == 1);  // good.yaml, read once
    const auto errors = ParseErrorsByFile(result);
    CHECK(errors.at("empty.i3WorkFlow") == "cannot decode Architect export: empty export: no base64 data");
    CHECK(errors.at("junk.yaml") == "binary file: NUL byte, not text");
    CHECK(errors.at("truncated.json").find("unexpected end of input") != std::string::npos);
    CHECK(errors.at("truncated.yaml").find("never closed") != std::string::npos);
    CHECK(errors.at("deep.json") == "nesting deeper than 512 levels");
    CHECK(errors.at("deep.yaml") == "nesting deeper than 64 levels of '[' and '{'");
    CHECK(errors.at("deep-list.yaml") == "nesting deeper than 512 levels");
    CHECK(errors.at("latin1.yaml").find("invalid UTF-8: byte 0xE9") != std::string::npos);
    CHECK(errors.at("huge.json").find("more than the limit of 33554432 bytes") != std::string::npos);
    CHECK(errors.at("dangling.yaml").find("dangling symbolic link") != std::string::npos);
    CHECK(errors.at("loop-a.yaml") == "symbolic link loop");
    CHECK(errors.at("loop-b.yaml") == "symbolic link loop");
    bool noticed_cycle = false;
    for (const std::string& skipped : result.skipped) noticed_cycle |= skipped.find("sub/up") != std::string::npos;
    CHECK(noticed_cycle);

    std::ostringstream out, err;
    CHECK(cli::RunCli({dir.path().string()}, out, err, false) == cli::kExitFindings);
  }

  TEST_CASE("positions of errors in broken files are exact") {
    TempDir dir;
    dir.Write("latin1.yaml", "workflow:\n  name: caf\xE9\n");
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.findings.size() == 1);
    CHECK(GoldenLines(result.findings) ==
          "latin1.yaml:2:12-2:13: error: invalid UTF-8: byte 0xE9 cannot start or continue a character "
          "[CX001 parse-error]\n");
  }

  TEST_CASE("a missing path is a usage error, and the other paths are still linted") {
    TempDir dir;
    dir.Write("truncated.yaml", "workflow:\n  name: [\n");
    std::ostringstream out, err;
    const int code = cli::RunCli({(dir.path() / "nope").string(), dir.path().string()}, out, err, false);
    CHECK(code == cli::kExitUsage);
    CHECK(err.str().find("nope: no such file or folder") != std::string::npos);
    CHECK(out.str().find("truncated.yaml:2:9: error:") != std::string::npos);
  }

  TEST_CASE("an unreadable file is a CX001, not a crash") {
    TempDir dir;
    fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);
    dir.Write("good.yaml", kGoodFlow);
    const std::string secret = dir.Write("secret.yaml", kGoodFlow);
    chmod(secret.c_str(), 0);
    if (geteuid() != 0) {
      const LintResult result = LintIn(dir.path());
      CHECK(ParseErrorsByFile(result).at("secret.yaml").find("Permission denied") != std::string::npos);
      return;
    }
    chmod(dir.Write("good.yaml", kGoodFlow).c_str(), 0644);
    const std::string json = LintAsNobody(dir);
    CHECK(json.find("\"file\": \"secret.yaml\"") != std::string::npos);
    CHECK(json.find("cannot open file: Permission denied") != std::string::npos);
  }

  TEST_CASE("FIFOs, sockets and devices are never opened; -v says why") {
    TempDir dir;
    dir.Write("good.yaml", kGoodFlow);
    for (const char* name : {"pipe.tf", "pipe.yaml", "pipe.json"})
      REQUIRE(mkfifo((dir.path() / name).c_str(), 0644) == 0);
    fs::create_directories(dir.path() / "sub");
    REQUIRE(mkfifo((dir.path() / "sub" / ".cxlint.yaml").c_str(), 0644) == 0);
    const LintResult result = LintIn(dir.path());  // would block forever on open()
    CHECK(result.internal_errors.empty());
    CHECK(result.files_by_kind.at(FileKind::kArchyFlow) == 1);
    int fifos = 0;
    for (const std::string& skipped : result.skipped)
      fifos += skipped.find("a FIFO, not a regular file; not opened") != std::string::npos;
    CHECK(fifos == 4);
    // A configuration file or baseline that is a FIFO or a device is refused, not read.
    LintOptions options;
    options.config_path = (dir.path() / "sub" / ".cxlint.yaml").string();
    options.baseline_path = "/dev/zero";
    const LintResult refused = LintIn(dir.path(), options);
    std::string errors;
    for (const ConfigError& error : refused.config_errors) errors += error.message + "\n";
    CHECK(errors.find("cannot read the configuration file: not a regular file (a FIFO)") != std::string::npos);
    CHECK(errors.find("cannot read the baseline file: not a regular file (a device)") != std::string::npos);
  }

  TEST_CASE("configuration files and baselines obey --max-file-size") {
    TempDir dir;
    dir.Write("good.yaml", kGoodFlow);
    const std::string config = dir.Write(".cxlint.yaml", "# " + std::string(2000, 'x') + "\n");
    const std::string baseline =
        dir.Write("baseline.json", "{\"version\": 1, \"findings\": []}" + std::string(2000, ' '));
    LintOptions options;
    options.load.max_file_size = 1000;
    options.baseline_path = baseline;
    const LintResult result = LintIn(dir.path(), options);
    REQUIRE(result.config_errors.size() == 2);
    for (const ConfigError& error : result.config_errors)
      CHECK(error.message.find("more than the limit of 1000 bytes (--max-file-size)") != std::string::npos);
  }

  TEST_CASE("an unreadable folder is a CX001 with the OS's reason") {
    TempDir dir;
    fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);
    chmod(dir.Write("good.yaml", kGoodFlow).c_str(), 0644);
    fs::create_directories(dir.path() / "secret");
    chmod((dir.path() / "secret").c_str(), 0);
    if (geteuid() != 0) {
      CHECK(ParseErrorsByFile(LintIn(dir.path())).at("secret") == "cannot read folder: Permission denied");
      return;
    }
    const std::string json = LintAsNobody(dir);
    CHECK(json.find("\"file\": \"secret\"") != std::string::npos);
    CHECK(json.find("cannot read folder: Permission denied") != std::string::npos);
  }

  TEST_CASE("baselines out of range are usage errors, never an internal error") {
    TempDir dir;
    dir.Write("good.yaml", kGoodFlow);
    auto errors_of = [&](const std::string& text) {
      LintOptions options;
      options.baseline_path = dir.Write("baseline.json", text);
      const LintResult result = LintIn(dir.path(), options);
      CHECK(result.internal_errors.empty());
      std::string errors;
      for (const ConfigError& error : result.config_errors) errors += error.message + "\n";
      return errors;
    };
    CHECK(errors_of(R"({"version": 1e999, "findings": []})").find("a number out of range") != std::string::npos);
    const std::string entry = R"({"rule": "CX201", "file": "f", "address": "", "message": "m", "count": )";
    CHECK(errors_of(R"({"version": 1, "findings": [)" + entry + "99999999999999999999}]}").find("'count'") !=
          std::string::npos);
    // Two counts that each fit but whose sum would not: capped, not overflowed (UBSan checks).
    CHECK(errors_of(R"({"version": 1, "findings": [)" + entry + "1000000000}, " + entry + "1000000000}]}").empty());
    // A 50,000-digit message once overflowed the stack of the normalising regex.
    const std::string digits(50000, '7');
    CHECK(errors_of(R"({"version": 1, "findings": [{"rule": "CX201", "file": "f", "address": "", "message": "line )" +
                    digits + " at " + digits + ":" + digits + "\"}]}")
              .empty());
  }

  TEST_CASE("JSON readers never echo the library's exception text or a megabyte token") {
    TempDir dir;
    dir.Write("overflow.json", R"({"name": "x", "config": {"request": {"requestUrlTemplate": "/a"}}, "n": 1e999})");
    dir.Write("long.json", "{\"name\": " + std::string(1 << 20, 't') + "}");
    const auto errors = ParseErrorsByFile(LintIn(dir.path(), std::vector<std::string>{"overflow.json", "long.json"}));
    CHECK(errors.at("overflow.json") == "invalid JSON: a number out of range");
    CHECK(errors.at("long.json").find("json.exception") == std::string::npos);
    CHECK(errors.at("long.json").size() < 200);
  }

  TEST_CASE("YAML aliases are bounded by the bytes they would create") {
    TempDir dir;
    // Each level holds a 1 KB scalar 16 times: few nodes, gigabytes of text.
    std::string flow = "workflow:\n  name: Bomb\n  a0: &a0 \"" + std::string(1000, 'x') + "\"\n";
    for (int i = 1; i < 8; ++i) {
      flow += "  a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
      for (int j = 0; j < 16; ++j) flow += std::string(j ? ", " : "") + "*a" + std::to_string(i - 1);
      flow += "]\n";
    }
    dir.Write("bomb.yaml", flow);
    CHECK(ParseErrorsByFile(LintIn(dir.path())).at("bomb.yaml") == "aliases expand to more than 64 MiB");
  }

  TEST_CASE("a flow with 40,000 placeholders reads in linear time, every placeholder restored") {
    TempDir dir;
    std::string flow = std::string(kGoodFlow) + "  description: \"";
    for (int i = 0; i < 40000; ++i) flow += "{{k" + std::to_string(i) + "}}";
    dir.Write("many.yaml", flow + "\"\n");
    const LintResult result = LintIn(dir.path());
    CHECK(Of(result, "CX001").empty());
    REQUIRE(result.project.documents.size() == 1);
    const parse::Node* description = result.project.documents[0].root.Find("workflow")->Find("description");
    REQUIRE(description != nullptr);
    CHECK(description->text.rfind("{{k0}}{{k1}}", 0) == 0);
    CHECK(description->text.size() ==
          flow.size() - std::string(kGoodFlow).size() - std::string("  description: \"").size());
  }
}

}  // namespace
}  // namespace cxlint::testing
