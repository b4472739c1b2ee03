#include "model/failure_route.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "model/flow_graph.h"

namespace cxlint::model {

namespace {

bool IsBooleanLiteral(const FlowValue<std::string>& value) {
  if (value.form != ValueForm::kLiteral) return false;
  std::string text = value.literal.value_or(value.text);
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text == "true" || text == "false";
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
  // Does a success ever get to `next`? Jumps are not followed: a jump leaves the sequence.
  const int success = action.BranchIndex(BranchKind::kSuccess);
  const bool success_goes_on = success < 0 || action.branches[static_cast<size_t>(success)].Empty() ||
                               ReachFromBranch(flow, call, success).Contains(next);
  route.how = success_goes_on ? AfterFailure::kContinues : AfterFailure::kFallThroughHandler;
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
  const Reach shared = next != kNoAction ? ReachFromAction(flow, next) : Reach{};
  for (ActionId id : ReachFromBranch(flow, call, success).actions) {
    if (shared.Contains(id)) continue;
    const Action& reached = flow.actions[static_cast<size_t>(id)];
    if (reached.kind != ActionKind::kUpdateData) continue;
    if (std::any_of(reached.assignments.begin(), reached.assignments.end(),
                    [](const Assignment& assignment) { return IsBooleanLiteral(assignment.value); }))
      return true;
  }
  return false;
}

}  // namespace cxlint::model
