// CX304 missing-idempotency-key: a POST, PUT or PATCH that is sent again after a failure (a flow's
// Failure path or loop, a webhook block's retry settings) carries no Idempotency-Key,
// X-Idempotency-Key or X-Request-Id header. A failure is not proof that nothing happened: a 5xx
// after the write, a dropped connection or a gateway error all leave the first request
// processed, and the retry writes the record again — the duplicate CRM records of a peak day.
// With a key the receiver (or the middleware) drops the repeat.
//
// Retries only on 429 and 503 are safe: both say the request was not processed (RFC 6585, RFC
// 9110 §15.6.4). Retries after a timeout are CX108's (reported there, not twice); calls to Genesys Cloud's own
// API are left alone (it documents no idempotency header); retries a middleware owns are the
// middleware's business; an unknown method is not judged.

#include <string>

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"

namespace cxlint::rules {

namespace {

using model::RetrySource;

std::string HowRetried(const model::OutboundCall& call) {
  switch (call.policy.source) {
    case RetrySource::kFlowFailurePath: return "its Failure path calls it again";
    case RetrySource::kFlowLoop: return "a loop calls it again";
    case RetrySource::kDeclared: return "its webhook settings retry it";
    default: return "it is retried";
  }
}

bool RetriesOnlyUnprocessed(const model::RetryPolicy& policy) {
  if (policy.retry_statuses.empty()) return false;  // any failure
  for (const int status : policy.retry_statuses) {
    if (status != 429 && status != 503) return false;
  }
  return true;
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (call.policy.retries_on_timeout || !JudgesRetries(project, call) || call.IsGenesysApi() ||
        RetriesOnlyUnprocessed(call.policy))
      continue;
    const std::string method = call.Method();
    if (!IsWriteMethod(method) || SendsIdempotencyKey(call)) continue;
    sink.Report(call.location,
                call.subject + " sends a " + method + " and is sent again after a failure (" + HowRetried(call) +
                    ") with no " + std::string(kIdempotencyHeaderNames) +
                    " header: a failed request may still have been processed (a 5xx after the write, a dropped "
                    "connection), so the retry can write the same record twice; send a key built from the "
                    "conversation id",
                IdempotencyKeyContext(call));
  }
}

// Its traits (RuleMeta::traits): a reliability rule about endpoints, with high precision.
constexpr std::string_view kTags[] = {"endpoints", "reliability"};

}  // namespace

const RuleMeta kMissingIdempotencyKey{"CX304",
                                      "missing-idempotency-key",
                                      Severity::kWarning,
                                      "a retried POST/PUT/PATCH to a non-Genesys host has no idempotency key header",
                                      &Check,
                                      {},
                                      {kTags, "high"}};

}  // namespace cxlint::rules
