#pragma once
// Where each report of `cxlint lint` goes: `--format NAME[=FILE]` (repeatable) and `-o FILE`.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "report/report.h"

namespace cxlint::cli {

/// One report to write: a format and a file, or standard output when `path` is empty.
struct OutputTarget {
  std::string format;
  std::string path;
};

/// Reads `--format` values ("sarif" or "sarif=results.sarif") and `-o FILE` (which names the file
/// of the one format given without its own). Nullopt with `error` set for an unknown format,
/// `-o` with several formats, or two reports on standard output.
std::optional<std::vector<OutputTarget>> ParseOutputTargets(const std::vector<std::string>& formats,
                                                            const std::string& output, std::string& error);

/// Writes every target; `options.color` applies to standard output only, `color_files` to files.
/// False, with a message on `err`, when a file cannot be written.
bool WriteOutputs(const std::vector<OutputTarget>& targets, const RunReport& result,
                  const report::ReportOptions& options, bool color_files, std::ostream& out, std::ostream& err);

}  // namespace cxlint::cli
