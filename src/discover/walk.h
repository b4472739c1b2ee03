#pragma once
// Turns the paths on the command line into the list of files to look at.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace cxlint {

/// A file found by the walk, and whether the user named it directly.
struct WalkEntry {
  std::string path;
  bool explicit_path = false;
  /// Set when the entry cannot be read as a file (dangling symlink, link loop, unreadable folder).
  std::string problem;
  /// The entry is a folder that could not be read: a finding whatever its name.
  bool folder = false;
  /// The index of the command-line path it was found under (a file outside any repository
  /// belongs to that path's unit, lint/units.h).
  size_t argument = 0;
};

/// What the walk found.
struct WalkResult {
  std::vector<WalkEntry> files;           // in a stable, sorted order
  std::vector<std::string> missing;       // command-line paths that do not exist
  std::vector<std::string> skipped_dirs;  // "path: reason" for folders not entered and files not opened
};

/// Why a file or folder found in `folder` is left out ("excluded by .cxlint.yaml"), or empty.
using ExcludeReason = std::function<std::string(const std::string& path, const std::string& folder)>;

/// Walks files and folders. Folders are read recursively in name order; `.git`, `.terraform` and
/// `node_modules` are skipped, and so is what `exclude` names (never a path given explicitly);
/// symlinked folders are followed once (a cycle is noticed by device and inode, never looped).
WalkResult Walk(const std::vector<std::string>& paths, const ExcludeReason& exclude = {});

}  // namespace cxlint
