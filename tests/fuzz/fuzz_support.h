#pragma once
// Shared by the fuzz harnesses: a private folder to write inputs to, for the readers that take a
// path (the whole lint, .cxlint.yaml, baselines), and quiet linting of such a path.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lint/linter.h"

namespace cxlint::fuzz {

/// Writes `data` to `name` (which may hold folders) in this process's private folder, made on
/// first use, replacing the file of the last input of that name; returns the file's path.
std::string WriteInput(const std::string& name, const uint8_t* data, size_t size);

/// The folder WriteInput writes to.
const std::string& InputDir();

/// Lints `path` alone with the default options and small limits, as CI would lint it.
LintResult LintPath(const std::string& path);

/// The input without its first byte, and the first byte (which harnesses use to pick a variant).
struct Selected {
  uint8_t selector = 0;
  const uint8_t* data = nullptr;
  size_t size = 0;
};
Selected Select(const uint8_t* data, size_t size);

}  // namespace cxlint::fuzz
