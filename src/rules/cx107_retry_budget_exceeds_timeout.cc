// CX107 retry-budget-exceeds-timeout: the worst case of a retry sequence, every attempt timing
// out (the attempts' timeouts + every wait), exceeds max_total_ms. Flow calls are judged only
// where a customer waits on the answer (call, message, chat, email and bot flows; a workflow has
// nobody on the line). One attempt lasts at most the data action's timeout (60 s when unset,
// docs/domain.md §1), cut short by its own Architect step `timeout`: each re-call is a step of
// its own, so a chain of steps is never held to the first step's timeout (one attempt against
// its own step is CX306's). A webhook block's attempt lasts its timeout_ms. Unknown attempts,
// waits or timeouts are never guessed (no literal step timeout: not judged); unbounded retries
// are CX106's; polls (kPollWaitMs) plan for a long sequence and are left alone; the Open
// Messaging policy cannot be changed (docs/domain.md §7) and is not judged.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"
#include "rules/rule_option.h"

namespace cxlint::rules {

namespace {

// Its options (`rules: {CX107: {options: {...}}}` in .cxlint.yaml), with their defaults.
constexpr RuleOptionSpec kOptions[] = {
    {"max_total_ms", true, 60'000, 1,
     "the longest a retry sequence may take: a webhook block, or a customer waiting in a call, message, chat, "
     "email or bot flow"},
};
constexpr const RuleOptionSpec& kMaxTotalMs = kOptions[0];

using model::FormatDuration;

// The longest each attempt of a flow call can take, or nullopt when one is unknown.
std::optional<std::vector<int64_t>> FlowAttempts(const model::OutboundCall& call) {
  const model::RetryPolicy& policy = call.policy;
  if (policy.step_timeouts_ms.size() != static_cast<size_t>(*policy.attempts)) return std::nullopt;
  std::vector<int64_t> attempts;
  for (const std::optional<int64_t>& step : policy.step_timeouts_ms) {
    if (!step) return std::nullopt;
    attempts.push_back(std::min(*policy.attempt_timeout_ms, *step));
  }
  return attempts;
}

// "3 attempts x 20 s (the data action's timeout)", or each attempt when they differ.
std::string AttemptArithmetic(const std::vector<int64_t>& attempts, int64_t action_timeout_ms, bool webhook) {
  const bool same = std::all_of(attempts.begin(), attempts.end(), [&](int64_t ms) { return ms == attempts.front(); });
  if (!same) {
    std::string sum;
    for (int64_t ms : attempts) sum += (sum.empty() ? "" : " + ") + FormatDuration(ms);
    return sum + " (each attempt's data action or step timeout, the shorter)";
  }
  // Say which timeout bounds one attempt: the step cuts a longer data action short.
  const std::string bound = webhook                                ? "timeout_ms"
                            : attempts.front() < action_timeout_ms ? "the step timeout"
                                                                   : "the data action's timeout";
  return std::to_string(attempts.size()) + " attempts x " + FormatDuration(attempts.front()) + " (" + bound + ")";
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    const model::RetryPolicy& policy = call.policy;
    if (!JudgesRetries(project, call) || !policy.bounded || !policy.attempts || *policy.attempts < 2 ||
        !policy.attempt_timeout_ms || IsPoll(policy))
      continue;
    const bool webhook = call.kind == model::CallKind::kWebhookBlock;
    if (!webhook && (!call.flow || !model::IsCustomerFlowType(call.flow->type.value))) continue;
    int64_t waits = 0;
    bool known = true;
    for (const auto& wait : policy.waits_ms) {
      if (wait.value) waits += *wait.value;
      known = known && wait.value.has_value();
    }
    const std::optional<std::vector<int64_t>> attempts =
        webhook ? std::vector<int64_t>(static_cast<size_t>(*policy.attempts), *policy.attempt_timeout_ms)
                : FlowAttempts(call);
    if (!known || !attempts) continue;
    int64_t worst = waits;
    for (int64_t ms : *attempts) worst += ms;
    const auto limit = OptionFor<int64_t>(project, kRetryBudgetExceedsTimeout, kMaxTotalMs, call.location);
    if (worst <= limit) continue;
    const std::string arithmetic = AttemptArithmetic(*attempts, *policy.attempt_timeout_ms, webhook) + " + " +
                                   FormatDuration(waits) + " of waits = " + FormatDuration(worst);
    std::vector<RelatedLocation> related = FirstAttempt(call, policy.where);
    if (webhook) {
      sink.Report(policy.where,
                  call.subject + " can take " + FormatDuration(worst) + " to give up, more than max_total_ms " +
                      FormatDuration(limit) + " (" + arithmetic +
                      "): the last retries arrive after the caller has given up",
                  std::move(related));
      continue;
    }
    if (call.step_timeout_location.file) related.push_back({call.step_timeout_location, "the step timeout"});
    if (call.data_action) related.push_back({call.data_action->timeout_seconds.location, "the data action's timeout"});
    const bool caller = call.flow->is_call_flow;
    sink.Report(
        policy.where,
        call.subject + " can keep the " + (caller ? "caller" : "customer") + " waiting " + FormatDuration(worst) +
            " before it gives up, more than max_total_ms " + FormatDuration(limit) + " (" + arithmetic +
            "): when the endpoint hangs, every " +
            (caller ? "caller on this step hears the processing prompt" : "customer on this step gets no reply") +
            " for that long",
        std::move(related));
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kRetryBudgetExceedsTimeout{"CX107",
                                          "retry-budget-exceeds-timeout",
                                          Severity::kWarning,
                                          "the worst case of a retry sequence (each attempt's timeout + waits) exceeds "
                                          "max_total_ms (default 60000) in customer flows and webhooks",
                                          &Check,
                                          kOptions,
                                          {kTags, "high"}};

}  // namespace cxlint::rules
