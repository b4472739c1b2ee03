#include "api/retry_schedule.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cxlint::api {

std::string FormatSeconds(double seconds) {
  std::ostringstream text;
  text.precision(2);
  text << std::fixed << seconds << " s";
  return text.str();
}

bool IsRetryableStatus(long status) { return status == 429 || (status >= 500 && status <= 599); }

bool HonoursRetryAfter(long status) { return status == 429 || status == 503; }

RetrySchedule::RetrySchedule(RetryLimits limits, std::function<double()> uniform01)
    : limits_(limits), uniform01_(std::move(uniform01)) {}

double RetrySchedule::BackoffCeiling(int retry) const {
  // 2^30 already dwarfs any sensible cap; stopping there keeps the power finite.
  const int exponent = std::clamp(retry - 1, 0, 30);
  return std::min(limits_.max_delay, limits_.base_delay * std::ldexp(1.0, exponent));
}

RetryDecision RetrySchedule::AfterFailure(int attempt, std::optional<double> retry_after, double spent) {
  if (attempt >= limits_.max_attempts)
    return {false, 0, "after " + std::to_string(attempt) + (attempt == 1 ? " attempt" : " attempts")};
  // Full jitter (a uniform wait between 0 and the ceiling) spreads clients that failed together.
  const double delay = retry_after ? *retry_after : BackoffCeiling(attempt) * uniform01_();
  if (spent + delay > limits_.max_total) {
    std::string why = "after " + std::to_string(attempt) + (attempt == 1 ? " attempt" : " attempts") + " and " +
                      FormatSeconds(spent) + ": ";
    why +=
        retry_after ? "the server asks to wait " + FormatSeconds(*retry_after) + ", past" : "another wait would pass";
    why += " the " + FormatSeconds(limits_.max_total) + " retry budget";
    return {false, 0, why};
  }
  return {true, delay, ""};
}

}  // namespace cxlint::api
