#include "simulate/conversation_policy.h"

#include <algorithm>

namespace cxlint::simulate {

namespace {

std::string Plural(int count, const std::string& noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string FixedWaits(const ConversationPolicy& policy) {
  if (policy.attempts <= 1) return "no retry";
  bool all_zero = std::all_of(policy.waits.begin(), policy.waits.end(), [](Micros wait) { return wait == 0; });
  if (all_zero) return "retries at once, no wait";
  std::string text = "waits ";
  for (size_t i = 0; i < policy.waits.size(); ++i) {
    text += (i == 0 ? "" : ", ") + model::FormatDuration(policy.waits[i] / 1000);
  }
  return text + (policy.jitter ? " with jitter" : "");
}

}  // namespace

const char* EndingName(Ending ending) {
  switch (ending) {
    case Ending::kHandOff: return "hand-off";
    case Ending::kDisconnect: return "disconnect";
    case Ending::kContinue: return "continue";
  }
  return "continue";
}

Micros ConversationPolicy::WaitBefore(int retry, Random& random) const {
  if (full_jitter_backoff) {
    // base * 2^(retry-1), capped; the shift is bounded so it cannot overflow.
    const Micros ceiling = std::min(backoff_cap, backoff_base << std::min(retry - 1, 30));
    return static_cast<Micros>(random.Uniform(static_cast<double>(ceiling)));
  }
  if (waits.empty()) return 0;
  const Micros wait = waits[static_cast<size_t>(std::min<int>(retry, static_cast<int>(waits.size())) - 1)];
  return jitter ? wait / 2 + static_cast<Micros>(random.Uniform(static_cast<double>(wait - wait / 2))) : wait;
}

ConversationPolicy AsWritten(const model::RetryPolicy& policy, Micros attempt_timeout) {
  ConversationPolicy out;
  out.attempt_timeout = attempt_timeout;
  const bool retries = policy.source != model::RetrySource::kNone && policy.source != model::RetrySource::kMiddleware;
  out.attempts = retries ? std::max(1, policy.attempts.value_or(kUnboundedAttempts)) : 1;
  for (const auto& wait : policy.waits_ms) out.waits.push_back(wait.value.value_or(0) * 1000);
  out.jitter = policy.jitter;
  out.retries_on_timeout = retries && policy.retries_on_timeout;
  // A declared list of statuses without 429 leaves rate limiting unretried.
  out.retries_on_rejection =
      retries && (policy.retry_statuses.empty() || std::find(policy.retry_statuses.begin(), policy.retry_statuses.end(),
                                                             429) != policy.retry_statuses.end());
  out.description = Plural(out.attempts, "attempt") + ", " + FixedWaits(out);
  if (retries && !policy.attempts)
    out.description += " (no readable bound: " + std::to_string(kUnboundedAttempts) + " simulated)";
  return out;
}

ConversationPolicy Recommended(const ConversationPolicy& as_written, Micros budget) {
  ConversationPolicy out = as_written;
  out.attempts = 3;
  out.waits.clear();
  out.jitter = false;
  out.full_jitter_backoff = true;
  out.retries_on_rejection = true;
  out.honours_retry_after = true;
  out.budget = budget;
  out.description = "up to 3 attempts, waits drawn from 0-2 s then 0-4 s (full jitter), within " +
                    model::FormatDuration(budget / 1000);
  return out;
}

}  // namespace cxlint::simulate
