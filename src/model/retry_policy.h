#pragma once
// The effective retry policy of an outbound call (docs/domain.md §17): one
// shape for every source, so the retry rules never care where retries come from.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/finding.h"
#include "model/located.h"

namespace cxlint::model {

/// Where a call's retries come from, in order of precedence (docs/domain.md §17).
enum class RetrySource {
  kMiddleware,       // the URL's host is a configured middleware host: retries are delegated
  kDeclared,         // a `webhook` block's retry settings
  kPlatform,         // Genesys Cloud's fixed Open Messaging policy
  kFlowLoop,         // a flow `loop` whose body calls the action
  kFlowFailurePath,  // the Failure/Timeout path calls the same data action again
  kNone,             // one attempt, no retry
};

/// "middleware", "webhook settings", "platform policy", "flow loop", "failure path", "none".
std::string_view RetrySourceName(RetrySource source);

/// Attempts, waits and triggers of one call, with where each came from.
struct RetryPolicy {
  RetrySource source = RetrySource::kNone;
  /// Attempts including the first; nullopt when the bound cannot be read (an expression).
  std::optional<int> attempts = 1;
  /// False when nothing limits the retries (a jump back to the call with no loop count).
  bool bounded = true;
  /// The wait before each retry, in order; a wait that cannot be read (an expression) is nullopt.
  /// Each is located at what makes it: a `wait` action, a setting, the re-call itself for none.
  std::vector<Located<std::optional<int64_t>>> waits_ms;
  /// A declared backoff multiplier; flow retries have none (their waits are what they are).
  std::optional<double> backoff_factor;
  /// The setting that declares the multiplier; no file when it is not written.
  Location backoff_factor_location;
  bool jitter = false;
  /// True when a declared jitter setting cannot be evaluated (a variable without a value).
  bool jitter_unknown = false;
  /// The setting that declares jitter; no file when it is not written.
  Location jitter_location;
  /// The time one attempt may take before it counts as timed out; nullopt when unknown.
  std::optional<int64_t> attempt_timeout_ms;
  /// A flow call's Architect step `timeout` of each attempt in order, the first call included
  /// (each re-call is a step of its own); nullopt where it is not a literal. Empty when the
  /// attempts cannot be counted and for calls that are not flow steps.
  std::vector<std::optional<int64_t>> step_timeouts_ms;
  bool retries_on_timeout = false;
  std::vector<int> retry_statuses;  // declared or platform statuses; empty means "any failure"
  /// Where the retry is made (the loop, the first re-call, the webhook block).
  Location where;
  /// The re-calls and waits that make up the policy, for messages and related locations.
  std::vector<RelatedLocation> provenance;

  /// Retries after the first attempt; nullopt when the bound cannot be read.
  std::optional<int> Retries() const;
  /// True when the policy makes at least one retry.
  bool MakesRetries() const { return source != RetrySource::kNone && source != RetrySource::kMiddleware; }
  /// The arithmetic of the policy for messages: "waits 0 ms, 0 ms, 0 ms: 4 attempts within 0.2 s";
  /// a run of four or more equal waits is written once with its count: "waits 5 min (4 times)".
  std::string Schedule() const;
};

/// A duration for messages: "0 ms", "250 ms", "2 s", "1.5 s", "5 min", "1 min 27 s", "2 h 5 min".
std::string FormatDuration(int64_t ms);

/// How long an attempt that fails at once (a 429 comes back in a few tens of milliseconds)
/// takes in the "within" of Schedule(): the point is how tightly retries are packed.
inline constexpr int64_t kFastFailureMs = 50;

}  // namespace cxlint::model
