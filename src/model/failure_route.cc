#include "model/failure_route.h"

#include <algorithm>
#include <string>
#include <vector>

#include "base/strings.h"
#include "model/flow_graph.h"

namespace cxlint::model {

namespace {

bool IsBooleanLiteral(const FlowValue<std::string>& value) {
  if (value.form != ValueForm::kLiteral) return false;
  const std::string text = AsciiLower(value.literal.value_or(value.text));
  return text == "true" || text == "false";
}

// True when the Success output `success` of `call` can get to `target`. Jumps are not followed (a
// jump leaves the sequence), and neither is a transfer's own failure output: a Success path that
// transfers has left, as far as the flow's author is concerned.
bool SuccessReaches(const Flow& flow, ActionId call, int success, ActionId target) {
  std::vector<bool> seen(flow.actions.size(), false);
  std::vector<ActionId> stack{BranchEntry(flow, call, success)};
  while (!stack.empty()) {
    const ActionId id = stack.back();
    stack.pop_back();
    if (id < 0 || static_cast<size_t>(id) >= flow.actions.size() || seen[static_cast<size_t>(id)]) continue;
    if (id == target) return true;
    seen[static_cast<size_t>(id)] = true;
    if (flow.actions[static_cast<size_t>(id)].kind == ActionKind::kTransfer) continue;
    for (ActionId next : Successors(flow, id)) stack.push_back(next);
  }
  return false;
}

}  // namespace

FailureRoute RouteAfter(const Flow& flow, ActionId call, BranchKind output) {
  FailureRoute route;
  route.output = output;
  if (call < 0 || static_cast<size_t>(call) >= flow.actions.size()) return route;
  const Action& action = flow.actions[static_cast<size_t>(call)];
  route.branch = action.BranchIndex(output);
  if (route.branch >= 0 && !action.branches[static_cast<size_t>(route.branch)].Empty()) {
    route.how = AfterFailure::kExplicit;
    route.entry = action.branches[static_cast<size_t>(route.branch)].actions.front();
    return route;
  }
  const ActionId next = FallThrough(flow, call);
  if (next == kNoAction) {
    route.how = AfterFailure::kEndsContainer;
    return route;
  }
  route.entry = next;
  if (next == EnclosingLoop(flow, call) && flow.actions[static_cast<size_t>(next)].kind == ActionKind::kLoop) {
    route.how = AfterFailure::kNextIteration;
    return route;
  }
  const int success = action.BranchIndex(BranchKind::kSuccess);
  const bool success_goes_on =
      success < 0 || action.branches[static_cast<size_t>(success)].Empty() || SuccessReaches(flow, call, success, next);
  if (!success_goes_on) {
    route.how = AfterFailure::kFallThroughHandler;
  } else {
    // Shared with a success, but it only ends: nothing runs with the unset success outputs.
    const ActionKind kind = flow.actions[static_cast<size_t>(next)].kind;
    const bool ends = kind == ActionKind::kEndWorkflow || kind == ActionKind::kEndTask ||
                      kind == ActionKind::kExitFlow || kind == ActionKind::kDisconnect;
    route.how = ends ? AfterFailure::kEndsContainer : AfterFailure::kContinues;
  }
  return route;
}

bool ResultIsRead(const Action& call) {
  if (!call.data_action) return true;  // cannot tell: assume the flow needs the answer
  const auto& outputs = call.data_action->success_outputs;
  return std::any_of(outputs.begin(), outputs.end(), [](const Binding& binding) { return binding.Bound(); });
}

bool SuccessSetsFlag(const Flow& flow, ActionId call) {
  const Action& action = flow.actions[static_cast<size_t>(call)];
  const int success = action.BranchIndex(BranchKind::kSuccess);
  if (success < 0 || action.branches[static_cast<size_t>(success)].Empty()) return false;
  // What runs after the step is shared with a failure, so only what runs before it counts.
  const ActionId next = FallThrough(flow, call);
  // A flag per action, not Reach::Contains: that is a linear search, and this runs for every call.
  std::vector<bool> shared(flow.actions.size(), false);
  if (next != kNoAction) {
    for (ActionId id : ReachFromAction(flow, next).actions) shared[static_cast<size_t>(id)] = true;
  }
  for (ActionId id : ReachFromBranch(flow, call, success).actions) {
    if (shared[static_cast<size_t>(id)]) continue;
    const Action& reached = flow.actions[static_cast<size_t>(id)];
    if (reached.kind != ActionKind::kUpdateData) continue;
    if (std::any_of(reached.assignments.begin(), reached.assignments.end(),
                    [](const Assignment& assignment) { return IsBooleanLiteral(assignment.value); }))
      return true;
  }
  return false;
}

}  // namespace cxlint::model
