// CX103 aggressive-retry-interval: the first wait before a retry is known, above 0 ms (0 ms is
// CX102's) and below min_interval_ms. A 429 names its wait in whole seconds (Retry-After,
// docs/domain.md §6) and Genesys Cloud's own limits count per minute (§2): a retry a few hundred
// milliseconds later meets the same limit. Only the first wait is judged; how the later ones grow
// is CX104's. Reported at the first wait: the `wait` action, the loop, or retry_interval_ms.

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"
#include "rules/rule_option.h"

namespace cxlint::rules {

namespace {

// Its options (`rules: {CX103: {options: {...}}}` in .cxlint.yaml), with their defaults.
constexpr RuleOptionSpec kOptions[] = {
    {"min_interval_ms", true, 1000, 0, "the shortest acceptable first wait before a retry"},
};
constexpr const RuleOptionSpec& kMinIntervalMs = kOptions[0];

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (!JudgesRetries(project, call) || call.policy.waits_ms.empty()) continue;
    const auto& first = call.policy.waits_ms.front();
    const auto min_interval_ms = OptionFor<int64_t>(project, kAggressiveRetryInterval, kMinIntervalMs, call.location);
    if (!first.value || *first.value <= 0 || *first.value >= min_interval_ms) continue;
    sink.Report(first.location,
                call.subject + " waits only " + model::FormatDuration(*first.value) +
                    " before its first retry, less than " + model::FormatDuration(min_interval_ms) + " (" +
                    call.policy.Schedule() +
                    "): a 429 asks for a wait in whole seconds, so the retry meets the same limit",
                FirstAttempt(call, first.location));
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kAggressiveRetryInterval{"CX103",
                                        "aggressive-retry-interval",
                                        Severity::kWarning,
                                        "the first wait before a retry is shorter than min_interval_ms (default 1000)",
                                        &Check,
                                        kOptions,
                                        {kTags, "high"}};

}  // namespace cxlint::rules
