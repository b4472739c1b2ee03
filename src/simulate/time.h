#pragma once
// Simulated time.

#include <cstdint>

namespace cxlint::simulate {

/// Microseconds since the start of the peak: whole numbers, so runs add up the same everywhere.
using Micros = int64_t;
inline constexpr Micros kMicrosPerSecond = 1'000'000;

}  // namespace cxlint::simulate
