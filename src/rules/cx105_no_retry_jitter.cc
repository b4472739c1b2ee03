// CX105 no-retry-jitter: two or more retries whose waits are deterministic. A webhook block has
// jitter only when retry_jitter is true; a flow's `wait` with a literal duration waits exactly
// that long, so conversations that failed together in a 429 storm come back together. A wait
// written as an expression (it may add a random part) or a jitter setting that cannot be
// evaluated is not judged, nor a wait of 0 ms (CX102's). Polls (kPollWaitMs) are left alone, as
// in CX104. Reported at the retry_jitter setting when written, else at the first wait (where the
// jitter would go).

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    const model::RetryPolicy& policy = call.policy;
    const std::optional<int> retries = policy.Retries();
    if (!JudgesRetries(project, call) || !policy.bounded || !retries || *retries < 2 || policy.waits_ms.empty() ||
        policy.jitter || policy.jitter_unknown || IsPoll(policy))
      continue;
    // A wait of 0 ms is CX102's finding: jitter is not the first thing that retry lacks.
    bool judged = true;
    for (const auto& wait : policy.waits_ms) judged = judged && wait.value && *wait.value > 0;
    if (!judged) continue;
    const bool declared = policy.source == model::RetrySource::kDeclared;
    const bool written = declared && policy.jitter_location.file != nullptr;
    const Location& at = written ? policy.jitter_location : policy.waits_ms.front().location;
    const std::string why = !declared ? "its waits are fixed durations"
                            : written ? "its retry_jitter is false"
                                      : "it sets no retry_jitter";
    sink.Report(at,
                call.subject + " retries " + Times(*retries) + " on a fixed schedule (" + policy.Schedule() + "): " +
                    why + ", so conversations that fail together in a 429 storm retry together, in the same second",
                FirstAttempt(call, at));
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kNoRetryJitter{
    "CX105", "no-retry-jitter", Severity::kNote, "two or more retries with deterministic waits (no jitter)", &Check,
    {},      {kTags, "high"}};

}  // namespace cxlint::rules
