#include "fuzz_support.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace cxlint::fuzz {

const std::string& InputDir() {
  static const std::string dir = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "cxlint-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::abort();
    return pattern;
  }();
  return dir;
}

std::string WriteInput(const std::string& name, const uint8_t* data, size_t size) {
  const std::string path = InputDir() + "/" + name;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

LintResult LintPath(const std::string& path) {
  LintOptions options;
  options.paths = {path};
  // Small enough that the fuzzer spends its time on structure, not on huge inputs.
  options.load.max_file_size = 1 << 20;
  return Lint(options);
}

Selected Select(const uint8_t* data, size_t size) {
  if (size == 0) return {};
  return {data[0], data + 1, size - 1};
}

}  // namespace cxlint::fuzz
