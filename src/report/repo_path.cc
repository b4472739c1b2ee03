#include "report/repo_path.h"

#include <system_error>

namespace cxlint::report {

namespace fs = std::filesystem;

namespace {

// `path` relative to `root` when it lies inside it, with no "..".
bool RelativeInside(const fs::path& path, const fs::path& root, std::string& out) {
  const fs::path relative = path.lexically_relative(root);
  if (relative.empty()) return false;
  const std::string text = relative.generic_string();
  if (text == ".." || text.rfind("../", 0) == 0) return false;
  out = text == "." ? "" : text;
  return true;
}

}  // namespace

fs::path FindRepositoryRoot(const fs::path& start) {
  std::error_code error;
  fs::path folder = fs::absolute(start, error).lexically_normal();
  if (!fs::is_directory(folder, error)) folder = folder.parent_path();
  for (fs::path candidate = folder; !candidate.empty(); candidate = candidate.parent_path()) {
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    if (fs::exists(candidate / ".git", error)) return candidate;
    if (candidate == candidate.root_path()) break;
  }
  return folder;
}

RepoPath ToRepoPath(const std::string& path, const fs::path& root) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error).lexically_normal();
  const fs::path normal_root = root.lexically_normal();
  RepoPath result;
  if (RelativeInside(absolute, normal_root, result.path)) {
    result.inside_root = true;
    return result;
  }
  // A symbolic link on either side may hide that the file is inside after all.
  const fs::path real = fs::weakly_canonical(absolute, error);
  const fs::path real_root = fs::weakly_canonical(normal_root, error);
  if (!error && RelativeInside(real, real_root, result.path)) {
    result.inside_root = true;
    return result;
  }
  result.path = absolute.generic_string();
  return result;
}

std::string PercentEncodePath(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/' || c == '!' || c == '$' || c == '&' || c == '\'' ||
                      c == '(' || c == ')' || c == '*' || c == '+' || c == ',' || c == ';' || c == '=' || c == '@';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string FileUri(const fs::path& absolute, bool folder) {
  std::string path = absolute.generic_string();
  if (folder && (path.empty() || path.back() != '/')) path += '/';
  // file:///abs/path: an empty authority, then the absolute path.
  return "file://" + PercentEncodePath(path);
}

}  // namespace cxlint::report
