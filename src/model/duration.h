#pragma once
// Durations as flows write them, read into milliseconds.

#include <cstdint>
#include <optional>
#include <string_view>

#include "parse/tree.h"

namespace cxlint::model {

/// Milliseconds of an Architect duration ("P0D0H1M0S0F": days, hours, minutes, seconds, milliseconds)
/// or an ISO-8601 one ("PT1M30S", "P1DT2H", "PT0.5S"); nullopt when unreadable or using months/years.
std::optional<int64_t> ParseDurationText(std::string_view text);

/// Milliseconds of an Archy literal duration map (`{minutes: 1}`, `{seconds: 40}`, `{ms: 100}`, keys
/// added up); nullopt when a key or a number is not understood.
std::optional<int64_t> ParseDurationMap(const parse::Node& map);

/// A whole decimal number with an optional sign ("5", "-1", "+3"); nullopt otherwise or on overflow.
std::optional<int64_t> ParseInteger(std::string_view text);

}  // namespace cxlint::model
