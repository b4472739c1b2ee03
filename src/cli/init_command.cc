// `cxlint init`: a starter `.cxlint.yaml` whose comments document every setting. The rule list
// and option defaults come from the registry, so the file never names a rule or option that
// does not exist.

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "rules/registry.h"

namespace cxlint::cli {

namespace {

std::string StarterConfig() {
  std::ostringstream text;
  text << "# cxlint settings (see docs/configuration.md). Each linted file uses the nearest .cxlint.yaml\n"
          "# in its folder or above; `cxlint lint --show-config PATH` prints what applies and why.\n"
          "\n"
          "# Hosts of your own middleware: it owns retries toward the backend, so the retry rules\n"
          "# CX101-CX106 leave calls to these hosts (and their subdomains) alone.\n"
          "middleware_hosts: []\n"
          "#  - integration.example.com\n"
          "\n"
          "# CRM hosts besides the built-in ones (Salesforce, Dynamics, ServiceNow, ...).\n"
          "crm_hosts: []\n"
          "\n"
          "# Paths a folder walk leaves out: globs relative to this file ('*' within a folder name,\n"
          "# '**' across folders; a pattern without '/' matches a name at any depth).\n"
          "exclude: []\n"
          "#  - \"legacy/**\"\n"
          "\n"
          "# The lowest severity that makes `cxlint lint` exit 1: error, warning, note or never.\n"
          "fail_on: warning\n"
          "\n"
          "# Per rule, by code or name: off, note, warning or error, or {severity: ..., options: {...}}.\n"
          "# Uncomment a line to change it; shown here are the defaults.\n"
          "rules:\n";
  for (const RuleMeta* rule : rules::AllRules()) {
    std::string options;
    for (const RuleOptionSpec& spec : rule->options) {
      std::ostringstream value;
      value << spec.default_value;
      options += (options.empty() ? "" : ", ") + std::string(spec.name) + ": " + value.str();
    }
    text << "#  " << rule->code << ": ";
    if (options.empty()) {
      text << SeverityName(rule->default_severity);
    } else {
      text << "{severity: " << SeverityName(rule->default_severity) << ", options: {" << options << "}}";
    }
    text << "  # " << rule->name << "\n";
  }
  text << "\n"
          "# Settings for some paths only; later entries win.\n"
          "# overrides:\n"
          "#   - files: [\"sandbox/**\"]\n"
          "#     rules: {CX101: off, CX205: note}\n"
          "\n"
          "# Suppressions for files that cannot hold `# cxlint-ignore` comments (JSON, .i3): a path glob,\n"
          "# a rule, optionally the start of the finding's logical address, and why.\n"
          "# ignore:\n"
          "#   - {path: \"exports/*.i3flow\", rule: CX201, address: \"flow 'Main'\", reason: \"handled upstream\"}\n";
  return text.str();
}

}  // namespace

int RunInit(const std::string& folder, bool force, std::ostream& out, std::ostream& err) {
  struct stat info {};
  if (stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    err << "cxlint: error: " << folder << ": no such folder\n";
    return kExitUsage;
  }
  const std::string path = (folder == "." ? "" : folder + (folder.back() == '/' ? "" : "/")) + ".cxlint.yaml";
  if (!force && stat(path.c_str(), &info) == 0) {
    err << "cxlint: error: " << path << " already exists (--force replaces it)\n";
    return kExitUsage;
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << StarterConfig();
  file.flush();
  if (!file) {
    err << "cxlint: error: cannot write " << path << "\n";
    return kExitUsage;
  }
  out << "wrote " << path << "\n";
  return kExitClean;
}

}  // namespace cxlint::cli
