#pragma once
// The call sites a simulation runs: each outbound call of a project with the policy its flow
// gives it as written, the recommended policy, and the far end it reaches.

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "model/project.h"
#include "simulate/conversation_policy.h"

namespace cxlint::simulate {

/// One call site, ready to simulate; it owns everything it holds (the project may go).
struct CallSite {
  std::string subject;           // "call data action 'Get order status' ('CRM' / 'Get Order')"
  std::string where;             // "path:line:col"
  std::string step_name;         // the Architect step's name; empty for other calls
  std::string data_action_name;  // the data action's name, when known
  std::string host;              // the URL's host; empty when unknown
  /// The nearest `.cxlint.yaml`'s `simulate` entry for the host, if any.
  std::optional<SimulateHost> host_settings;
  ConversationPolicy as_written;
  ConversationPolicy recommended;
};

/// Every outbound call of `project`, in the model's order. A flow call to a middleware host keeps
/// the flow's own retries: the middleware's retries happen behind the far end the simulation sees.
std::vector<CallSite> CollectCallSites(const model::Project& project);

/// True when `name` is the site's step name or data action name (ASCII case ignored).
bool MatchesCallName(const CallSite& site, const std::string& name);

}  // namespace cxlint::simulate
