// LoadConfig: `.cxlint.yaml` read with the project's positioned YAML reader, so every error
// names its line and column.

#include "lint/config_reader.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "base/edit_distance.h"
#include "base/rate.h"
#include "config/config.h"
#include "parse/yaml/yaml_reader.h"
#include "rules/registry.h"

namespace cxlint {

namespace {

using parse::MapEntry;
using parse::Node;

const std::vector<std::string> kTopLevelKeys = {"rules",     "crm_hosts", "middleware_hosts", "exclude",
                                                "overrides", "ignore",    "fail_on",          "simulate"};
const std::vector<std::string> kSimulateHostKeys = {"limit", "burst", "latency_ms", "retry_after_s"};
const std::vector<std::string> kLevels = {"off", "note", "warning", "error"};

class Reader {
 public:
  Reader(const std::string& path, const SourceFile& file, std::vector<ConfigError>& errors)
      : path_(path), file_(file), errors_(errors) {}

  void Read(const Node& root, Config& config) {
    if (root.IsScalar() && root.style == Node::ScalarStyle::kNull) return;  // an empty file
    if (!root.IsMap()) return Error(root, "the configuration must be a mapping of settings");
    for (const MapEntry& entry : root.entries) {
      config.origins[entry.key] = OriginOf(entry.key_span.begin);
      const Node& value = entry.value;
      // `rules:` with only comments below it (as `cxlint init` writes) sets nothing.
      const bool empty = value.IsScalar() && value.style == Node::ScalarStyle::kNull;
      if (empty && std::find(kTopLevelKeys.begin(), kTopLevelKeys.end(), entry.key) != kTopLevelKeys.end()) continue;
      if (entry.key == "middleware_hosts" || entry.key == "crm_hosts") {
        Hosts(entry, entry.key == "crm_hosts" ? config.crm_hosts : config.middleware_hosts);
      } else if (entry.key == "rules") {
        Rules(value, config.rules);
      } else if (entry.key == "exclude") {
        Globs(entry, config.exclude);
      } else if (entry.key == "overrides") {
        Overrides(value, config.overrides);
      } else if (entry.key == "ignore") {
        Ignores(value, config.ignore);
      } else if (entry.key == "fail_on") {
        static const std::vector<std::string> kFailOn = {"error", "warning", "note", "never"};
        if (!OneOf(value, kFailOn, "'fail_on'")) continue;
        config.fail_on = value.text;
      } else if (entry.key == "simulate") {
        Simulate(value, config.simulate_hosts);
      } else {
        UnknownKey(entry, "setting", kTopLevelKeys);
      }
    }
  }

 private:
  void Error(uint32_t offset, std::string message) {
    errors_.push_back({path_, file_.Position(offset), std::move(message)});
  }
  void Error(const Node& node, std::string message) { Error(node.span.begin, std::move(message)); }

  Origin OriginOf(uint32_t offset) const {
    const LineCol at = file_.Position(offset);
    return path_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
  }

  void UnknownKey(const MapEntry& entry, const std::string& what, const std::vector<std::string>& known) {
    Error(entry.key_span.begin, "unknown " + what + " '" + entry.key + "'" + DidYouMean(entry.key, known));
  }

  bool OneOf(const Node& node, const std::vector<std::string>& allowed, const std::string& what) {
    if (node.IsScalar() && std::find(allowed.begin(), allowed.end(), node.text) != allowed.end()) return true;
    std::string list;
    for (const std::string& item : allowed) list += (list.empty() ? "" : ", ") + item;
    const std::string got =
        node.IsScalar() ? "'" + node.text + "'" + DidYouMean(node.text, allowed) : "a " + KindName(node);
    Error(node, what + " must be one of " + list + "; got " + got);
    return false;
  }

  static std::string KindName(const Node& node) {
    return node.IsMap() ? "mapping" : node.IsSequence() ? "list" : "value";
  }

  bool Scalar(const Node& node, const std::string& what) {
    if (node.IsScalar() && node.style != Node::ScalarStyle::kNull && !node.text.empty()) return true;
    Error(node, what + " must be a text value, not a " + (node.IsScalar() ? "empty value" : KindName(node)));
    return false;
  }

  // A list of texts; one text alone is accepted as a list of one.
  std::vector<const Node*> TextList(const Node& node, const std::string& what) {
    std::vector<const Node*> items;
    if (node.IsScalar() && node.style != Node::ScalarStyle::kNull) {
      items.push_back(&node);
      return items;
    }
    if (!node.IsSequence()) {
      Error(node, what + " must be a list");
      return items;
    }
    for (const Node& item : node.items) {
      if (Scalar(item, what + " entries")) items.push_back(&item);
    }
    return items;
  }

