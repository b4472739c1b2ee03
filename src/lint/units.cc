#include "lint/units.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <unordered_map>

#include "lint/displayed_path.h"

namespace cxlint {

namespace {

namespace fs = std::filesystem;

// Finds the repository around each folder, walking upwards once per folder: files of one folder,
// and folders of one tree, share the answers.
class RepositoryFinder {
 public:
  /// The nearest folder at or above `folder` that holds `.git` (a folder, or the file a worktree
  /// or submodule has), absolute; nothing when there is none.
  std::optional<std::string> For(const fs::path& folder) {
    const std::string key = folder.generic_string();
    if (auto found = cache_.find(key); found != cache_.end()) return found->second;
    std::error_code error;
    std::optional<std::string> result;
    if (fs::exists(folder / ".git", error)) {
      result = key;
    } else if (folder.has_parent_path() && folder.parent_path() != folder) {
      result = For(folder.parent_path());
    }
    cache_.emplace(key, result);
    return result;
  }

 private:
  std::unordered_map<std::string, std::optional<std::string>> cache_;
};

// The folder of a walked entry, absolute and lexically normal: the file's folder, or the entry
// itself when it is a folder that could not be read. `cwd` is the current folder, asked once.
fs::path FolderOf(const WalkEntry& entry, const fs::path& cwd) {
  const fs::path given(entry.path);
  fs::path absolute = (given.is_absolute() ? given : cwd / given).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();  // "a/b/" normalises to "a/b/"
  return entry.folder ? absolute : absolute.parent_path();
}

}  // namespace

std::vector<Unit> SplitIntoUnits(const std::vector<std::string>& paths, std::vector<WalkEntry> files) {
  RepositoryFinder repositories;
  std::error_code no_cwd;
  const fs::path cwd = fs::current_path(no_cwd);
  std::vector<Unit> units;
  // Repositories by absolute folder, other units by command-line path; both give a unit's index.
  std::map<std::string, size_t> by_repository;
  std::map<std::string, size_t> by_argument;
  for (WalkEntry& entry : files) {
    const std::string& argument = entry.argument < paths.size() ? paths[entry.argument] : entry.path;
    const std::optional<std::string> repository = repositories.For(FolderOf(entry, cwd));
    std::map<std::string, size_t>& index = repository ? by_repository : by_argument;
    const std::string key = repository ? *repository : fs::path(argument).lexically_normal().generic_string();
    auto [slot, added] = index.emplace(key, units.size());
    if (added) {
      Unit unit;
      unit.root = repository ? DisplayedPath(*repository) : argument;
      unit.repository = repository.has_value();
      unit.first_argument = argument;
      units.push_back(std::move(unit));
    }
    units[slot->second].files.push_back(std::move(entry));
  }
  return units;
}

void ShareVarFiles(const std::vector<std::string>& var_files, std::vector<Unit>& units) {
  if (var_files.empty() || units.size() < 2) return;
  auto normal = [](const std::string& path) { return fs::path(path).lexically_normal().generic_string(); };
  // Each var file's normal path and its walked entry, in command-line order.
  std::vector<std::pair<std::string, WalkEntry>> shared;
  for (const std::string& path : var_files) shared.emplace_back(normal(path), WalkEntry{});
  auto find = [&](const std::string& path) {
    return std::find_if(shared.begin(), shared.end(), [&](const auto& item) { return item.first == normal(path); });
  };
  for (const Unit& unit : units) {
    for (const WalkEntry& entry : unit.files) {
      if (auto found = find(entry.path); found != shared.end() && found->second.path.empty()) found->second = entry;
    }
  }
  auto only_var_files = [&](const Unit& unit) {
    return std::all_of(unit.files.begin(), unit.files.end(),
                       [&](const WalkEntry& entry) { return find(entry.path) != shared.end(); });
  };
  if (!std::all_of(units.begin(), units.end(), only_var_files)) std::erase_if(units, only_var_files);
  for (Unit& unit : units) {
    for (const auto& [path, entry] : shared) {
      if (entry.path.empty()) continue;
      const std::string& wanted = path;  // clang 14 cannot capture a structured binding
      const bool has = std::any_of(unit.files.begin(), unit.files.end(),
                                   [&](const WalkEntry& file) { return normal(file.path) == wanted; });
      if (!has) unit.files.push_back(entry);
    }
  }
}

}  // namespace cxlint
