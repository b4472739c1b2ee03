#include "discover/walk.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "base/file_read.h"

namespace cxlint {

namespace {

bool IsSkippedDirName(const std::string& name) {
  return name == ".git" || name == ".terraform" || name == "node_modules";
}

std::string Join(const std::string& dir, const std::string& name) {
  if (dir == ".") return name;  // "./a.yaml" reads better as "a.yaml"
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

class Walker {
 public:
  Walker(WalkResult& result, const ExcludeReason& exclude) : result_(result), exclude_(exclude) {}

  /// The command-line path the next visits start from.
  void StartArgument(size_t argument) { argument_ = argument; }

  /// `known_file`: the folder listing says `path` is a regular file (not a link), so it needs
  /// no `stat` of its own; a corpus has far more files than folders.
  void Visit(const std::string& path, bool explicit_path, bool known_file = false) {
    if (known_file) {
      result_.files.push_back({path, explicit_path, "", false, argument_});
      return;
    }
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) {
      const int error = errno;
      struct stat link {};
      if (lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        // The link exists but leads nowhere readable: a finding for that file, not a usage error.
        result_.files.push_back(
            {path, explicit_path,
             error == ELOOP ? "symbolic link loop" : "dangling symbolic link (" + std::string(strerror(error)) + ")",
             false, argument_});
        return;
      }
      if (explicit_path) {
        result_.missing.push_back(path);
      } else {
        result_.files.push_back({path, false, strerror(error), false, argument_});
      }
      return;
    }
    if (!S_ISDIR(info.st_mode)) {
      // A FIFO would block the run and a device never ends: they are never opened.
      if (const std::string kind = SpecialFileKind(info.st_mode); !kind.empty()) {
        result_.skipped_dirs.push_back(path + ": " + kind + ", not a regular file; not opened");
        return;
      }
      result_.files.push_back({path, explicit_path, "", false, argument_});
      return;
    }
    if (!visited_.insert({info.st_dev, info.st_ino}).second) {
      result_.skipped_dirs.push_back(path + ": already visited (symbolic link cycle)");
      return;
    }
    DIR* dir = opendir(path.c_str());
    if (!dir) {
      result_.files.push_back(
          {path, explicit_path, std::string("cannot read folder: ") + strerror(errno), true, argument_});
      return;
    }
    std::vector<std::pair<std::string, bool>> names;  // name, known to be a regular file
    while (dirent* entry = readdir(dir)) {
      std::string name = entry->d_name;
      if (name == "." || name == "..") continue;
      names.emplace_back(std::move(name), entry->d_type == DT_REG);
    }
    closedir(dir);
    std::sort(names.begin(), names.end());
    for (const auto& [name, regular] : names) {
      const std::string child = Join(path, name);
      if (IsSkippedDirName(name)) {
        struct stat child_info {};
        if (stat(child.c_str(), &child_info) == 0 && S_ISDIR(child_info.st_mode)) {
          result_.skipped_dirs.push_back(child + ": skipped by default");
          continue;
        }
      }
      // An excluded folder is not entered at all, however much it holds.
      if (exclude_) {
        const std::string reason = exclude_(child, path);
        if (!reason.empty()) {
          result_.skipped_dirs.push_back(child + ": " + reason);
          continue;
        }
      }
      Visit(child, false, regular);
    }
  }

 private:
  WalkResult& result_;
  const ExcludeReason& exclude_;
  std::set<std::pair<dev_t, ino_t>> visited_;
  size_t argument_ = 0;
};

}  // namespace

WalkResult Walk(const std::vector<std::string>& paths, const ExcludeReason& exclude) {
  WalkResult result;
  Walker walker(result, exclude);
  for (size_t i = 0; i < paths.size(); ++i) {
    walker.StartArgument(i);
    walker.Visit(paths[i], true);
  }
  return result;
}

}  // namespace cxlint
