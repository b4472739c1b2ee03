#include "lint/displayed_path.h"

#include <filesystem>

namespace cxlint {

std::string DisplayedPath(const std::string& absolute) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path relative = fs::path(absolute).lexically_relative(fs::current_path(error));
  if (error || relative.empty() || *relative.begin() == "..") return absolute;
  return relative.generic_string();
}

}  // namespace cxlint
