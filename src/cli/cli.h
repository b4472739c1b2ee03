#pragma once
// The command line: argv in, exit code out. main() only forwards to RunCli.

#include <ostream>
#include <string>
#include <vector>

namespace cxlint::cli {

/// Exit codes, documented in README.md and `cxlint --help`.
enum ExitCode : int {
  kExitClean = 0,     // no finding at or above the fail level
  kExitFindings = 1,  // findings at or above the fail level
  kExitUsage = 2,     // bad arguments, missing paths, unwritable output
  kExitInternal = 3,  // a bug in cxlint
};

/// Runs cxlint with `args` (without the program name). `stdout_is_tty` decides colour in
/// --color=auto mode.
int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool stdout_is_tty);

}  // namespace cxlint::cli
