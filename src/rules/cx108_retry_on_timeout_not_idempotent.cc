// CX108 retry-on-timeout-not-idempotent: a POST, PUT or PATCH that is sent again after a timeout
// (a flow's Timeout path or loop that comes back to the call, retry_on_timeout = true on a
// webhook block, or the Open Messaging platform policy, which retries after its 10 s timeout,
// docs/domain.md §7) with no Idempotency-Key, X-Idempotency-Key or X-Request-Id header. A request
// that timed out may still have been processed, so the retry can do it twice. Calls to Genesys
// Cloud's own API are left alone, as in CX101 and CX304: the header is an agreement with the
// receiving service, and Genesys Cloud's API documents none. An unknown method is not judged.

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"

namespace cxlint::rules {

namespace {

using model::RetrySource;

// How the call comes to be sent again after a timeout, for the message.
std::string HowRetried(const model::OutboundCall& call) {
  switch (call.policy.source) {
    case RetrySource::kFlowFailurePath: return "its Timeout path calls it again";
    case RetrySource::kFlowLoop: return "its loop comes back to it after a timeout";
    case RetrySource::kDeclared: return "retry_on_timeout is true";
    case RetrySource::kPlatform: return "Genesys Cloud retries it up to 5 times after a 10 s timeout";
    default: return "";
  }
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    const bool platform = call.policy.source == RetrySource::kPlatform;
    if (!call.policy.retries_on_timeout || !(platform || JudgesRetries(project, call)) || call.IsGenesysApi()) continue;
    const std::string method = call.Method();
    if (!IsWriteMethod(method) || SendsIdempotencyKey(call)) continue;
    const std::string consequence =
        platform ? "the receiver gets the same message again unless it deduplicates" : "the retry can do it twice";
    sink.Report(call.location,
                call.subject + " sends a " + method + " and is sent again after a timeout (" + HowRetried(call) +
                    ") with no " + std::string(kIdempotencyHeaderNames) +
                    " header: a request that timed out may "
                    "still have been processed, so " +
                    consequence,
                IdempotencyKeyContext(call));
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kRetryOnTimeoutNotIdempotent{
    "CX108",
    "retry-on-timeout-not-idempotent",
    Severity::kWarning,
    "a POST/PUT/PATCH retried after a timeout (or by a platform policy) has no idempotency key header",
    &Check,
    {},
    {kTags, "high"}};

}  // namespace cxlint::rules
