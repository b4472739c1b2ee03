#pragma once
// The simulation's outputs: a table for people, JSON for programs (docs/simulate.md), an SVG plot.

#include <cstdint>
#include <ostream>
#include <string>

#include "simulate/simulation.h"

namespace cxlint::simulate {

/// The table a contact-centre lead reads: per call site, how conversations ended as written and
/// with the recommended policy, and a one-line verdict.
void WriteText(const Simulation& simulation, std::ostream& out);

/// The same numbers and the per-second series as JSON (format version 1, docs/simulate.md).
void WriteJson(const Simulation& simulation, std::ostream& out);

/// Per call site: requests per second over time for both policies (offered, sent to the far end,
/// rejected, lost) and the share of conversations answered within each time.
void WriteSvg(const Simulation& simulation, std::ostream& out);

/// "126,012": a count with thousands separators.
std::string Count(int64_t value);

/// "27%", "0.4%": a share of `total` for people; "0%" when `total` is 0.
std::string Percent(int64_t part, int64_t total);

/// "1.2 s", "350 ms": a time to answer.
std::string Seconds(Micros time);

/// "12:34" (minutes:seconds) from the start of the peak.
std::string ClockTime(int64_t second);

}  // namespace cxlint::simulate
