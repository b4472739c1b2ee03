#pragma once
// Paths as code-scanning services want them: relative to the repository root, with '/', as URIs.

#include <filesystem>
#include <string>

namespace cxlint::report {

/// The git top level at or above `start` (the nearest folder holding `.git`); `start` itself,
/// made absolute, when there is none.
std::filesystem::path FindRepositoryRoot(const std::filesystem::path& start);

/// Where a file is, for a report that names files relative to a root.
struct RepoPath {
  /// Relative to the root with '/' separators when the file is inside it; otherwise the absolute path.
  std::string path;
  bool inside_root = false;
};

/// Places `path` (relative to the current folder, or absolute) against the absolute `root`.
RepoPath ToRepoPath(const std::string& path, const std::filesystem::path& root);

/// `path` percent-encoded as a URI path: unreserved characters, '/' and the sub-delimiters that
/// are safe in a path stay as they are; every other byte becomes %XX.
std::string PercentEncodePath(const std::string& path);

/// A file:// URI for an absolute path (a folder when `folder` is set, ending in '/').
std::string FileUri(const std::filesystem::path& absolute, bool folder = false);

}  // namespace cxlint::report
