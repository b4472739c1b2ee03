#pragma once
// What the flow-path rules (CX2xx) share: how a message names a Call Data Action, and a walk over
// what runs once a branch is taken that a rule can stop at the actions it cares about.

#include <functional>
#include <string>
#include <string_view>

#include "base/finding.h"
#include "model/flow.h"
#include "model/project.h"

namespace cxlint::rules {

/// How messages name a Call Data Action: "call data action 'Get order' ('CRM Actions' / 'Get Order')".
std::string DescribeCall(const model::Action& action);

/// "Failure", "Timeout": how messages name a branch kind.
std::string_view BranchName(model::BranchKind kind);

/// Reports each Call Data Action whose output `kind` (Failure, Timeout) is absent or has no
/// actions, once: at the action's key when the output is absent, at the output's own key when it
/// is written but empty. The message is the call, "has no/an empty X path", and `consequence`.
void ReportUnhandledOutput(const model::Project& project, Sink& sink, model::BranchKind kind,
                           std::string_view consequence);

/// What a path walk does once it meets an action.
enum class Visit {
  kWalkOn,  // go on to what runs after it
  kStop,    // the rule has judged this route; do not go past it
};

/// Walks what can run once `action` takes output `branch`, each action once, with the steps of
/// model/flow_graph (fall-through, loops, jumps followed), asking `visit` at each action.
void WalkBranch(const model::Flow& flow, model::ActionId action, int branch,
                const std::function<Visit(model::ActionId)>& visit);

}  // namespace cxlint::rules
