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
    if (finding.rule->code == "CX001") by_file.emplace(fs::path(finding.location.file->path()).filename(), finding.message);
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
    CHECK(errors.at("deep.yaml") == "nesting deeper than 512 levels");
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
    // root reads everything; run the binary as an unprivileged user instead.
    chmod(dir.Write("good.yaml", kGoodFlow).c_str(), 0644);
    const std::string report = (dir.path() / "report.json").string();
    const std::string command = "cd " + dir.path().string() + " && setpriv --reuid=65534 --regid=65534 --clear-groups " +
                                CXLINT_BINARY + " lint --format json . > " + report + " 2>&1";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == cli::kExitFindings);
    const std::string json = ReadFile(report);
    CHECK(json.find("\"file\": \"secret.yaml\"") != std::string::npos);
    CHECK(json.find("cannot open file: Permission denied") != std::string::npos);
  }
}

}  // namespace
}  // namespace cxlint::testing
