#pragma once
// Reading `.cxlint.yaml` into the settings of config/config.h. It sits above the rules, since it
// checks every rule code and option it reads against the registry.

#include <cstdint>
#include <string>
#include <vector>

#include "base/file_read.h"
#include "config/config.h"

namespace cxlint {

/// Reads a configuration file; unknown keys and bad values are errors ("did you mean" included).
Config LoadConfig(const std::string& path, std::vector<ConfigError>& errors,
                  uint64_t max_file_size = kDefaultMaxFileSize);

}  // namespace cxlint
