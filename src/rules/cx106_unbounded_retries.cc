// CX106 unbounded-retries: retries with no bound (a Failure or Timeout path that jumps back to the
// call through changeState, callTask or loopNext with nothing counting the attempts), or more than
// max_retries. Every attempt counts against the org's data action limits (docs/domain.md §2: 2500
// executions per minute, 50 at once), so retries that never stop keep a throttled endpoint
// throttled, and the resiliency blueprint asks for "a reasonable upper-limit". A bound cxlint
// cannot read (an expression, a decision on the way back) is not judged. Reported where the retry
// is made: the jump back, the loop, the first re-call, or the retry_count setting.

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"
#include "rules/rule_option.h"

namespace cxlint::rules {

namespace {

// Its options (`rules: {CX106: {options: {...}}}` in .cxlint.yaml), with their defaults.
constexpr RuleOptionSpec kOptions[] = {
    {"max_retries", true, 5, 0, "the most retries a call may make"},
};
constexpr const RuleOptionSpec& kMaxRetries = kOptions[0];

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (!JudgesRetries(project, call)) continue;
    const model::RetryPolicy& policy = call.policy;
    if (!policy.bounded) {
      sink.Report(policy.where,
                  call.subject + " is retried with no bound (" + policy.Schedule() +
                      "): while the endpoint keeps failing, the conversation stays in this loop and every pass adds "
                      "to the 429 storm",
                  FirstAttempt(call, policy.where));
      continue;
    }
    const std::optional<int> retries = policy.Retries();
    const auto max_retries = OptionFor<int64_t>(project, kUnboundedRetries, kMaxRetries, call.location);
    if (!retries || *retries <= max_retries) continue;
    const std::string calls = std::to_string(*retries + 1);
    const std::string consequence =
        call.kind == model::CallKind::kWebhookBlock
            ? "each request can reach a failing endpoint " + calls + " times"
            : "each conversation can make " + calls +
                  " calls to a failing endpoint, and every one counts against the org's data action limits";
    sink.Report(policy.where,
                call.subject + " is retried " + Times(*retries) + ", more than " + std::to_string(max_retries) + " (" +
                    policy.Schedule() + "): " + consequence,
                FirstAttempt(call, policy.where));
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kUnboundedRetries{"CX106",          "unbounded-retries",
                                 Severity::kError, "retries have no bound, or more than max_retries (default 5)",
                                 &Check,           kOptions,
                                 {kTags, "high"}};

}  // namespace cxlint::rules
