#pragma once
// Genesys Cloud's own limits on data actions, applied before a request leaves for the far end.
// Genesys publishes org-wide defaults (the data actions resiliency blueprint): 50 concurrent data
// action executions and 2,500 data action executions per minute, and says that "exceeding these
// limits will cause data action executions to fail": the flow takes the Failure path, as it does
// for a 429 from the far end. How the per-minute count is windowed is not documented; it is
// modelled as a token bucket that holds a minute's executions and refills evenly (2,500 a minute
// on average, never more than 2,500 at once), which neither favours nor punishes bursts at the
// turn of a clock minute.

#include <cstdint>

#include "simulate/time.h"
#include "simulate/token_bucket.h"

namespace cxlint::simulate {

/// The org's data action limits.
struct GenesysLimitSettings {
  int concurrent_executions = 50;    // actions.concurrent.executions.max, default
  int executions_per_minute = 2500;  // data action executions per minute, default
};

/// Executions in flight, and the per-minute allowance left.
class GenesysLimits {
 public:
  explicit GenesysLimits(const GenesysLimitSettings& settings)
      : settings_(settings), per_minute_(settings.executions_per_minute / 60.0, settings.executions_per_minute) {}
  /// True when an execution may start at `now` (it is then counted); false when a limit refuses it.
  bool TryStart(Micros now);
  /// An execution that started has ended.
  void Finish() { --in_flight_; }
  int in_flight() const { return in_flight_; }
  /// The most executions ever in flight at once.
  int peak_in_flight() const { return peak_in_flight_; }

 private:
  GenesysLimitSettings settings_;
  int in_flight_ = 0;
  int peak_in_flight_ = 0;
  TokenBucket per_minute_;
};

}  // namespace cxlint::simulate
