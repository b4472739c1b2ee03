#include "cli/commands.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <optional>
#include <sstream>

#include "base/parallel.h"
#include "cli/cli.h"
#include "cli/outputs.h"
#include "cli/progress_line.h"
#include "lint/baseline.h"
#include "lint/linter.h"
#include "parse/i3/i3_decode.h"
#include "parse/json/json_reader.h"
#include "report/repo_path.h"
#include "report/report.h"
#include "rules/registry.h"
#include "rules/rule_pages.h"

namespace cxlint::cli {

namespace {

bool UseColor(const LintCommand& command) {
  if (command.color == "always") return true;
  if (command.color == "never") return false;
  // Colour only where a person reads it: a terminal, and only when NO_COLOR is not set.
  return command.output.empty() && command.stdout_is_tty && !command.no_color_env;
}

// --fail-on, else the `fail_on` of the first path's configuration, else warning.
std::string FailOn(const LintCommand& command, const LintResult& result) {
  if (!command.fail_on.empty()) return command.fail_on;
  if (!result.config.fail_on.empty()) return result.config.fail_on;
  return "warning";
}

int ExitCodeFor(const LintResult& result, const std::string& fail_on, bool exit_zero) {
  if (!result.internal_errors.empty()) return kExitInternal;
  if (!result.missing_paths.empty() || !result.config_errors.empty()) return kExitUsage;
  const std::optional<Severity> level = ParseSeverity(fail_on);
  if (exit_zero || !level) return kExitClean;  // "never"
  for (const Finding& finding : result.findings) {
    if (finding.severity >= *level) return kExitFindings;
  }
  return kExitClean;
}

}  // namespace

bool ReadOptions(const ReadCommand& command, LintOptions& options, std::ostream& err) {
  options.paths = command.paths;
  options.load.max_file_size = command.max_file_size;
  options.config_path = command.config;
  // Variables from outside the configuration, with Terraform's precedence (see TerraformModel).
  options.terraform.environment = model::TerraformInputs::FromEnvironment();
  options.terraform.var_files = command.var_files;
  for (const std::string& assignment : command.vars) {
    const size_t equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0) {
      err << "cxlint: error: --var needs NAME=VALUE, got '" << assignment << "'\n";
      return false;
    }
    options.terraform.vars.emplace_back(assignment.substr(0, equals), assignment.substr(equals + 1));
  }
  // A --var-file is linted (and so read) like any other input.
  for (const std::string& file : command.var_files) options.paths.push_back(file);
  options.jobs = command.jobs == 0 ? DefaultJobs() : command.jobs;
  return true;
}

