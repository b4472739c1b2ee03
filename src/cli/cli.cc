#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/app.h"
#include "cli/cli_docs.h"
#include "cli/commands.h"
#include "cli/pull_command.h"

namespace cxlint::cli {

namespace {

// `cxlint PATH...` is shorthand for `cxlint lint PATH...`: any first word that is not a
// subcommand or a top-level option starts a lint.
bool StartsLint(const CLI::App& app, const std::string& first) {
  if (first == "--help" || first == "-h" || first == "--version") return false;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() == first) return false;
  }
  return true;
}

}  // namespace

int RunCli(const std::vector<std::string>& raw_args, std::ostream& out, std::ostream& err, bool stdout_is_tty) {
  CliOptions options;
  CliApp cli = BuildApp(options);
  CLI::App& app = *cli.app;
  LintCommand& lint = options.lint;
  ApiCommand& api = options.api;

  std::vector<std::string> args = raw_args;
  if (args.empty() || StartsLint(app, args[0])) args.insert(args.begin(), "lint");

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e, out, err);
    return kExitClean;
  } catch (const CLI::CallForVersion& e) {
    out << VersionLine() << "\n";
    return kExitClean;
  } catch (const CLI::ParseError& e) {
    app.exit(e, out, err);
    return kExitUsage;
  }

  lint.stdout_is_tty = stdout_is_tty;
  const char* no_color = std::getenv("NO_COLOR");
  lint.no_color_env = no_color != nullptr && no_color[0] != '\0';
  api.stderr_is_tty = &err == &std::cerr && isatty(STDERR_FILENO) != 0;
  // A progress line is for a person watching; a CI log keeps only what it would print anyway.
  const char* ci = std::getenv("CI");
  lint.progress = api.stderr_is_tty && (ci == nullptr || ci[0] == '\0');
  try {
    if (*cli.lint && options.lint_org) {
      if (cli.lint->get_option("paths")->count() > 0) {
        err << "cxlint: error: --org lints the org's flows; give no paths with it\n";
        return kExitUsage;
      }
      api.verbose = lint.verbose;
      return RunLintOrg(api, lint, out, err);
    }
    if (*cli.pull) return RunPull(api, options.pull_out, err);
    if (*cli.lint) return RunLint(lint, out, err);
    if (*cli.simulate) return RunSimulate(options.simulate, out, err);
    if (*cli.rules) return RunRules(out);
    if (*cli.explain) return RunExplain(options.explain_rule, out, err);
    if (*cli.decode) return RunDecode(options.decode_file, out, err);
    if (*cli.init) return RunInit(options.init_folder, options.init_force, out, err);
    if (*cli.completion) return WriteCompletion(options.completion_shell, DescribeCommands(app), out);
    if (*cli.manpage) return WriteManPage(DescribeCommands(app), out);
  } catch (const std::exception& e) {
    err << "cxlint: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
  return kExitUsage;
}

}  // namespace cxlint::cli
