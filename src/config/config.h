#pragma once
// `.cxlint.yaml`: the project's settings. This first version knows the host lists the retry and
// endpoint rules need; per-rule settings come with the reporting features.

#include <optional>
#include <string>
#include <vector>

#include "base/source_file.h"

namespace cxlint {

/// Settings for one lint run.
struct Config {
  /// The file the settings came from; empty for the defaults.
  std::string path;
  /// Hosts of the team's middleware: calls to them delegate retries (RULES.md policy step 1).
  /// An entry matches the host itself and its subdomains.
  std::vector<std::string> middleware_hosts;
  /// Extra CRM hosts, added to the built-in ones.
  std::vector<std::string> crm_hosts;
};

/// A problem in a configuration file, with its position.
struct ConfigError {
  std::string path;
  LineCol position;
  std::string message;
};

/// Finds `.cxlint.yaml` in `start` (a file's folder or a folder) or the nearest folder above it.
std::optional<std::string> FindConfigFile(const std::string& start);

/// Reads a configuration file; unknown keys and bad values are errors ("did you mean" included).
Config LoadConfig(const std::string& path, std::vector<ConfigError>& errors);

/// True when `host` is `pattern` or a subdomain of it ("api.acme.example" matches "acme.example").
bool HostMatches(std::string_view host, std::string_view pattern);

}  // namespace cxlint
