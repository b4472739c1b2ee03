#pragma once
// The subcommands, each taking parsed options and returning an exit code.

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "lint/linter.h"

namespace cxlint::cli {

/// The options that say how a project is read, which `lint` and `simulate` share.
struct ReadCommand {
  std::vector<std::string> paths{"."};
  uint64_t max_file_size = 32ull << 20;
  std::string config;  // --config FILE
  std::vector<std::string> var_files;
  std::vector<std::string> vars;  // "name=value"
  unsigned jobs = 0;              // -j: threads for reading and parsing; 0 for one per core
};

/// Options of `cxlint lint`.
struct LintCommand : ReadCommand {
  std::vector<std::string> formats{"text"};  // "NAME" or "NAME=FILE" (cli/outputs.h)
  std::string output;
  std::string sarif_root;  // default: the git top level above the first path
  std::string sarif_category = "cxlint/";
  std::string color = "auto";
  std::string fail_on;      // --fail-on (or its old name --fail-level); empty: the config's, else warning
  bool exit_zero = false;   // --exit-zero: findings never make the exit code 1
  bool quiet = false;       // --quiet: findings only, no summary or skipped-file notes
  bool statistics = false;  // --statistics: counts per rule
  bool show_suppressed = false;
  bool show_config = false;    // --show-config: print the effective settings instead of linting
  std::string baseline;        // --baseline FILE
  std::string write_baseline;  // --write-baseline FILE
  bool verbose = false;
  bool progress = false;  // a progress line on stderr: a terminal, outside CI
  bool stdout_is_tty = false;
  bool no_color_env = false;
};

/// The LintOptions that read a project as `command` says (paths, settings, Terraform variables,
/// threads); false, after saying why on `err`, for a --var that is not NAME=VALUE.
bool ReadOptions(const ReadCommand& command, LintOptions& options, std::ostream& err);

/// `cxlint lint`: lint, report, and map the findings to an exit code.
int RunLint(const LintCommand& command, std::ostream& out, std::ostream& err);
/// `cxlint lint --show-config`: the effective settings of each path and where each came from.
int RunShowConfig(const LintCommand& command, std::ostream& out, std::ostream& err);
/// `cxlint init`: writes a commented starter `.cxlint.yaml` into `folder`.
int RunInit(const std::string& folder, bool force, std::ostream& out, std::ostream& err);
/// `cxlint rules`: the rule table.
int RunRules(std::ostream& out);
/// `cxlint explain CODE|NAME`: the rule's page.
int RunExplain(const std::string& rule, std::ostream& out, std::ostream& err);
/// `cxlint decode FILE`: an `.i3` export as indented JSON.
int RunDecode(const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace cxlint::cli
