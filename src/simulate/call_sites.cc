#include "simulate/call_sites.h"

#include <algorithm>

#include "base/strings.h"
#include "model/outbound_call.h"
#include "simulate/flow_ending.h"

namespace cxlint::simulate {

namespace {

std::string Where(const Location& location) {
  if (!location.file) return std::string();
  const LineCol at = location.file->Position(location.span.begin);
  return location.file->path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

// The flow's part of a flow call: its own retry policy (kept through a middleware host), the
// endings of its last attempt, and the budget of the step.
void FromFlow(const model::OutboundCall& call, CallSite& site, Micros attempt_timeout) {
  const model::Flow& flow = *call.flow;
  std::vector<model::ActionId> chain;
  const model::RetryPolicy flow_policy = model::DeriveFlowRetryPolicy(flow, call.action, &chain);
  const model::RetryPolicy& policy = call.policy.source == model::RetrySource::kMiddleware ? flow_policy : call.policy;
  site.as_written = AsWritten(policy, attempt_timeout);
  const model::ActionId last = chain.empty() ? call.action : chain.back();
  site.as_written.on_failure = EndingAfter(flow, last, model::BranchKind::kFailure);
  site.as_written.on_timeout = EndingAfter(flow, last, model::BranchKind::kTimeout);
  const model::Action& action = flow.actions[static_cast<size_t>(call.action)];
  site.step_name = action.name.value;
  if (action.data_action) site.data_action_name = action.data_action->name.value;
}

}  // namespace

std::vector<CallSite> CollectCallSites(const model::Project& project) {
  std::vector<CallSite> sites;
  for (const model::OutboundCall& call : project.outbound_calls) {
    CallSite site;
    site.subject = call.subject;
    site.where = Where(call.location);
    site.host = call.Url().host;
    // One attempt lasts no longer than the data action's timeout (60 s unless set) nor the step's.
    int64_t timeout_ms = call.policy.attempt_timeout_ms.value_or(60'000);
    if (call.data_action && call.data_action->TimeoutMs()) timeout_ms = *call.data_action->TimeoutMs();
    if (call.step_timeout_ms) timeout_ms = std::min(timeout_ms, *call.step_timeout_ms);
    const Micros attempt_timeout = std::max<int64_t>(1, timeout_ms) * 1000;
    if (call.kind == model::CallKind::kFlowDataAction && call.flow) {
      FromFlow(call, site, attempt_timeout);
    } else {
      // A webhook's failure loses the event; nobody is on the line to hand over.
      site.as_written = AsWritten(call.policy, attempt_timeout);
      site.as_written.through_data_action = false;
    }
    if (call.data_action) {
      if (const auto name = call.data_action->name.value.AsString()) site.data_action_name = *name;
    }
    if (!site.host.empty() && call.location.file) {
      if (const SimulateHost* host = SimulateHostFor(project.ConfigFor(*call.location.file), site.host))
        site.host_settings = *host;
    }
    // The budget is the step's timeout when it has one: the time a customer is kept waiting.
    site.recommended =
        Recommended(site.as_written, call.step_timeout_ms ? *call.step_timeout_ms * 1000 : attempt_timeout);
    sites.push_back(std::move(site));
  }
  return sites;
}

bool MatchesCallName(const CallSite& site, const std::string& name) {
  const std::string wanted = AsciiLower(name);
  return (!site.step_name.empty() && AsciiLower(site.step_name) == wanted) ||
         (!site.data_action_name.empty() && AsciiLower(site.data_action_name) == wanted);
}

}  // namespace cxlint::simulate
