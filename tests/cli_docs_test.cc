// The man page and shell completions are written from the command line's own definition: every
// visible option of every subcommand reaches them, hidden ones do not, and --version names the
// version and the commit.

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "cli/app.h"
#include "cli/cli.h"
#include "cli/cli_docs.h"
#include "report/report.h"
#include "rules/registry.h"
#include "version.h"

namespace cxlint::testing {
namespace {

// What `cxlint ARGS...` prints on standard output; `code` gets the exit code.
std::string Output(const std::vector<std::string>& args, int& code) {
  std::ostringstream out, err;
  code = cli::RunCli(args, out, err, false);
  return out.str();
}

cli::CliDoc Doc() {
  cli::CliOptions options;
  const cli::CliApp app = cli::BuildApp(options);
  return cli::DescribeCommands(*app.app);
}

const cli::OptionDoc* FindOption(const cli::CommandDoc& command, const std::string& name) {
  for (const cli::OptionDoc& option : command.options) {
    for (const std::string& option_name : option.names) {
      if (option_name == name) return &option;
    }
  }
  return nullptr;
}

TEST_SUITE("cli") {
  TEST_CASE("--version names the version and, built from git, the commit") {
    int code = -1;
    const std::string version = Output({"--version"}, code);
    CHECK(code == 0);
    CHECK(std::regex_match(version, std::regex(R"(cxlint \d+\.\d+\.\d+( \([0-9a-f]{7,}\))?\n)")));
    const std::string commit = kGitCommit;
    CHECK(version == "cxlint " + std::string(kVersion) + (commit.empty() ? "" : " (" + commit + ")") + "\n");
  }

  TEST_CASE("the description of the command line follows the CLI11 app") {
    const cli::CliDoc doc = Doc();
    std::vector<std::string> names;
    for (const cli::CommandDoc& command : doc.commands) names.push_back(command.name);
    CHECK(names ==
          std::vector<std::string>{"lint", "pull", "simulate", "rules", "explain", "init", "decode", "completion"});
    const cli::CommandDoc& lint = doc.commands[0];
    REQUIRE(FindOption(lint, "--format") != nullptr);
    const std::vector<std::string> formats(report::FormatNames().begin(), report::FormatNames().end());
    CHECK(FindOption(lint, "--format")->choices == formats);
    CHECK(FindOption(lint, "-o") == FindOption(lint, "--output"));
    CHECK(FindOption(lint, "--output")->TakesValue());
    CHECK_FALSE(FindOption(lint, "--exit-zero")->TakesValue());
    CHECK(FindOption(lint, "--fail-level") == nullptr);  // hidden from --help, so from the docs too
    REQUIRE(lint.positionals.size() == 1);
    CHECK(lint.positionals[0].positional == "paths");
    const cli::CommandDoc& explain = doc.commands[4];
    REQUIRE(explain.positionals.size() == 1);
    CHECK(explain.positionals[0].choices.size() == 2 * rules::AllRules().size());  // codes and names
    CHECK(FindOption(doc.program, "--version") != nullptr);
  }

  TEST_CASE("zsh and fish completions hold every option, format and rule code") {
    const cli::CliDoc doc = Doc();
    for (const char* shell : {"zsh", "fish"}) {
      CAPTURE(shell);
      int code = -1;
      const std::string script = Output({"completion", shell}, code);
      CHECK(code == 0);
      for (const cli::CommandDoc& command : doc.commands) {
        CHECK(script.find(command.name) != std::string::npos);
        for (const cli::OptionDoc& option : command.options) {
          for (const std::string& name : option.names) {
            // fish names options without their dashes: `-l output`, `-s o`.
            const std::string fish_name = name.rfind("--", 0) == 0 ? "-l " + name.substr(2) : "-s " + name.substr(1);
            CAPTURE(name);
            CHECK(script.find(std::string(shell) == "zsh" ? "'" + name + "[" : fish_name) != std::string::npos);
          }
        }
      }
      for (std::string_view format : report::FormatNames())
        CHECK(script.find(std::string(format)) != std::string::npos);
      for (const RuleMeta* rule : rules::AllRules()) CHECK(script.find(std::string(rule->code)) != std::string::npos);
      CHECK(script.find("__manpage") == std::string::npos);
      CHECK(script.find("fail-level") == std::string::npos);
    }
  }

  TEST_CASE("completion takes bash, zsh or fish; the man page is a roff page") {
    int code = -1;
    Output({"completion", "tcsh"}, code);
    CHECK(code == cli::kExitUsage);
    Output({"completion"}, code);
    CHECK(code == cli::kExitUsage);
    const std::string page = Output({"__manpage"}, code);
    CHECK(code == 0);
    CHECK(page.find(".TH CXLINT 1 ") != std::string::npos);
    CHECK(page.find("\\fB\\-\\-sarif\\-category\\fR") != std::string::npos);
    for (const RuleMeta* rule : rules::AllRules()) CHECK(page.find(std::string(rule->code)) != std::string::npos);
    // Hidden from --help, hidden here too.
    int help_code = -1;
    CHECK(Output({"--help"}, help_code).find("__manpage") == std::string::npos);
  }
}

}  // namespace
}  // namespace cxlint::testing
