#include "lint/config_set.h"

#include <sys/stat.h>

#include "lint/config_reader.h"
#include "lint/displayed_path.h"

namespace cxlint {

std::shared_ptr<const Config> ConfigSet::For(const std::string& path, std::vector<ConfigError>& errors) {
  const std::lock_guard lock(mutex_);
  std::optional<std::string> file;
  if (!explicit_path_.empty()) {
    file = explicit_path_;
  } else {
    struct stat info {};
    const bool folder = stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    const size_t slash = path.find_last_of('/');
    const std::string dir = folder ? path : slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
    // Files of one folder share the search up the tree.
    auto cached = by_folder_.find(dir);
    if (cached == by_folder_.end()) {
      std::optional<std::string> found = FindConfigFile(dir);
      if (found) found = DisplayedPath(*found);
      cached = by_folder_.emplace(dir, std::move(found)).first;
    }
    file = cached->second;
  }
  if (!file) return defaults_;
  auto found = by_file_.find(*file);
  if (found == by_file_.end()) {
    std::vector<ConfigError>& problems = errors_[*file];
    auto config = std::make_shared<const Config>(LoadConfig(*file, problems, max_file_size_));
    errors.insert(errors.end(), problems.begin(), problems.end());
    found = by_file_.emplace(*file, std::move(config)).first;
  }
  return found->second;
}

std::vector<std::shared_ptr<const Config>> ConfigSet::loaded() const {
  const std::lock_guard lock(mutex_);
  std::vector<std::shared_ptr<const Config>> configs;
  for (const auto& [path, config] : by_file_) configs.push_back(config);
  return configs;
}

std::vector<ConfigError> ConfigSet::errors() const {
  const std::lock_guard lock(mutex_);
  std::vector<ConfigError> all;
  for (const auto& [path, problems] : errors_) all.insert(all.end(), problems.begin(), problems.end());
  return all;
}

}  // namespace cxlint
