#pragma once
// `.cxlint.yaml`: the project's settings (docs/configuration.md): host lists, per-rule severities
// and options, per-path overrides, excluded paths, `ignore` entries for files without comments,
// and the fail level.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/file_read.h"
#include "base/finding.h"
#include "base/severity.h"
#include "base/source_file.h"

namespace cxlint {

/// Where a setting was written: "path:line:col".
using Origin = std::string;

/// The settings of one rule: `CX103: warning` or `CX103: {severity: off, options: {...}}`.
struct RuleSetting {
  bool off = false;                  // `off`: the rule's findings are dropped
  std::optional<Severity> severity;  // a level other than the default
  std::map<std::string, double> options;
  Origin origin;
  std::map<std::string, Origin> option_origins;
};

/// `overrides: [{files: [globs], rules: {...}}]`: settings for the files the globs match.
struct Override {
  std::vector<std::string> files;
  std::map<std::string, RuleSetting> rules;  // by rule code
  Origin origin;
};

/// `ignore: [{path: glob, rule: CODE, address: "...", reason: "..."}]`: a suppression for files
/// that cannot hold comments (JSON, `.i3`); `address` narrows it to one logical location.
struct IgnoreEntry {
  std::string path;
  const RuleMeta* rule = nullptr;
  std::string address;  // empty: anywhere in the file; else a prefix of Finding::address
  std::string reason;
  Origin origin;
  Span span;  // the entry in the configuration file, for CX002 when it hides nothing
};

/// `simulate: hosts: {HOST: {...}}`: what `cxlint simulate` assumes of the far end of calls to
/// HOST (and its subdomains) when the command line does not say.
struct SimulateHost {
  std::string host;
  std::optional<double> limit_per_s;    // `limit: 20/s` (or /min, /h)
  std::optional<double> burst;          // `burst: 40`: requests accepted at once
  std::optional<double> latency_ms;     // `latency_ms: 250`: median response time
  std::optional<double> retry_after_s;  // `retry_after_s: 5`: the Retry-After of its 429s
  Origin origin;
};

/// Settings for one lint run, or for the files below one `.cxlint.yaml`.
struct Config {
  /// The file the settings came from; empty for the defaults.
  std::string path;
  /// Its text, for findings about the file itself (an `ignore` entry that hides nothing).
  SourcePtr source;
  /// Hosts of the team's middleware: calls to them delegate retries (docs/domain.md §17, step 1).
  /// An entry matches the host itself and its subdomains.
  std::vector<std::string> middleware_hosts;
  /// Extra CRM hosts, added to the built-in ones.
  std::vector<std::string> crm_hosts;
  /// Per-rule settings, by rule code.
  std::map<std::string, RuleSetting> rules;
  /// Globs of paths (relative to the config's folder) the walk leaves out.
  std::vector<std::string> exclude;
  std::vector<Override> overrides;
  std::vector<IgnoreEntry> ignore;
  /// "error", "warning", "note" or "never"; empty when the file does not say.
  std::string fail_on;
  /// `simulate: hosts:`, in the order written.
  std::vector<SimulateHost> simulate_hosts;
  /// Where each top-level key was written ("crm_hosts" -> "path:3:1").
  std::map<std::string, Origin> origins;
};

/// A problem in a configuration file, with its position.
struct ConfigError {
  std::string path;
  LineCol position;
  std::string message;
};

/// Finds `.cxlint.yaml` in `start` (a file's folder or a folder) or the nearest folder above it.
std::optional<std::string> FindConfigFile(const std::string& start);

/// The nearest `.cxlint.yaml` at or above `folder`, an absolute path without symbolic links (as
/// realpath(3) gives it). With `answers`, the answer of each folder on the way up is looked up
/// there first and remembered there, so folders of one tree share the walk.
std::optional<std::string> NearestConfigFile(const std::string& folder,
                                             std::map<std::string, std::optional<std::string>>* answers = nullptr);

/// `path` relative to the folder of `config` ('/'-separated), for matching its globs; `path`
/// itself (normalised) for the defaults.
std::string PathForConfig(const Config& config, const std::string& path);

/// True when a glob of `exclude` matches `path`.
bool IsExcluded(const Config& config, const std::string& path);

/// The effective settings of rule `code` for the file `path`: the `rules` entry, then every
/// matching `overrides` entry in order (later ones win, option by option).
RuleSetting EffectiveRule(const Config& config, std::string_view code, const std::string& path);

/// The first `simulate` host entry that matches `host` (HostMatches), or null.
const SimulateHost* SimulateHostFor(const Config& config, std::string_view host);

/// True when `host` is `pattern` or a subdomain of it ("api.acme.example" matches "acme.example").
bool HostMatches(std::string_view host, std::string_view pattern);

/// True when `host` is a host of `config`'s `middleware_hosts` or a subdomain of one: calls to it
/// leave their retries to the middleware (docs/domain.md §17, step 1), and it is never a CRM.
bool IsMiddlewareHost(const Config& config, std::string_view host);

}  // namespace cxlint
