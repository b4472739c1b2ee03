#include "lint/config_set.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "lint/config_reader.h"
#include "lint/displayed_path.h"

namespace cxlint {

std::shared_ptr<const Config> ConfigSet::For(const std::string& path, std::vector<ConfigError>& errors) {
  const std::lock_guard lock(mutex_);
  std::optional<std::string> file;
  if (!explicit_path_.empty()) {
    file = explicit_path_;
  } else if (const auto known = by_folder_.find(path); known != by_folder_.end()) {
    file = known->second;  // a folder asked about before: the walk asks with each file's folder
  } else {
    struct stat info {};
    const bool folder = stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    const size_t slash = path.find_last_of('/');
    const std::string dir = folder ? path : slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
    // Files of one folder share the search up the tree.
    auto cached = by_folder_.find(dir);
    if (cached == by_folder_.end()) {
      const std::optional<std::string> resolved = Resolve(dir);
      std::optional<std::string> found = resolved ? NearestConfigFile(*resolved, &nearest_) : std::nullopt;
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

// What realpath(3) gives for `folder`, built from its parent's answer when `folder` itself is not a
// symbolic link: one lstat instead of realpath's readlink for every component.
std::optional<std::string> ConfigSet::Resolve(const std::string& folder) {
  if (const auto cached = resolved_.find(folder); cached != resolved_.end()) return cached->second;
  std::optional<std::string> result;
  const size_t slash = folder.find_last_of('/');
  const std::string name = slash == std::string::npos ? folder : folder.substr(slash + 1);
  struct stat info {};
  if (slash != std::string::npos && slash > 0 && !name.empty() && name != "." && name != ".." &&
      lstat(folder.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    if (const std::optional<std::string> parent = Resolve(folder.substr(0, slash)))
      result = (*parent == "/" ? "" : *parent) + "/" + name;
  } else if (char buffer[PATH_MAX]; realpath(folder.c_str(), buffer)) {
    result = buffer;
  }
  resolved_.emplace(folder, result);
  return result;
}

void ConfigSet::EndOfWalk() {
  const std::lock_guard lock(mutex_);
  resolved_.clear();
  nearest_.clear();
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