int RunLint(const LintCommand& command, std::ostream& out, std::ostream& err) {
  if (command.show_config) return RunShowConfig(command, out, err);
  LintOptions options;
  if (!ReadOptions(command, options, err)) return kExitUsage;
  // A new baseline records every finding, not only those the old one lacks.
  if (command.write_baseline.empty()) options.baseline_path = command.baseline;
  std::string output_error;
  const std::optional<std::vector<OutputTarget>> targets =
      ParseOutputTargets(command.formats, command.output, output_error);
  if (!targets) {
    err << "cxlint: error: " << output_error << "\n";
    return kExitUsage;
  }
  options.line_hashes = std::any_of(targets->begin(), targets->end(),
                                    [](const OutputTarget& target) { return target.format == "sarif"; });
  options.list_documents =
      command.verbose || std::any_of(targets->begin(), targets->end(),
                                     [](const OutputTarget& target) { return target.format == "junit"; });
  std::optional<ProgressLine> progress_line;
  if (command.progress) {
    progress_line.emplace(err);
    options.progress = [&](const LintProgress& progress) { progress_line->Update(progress); };
  }
  const LintResult result = Lint(options);
  if (progress_line) progress_line->Clear();

  for (const std::string& path : result.missing_paths) err << "cxlint: error: " << path << ": no such file or folder\n";
  for (const ConfigError& error : result.config_errors)
    err << error.path << ":" << error.position.line << ":" << error.position.column << ": error: " << error.message
        << "\n";
  for (const std::string& problem : result.internal_errors) err << "cxlint: internal error: " << problem << "\n";
  if (command.verbose) {
    for (const UnitSummary& unit : result.units) {
      err << "cxlint: unit " << unit.root << " (" << (unit.repository ? "repository" : "path outside a repository")
          << ", " << unit.files << " file" << (unit.files == 1 ? "" : "s") << ")";
      for (size_t i = 0; i < unit.terraform_roots.size(); ++i)
        err << (i == 0 ? ": Terraform roots " : ", ") << unit.terraform_roots[i];
      err << "\n";
    }
    for (const DocumentRead& document : result.documents) {
      err << "cxlint: read " << document.path << " (" << FileKindNoun(document.kind, 1);
      if (!document.deployed_by.empty()) err << ", as deployed by " << document.deployed_by;
      if (document.superseded) err << "; linted as deployed by Terraform instead";
      err << ")\n";
    }
    for (const std::string& skipped : result.skipped) err << "cxlint: skipped " << skipped << "\n";
  } else if (!command.quiet) {
    // A file the user named is never skipped without a word.
    for (const std::string& skipped : result.skipped_explicit) err << "cxlint: skipped " << skipped << "\n";
  }

  report::ReportOptions report_options;
  report_options.color = UseColor(command);
  report_options.quiet = command.quiet;
  report_options.statistics = command.statistics;
  report_options.show_suppressed = command.show_suppressed;
  report_options.root = command.sarif_root.empty() ? report::FindRepositoryRoot(command.paths.front())
                                                   : std::filesystem::absolute(command.sarif_root);
  report_options.sarif_category = command.sarif_category;
  if (!WriteOutputs(*targets, result, report_options, command.color == "always", out, err)) return kExitUsage;
  if (!command.write_baseline.empty()) {
    const int code = ExitCodeFor(result, "never", false);
    if (code != kExitClean) return code;  // never record a baseline of a run that went wrong
    std::string error;
    if (!WriteBaseline(command.write_baseline, result.findings, error)) {
      err << "cxlint: error: " << error << "\n";
      return kExitUsage;
    }
    if (!command.quiet)
      err << "cxlint: wrote " << result.findings.size() << " finding" << (result.findings.size() == 1 ? "" : "s")
          << " to the baseline " << command.write_baseline << "\n";
    return kExitClean;
  }
  return ExitCodeFor(result, FailOn(command, result), command.exit_zero);
}

int RunRules(std::ostream& out) {
  size_t name_width = 4;
  for (const RuleMeta* rule : rules::AllRules()) name_width = std::max(name_width, rule->name.size());
  out << std::left << std::setw(7) << "CODE" << std::setw(static_cast<int>(name_width) + 2) << "NAME" << std::setw(9)
      << "SEVERITY"
      << "SUMMARY\n";
  for (const RuleMeta* rule : rules::AllRules()) {
    out << std::setw(7) << rule->code << std::setw(static_cast<int>(name_width) + 2) << rule->name << std::setw(9)
        << SeverityName(rule->default_severity) << rule->summary << "\n";
  }
  return kExitClean;
}

int RunExplain(const std::string& name, std::ostream& out, std::ostream& err) {
  const RuleMeta* rule = rules::FindRule(name);
  if (!rule) {
    err << "cxlint: error: no rule called '" << name << "' (see `cxlint rules`)\n";
    return kExitUsage;
  }
  const std::string_view page = rules::RulePage(rule->code);
  if (page.empty()) {
    err << "cxlint: internal error: rule " << rule->code << " has no page\n";
    return kExitInternal;
  }
  out << page;
  if (page.back() != '\n') out << "\n";
  return kExitClean;
}

int RunDecode(const std::string& path, std::ostream& out, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "cxlint: error: cannot read " << path << "\n";
    return kExitUsage;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const SourceFile file(path, buffer.str());
  parse::I3DecodeError error{};
  std::optional<parse::I3Decoded> decoded = parse::DecodeI3(file.text(), &error);
  if (!decoded) {
    const LineCol at = file.Position(error.offset);
    err << path << ":" << at.line << ":" << at.column << ": error: cannot decode Architect export: " << error.message
        << "\n";
    return kExitFindings;
  }
  // Our reader first: it bounds the depth that nlohmann's recursive dump() would walk.
  const parse::ParseResult checked = parse::ParseJson(decoded->json);
  if (!checked.ok()) {
    const SourceFile json_text(path + " (decoded)", decoded->json);
    const LineCol at = json_text.Position(checked.errors.front().offset);
    err << json_text.path() << ":" << at.line << ":" << at.column << ": error: " << checked.errors.front().message
        << "\n";
    return kExitFindings;
  }
  // ordered_json keeps the export's key order, so the output reads like the original document.
  const auto json = nlohmann::ordered_json::parse(decoded->json, nullptr, false);
  out << json.dump(2) << "\n";
  return kExitClean;
}

}  // namespace cxlint::cli
