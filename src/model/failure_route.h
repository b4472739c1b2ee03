#pragma once
// What a flow runs after a Call Data Action fails or times out: the one question every flow-path
// rule (CX201-CX205) asks, answered once on the flow graph.
//
// An output with actions of its own is the handler. An empty or absent output falls through to
// the action after the step (docs/domain.md §4); that continuation is the failure handler when
// every Success path leaves before reaching it (ends the flow, jumps, changes state, exits a loop,
// transfers), because then only a failure or a timeout ever runs it. At the end of a loop body the
// continuation is the loop's next round; where the container ends, or the next action only ends
// the task, the workflow or the interaction as a success would, nothing runs with the failed
// call's unset outputs.

#include "model/flow.h"

namespace cxlint::model {

/// How a flow goes on after a call fails or times out.
enum class AfterFailure {
  kExplicit,            // the output has actions of its own
  kFallThroughHandler,  // empty output; only a failed call reaches what follows the step
  kNextIteration,       // empty output at the end of a loop body: the loop's next round
  kEndsContainer,       // empty output, and after the step the task, state or flow just ends
  kContinues,           // empty output; the flow goes on with what it runs after a success
};

/// The route a failed (or timed-out) call takes.
struct FailureRoute {
  AfterFailure how = AfterFailure::kContinues;
  BranchKind output = BranchKind::kFailure;
  int branch = -1;             // the index of the output in the call's branches; -1 when it has none
  ActionId entry = kNoAction;  // the first action run after the failure; kNoAction when none runs

  /// True when something runs that only a failure reaches: the output's actions or a fall-through handler.
  bool Handled() const { return how == AfterFailure::kExplicit || how == AfterFailure::kFallThroughHandler; }
};

/// The route `call` takes when it ends with `output` (kFailure or kTimeout).
FailureRoute RouteAfter(const Flow& flow, ActionId call, BranchKind output);

/// True when the flow reads the call's result: a success output bound to a variable. A call
/// whose result nobody reads is best effort, and going on after its failure loses nothing.
bool ResultIsRead(const Action& call);

/// True when the Success path records the success in a flag (an Update Data that sets a
/// variable to a literal true or false), so a failure that goes on leaves the flag unset and
/// whoever reads it can tell (the common-module pattern of an output initialised to false).
bool SuccessSetsFlag(const Flow& flow, ActionId call);

}  // namespace cxlint::model
