#include "api/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace cxlint::api {

std::string WriteFileAtomically(const std::string& path, const std::string& text) {
  const std::string partial = path + kPartialSuffix;
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + partial + ": " + std::strerror(errno);
    out << text;
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(partial, ignored);
      return "cannot write " + partial + ": " + std::strerror(errno);
    }
  }
  std::error_code error;
  // rename(2) replaces the target in one step on the same file system.
  std::filesystem::rename(partial, path, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    return "cannot rename " + partial + " to " + path + ": " + error.message();
  }
  return "";
}

}  // namespace cxlint::api
