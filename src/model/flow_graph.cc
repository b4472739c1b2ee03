#include "model/flow_graph.h"

#include <algorithm>
#include <deque>

namespace cxlint::model {

namespace {

bool Valid(const Flow& flow, ActionId id) { return id >= 0 && static_cast<size_t>(id) < flow.actions.size(); }

const Action& Get(const Flow& flow, ActionId id) { return flow.actions[static_cast<size_t>(id)]; }

// True when `action` sits directly in the body of its owner, a loop.
bool EndsLoopBody(const Flow& flow, const Action& action) {
  if (!Valid(flow, action.owner)) return false;
  const Action& owner = Get(flow, action.owner);
  return owner.kind == ActionKind::kLoop && action.owner_branch >= 0 &&
         static_cast<size_t>(action.owner_branch) < owner.branches.size() &&
         owner.branches[static_cast<size_t>(action.owner_branch)].kind == BranchKind::kLoopBody;
}

// Where control can go from one action: actions, and exits out of the reachable region.
struct Steps {
  std::vector<ActionId> next;
  std::vector<ReachExit> exits;
};

void AddNext(Steps& steps, ActionId from, ActionId next) {
  if (next == kNoAction)
    steps.exits.push_back({ExitKind::kEndsContainer, from, kNoContainer});
  else
    steps.next.push_back(next);
}

void AddTarget(const Flow& flow, Steps& steps, ActionId from, ExitKind kind, const ReachOptions& options) {
  const ContainerId target = Get(flow, from).target_container;
  steps.exits.push_back({kind, from, target});
  if (!options.follow_jumps || target < 0 || static_cast<size_t>(target) >= flow.containers.size()) return;
  const Container& container = flow.containers[static_cast<size_t>(target)];
  if (!container.actions.empty()) steps.next.push_back(container.actions.front());
  for (ActionId choice : container.choices) steps.next.push_back(choice);
}

Steps StepsFrom(const Flow& flow, ActionId id, const ReachOptions& options) {
  const Action& action = Get(flow, id);
  Steps steps;
  auto branches = [&] {
    for (size_t b = 0; b < action.branches.size(); ++b) AddNext(steps, id, BranchEntry(flow, id, static_cast<int>(b)));
  };
  switch (action.kind) {
    case ActionKind::kDisconnect:
    case ActionKind::kEndWorkflow:
    case ActionKind::kExitFlow: steps.exits.push_back({ExitKind::kEndsFlow, id, kNoContainer}); break;
    case ActionKind::kEndTask: steps.exits.push_back({ExitKind::kEndsContainer, id, kNoContainer}); break;
    case ActionKind::kChangeState:
    case ActionKind::kJumpToTask:
    case ActionKind::kJumpToMenu: AddTarget(flow, steps, id, ExitKind::kJumps, options); break;
    case ActionKind::kLoopNext: {
      const ActionId loop = EnclosingLoop(flow, id);
      AddNext(steps, id, loop != kNoAction ? loop : FallThrough(flow, id));
      break;
    }
    case ActionKind::kLoopExit: {
      const ActionId loop = EnclosingLoop(flow, id);
      AddNext(steps, id, FallThrough(flow, loop != kNoAction ? loop : id));
      break;
    }
    case ActionKind::kTransfer:
      steps.exits.push_back({ExitKind::kTransfers, id, kNoContainer});
      branches();
      break;
    // Their outputs cover every outcome (an unwritten one is an absent, empty branch).
    case ActionKind::kCallData:
    case ActionKind::kDecision:
    case ActionKind::kSwitch: branches(); break;
    case ActionKind::kLoop:
      branches();
      AddNext(steps, id, FallThrough(flow, id));  // after the last iteration
      break;
    case ActionKind::kCallTask:
      AddTarget(flow, steps, id, ExitKind::kCalls, options);
      branches();
      AddNext(steps, id, FallThrough(flow, id));
      break;
    default:
      // Unknown outputs may not cover every outcome, so the action may also just continue.
      branches();
      AddNext(steps, id, FallThrough(flow, id));
      break;
  }
  return steps;
}

void AddExit(Reach& reach, const ReachExit& exit) {
  const bool known = std::any_of(reach.exits.begin(), reach.exits.end(), [&](const ReachExit& seen) {
    return seen.kind == exit.kind && seen.by == exit.by && seen.target == exit.target;
  });
  if (!known) reach.exits.push_back(exit);
}

// Depth-first over an explicit stack; each action is expanded once.
Reach Walk(const Flow& flow, ActionId start, const ReachOptions& options) {
  Reach reach;
  std::vector<bool> seen(flow.actions.size(), false);
  std::vector<ActionId> stack{start};
  while (!stack.empty()) {
    const ActionId id = stack.back();
    stack.pop_back();
    if (!Valid(flow, id) || seen[static_cast<size_t>(id)]) continue;
    seen[static_cast<size_t>(id)] = true;
    reach.actions.push_back(id);
    Steps steps = StepsFrom(flow, id, options);
    for (const ReachExit& exit : steps.exits) AddExit(reach, exit);
    for (auto it = steps.next.rbegin(); it != steps.next.rend(); ++it) stack.push_back(*it);
  }
  return reach;
}

}  // namespace

ActionId FallThrough(const Flow& flow, ActionId action) {
  // Owners form a tree, so this climbs at most once per action; the bound guards odd input.
  for (size_t steps = 0; Valid(flow, action) && steps <= flow.actions.size(); ++steps) {
    const Action& current = Get(flow, action);
    if (current.next != kNoAction) return current.next;
    if (!Valid(flow, current.owner)) return kNoAction;
    if (EndsLoopBody(flow, current)) return current.owner;
    action = current.owner;
  }
  return kNoAction;
}

ActionId BranchEntry(const Flow& flow, ActionId action, int branch) {
  if (!Valid(flow, action)) return kNoAction;
  const Action& owner = Get(flow, action);
  if (branch < 0 || static_cast<size_t>(branch) >= owner.branches.size()) return kNoAction;
  const Branch& taken = owner.branches[static_cast<size_t>(branch)];
  if (!taken.actions.empty()) return taken.actions.front();
  return FallThrough(flow, action);
}

ActionId EnclosingLoop(const Flow& flow, ActionId action) {
  for (size_t steps = 0; Valid(flow, action) && steps <= flow.actions.size(); ++steps) {
    const Action& current = Get(flow, action);
    if (EndsLoopBody(flow, current)) return current.owner;
    action = current.owner;
  }
  return kNoAction;
}

bool Reach::Contains(ActionId action) const {
  return std::find(actions.begin(), actions.end(), action) != actions.end();
}

bool Reach::Exits(ExitKind kind) const {
  return std::any_of(exits.begin(), exits.end(), [&](const ReachExit& exit) { return exit.kind == kind; });
}

Reach ReachFromBranch(const Flow& flow, ActionId action, int branch, const ReachOptions& options) {
  if (!Valid(flow, action)) return {};
  const ActionId entry = BranchEntry(flow, action, branch);
  if (entry == kNoAction) {
    Reach reach;
    reach.exits.push_back({ExitKind::kEndsContainer, action, kNoContainer});
    return reach;
  }
  return Walk(flow, entry, options);
}

std::vector<ActionId> Successors(const Flow& flow, ActionId action, const ReachOptions& options) {
  if (!Valid(flow, action)) return {};
  return StepsFrom(flow, action, options).next;
}

Reach ReachFromAction(const Flow& flow, ActionId start, const ReachOptions& options) {
  return Walk(flow, start, options);
}

std::vector<ActionId> PathFromBranch(const Flow& flow, ActionId action, int branch, ActionId target,
                                     const ReachOptions& options) {
  const ActionId entry = BranchEntry(flow, action, branch);
  if (!Valid(flow, entry) || !Valid(flow, target)) return {};
  // Breadth-first, remembering how each action was first reached.
  std::vector<ActionId> parent(flow.actions.size(), kNoAction);
  std::vector<bool> seen(flow.actions.size(), false);
  std::deque<ActionId> queue{entry};
  seen[static_cast<size_t>(entry)] = true;
  while (!queue.empty()) {
    const ActionId id = queue.front();
    queue.pop_front();
    if (id == target) {
      std::vector<ActionId> path;
      for (ActionId at = target; at != kNoAction; at = parent[static_cast<size_t>(at)]) path.push_back(at);
      std::reverse(path.begin(), path.end());
      return path;
    }
    for (ActionId next : StepsFrom(flow, id, options).next) {
      if (!Valid(flow, next) || seen[static_cast<size_t>(next)]) continue;
      seen[static_cast<size_t>(next)] = true;
      parent[static_cast<size_t>(next)] = id;
      queue.push_back(next);
    }
  }
  return {};
}

}  // namespace cxlint::model
