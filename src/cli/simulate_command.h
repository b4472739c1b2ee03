#pragma once
// `cxlint simulate`: what each call's retry policy does to conversations and to the far end at
// a peak (src/simulate/).

#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace cxlint::cli {

/// Options of `cxlint simulate`; rates, durations and numbers are kept as typed and read by the
/// command, so a bad one is reported in the words the user wrote.
struct SimulateCommand : ReadCommand {
  std::vector<std::string> calls;  // --call NAME: step or data action names; empty for all
  std::string peak;                // empty: 10/s, or a CSV profile's own rates
  std::string profile = "black-friday";
  std::string duration;        // empty: the profile's length
  std::string endpoint_limit;  // empty: the host's `.cxlint.yaml` limit, else none
  std::string burst;
  std::string retry_after;
  std::string latency;  // median milliseconds
  int genesys_concurrent = 50;
  int genesys_per_minute = 2500;
  uint64_t seed = 1;
  std::string format = "text";
  std::string output;
  std::string plot;
};

/// Runs the simulation and writes its report; 0 on success, 2 for a usage error.
int RunSimulate(const SimulateCommand& command, std::ostream& out, std::ostream& err);

}  // namespace cxlint::cli
