#pragma once
// When to try an API request again: Retry-After when the server gives one, otherwise
// exponential backoff with full jitter, within a cap on attempts and on total time.

#include <functional>
#include <optional>
#include <string>

namespace cxlint::api {

/// The bounds of one request's retries. Seconds are nominal: the client multiplies every wait by
/// its time scale (1 outside tests).
struct RetryLimits {
  int max_attempts = 5;      // the first attempt included
  double base_delay = 1.0;   // the first backoff's ceiling
  double max_delay = 30.0;   // no single backoff waits longer
  double max_total = 120.0;  // waits plus time in requests, from the first attempt on
};

/// What to do after a failed attempt.
struct RetryDecision {
  bool retry = false;
  double delay = 0;     // nominal seconds to wait before the next attempt
  std::string why_not;  // when not retrying: "after 5 attempts", ...
};

/// "1.25 s": how waits and durations read in messages.
std::string FormatSeconds(double seconds);

/// True for the statuses worth another attempt: 429 and every 5xx.
bool IsRetryableStatus(long status);
/// True when the server's Retry-After is honoured for this status (429 and 503).
bool HonoursRetryAfter(long status);

/// The retry plan of one request. Not thread-safe: one per request.
class RetrySchedule {
 public:
  /// `uniform01` returns numbers in [0, 1); tests inject a fixed sequence.
  RetrySchedule(RetryLimits limits, std::function<double()> uniform01);

  /// The ceiling of the backoff before retry number `retry` (1-based): base·2^(retry-1), capped.
  double BackoffCeiling(int retry) const;

  /// Decides after attempt number `attempt` (1-based) failed in a retryable way. `retry_after` is
  /// the server's requested wait, when honoured; `spent` the nominal seconds used so far.
  RetryDecision AfterFailure(int attempt, std::optional<double> retry_after, double spent);

  const RetryLimits& limits() const { return limits_; }

 private:
  RetryLimits limits_;
  std::function<double()> uniform01_;
};

}  // namespace cxlint::api