  void Hosts(const MapEntry& entry, std::vector<std::string>& list) {
    if (!entry.value.IsSequence()) return Error(entry.value, "'" + entry.key + "' must be a list of host names");
    for (const Node& item : entry.value.items) {
      if (!item.IsScalar() || item.text.empty() || item.text.find('/') != std::string::npos) {
        Error(item, "'" + entry.key + "' entries are host names such as api.example.com");
        continue;
      }
      list.push_back(item.text);
    }
  }

  void Globs(const MapEntry& entry, std::vector<std::string>& list) {
    for (const Node* item : TextList(entry.value, "'" + entry.key + "'")) list.push_back(item->text);
  }

  const RuleMeta* Rule(const Node& node, uint32_t offset, const std::string& name) {
    if (const RuleMeta* rule = rules::FindRule(name)) return rule;
    std::vector<std::string> known;
    for (const RuleMeta* rule : rules::AllRules()) {
      known.emplace_back(rule->code);
      known.emplace_back(rule->name);
    }
    Error(offset, "unknown rule '" + name + "'" + DidYouMean(name, known) + " (see `cxlint rules`)");
    (void)node;
    return nullptr;
  }

  void Rules(const Node& node, std::map<std::string, RuleSetting>& out) {
    if (!node.IsMap()) return Error(node, "'rules' must map rule codes or names to a level or {severity, options}");
    for (const MapEntry& entry : node.entries) {
      const RuleMeta* rule = Rule(entry.value, entry.key_span.begin, entry.key);
      if (!rule) continue;
      RuleSetting setting;
      setting.origin = OriginOf(entry.key_span.begin);
      if (entry.value.IsMap()) {
        for (const MapEntry& field : entry.value.entries) {
          if (field.key == "severity") {
            Level(field.value, setting);
          } else if (field.key == "options") {
            Options(*rule, field.value, setting);
          } else {
            UnknownKey(field, "rule setting", {"severity", "options"});
          }
        }
      } else {
        Level(entry.value, setting);
      }
      out[std::string(rule->code)] = std::move(setting);
    }
  }

  void Level(const Node& node, RuleSetting& setting) {
    if (!OneOf(node, kLevels, "a rule's level")) return;
    setting.off = node.text == "off";
    if (!setting.off) setting.severity = ParseSeverity(node.text);
  }

  void Options(const RuleMeta& rule, const Node& node, RuleSetting& setting) {
    if (!node.IsMap()) return Error(node, "'options' must map option names to values");
    std::vector<std::string> known;
    for (const RuleOptionSpec& spec : rule.options) known.emplace_back(spec.name);
    for (const MapEntry& entry : node.entries) {
      const RuleOptionSpec* spec = rule.FindOption(entry.key);
      if (!spec) {
        if (known.empty()) {
          Error(entry.key_span.begin, std::string(rule.code) + " has no options; '" + entry.key + "' is not one");
        } else {
          UnknownKey(entry, std::string("option of ") + std::string(rule.code), known);
        }
        continue;
      }
      const Node& value = entry.value;
      char* end = nullptr;
      const double number = value.IsScalar() && !value.text.empty() ? std::strtod(value.text.c_str(), &end) : NAN;
      const std::string what = std::string(rule.code) + " option '" + entry.key + "'";
      if (!end || *end != '\0' || !std::isfinite(number)) {
        Error(value,
              what + " must be a number; got " + (value.IsScalar() ? "'" + value.text + "'" : "a " + KindName(value)));
        continue;
      }
      if (spec->integer && number != std::floor(number)) {
        Error(value, what + " must be a whole number; got " + value.text);
        continue;
      }
      if (number < spec->minimum) {
        Error(value, what + " must be at least " + FormatNumber(spec->minimum) + "; got " + value.text);
        continue;
      }
      setting.options[entry.key] = number;
      setting.option_origins[entry.key] = OriginOf(entry.key_span.begin);
    }
  }

  static std::string FormatNumber(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
  }

  void Overrides(const Node& node, std::vector<Override>& out) {
    if (!node.IsSequence()) return Error(node, "'overrides' must be a list of {files, rules}");
    for (const Node& item : node.items) {
      if (!item.IsMap()) {
        Error(item, "each override must be a mapping with 'files' and 'rules'");
        continue;
      }
      Override entry;
      entry.origin = OriginOf(item.span.begin);
      for (const MapEntry& field : item.entries) {
        if (field.key == "files") {
          Globs(field, entry.files);
        } else if (field.key == "rules") {
          Rules(field.value, entry.rules);
        } else {
          UnknownKey(field, "override setting", {"files", "rules"});
        }
      }
      if (!item.FindEntry("files")) Error(item, "an override needs 'files' (globs of the paths it applies to)");
      out.push_back(std::move(entry));
    }
  }

