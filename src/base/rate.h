#pragma once
// Rates and durations as people type them on a command line or in `.cxlint.yaml`: "50/s",
// "3000/min", "90s", "15min", "1h".

#include <optional>
#include <string>
#include <string_view>

namespace cxlint {

/// Events per second of "RATE/s", "RATE/min" or "RATE/h" (RATE a non-negative decimal number);
/// nullopt for anything else.
std::optional<double> ParseRatePerSecond(std::string_view text);

/// Seconds of "N", "Ns", "Nmin", "Nh" or "Nms" (N a non-negative decimal number); nullopt otherwise.
std::optional<double> ParseSeconds(std::string_view text);

/// A rate for messages, per second with at most two decimals: "20/s", "0.5/s", "41.67/s".
std::string FormatRate(double per_second);

}  // namespace cxlint
