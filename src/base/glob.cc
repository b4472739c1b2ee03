#include "base/glob.h"

#include <string>
#include <vector>

namespace cxlint {

namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> segments;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const size_t end = slash == std::string_view::npos ? path.size() : slash;
    if (end > start && path.substr(start, end - start) != ".") segments.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return segments;
}

// One segment against one pattern segment: `*` and `?` never cross a '/'.
bool SegmentMatch(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// Matches a prefix of `path` (so a folder pattern covers what is inside), `**` spanning segments.
bool PrefixMatch(const std::vector<std::string_view>& pattern, size_t p, const std::vector<std::string_view>& path,
                 size_t t) {
  if (p == pattern.size()) return t > 0;
  if (pattern[p] == "**") {
    for (size_t skip = t; skip <= path.size(); ++skip) {
      if (PrefixMatch(pattern, p + 1, path, skip)) return true;
    }
    return p + 1 == pattern.size();
  }
  if (t == path.size()) return false;
  return SegmentMatch(pattern[p], path[t]) && PrefixMatch(pattern, p + 1, path, t + 1);
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view path) {
  const std::vector<std::string_view> parts = Segments(path);
  std::vector<std::string_view> glob = Segments(pattern);
  if (glob.empty() || parts.empty()) return false;
  if (pattern.find('/') == std::string_view::npos || (glob.size() == 1 && pattern.back() == '/')) {
    for (std::string_view part : parts) {
      if (SegmentMatch(glob.front(), part)) return true;
    }
    return false;
  }
  return PrefixMatch(glob, 0, parts, 0);
}

}  // namespace cxlint