  void Ignores(const Node& node, std::vector<IgnoreEntry>& out) {
    if (!node.IsSequence()) return Error(node, "'ignore' must be a list of {path, rule, address, reason}");
    for (const Node& item : node.items) {
      if (!item.IsMap()) {
        Error(item, "each 'ignore' entry must be a mapping with 'path' and 'rule'");
        continue;
      }
      IgnoreEntry entry;
      entry.origin = OriginOf(item.span.begin);
      entry.span = item.span;
      bool complete = true;
      for (const MapEntry& field : item.entries) {
        if (field.key == "path" || field.key == "address" || field.key == "reason") {
          if (!Scalar(field.value, "'" + field.key + "'")) {
            complete = false;
            continue;
          }
          (field.key == "path" ? entry.path : field.key == "address" ? entry.address : entry.reason) = field.value.text;
        } else if (field.key == "rule") {
          if (!Scalar(field.value, "'rule'")) {
            complete = false;
            continue;
          }
          entry.rule = Rule(field.value, field.value.span.begin, field.value.text);
          complete = complete && entry.rule;
        } else {
          UnknownKey(field, "ignore setting", {"path", "rule", "address", "reason"});
        }
      }
      for (const char* required : {"path", "rule"}) {
        if (item.FindEntry(required)) continue;
        Error(item, std::string("an 'ignore' entry needs '") + required + "'");
        complete = false;
      }
      if (complete) out.push_back(std::move(entry));
    }
  }

  // `simulate: {hosts: {HOST: {limit, burst, latency_ms, retry_after_s}}}`.
  void Simulate(const Node& node, std::vector<SimulateHost>& out) {
    if (!node.IsMap()) return Error(node, "'simulate' must be a mapping with 'hosts'");
    for (const MapEntry& entry : node.entries) {
      if (entry.key != "hosts") {
        UnknownKey(entry, "simulate setting", {"hosts"});
        continue;
      }
      if (!entry.value.IsMap()) {
        Error(entry.value, "'hosts' must map host names to {limit, burst, latency_ms, retry_after_s}");
        continue;
      }
      for (const MapEntry& host : entry.value.entries) {
        if (host.key.empty() || host.key.find('/') != std::string::npos) {
          Error(host.key_span.begin, "'hosts' keys are host names such as api.example.com");
          continue;
        }
        if (!host.value.IsMap()) {
          Error(host.value, "the settings of host '" + host.key + "' must be a mapping of " +
                                "limit, burst, latency_ms, retry_after_s");
          continue;
        }
        SimulateHost settings;
        settings.host = host.key;
        settings.origin = OriginOf(host.key_span.begin);
        for (const MapEntry& field : host.value.entries) SimulateHostField(field, settings);
        out.push_back(std::move(settings));
      }
    }
  }

  void SimulateHostField(const MapEntry& field, SimulateHost& settings) {
    const Node& value = field.value;
    const std::string text = value.IsScalar() ? value.text : std::string();
    if (field.key == "limit") {
      settings.limit_per_s = ParseRatePerSecond(text);
      if (!settings.limit_per_s || *settings.limit_per_s <= 0)
        Error(value, "'limit' must be a rate above zero such as 20/s or 1200/min; got " + Shown(value));
      return;
    }
    if (std::find(kSimulateHostKeys.begin(), kSimulateHostKeys.end(), field.key) == kSimulateHostKeys.end())
      return UnknownKey(field, "simulate host setting", kSimulateHostKeys);
    char* end = nullptr;
    const double number = !text.empty() ? std::strtod(text.c_str(), &end) : NAN;
    // Retry-After may be 0 (retry at once); a burst and a latency must be positive.
    const bool zero_allowed = field.key == "retry_after_s";
    if (!end || *end != '\0' || !std::isfinite(number) || number < 0 || (number == 0 && !zero_allowed)) {
      Error(value, "'" + field.key + "' must be a number " + (zero_allowed ? "of 0 or more" : "above zero") + "; got " +
                       Shown(value));
      return;
    }
    (field.key == "burst"        ? settings.burst
     : field.key == "latency_ms" ? settings.latency_ms
                                 : settings.retry_after_s) = number;
  }

  static std::string Shown(const Node& node) { return node.IsScalar() ? "'" + node.text + "'" : "a " + KindName(node); }

  const std::string& path_;
  const SourceFile& file_;
  std::vector<ConfigError>& errors_;
};

}  // namespace

Config LoadConfig(const std::string& path, std::vector<ConfigError>& errors, uint64_t max_file_size) {
  Config config;
  config.path = path;
  FileReadResult read = ReadRegularFile(path, max_file_size);
  if (!read.error.empty()) {
    errors.push_back({path, {}, "cannot read the configuration file: " + read.error});
    return config;
  }
  config.source = std::make_shared<const SourceFile>(path, std::move(read.text));
  const SourceFile& file = *config.source;
  const parse::ParseResult parsed = parse::ParseYaml(file.text());
  if (!parsed.ok()) {
    for (const parse::ParseError& problem : parsed.errors)
      errors.push_back({path, file.Position(problem.offset), problem.message});
    return config;
  }
  Reader(path, file, errors).Read(parsed.root, config);
  return config;
}

}  // namespace cxlint
