#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <array>

#include "cli/cli.h"
#include "report/report.h"
#include "rules/registry.h"
#include "version.h"

namespace cxlint::cli {

namespace {

constexpr std::array<ExitCodeDoc, 4> kExitCodes = {{
    {kExitClean, "no finding at or above --fail-on (default: warning), or --exit-zero"},
    {kExitFindings, "findings at or above --fail-on"},
    {kExitUsage, "usage error: bad option, missing path, unwritable output; a pull that could not finish"},
    {kExitInternal, "internal error (please report it)"},
}};

std::string ExitCodesHelp() {
  std::string text = "Exit codes:\n";
  for (const ExitCodeDoc& exit_code : kExitCodes) {
    text += "  " + std::to_string(exit_code.code) + "  " + std::string(exit_code.meaning) + "\n";
  }
  return text;
}

// The options that say how a project is read, as `lint` has them.
void AddReadOptions(CLI::App* command, ReadCommand& read, const std::string& jobs_help) {
  command->add_option("--max-file-size", read.max_file_size, "Largest file read, in bytes (larger files get CX001)")
      ->default_val(read.max_file_size);
  command->add_option("--config", read.config,
                      "Settings file (default: the nearest .cxlint.yaml above the first path)");
  command->add_option("--var-file", read.var_files,
                      "A .tfvars file for root modules, as `terraform plan -var-file` (repeatable)");
  command->add_option("--var", read.vars,
                      "NAME=VALUE for a root module variable, as `terraform plan -var` (repeatable)");
  command->add_option("-j,--jobs", read.jobs, jobs_help)->check(CLI::Range(1u, 1024u));
}

void AddSimulate(CLI::App& app, CliApp& cli, SimulateCommand& simulate) {
  CLI::App* command = cli.simulate = app.add_subcommand(
      "simulate", "Simulate a peak: what each call's retry policy does to conversations and to the far end");
  // A simulation reports no findings, so lint's exit codes 0 and 1 do not apply to it.
  command->footer(
      "Exit codes:\n"
      "  0  the simulation ran and its report was written\n"
      "  2  usage error: bad option, missing path, bad profile or configuration, unwritable output\n"
      "  3  internal error (please report it)\n");
  command->add_option("paths", simulate.paths, "Files and folders to read, as lint reads them")
      ->default_val(std::vector<std::string>{"."});
  command->add_option("--call", simulate.calls,
                      "Simulate only the call whose Call Data Action step or data action has this NAME (repeatable)");
  command
      ->add_option("--peak", simulate.peak,
                   "Conversations arriving per second at the peak, as N/s or N/min (default: 10/s; a CSV profile "
                   "is rescaled to it)")
      ->type_name("RATE");
  command
      ->add_option("--profile", simulate.profile,
                   "Arrivals over time: flat, black-friday (a ramp from a fifth of the peak over the first quarter, "
                   "the peak for half, a decline over the last quarter) or a CSV FILE of seconds,rate lines")
      ->default_val(simulate.profile);
  command
      ->add_option("--duration", simulate.duration,
                   "How long conversations arrive, in seconds or as 90s, 15min, 1h (default: the profile's "
                   "length, 1h for flat and black-friday)")
      ->type_name("TIME");
  command
      ->add_option("--endpoint-limit", simulate.endpoint_limit,
                   "Requests per second the far end accepts (N/s or N/min) before it answers HTTP 429 (default: "
                   "the host's simulate limit in .cxlint.yaml, else no limit)")
      ->type_name("RATE");
  command
      ->add_option("--burst", simulate.burst,
                   "Requests the far end accepts at once after a quiet spell, a count (default: one second of "
                   "--endpoint-limit)")
      ->type_name("N");
  command
      ->add_option("--retry-after", simulate.retry_after,
                   "Seconds the far end's 429 responses ask to wait (Retry-After header; default: none sent)")
      ->type_name("SECONDS");
  command
      ->add_option("--latency", simulate.latency,
                   "Median response time of the far end in milliseconds; log-normal, sigma 0.5 (default: 200)")
      ->type_name("MS");
  command
      ->add_option("--genesys-concurrent", simulate.genesys_concurrent,
                   "Genesys Cloud's limit of data action executions in flight at once, a count")
      ->default_val(simulate.genesys_concurrent)
      ->check(CLI::Range(1, 1'000'000));
  command
      ->add_option("--genesys-per-minute", simulate.genesys_per_minute,
                   "Genesys Cloud's limit of data action executions per minute, a count")
      ->default_val(simulate.genesys_per_minute)
      ->check(CLI::Range(1, 100'000'000));
  command->add_option("--seed", simulate.seed, "Seed of the random numbers: the same seed gives the same output")
      ->default_val(simulate.seed);
  command->add_option("--format", simulate.format, "Output format: text (a table) or json (docs/simulate.md)")
      ->default_val(simulate.format)
      ->check(CLI::IsMember(ValueChoices("--format", "simulate")));
  command->add_option("-o,--output", simulate.output, "Write the report to FILE instead of standard output");
  command->add_option("--plot", simulate.plot,
                      "Also write an SVG FILE: requests per second over time and time to answer, per call site");
  AddReadOptions(command, simulate, "Threads for reading, parsing and simulating (default: one per core)");
}

}  // namespace

CliApp::CliApp() = default;
CliApp::CliApp(CliApp&&) noexcept = default;
CliApp::~CliApp() = default;

std::span<const ExitCodeDoc> ExitCodes() { return kExitCodes; }

std::string VersionLine() {
  std::string line = std::string("cxlint ") + kVersion;
  if (kGitCommit[0] != '\0') line += std::string(" (") + kGitCommit + ")";
  return line;
}

std::vector<std::string> ValueChoices(std::string_view option, std::string_view command) {
  if (command == "simulate") {
    if (option == "--format") return {"text", "json"};
    if (option == "--profile") return {"flat", "black-friday"};  // or a CSV file
  }
  if (option == "--format") return {report::FormatNames().begin(), report::FormatNames().end()};
  if (option == "--color") return {"auto", "always", "never"};
  if (option == "--fail-on" || option == "--fail-level") return {"note", "warning", "error", "never"};
  if (option == "shell") return {"bash", "zsh", "fish"};
  if (option == "rule") {
    std::vector<std::string> rules;
    for (const RuleMeta* rule : rules::AllRules()) rules.emplace_back(rule->code);
    for (const RuleMeta* rule : rules::AllRules()) rules.emplace_back(rule->name);
    return rules;
  }
  return {};
}

CliApp BuildApp(CliOptions& options) {
  CliApp cli;
  cli.app = std::make_unique<CLI::App>(
      "cxlint: a linter for Genesys Cloud CX-as-Code (Terraform, Archy YAML, Architect exports)", "cxlint");
  CLI::App& app = *cli.app;
  app.set_version_flag("--version", VersionLine());
  app.footer(ExitCodesHelp());
  app.require_subcommand(1);

  LintCommand& lint = options.lint;
  CLI::App* lint_app = cli.lint = app.add_subcommand("lint", "Lint files and folders (default: the current folder)");
  lint_app->add_option("paths", lint.paths, "Files and folders to lint")->default_val(std::vector<std::string>{"."});
  lint_app
      ->add_option("--format", lint.formats,
                   "Output format, optionally to a file: text, json, sarif, github, junit, checkstyle, gitlab "
                   "or compact, as NAME or NAME=FILE (repeatable)")
      ->default_val(std::vector<std::string>{"text"})
      ->allow_extra_args(false);  // one value per --format, so `--format json PATH` keeps PATH a path
  lint_app->add_option("-o,--output", lint.output, "Write the report to FILE instead of standard output");
  lint_app->add_option("--sarif-root", lint.sarif_root,
                       "Folder that SARIF, github and gitlab paths are relative to (default: the git top level)");
  lint_app->add_option("--sarif-category", lint.sarif_category, "SARIF automationDetails.id (default: cxlint/)")
      ->default_val(lint.sarif_category);
  lint_app
      ->add_option("--color", lint.color, "Colour in text output: auto (on a terminal, unless NO_COLOR), always, never")
      ->check(CLI::IsMember(ValueChoices("--color")))
      ->default_val("auto");
  lint_app
      ->add_option("--fail-on", lint.fail_on,
                   "Lowest severity that makes the exit code 1 (default: fail_on of .cxlint.yaml, else warning)")
      ->check(CLI::IsMember(ValueChoices("--fail-on")));
  // The old name of --fail-on, kept working for existing scripts; hidden from --help.
  lint_app->add_option("--fail-level", lint.fail_on)->check(CLI::IsMember(ValueChoices("--fail-level")))->group("");
  lint_app->add_flag("--exit-zero", lint.exit_zero,
                     "Exit 0 even when there are findings (usage and internal errors still exit 2 and 3)");
  lint_app->add_flag("-q,--quiet", lint.quiet, "Print the findings only: no summary line, no notes on skipped files");
  lint_app->add_flag("--statistics", lint.statistics, "Add the number of findings of each rule");
  lint_app->add_flag("--show-suppressed", lint.show_suppressed,
                     "Also list the findings that cxlint-ignore comments and ignore entries hide");
  lint_app->add_flag("--show-config", lint.show_config,
                     "Print the effective settings for the paths, and where each came from; lint nothing");
  lint_app->add_option("--baseline", lint.baseline, "Report only findings that the baseline FILE does not record");
  lint_app->add_option("--write-baseline", lint.write_baseline,
                       "Record the current findings in FILE (for --baseline) and exit 0");
  AddReadOptions(lint_app, lint, "Threads for reading, parsing and checking units (default: one per core)");
  lint_app->add_flag("-v,--verbose", lint.verbose, "Say which units, roots and files were read, skipped, and why");
  lint_app->add_flag("--org", options.lint_org,
                     "Pull the org's flows and data actions (see `cxlint pull`) and lint them");
  AddApiOptions(lint_app, options.api);
  lint_app->footer(ExitCodesHelp());

  CLI::App* pull_app = cli.pull =
      app.add_subcommand("pull", "Write an org's flows and data actions into a folder, to lint");
  pull_app->add_option("--out", options.pull_out, "The folder to write (created when missing)")->required();
  AddApiOptions(pull_app, options.api);
  pull_app->add_flag("-v,--verbose", options.api.verbose, "Log every request and retry (never a secret)");

  AddSimulate(app, cli, options.simulate);

  cli.rules = app.add_subcommand("rules", "List every rule: code, name, default severity, summary");

  cli.explain = app.add_subcommand("explain", "Print a rule's documentation page");
  cli.explain->add_option("rule", options.explain_rule, "Rule code (CX201) or name (unhandled-failure-path)")
      ->required();

  cli.init = app.add_subcommand("init", "Write a commented starter .cxlint.yaml");
  cli.init->add_option("folder", options.init_folder, "Where to write it")->default_val(".");
  cli.init->add_flag("--force", options.init_force, "Replace an existing .cxlint.yaml");

  cli.decode = app.add_subcommand("decode", "Print an Architect .i3 export as indented JSON");
  cli.decode->add_option("file", options.decode_file, "The .i3* file")->required();

  cli.completion = app.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  cli.completion->add_option("shell", options.completion_shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember(ValueChoices("shell")));

  // Hidden (no group): the build writes the man page with it.
  cli.manpage = app.add_subcommand("__manpage", "Print the cxlint(1) man page (roff)")->group("");
  return cli;
}

}  // namespace cxlint::cli
