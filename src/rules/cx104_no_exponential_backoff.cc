// CX104 no-exponential-backoff: two or more retries whose waits do not grow by min_backoff_factor.
// A webhook block is judged by its declared multiplier (unset means 1x); a flow's retries by the
// ratio of each known wait to the one before it (a loop waits the same every time: 1x). A wait of
// 0 ms before is CX102's and not compared; an unknown wait is not compared either. Retries a
// minute or more apart are a poll (kPollWaitMs): each already lands in a later per-minute window
// of Genesys Cloud's limits (docs/domain.md §2), so growing the wait changes nothing they count.

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"
#include "rules/rule_option.h"

namespace cxlint::rules {

namespace {

// Its options (`rules: {CX104: {options: {...}}}` in .cxlint.yaml), with their defaults.
constexpr RuleOptionSpec kOptions[] = {
    {"min_backoff_factor", false, 1.5, 1, "how much each wait must grow over the one before"},
};
constexpr const RuleOptionSpec& kMinBackoffFactor = kOptions[0];

constexpr const char* kConsequence =
    ": under a 429 storm the retries keep the same pressure on the endpoint instead of easing off";

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    const model::RetryPolicy& policy = call.policy;
    const std::optional<int> retries = policy.Retries();
    if (!JudgesRetries(project, call) || !policy.bounded || !retries || *retries < 2 || IsPoll(policy)) continue;
    const auto min_backoff_factor = OptionFor<double>(project, kNoExponentialBackoff, kMinBackoffFactor, call.location);
    const std::string head = call.subject + " retries " + Times(*retries) + " without backing off: ";
    if (policy.source == model::RetrySource::kDeclared) {
      if (!policy.backoff_factor || *policy.backoff_factor >= min_backoff_factor || policy.waits_ms.empty()) continue;
      const bool written = policy.backoff_factor_location.file != nullptr;
      const Location& at = written ? policy.backoff_factor_location : policy.waits_ms.front().location;
      sink.Report(at, head +
                          (written ? "its backoff_multiplier makes each wait "
                                   : "it sets no backoff_multiplier, so each wait is ") +
                          FormatFactor(*policy.backoff_factor) + " the one before, below " +
                          FormatFactor(min_backoff_factor) + " (" + policy.Schedule() + ")" + kConsequence);
      continue;
    }
    for (size_t i = 1; i < policy.waits_ms.size(); ++i) {
      const auto& before = policy.waits_ms[i - 1].value;
      const auto& wait = policy.waits_ms[i];
      if (!before || !wait.value || *before <= 0) continue;
      const double factor = static_cast<double>(*wait.value) / static_cast<double>(*before);
      if (factor >= min_backoff_factor) continue;
      sink.Report(wait.location,
                  head + "the wait before retry " + std::to_string(i + 1) + " is " + FormatFactor(factor) +
                      " the one before, below " + FormatFactor(min_backoff_factor) + " (" + policy.Schedule() + ")" +
                      kConsequence,
                  FirstAttempt(call, wait.location));
      break;
    }
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kNoExponentialBackoff{"CX104",
                                     "no-exponential-backoff",
                                     Severity::kWarning,
                                     "two or more retries whose waits do not grow by min_backoff_factor (default 1.5)",
                                     &Check,
                                     kOptions,
                                     {kTags, "high"}};

}  // namespace cxlint::rules
