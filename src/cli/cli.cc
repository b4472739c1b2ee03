#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/pull_command.h"
#include "version.h"

namespace cxlint::cli {

namespace {

constexpr const char* kExitCodesHelp =
    "Exit codes:\n"
    "  0  no finding at or above --fail-on (default: warning), or --exit-zero\n"
    "  1  findings at or above --fail-on\n"
    "  2  usage error: bad option, missing path, unwritable output\n"
    "  3  internal error (please report it)\n";

bool IsSubcommand(const std::string& word) {
  return word == "lint" || word == "rules" || word == "explain" || word == "decode" || word == "pull" ||
         word == "init";
}

}  // namespace

int RunCli(const std::vector<std::string>& raw_args, std::ostream& out, std::ostream& err, bool stdout_is_tty) {
  // `cxlint PATH...` is shorthand for `cxlint lint PATH...`.
  std::vector<std::string> args = raw_args;
  const bool asks_top_level = !args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "--version");
  if (args.empty() || (!IsSubcommand(args[0]) && !asks_top_level)) args.insert(args.begin(), "lint");

  CLI::App app{"cxlint: a linter for Genesys Cloud CX-as-Code (Terraform, Archy YAML, Architect exports)", "cxlint"};
  app.set_version_flag("--version", std::string("cxlint ") + kVersion);
  app.footer(kExitCodesHelp);
  app.require_subcommand(1);

  LintCommand lint;
  CLI::App* lint_app = app.add_subcommand("lint", "Lint files and folders (default: the current folder)");
  lint_app->add_option("paths", lint.paths, "Files and folders to lint")->default_val(std::vector<std::string>{"."});
  lint_app->add_option("--format", lint.formats,
                       "Output format, optionally to a file: text, json, sarif, github, junit, checkstyle, gitlab "
                       "or compact, as NAME or NAME=FILE (repeatable)")
      ->default_val(std::vector<std::string>{"text"})
      ->allow_extra_args(false);  // one value per --format, so `--format json PATH` keeps PATH a path
  lint_app->add_option("-o,--output", lint.output, "Write the report to FILE instead of standard output");
  lint_app->add_option("--sarif-root", lint.sarif_root,
                       "Folder that SARIF, github and gitlab paths are relative to (default: the git top level)");
  lint_app->add_option("--sarif-category", lint.sarif_category, "SARIF automationDetails.id (default: cxlint/)")
      ->default_val(lint.sarif_category);
  lint_app->add_option("--color", lint.color, "Colour in text output: auto (on a terminal, unless NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_val("auto");
  lint_app->add_option("--fail-on", lint.fail_on, "Lowest severity that makes the exit code 1 (default: fail_on of .cxlint.yaml, else warning)")
      ->check(CLI::IsMember({"note", "warning", "error", "never"}));
  // The old name of --fail-on, kept working for existing scripts; hidden from --help.
  lint_app->add_option("--fail-level", lint.fail_on)->check(CLI::IsMember({"note", "warning", "error", "never"}))->group("");
  lint_app->add_flag("--exit-zero", lint.exit_zero, "Exit 0 even when there are findings (usage and internal errors still exit 2 and 3)");
  lint_app->add_flag("-q,--quiet", lint.quiet, "Print the findings only: no summary line, no notes on skipped files");
  lint_app->add_flag("--statistics", lint.statistics, "Add the number of findings of each rule");
  lint_app->add_flag("--show-suppressed", lint.show_suppressed, "Also list the findings that cxlint-ignore comments and ignore entries hide");
  lint_app->add_flag("--show-config", lint.show_config, "Print the effective settings for the paths, and where each came from; lint nothing");
  lint_app->add_option("--baseline", lint.baseline, "Report only findings that the baseline FILE does not record");
  lint_app->add_option("--write-baseline", lint.write_baseline, "Record the current findings in FILE (for --baseline) and exit 0");
  lint_app->add_option("--max-file-size", lint.max_file_size, "Largest file read, in bytes (larger files get CX001)")
      ->default_val(lint.max_file_size);
  lint_app->add_option("--config", lint.config, "Settings file (default: the nearest .cxlint.yaml above the first path)");
  lint_app->add_option("--var-file", lint.var_files, "A .tfvars file for root modules, as `terraform plan -var-file` (repeatable)");
  lint_app->add_option("--var", lint.vars, "NAME=VALUE for a root module variable, as `terraform plan -var` (repeatable)");
  lint_app->add_flag("-v,--verbose", lint.verbose, "Say which units, roots and files were read, skipped, and why");
  lint_app->add_option("-j,--jobs", lint.jobs, "Threads for reading and parsing (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  bool lint_org = false;
  ApiCommand api;
  lint_app->add_flag("--org", lint_org, "Pull the org's flows and data actions (see `cxlint pull`) and lint them");
  AddApiOptions(lint_app, api);
  lint_app->footer(kExitCodesHelp);

  std::string pull_out;
  CLI::App* pull_app = app.add_subcommand("pull", "Write an org's flows and data actions into a folder, to lint");
  pull_app->add_option("--out", pull_out, "The folder to write (created when missing)")->required();
  AddApiOptions(pull_app, api);
  pull_app->add_flag("-v,--verbose", api.verbose, "Log every request and retry (never a secret)");

  CLI::App* rules_app = app.add_subcommand("rules", "List every rule: code, name, default severity, summary");

  std::string explain_rule;
  CLI::App* explain_app = app.add_subcommand("explain", "Print a rule's documentation page");
  explain_app->add_option("rule", explain_rule, "Rule code (CX201) or name (unhandled-failure-path)")->required();

  std::string init_folder = ".";
  bool init_force = false;
  CLI::App* init_app = app.add_subcommand("init", "Write a commented starter .cxlint.yaml");
  init_app->add_option("folder", init_folder, "Where to write it")->default_val(".");
  init_app->add_flag("--force", init_force, "Replace an existing .cxlint.yaml");

  std::string decode_file;
  CLI::App* decode_app = app.add_subcommand("decode", "Print an Architect .i3 export as indented JSON");
  decode_app->add_option("file", decode_file, "The .i3* file")->required();

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e, out, err);
    return kExitClean;
  } catch (const CLI::CallForVersion& e) {
    out << app.version() << "\n";
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
    if (*lint_app && lint_org) {
      if (lint_app->get_option("paths")->count() > 0) {
        err << "cxlint: error: --org lints the org's flows; give no paths with it\n";
        return kExitUsage;
      }
      api.verbose = lint.verbose;
      return RunLintOrg(api, lint, out, err);
    }
    if (*pull_app) return RunPull(api, pull_out, err);
    if (*lint_app) return RunLint(lint, out, err);
    if (*rules_app) return RunRules(out);
    if (*explain_app) return RunExplain(explain_rule, out, err);
    if (*decode_app) return RunDecode(decode_file, out, err);
    if (*init_app) return RunInit(init_folder, init_force, out, err);
  } catch (const std::exception& e) {
    err << "cxlint: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
  return kExitUsage;
}

}  // namespace cxlint::cli
