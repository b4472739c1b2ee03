#pragma once
// Outbound calls: everything that sends HTTP out of Genesys Cloud on a conversation's behalf,
// each with its effective retry policy (docs/domain.md §17).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/finding.h"
#include "config/config.h"
#include "model/data_action.h"
#include "model/flow.h"
#include "model/located.h"
#include "model/retry_policy.h"
#include "model/url.h"
#include "model/value.h"

namespace cxlint::model {

struct Project;

/// What makes the call.
enum class CallKind {
  kFlowDataAction,  // a Call Data Action in a flow, bound (or not) to its data action
  kWebhookBlock,    // a `webhook` block in a Terraform resource (docs/domain.md §16)
  kOpenMessaging,   // the outbound notification webhook of an Open Messaging integration
};

/// One outbound call and the policy that governs its retries.
struct OutboundCall {
  CallKind kind = CallKind::kFlowDataAction;
  Location location;    // the `callData` key, the `webhook` block, the webhook URL attribute
  std::string subject;  // for messages: "call data action 'Get order' ('CRM' / 'Get Order')"
  const Flow* flow = nullptr;
  ActionId action = kNoAction;
  const DataAction* data_action = nullptr;
  std::string unbound_reason;  // why `data_action` is null for a flow call
  /// A flow call whose data action no linted file defines: unknown, never assumed external.
  bool data_action_undefined = false;
  Located<Value> url;
  Located<Value> method;
  std::vector<std::pair<std::string, Located<Value>>> headers;
  /// The Architect step `timeout` of a flow call, when it is a literal.
  std::optional<int64_t> step_timeout_ms;
  Location step_timeout_location;
  RetryPolicy policy;
  /// A flow call in a polling loop whose failure comes back to it in the loop's next round: the
  /// loop tries again, at its own cadence, though the policy counts no retry.
  bool polled = false;

  /// The URL's parts (empty when the URL is unknown).
  UrlParts Url() const;
  /// True when the call reaches Genesys Cloud's own API: a relative `/api/v2/` URL, which only
  /// a `purecloud-data-actions` integration can run, or an action of its built-in category.
  bool IsGenesysApi() const;
  /// The header with this name (case-insensitive), or null.
  const Located<Value>* Header(std::string_view name) const;
  /// The HTTP method in upper case, or "" when unknown.
  std::string Method() const;
};

/// Every outbound call of the project with its effective retry policy. `data_actions` must
/// outlive the result (calls point into it). Middleware hosts come from the nearest
/// `.cxlint.yaml` of each call's file (Project::ConfigFor).
std::vector<OutboundCall> CollectOutboundCalls(const Project& project, const std::vector<DataAction>& data_actions);

/// The retry policy a flow's logic gives the Call Data Action `call` (docs/domain.md §17, step 4), and the
/// calls that are only its retries (so they are not judged as call sites of their own).
RetryPolicy DeriveFlowRetryPolicy(const Flow& flow, ActionId call, std::vector<ActionId>* retries);

}  // namespace cxlint::model
