#pragma once
// What one simulated run counts: how conversations ended, what reached the far end, how long
// answers took, and the same second by second.

#include <cstdint>
#include <vector>

#include "simulate/endpoint.h"

namespace cxlint::simulate {

/// One second of a run. Arrivals count in the second they arrive; requests, rejections and
/// losses in the second they happen.
struct SecondCounts {
  uint32_t offered = 0;       // conversations that arrived
  uint32_t sent = 0;          // requests that reached the far end
  uint32_t rejected = 0;      // 429s from the far end and refusals by Genesys Cloud's limits
  uint32_t lost = 0;          // conversations disconnected or continued without an answer
  uint32_t not_answered = 0;  // conversations handed over or lost
};

/// The second in which the most conversations ended without an answer (handed over or lost).
struct WorstSecond {
  int64_t second = -1;  // -1 when every conversation was answered
  uint32_t not_answered = 0;
  uint32_t offered = 0;
  uint32_t rejected = 0;
};

/// The counts of one run of one policy.
struct RunStats {
  int64_t conversations = 0;
  int64_t answered_first_time = 0;
  int64_t answered_after_retries = 0;
  int64_t handed_off = 0;
  int64_t disconnected = 0;
  int64_t continued = 0;
  int64_t attempts = 0;           // every attempt the flow made
  int64_t endpoint_requests = 0;  // attempts that reached the far end
  int64_t responses_429 = 0;
  int64_t genesys_refusals = 0;  // attempts refused by Genesys Cloud's limits
  int64_t timeouts = 0;
  int peak_in_flight = 0;               // data action executions in flight at once, at most
  int64_t events = 0;                   // events the engine processed
  std::vector<Micros> times_to_answer;  // of answered conversations, sorted
  std::vector<SecondCounts> seconds;

  int64_t Answered() const { return answered_first_time + answered_after_retries; }
  int64_t Lost() const { return disconnected + continued; }
  /// Requests to the far end per conversation.
  double Amplification() const;
  /// The time to answer below which a share `q` (0..1) of answered conversations fall
  /// (nearest rank); 0 when none was answered.
  Micros Percentile(double q) const;
  WorstSecond Worst() const;
  /// The counts of second `second`, growing the series as the run goes on.
  SecondCounts& At(Micros time);
};

}  // namespace cxlint::simulate
