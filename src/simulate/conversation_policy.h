#pragma once
// What one conversation does with a call: how many attempts, how long it waits between them,
// which outcomes it retries, and how the flow goes on when the last attempt fails.

#include <optional>
#include <string>
#include <vector>

#include "model/retry_policy.h"
#include "simulate/endpoint.h"
#include "simulate/random.h"

namespace cxlint::simulate {

/// How a conversation ends when its call has finally failed.
enum class Ending {
  kHandOff,     // the failure path reaches a transfer or a callback: a person takes over
  kDisconnect,  // it disconnects or ends the flow: the customer is cut off
  kContinue,    // it goes on as if the call had answered: the customer gets no answer, silently
};

/// "hand-off", "disconnect", "continue": the JSON names.
const char* EndingName(Ending ending);

/// The retry behaviour the engine runs.
struct ConversationPolicy {
  /// One line for people: "2 attempts, no wait between them".
  std::string description;
  /// Attempts including the first (at least 1).
  int attempts = 1;
  /// Fixed waits before retry 1, 2, ... (the last repeats when there are fewer than retries).
  std::vector<Micros> waits;
  /// Fixed waits drawn between half and the whole of each wait (a declared jitter setting).
  bool jitter = false;
  /// Exponential backoff with full jitter instead of fixed waits: retry k waits a uniform time
  /// in [0, min(cap, base * 2^(k-1))) (the "full jitter" of the AWS Architecture Blog).
  bool full_jitter_backoff = false;
  Micros backoff_base = 2 * kMicrosPerSecond;
  Micros backoff_cap = 30 * kMicrosPerSecond;
  /// Which failures are retried: a 429 or a Genesys limit refusal, a timeout.
  bool retries_on_rejection = true;
  bool retries_on_timeout = false;
  /// Waits at least the far end's Retry-After when it sends one.
  bool honours_retry_after = false;
  /// No attempt starts later than this after the conversation's first; nullopt for no limit.
  std::optional<Micros> budget;
  /// How long one attempt may take before it counts as timed out.
  Micros attempt_timeout = 60 * kMicrosPerSecond;
  /// Whether Genesys Cloud's data action limits apply (the call is a data action).
  bool through_data_action = true;
  Ending on_failure = Ending::kContinue;
  Ending on_timeout = Ending::kContinue;

  /// The wait before retry `retry` (1 for the first retry).
  Micros WaitBefore(int retry, Random& random) const;
};

/// The engine's policy for the model's effective retry policy of a call (retries with an
/// unreadable bound, or none, run `kUnboundedAttempts` attempts; an unreadable wait is 0).
ConversationPolicy AsWritten(const model::RetryPolicy& policy, Micros attempt_timeout);

/// The recommended policy for the same call: up to 3 attempts, exponential backoff from 2 s
/// capped at 30 s with full jitter, Retry-After honoured, and no attempt started after the
/// step's time budget; the same timeout retries and the same endings as written. Three attempts:
/// under a sustained overload more attempts only spend the org's executions and the far end's
/// patience, and answer no more (tests/simulate_engine_test.cc).
ConversationPolicy Recommended(const ConversationPolicy& as_written, Micros budget);

/// Attempts simulated for a retry loop whose bound cannot be read or does not exist.
inline constexpr int kUnboundedAttempts = 10;

}  // namespace cxlint::simulate
