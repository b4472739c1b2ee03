#pragma once
// The Retry-After header (RFC 9110 §10.2.3): a number of seconds, or an HTTP date.

#include <ctime>
#include <optional>
#include <string_view>

namespace cxlint::api {

/// The wait a Retry-After value asks for, in seconds from `now`: "120" is 120; an HTTP date is
/// its distance from `now` (0 when it is already past). Nothing when the value is neither.
std::optional<double> ParseRetryAfter(std::string_view value, std::time_t now);

}  // namespace cxlint::api
