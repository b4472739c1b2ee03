#pragma once
// Helpers shared by the test files: temporary folders, file writing, the corpus location.

#include <filesystem>
#include <string>
#include <vector>

#include "base/finding.h"
#include "lint/linter.h"
#include "model/value.h"

namespace cxlint::testing {

/// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to `relative` (creating folders) and returns the full path.
  std::string Write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

/// The shared corpus of real files; fails the calling test when it cannot be found.
std::filesystem::path CorpusDir();

/// The repository root (where CMakeLists.txt is).
std::filesystem::path SourceDir();

/// Reads a whole file.
std::string ReadFile(const std::filesystem::path& path);

/// One line per finding, the golden format: "file:line:col-line:col: severity: message [CODE name]"
/// followed by " (in LOGICAL)" when the finding has a logical location.
std::string GoldenLines(const std::vector<Finding>& findings);

/// What the run reported of one rule, in output order: its findings, or its notes of what was
/// not checked (CX003).
std::vector<Finding> Of(const LintResult& result, std::string_view code);

/// The exact source text a finding's span covers.
std::string SpanText(const Finding& finding);

/// Runs the linter on `paths` with the current folder set to `dir`, so paths print relative to it,
/// keeping the model of a run of one unit in `project`.
LintResult LintIn(const std::filesystem::path& dir, const std::vector<std::string>& paths = {"."});
/// The same with every option given.
LintResult LintIn(const std::filesystem::path& dir, const LintOptions& options);

/// The value of `attribute` of the resource `address` of a run kept with its model (LintIn).
model::Value ResourceAttribute(const LintResult& result, const std::string& address, const std::string& attribute);

/// One line per suppressed finding: "suppressed: " + its golden line (without the logical
/// location) + " by WHERE" + ": reason" or " (no reason)".
std::string SuppressedLines(const std::vector<SuppressedFinding>& suppressed);

}  // namespace cxlint::testing
