// CX102 immediate-retry: a retry with no wait before it (a known wait of 0 ms). A flow's Failure
// path that calls the data action again at once, a loop with no `wait` on the way back to the
// call, a webhook block with retries and no retry_interval_ms. Under load the endpoint answers 429
// and every retry lands in the same second, so the retries are the storm (docs/domain.md §2, §6).
// One finding per call, at the first wait of 0 ms: the re-call or the loop when there is no wait
// action, the retry setting of a webhook block. A wait cxlint cannot read is never taken for 0.

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (!JudgesRetries(project, call)) continue;
    for (const auto& wait : call.policy.waits_ms) {
      if (!wait.value || *wait.value != 0) continue;
      sink.Report(wait.location,
                  call.subject + " is retried with no wait (" + call.policy.Schedule() +
                      "): under a 429 storm every retry lands in the same second",
                  FirstAttempt(call, wait.location));
      break;
    }
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kImmediateRetry{
    "CX102",          "immediate-retry",
    Severity::kError, "a retry happens with no wait before it (0 ms), the pattern that turns one 429 into a cascade",
    &Check,           {},
    {kTags, "high"}};

}  // namespace cxlint::rules
