#pragma once
// The command-line definition: one CLI11 app that parses arguments, prints --help, and is read
// by the man page and shell completion writers, so all of them say the same.

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/pull_command.h"
#include "cli/simulate_command.h"

namespace CLI {
class App;
}

namespace cxlint::cli {

/// Where the parsed arguments of every subcommand land.
struct CliOptions {
  LintCommand lint;
  bool lint_org = false;
  ApiCommand api;
  std::string pull_out;
  std::string explain_rule;
  std::string init_folder = ".";
  bool init_force = false;
  std::string decode_file;
  std::string completion_shell;
  SimulateCommand simulate;
};

/// The app and its subcommands, to tell after parsing which one was given.
struct CliApp {
  // Defined where CLI::App is complete, so users of this header need no CLI11.
  CliApp();
  CliApp(CliApp&&) noexcept;
  ~CliApp();

  std::unique_ptr<CLI::App> app;
  CLI::App* lint = nullptr;
  CLI::App* pull = nullptr;
  CLI::App* rules = nullptr;
  CLI::App* explain = nullptr;
  CLI::App* init = nullptr;
  CLI::App* decode = nullptr;
  CLI::App* completion = nullptr;
  CLI::App* simulate = nullptr;
  CLI::App* manpage = nullptr;  // hidden: prints cxlint(1), for the build
};

/// Builds the app, binding every option to a field of `options`.
CliApp BuildApp(CliOptions& options);

/// The words an option or positional argument of `command` takes ("--color", "--format", "rule",
/// "shell"), for its check and for completions; empty when the value is free (a path, a number).
std::vector<std::string> ValueChoices(std::string_view option, std::string_view command = "lint");

/// One documented exit code.
struct ExitCodeDoc {
  int code;
  std::string_view meaning;
};
/// Every exit code cxlint uses, for --help and the man page.
std::span<const ExitCodeDoc> ExitCodes();

/// "cxlint 0.2.0 (abc1234)", or "cxlint 0.2.0" when not built from a git checkout.
std::string VersionLine();

}  // namespace cxlint::cli
