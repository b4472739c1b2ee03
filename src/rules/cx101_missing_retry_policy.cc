// CX101 missing-retry-policy: a call site (a Call Data Action in a flow, or a webhook block) that
// reaches something other than Genesys Cloud's own API and is never retried (RULES.md policy step
// 5). Genesys Cloud retries no data action by itself (DOMAIN.md §0.1, §6.1), so one 429 or
// timeout fails the step. Not judged: a data action linted on its own (it is no call site), the
// Open Messaging webhook (the platform retries it), middleware hosts (they own the retries).
// A call whose data action no linted file defines counts as external (RULES.md); one whose names
// are placeholders, or whose URL cannot be read, is not judged: cxlint does not guess.

#include <optional>

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"
#include "rules/retry_rules.h"

namespace cxlint::rules {

namespace {

using model::CallKind;
using model::OutboundCall;

// Where the call goes, for the message ("'acme.my.salesforce.com'", "an integration of type
// 'aws-lambda-data-actions'"), empty for an undefined data action, or nullopt when cxlint cannot
// tell that the call is external.
std::optional<std::string> ExternalDestination(const model::Project& project, const OutboundCall& call) {
  if (call.IsGenesysApi() || MaybeDelegated(project, call)) return std::nullopt;
  const model::UrlParts url = call.Url();
  if (!url.host.empty()) return "'" + url.host + "'";
  if (call.kind == CallKind::kWebhookBlock) {
    // A webhook block's URL that cannot be read still leaves Genesys Cloud: it is a webhook.
    return std::string("its webhook URL");
  }
  if (!call.data_action) {
    if (call.data_action_undefined) return std::string();
    return std::nullopt;
  }
  // A relative URL or an ARN: the integration type says where it runs.
  const auto type = call.data_action->integration_type.value.AsString();
  if (type && *type != "purecloud-data-actions") return "an integration of type '" + *type + "'";
  return std::nullopt;
}

void Check(const model::Project& project, Sink& sink) {
  for (const OutboundCall& call : project.outbound_calls) {
    if (call.kind == CallKind::kOpenMessaging || call.policy.source != model::RetrySource::kNone) continue;
    const std::optional<std::string> destination = ExternalDestination(project, call);
    if (!destination) continue;
    std::vector<RelatedLocation> related;
    if (call.kind == CallKind::kWebhookBlock) {
      // DeclaredPolicy moves `where` to the retry_count setting when one is written (0 here).
      const bool zero = call.policy.where.file && call.policy.where.span.begin != call.location.span.begin;
      sink.Report(call.location,
                  call.subject + " calls " + *destination + " with no retry (" +
                      (zero ? "its retry_count is 0" : "it sets no retry_count") +
                      "): a single 429 or timeout loses the request");
      continue;
    }
    if (call.data_action) related.push_back({call.data_action->location, "the data action"});
    const std::string how = destination->empty()
                                ? " has no retry (its data action is not defined in the linted files, so it counts as external)"
                                : " calls " + *destination + " with no retry";
    sink.Report(call.location,
                call.subject + how +
                    ": Genesys Cloud does not retry data actions, so a single 429 or timeout takes the Failure path",
                std::move(related));
  }
}

}  // namespace

const RuleMeta kMissingRetryPolicy{
    "CX101", "missing-retry-policy", Severity::kWarning,
    "a flow call or webhook that reaches a host other than Genesys Cloud's own API has no retry at all",
    &Check};

}  // namespace cxlint::rules
