#include "rules/retry_rules.h"

#include <cstdio>

namespace cxlint::rules {

bool MaybeDelegated(const model::Project& project, const model::OutboundCall& call) {
  const Config& config = project.ConfigFor(call.location);
  if (config.middleware_hosts.empty()) return false;
  if (call.kind == model::CallKind::kFlowDataAction && !call.data_action && call.data_action_undefined) return false;
  const model::UrlParts url = call.Url();
  return url.host.empty() && !url.relative;
}

bool JudgesRetries(const model::Project& project, const model::OutboundCall& call) {
  switch (call.policy.source) {
    case model::RetrySource::kDeclared:
    case model::RetrySource::kFlowLoop:
    case model::RetrySource::kFlowFailurePath: return !MaybeDelegated(project, call);
    case model::RetrySource::kMiddleware:
    case model::RetrySource::kPlatform:
    case model::RetrySource::kNone: return false;
  }
  return false;
}

bool IsWriteMethod(std::string_view method) { return method == "POST" || method == "PUT" || method == "PATCH"; }

bool SendsIdempotencyKey(const model::OutboundCall& call) {
  for (std::string_view header : {"Idempotency-Key", "X-Idempotency-Key", "X-Request-Id"}) {
    if (call.Header(header)) return true;
  }
  return false;
}

std::vector<RelatedLocation> IdempotencyKeyContext(const model::OutboundCall& call) {
  std::vector<RelatedLocation> related;
  if (call.policy.where.file && call.kind == model::CallKind::kFlowDataAction)
    related.push_back({call.policy.where, "sent again here"});
  if (call.data_action) related.push_back({call.data_action->location, "the data action, where the header goes"});
  return related;
}

bool IsPoll(const model::RetryPolicy& policy) {
  if (policy.waits_ms.empty()) return false;
  for (const auto& wait : policy.waits_ms) {
    if (!wait.value || *wait.value < kPollWaitMs) return false;
  }
  return true;
}

std::vector<RelatedLocation> FirstAttempt(const model::OutboundCall& call, const Location& reported) {
  if (call.kind != model::CallKind::kFlowDataAction) return {};
  if (reported.file == call.location.file && reported.span.begin == call.location.span.begin &&
      reported.logical == call.location.logical)
    return {};
  return {{call.location, "the first attempt"}};
}

std::string Times(int count) {
  if (count == 1) return "once";
  if (count == 2) return "twice";
  return std::to_string(count) + " times";
}

std::string FormatFactor(double factor) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%gx", factor);
  return buffer;
}

}  // namespace cxlint::rules
