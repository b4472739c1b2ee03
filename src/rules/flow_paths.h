#pragma once
// What the flow-path rules (CX2xx) share: how a message names a Call Data Action, and a walk over
// what runs once a branch is taken that a rule can stop at the actions it cares about.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "model/failure_route.h"
#include "model/flow.h"
#include "model/project.h"

namespace cxlint::rules {

/// How messages name a Call Data Action: "call data action 'Get order' ('CRM Actions' / 'Get Order')".
std::string DescribeCall(const model::Action& action);

/// "Failure", "Timeout": how messages name a branch kind.
std::string_view BranchName(model::BranchKind kind);

/// True when a failed (kFailure) or timed-out (kTimeout) `call` goes on with what the flow runs
/// after a success, and that matters: its result is read and no success flag tells the failure
/// apart (model/failure_route.h). CX201 and CX202 report these.
bool GoesOnAsIfSucceeded(const model::Flow& flow, model::ActionId call, model::BranchKind output);

/// The name of an action for messages: "'Send SMS'", or its type when it has no name.
std::string DescribeAction(const model::Action& action);

/// A failure route a rule judges: the Failure or Timeout route, or both when they run the same
/// fall-through handler (one defect, one finding).
struct JudgedRoute {
  model::FailureRoute route;
  bool with_timeout = false;  // a Failure route that is also the Timeout route
};

/// The handled routes of `call` (model::FailureRoute::Handled), Failure first; a Timeout route
/// that falls through to the same handler as the Failure route is merged into it.
std::vector<JudgedRoute> HandledRoutes(const model::Flow& flow, model::ActionId call);

/// "the Failure path of call data action 'X' ('C' / 'N')", "the Failure and Timeout paths of ...",
/// with " (the actions after it, which a success never reaches)" for a fall-through handler.
std::string RoutePhrase(const model::Action& call, const JudgedRoute& judged);

/// `singular` ("ends", "disconnects") for one path, `plural` ("end", "disconnect") for the merged
/// Failure and Timeout paths, so the verb after RoutePhrase agrees with it.
std::string_view Agree(const JudgedRoute& judged, std::string_view singular, std::string_view plural);

/// Where a finding about a route goes: the output's key when it is written, else the call.
Location RouteLocation(const model::Action& call, const JudgedRoute& judged);

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
