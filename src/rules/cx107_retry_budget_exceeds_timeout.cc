// CX107 retry-budget-exceeds-timeout: the worst case of a retry sequence (attempts x the timeout
// of one attempt + every wait) exceeds the limit that encloses it. For a flow call the limit is
// the Architect step `timeout`, the time the flow gives this lookup (no literal step timeout: not
// judged); one attempt lasts at most the data action's timeout (60 s when unset, DOMAIN.md §0.2,
// §6.1), and never longer than the step. For a webhook block the limit is max_total_ms and an
// attempt lasts its timeout_ms (unset: not judged). Unknown attempts, waits or timeouts are never
// guessed; unbounded retries are CX106's; polls (kPollWaitMs) plan for a long sequence and are
// left alone; the Open Messaging policy cannot be changed (DOMAIN.md §6.3) and is not judged.

#include <algorithm>
#include <cctype>
#include <string_view>

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"

namespace cxlint::rules {

namespace {

using model::FormatDuration;

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    const model::RetryPolicy& policy = call.policy;
    if (!JudgesRetries(project, call) || !policy.bounded || !policy.attempts || *policy.attempts < 2 ||
        !policy.attempt_timeout_ms || IsPoll(policy))
      continue;
    int64_t waits = 0;
    bool known = true;
    for (const auto& wait : policy.waits_ms) {
      if (wait.value) waits += *wait.value;
      known = known && wait.value.has_value();
    }
    if (!known) continue;
    const bool webhook = call.kind == model::CallKind::kWebhookBlock;
    if (!webhook && !call.step_timeout_ms) continue;
    // max_total_ms bounds webhook blocks, which have no Architect step timeout.
    const int64_t limit =
        webhook ? static_cast<int64_t>(CallOption(project, call, "CX107", "max_total_ms")) : *call.step_timeout_ms;
    const int64_t attempt = webhook ? *policy.attempt_timeout_ms : std::min(*policy.attempt_timeout_ms, limit);
    const int64_t worst = *policy.attempts * attempt + waits;
    if (worst <= limit) continue;
    // Say which timeout bounds one attempt: the step cuts a longer data action short.
    const std::string bound = webhook                                  ? "timeout_ms"
                              : attempt < *policy.attempt_timeout_ms ? "the step timeout"
                                                                     : "the data action's timeout";
    const std::string arithmetic = std::to_string(*policy.attempts) + " attempts x " + FormatDuration(attempt) + " (" +
                                   bound + ") + " + FormatDuration(waits) + " of waits = " + FormatDuration(worst);
    std::vector<RelatedLocation> related = FirstAttempt(call, policy.where);
    if (webhook) {
      sink.Report(policy.where,
                  call.subject + " can take " + FormatDuration(worst) + " to give up, more than max_total_ms " +
                      FormatDuration(limit) + " (" + arithmetic + "): the last retries arrive after the caller has given up",
                  std::move(related));
      continue;
    }
    if (call.step_timeout_location.file) related.push_back({call.step_timeout_location, "the step timeout"});
    if (call.data_action) related.push_back({call.data_action->timeout_seconds.location, "the data action's timeout"});
    // A workflow has no customer on the line; it is the workflow that waits.
    const bool workflow = call.flow && EqualsIgnoringCase(call.flow->type.value, "workflow");
    sink.Report(policy.where,
                call.subject + " can take " + FormatDuration(worst) + " to give up, more than its step timeout of " +
                    FormatDuration(limit) + " (" + arithmetic + "): the " + (workflow ? "workflow" : "conversation") +
                    " waits that long for an answer the flow expects within " + FormatDuration(limit),
                std::move(related));
  }
}

}  // namespace

const RuleMeta kRetryBudgetExceedsTimeout{
    "CX107", "retry-budget-exceeds-timeout", Severity::kWarning,
    "attempts x timeout + waits exceeds the Architect step timeout, or max_total_ms (default 60000) for webhooks",
    &Check};

}  // namespace cxlint::rules
