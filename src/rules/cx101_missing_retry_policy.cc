// CX101 missing-retry-policy: a call site (a Call Data Action in a flow, or a webhook block) that
// reaches something other than Genesys Cloud's own API and is never retried (docs/domain.md §17,
// step 5). Genesys Cloud retries no data action by itself (docs/domain.md §5), so one 429 or
// timeout fails the step. Not judged: a data action linted on its own (it is no call site), the
// Open Messaging webhook (the platform retries it), middleware hosts (they own the retries), and a
// call in a polling loop whose failure comes back to it in the next round (the loop tries again).
// The calls of one data action in one flow are one finding, at the first, naming the others.
// A call whose data action no linted file defines is unknown, not external: it is not judged
// (CX003 or CX407 says so), and neither is one whose names are placeholders or whose URL cannot
// be read: cxlint does not guess.

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"

namespace cxlint::rules {

namespace {

using model::CallKind;
using model::OutboundCall;

// Where the call goes, for the message ("'acme.my.salesforce.com'", "an integration of type
// 'aws-lambda-data-actions'"), or nullopt when cxlint cannot tell that the call is external.
std::optional<std::string> ExternalDestination(const model::Project& project, const OutboundCall& call) {
  if (call.IsGenesysApi() || MaybeDelegated(project, call)) return std::nullopt;
  const model::UrlParts url = call.Url();
  if (!url.host.empty()) return "'" + url.host + "'";
  if (call.kind == CallKind::kWebhookBlock) {
    // A webhook block's URL that cannot be read still leaves Genesys Cloud: it is a webhook.
    return std::string("its webhook URL");
  }
  if (!call.data_action) return std::nullopt;
  // A relative URL or an ARN: the integration type says where it runs.
  const auto type = call.data_action->integration_type.value.AsString();
  if (type && *type != "purecloud-data-actions") return "an integration of type '" + *type + "'";
  return std::nullopt;
}

void Check(const model::Project& project, Sink& sink) {
  // Flow calls of one data action in one flow are one finding, at the first: the fix is the same.
  struct Calls {
    std::string destination;
    std::vector<const OutboundCall*> calls;
  };
  std::map<std::pair<const model::Flow*, const model::DataAction*>, Calls> flow_calls;
  for (const OutboundCall& call : project.outbound_calls) {
    if (call.kind == CallKind::kOpenMessaging || call.policy.source != model::RetrySource::kNone || call.polled)
      continue;
    const std::optional<std::string> destination = ExternalDestination(project, call);
    if (!destination) continue;
    if (call.kind == CallKind::kWebhookBlock) {
      // DeclaredPolicy moves `where` to the retry_count setting when one is written (0 here).
      const bool zero = call.policy.where.file && call.policy.where.span.begin != call.location.span.begin;
      sink.Report(call.location, call.subject + " calls " + *destination + " with no retry (" +
                                     (zero ? "its retry_count is 0" : "it sets no retry_count") +
                                     "): a single 429 or timeout loses the request");
      continue;
    }
    Calls& same = flow_calls[{call.flow, call.data_action}];
    if (same.calls.empty()) same.destination = *destination;
    same.calls.push_back(&call);
  }
  for (const OutboundCall& call : project.outbound_calls) {
    const auto found = flow_calls.find({call.flow, call.data_action});
    if (call.kind != CallKind::kFlowDataAction || found == flow_calls.end() || found->second.calls.front() != &call)
      continue;
    const std::vector<const OutboundCall*>& same = found->second.calls;
    std::vector<RelatedLocation> related;
    if (call.data_action) related.push_back({call.data_action->location, "the data action"});
    for (size_t i = 1; i < same.size(); ++i) related.push_back({same[i]->location, "called here too, with no retry"});
    const std::string more = same.size() == 1 ? std::string()
                             : same.size() == 2
                                 ? " (and at 1 more place in this flow)"
                                 : " (and at " + std::to_string(same.size() - 1) + " more places in this flow)";
    sink.Report(call.location,
                call.subject + " calls " + found->second.destination + " with no retry" + more +
                    ": Genesys Cloud does not retry data actions, so a single 429 or timeout takes the Failure path",
                std::move(related));
  }
}

// Its traits (RuleMeta::traits): retry rules infer behaviour from a model that may miss what only
// runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"retry", "reliability"};

}  // namespace

const RuleMeta kMissingRetryPolicy{
    "CX101",
    "missing-retry-policy",
    Severity::kWarning,
    "a flow call or webhook that reaches a host other than Genesys Cloud's own API has no retry at all",
    &Check,
    {},
    {kTags, "high"}};

}  // namespace cxlint::rules
