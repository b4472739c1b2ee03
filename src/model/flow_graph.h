#pragma once
// Walking a Flow: what runs next, and everything that can run once a branch is taken.
//
// Semantics (docs/domain.md §4): when a branch's actions run out, or a branch is empty or
// absent, execution continues after the action that owns the branch ("fall-through"); at the end
// of a loop body it goes back to the loop. Disconnect, endWorkflow and exits end the flow; a
// transfer ends it when it succeeds and takes its failure output otherwise; endTask and the end
// of a container's list leave the container; changeState and jumps leave it for their target.

#include <vector>

#include "model/flow.h"

namespace cxlint::model {

/// What runs after `action` completes normally (any of its branches ran out): the next action of
/// its list, else what follows its owner (the loop itself at the end of a loop body), climbing as
/// far as needed; kNoAction when the container's list ends.
ActionId FallThrough(const Flow& flow, ActionId action);

/// The first action run when `action` takes output `branch`: the branch's first action, or for
/// an empty or absent branch, FallThrough(action); kNoAction when that ends the container.
ActionId BranchEntry(const Flow& flow, ActionId action, int branch);

/// The innermost loop whose body holds `action` (at any depth of branches), or kNoAction.
ActionId EnclosingLoop(const Flow& flow, ActionId action);

/// How a walk leaves the actions it can reach.
enum class ExitKind {
  kEndsFlow,       // disconnect, endWorkflow, exitBotFlow / exitWorkitemFlow
  kTransfers,      // a transfer that succeeds hands the interaction over
  kEndsContainer,  // endTask, or the end of the container's list
  kJumps,          // changeState, jumpToTask, jumpToMenu, a menu choice: leaves for `target`
  kCalls,          // callTask: runs `target`, then the walk continues after it
};

/// One way out of the reachable region, and the action that takes it.
struct ReachExit {
  ExitKind kind = ExitKind::kEndsContainer;
  ActionId by = kNoAction;            // the action that ends, jumps or runs off the end
  ContainerId target = kNoContainer;  // kJumps, kCalls: where to, when resolved
};

/// How far a walk goes.
struct ReachOptions {
  /// Also enter the target containers of jumps and calls (a call is then over-approximated:
  /// the called container's actions and the actions after the call are both reachable).
  bool follow_jumps = false;
};

/// The actions a walk can reach, each once, and the ways it leaves.
struct Reach {
  std::vector<ActionId> actions;  // in depth-first order: branches in order, then fall-through
  std::vector<ReachExit> exits;   // each distinct exit once, in the order met

  /// True when `action` is reachable.
  bool Contains(ActionId action) const;
  /// True when some exit is of this kind.
  bool Exits(ExitKind kind) const;
};

/// Everything that can run once `action` takes output `branch`, following fall-through, loops
/// (a loop body's end goes back to its loop, so an action inside a loop can reach itself) and,
/// with `follow_jumps`, jumps; stops where the flow ends or leaves the container. Cycle-safe.
Reach ReachFromBranch(const Flow& flow, ActionId action, int branch, const ReachOptions& options = {});

/// Everything that can run from `start` on, `start` included; same rules as ReachFromBranch.
Reach ReachFromAction(const Flow& flow, ActionId start, const ReachOptions& options = {});

/// The actions that can run right after `action` (its branches' entries, fall-through, and with
/// `follow_jumps` the targets of jumps and calls), for walks that weigh their steps.
std::vector<ActionId> Successors(const Flow& flow, ActionId action, const ReachOptions& options = {});

/// The actions run on a shortest way from taking `branch` of `action` to `target`, `target`
/// included (for counting the waits before a re-call); empty when `target` is not reachable.
std::vector<ActionId> PathFromBranch(const Flow& flow, ActionId action, int branch, ActionId target,
                                     const ReachOptions& options = {});

}  // namespace cxlint::model
