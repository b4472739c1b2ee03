#pragma once
// The far end of a call (the CRM or the middleware): a token bucket that answers HTTP 429 when
// it is empty, and a log-normal response time.

#include <cstdint>
#include <optional>

#include "simulate/random.h"
#include "simulate/time.h"
#include "simulate/token_bucket.h"

namespace cxlint::simulate {

/// What the far end is like.
struct EndpointSettings {
  /// Requests per second it accepts over time; nullopt for no limit.
  std::optional<double> limit_per_s;
  /// Requests it accepts at once after a quiet spell (the bucket's size); nullopt for one second
  /// of the limit.
  std::optional<double> burst;
  /// Seconds its 429 responses ask the caller to wait (Retry-After); nullopt when it sends none.
  std::optional<double> retry_after_s;
  /// Median response time of an accepted request.
  double latency_median_ms = 200;
  /// Spread of the response time: the standard deviation of its natural logarithm. 0.5 puts the
  /// 95th percentile at 2.3 times the median and the 99th at 3.2 times, the long tail of a busy
  /// CRM's API.
  double latency_sigma = 0.5;
  /// How long a 429 takes to come back: it is refused before any work is done.
  double rejection_ms = 20;
};

/// How one request ends at the far end.
struct EndpointAnswer {
  bool accepted = false;              // false: HTTP 429
  Micros duration = 0;                // until the response arrives
  std::optional<Micros> retry_after;  // with a 429, when the far end sends Retry-After
};

/// The far end's state over a run: its bucket, when it has a limit.
class Endpoint {
 public:
  explicit Endpoint(const EndpointSettings& settings);
  /// A request sent at `now` (times never go backwards).
  EndpointAnswer Request(Micros now, Random& random);

 private:
  EndpointSettings settings_;
  std::optional<TokenBucket> bucket_;
};

}  // namespace cxlint::simulate
