// `cxlint lint --show-config`: the effective settings of each path, one value a line, each with
// where it came from (a file position, a command-line option, or the default).

#include <set>
#include <sstream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "lint/config_set.h"
#include "rules/registry.h"

namespace cxlint::cli {

namespace {

std::string List(const std::vector<std::string>& items) {
  std::string text = "[";
  for (const std::string& item : items) text += (text.size() > 1 ? ", " : "") + item;
  return text + "]";
}

std::string From(const Config& config, const std::string& key) {
  const auto origin = config.origins.find(key);
  return origin == config.origins.end() ? "default" : origin->second;
}

std::string Number(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

void Line(std::ostream& out, const std::string& text, const std::string& origin) {
  out << text << std::string(text.size() < 48 ? 48 - text.size() : 1, ' ') << "# " << origin << "\n";
}

void WriteRules(std::ostream& out, const std::string& indent, const std::map<std::string, RuleSetting>& configured,
                bool all) {
  for (const RuleMeta* rule : rules::AllRules()) {
    const auto found = configured.find(std::string(rule->code));
    if (!all && found == configured.end()) continue;
    const RuleSetting setting = found == configured.end() ? RuleSetting{} : found->second;
    const std::string level =
        setting.off ? "off" : std::string(SeverityName(setting.severity.value_or(rule->default_severity)));
    const bool level_set = setting.off || setting.severity;
    // In an override, a rule whose level is not set there keeps the level it had.
    Line(out, indent + std::string(rule->code) + ":" + (level_set || all ? " " + level : ""),
         std::string(rule->name) + ", " +
             (level_set ? setting.origin
              : all     ? "default"
                        : "level unchanged"));
    for (const RuleOptionSpec& spec : rule->options) {
      const auto value = setting.options.find(std::string(spec.name));
      if (!all && value == setting.options.end()) continue;
      Line(out,
           indent + "  " + std::string(spec.name) + ": " +
               Number(value == setting.options.end() ? spec.default_value : value->second),
           value == setting.options.end() ? "default" : setting.option_origins.at(std::string(spec.name)));
    }
  }
}

void WriteConfig(std::ostream& out, const Config& config, const std::string& fail_on_option) {
  Line(out,
       "fail_on: " + (!fail_on_option.empty()  ? fail_on_option
                      : config.fail_on.empty() ? "warning"
                                               : config.fail_on),
       !fail_on_option.empty() ? "--fail-on" : From(config, "fail_on"));
  Line(out, "middleware_hosts: " + List(config.middleware_hosts), From(config, "middleware_hosts"));
  Line(out, "crm_hosts: " + List(config.crm_hosts) + " + the built-in CRM hosts", From(config, "crm_hosts"));
  Line(out, "exclude: " + List(config.exclude), From(config, "exclude"));
  out << "rules:\n";
  WriteRules(out, "  ", config.rules, true);
  if (!config.overrides.empty()) out << "overrides:\n";
  for (const Override& item : config.overrides) {
    Line(out, "  - files: " + List(item.files), item.origin);
    out << "    rules:\n";
    WriteRules(out, "      ", item.rules, false);
  }
  if (!config.ignore.empty()) out << "ignore:\n";
  for (const IgnoreEntry& entry : config.ignore) {
    Line(out,
         "  - {path: " + entry.path + ", rule: " + std::string(entry.rule->code) +
             (entry.address.empty() ? "" : ", address: " + entry.address) + "}",
         entry.origin);
  }
}

}  // namespace

int RunShowConfig(const LintCommand& command, std::ostream& out, std::ostream& err) {
  ConfigSet configs(command.config);
  std::vector<ConfigError> errors;
  std::vector<std::pair<std::string, std::shared_ptr<const Config>>> shown;
  std::set<const Config*> seen;
  for (const std::string& path : command.paths) {
    std::shared_ptr<const Config> config = configs.For(path, errors);
    if (seen.insert(config.get()).second) shown.emplace_back(path, std::move(config));
  }
  for (const ConfigError& error : errors)
    err << error.path << ":" << error.position.line << ":" << error.position.column << ": error: " << error.message
        << "\n";
  if (!errors.empty()) return kExitUsage;
  for (size_t i = 0; i < shown.size(); ++i) {
    const auto& [path, config] = shown[i];
    if (i > 0) out << "\n";
    out << "# settings for " << path << ": "
        << (config->path.empty() ? "no .cxlint.yaml above it, so the defaults" : config->path) << "\n";
    WriteConfig(out, *config, command.fail_on);
  }
  return kExitClean;
}

}  // namespace cxlint::cli
