#include "simulate/flow_ending.h"

#include <vector>

#include "base/strings.h"
#include "model/failure_route.h"
#include "model/flow_graph.h"

namespace cxlint::simulate {

namespace {

using model::ActionId;
using model::ActionKind;

bool HandsOff(const model::Action& action) {
  if (action.kind == ActionKind::kTransfer) return true;
  // Callback actions ("createCallback", "CreateCallbackAction") promise a person calls back.
  return action.kind == ActionKind::kOther && AsciiLower(action.type).find("callback") != std::string::npos;
}

bool CutsOff(const model::Action& action) {
  return action.kind == ActionKind::kDisconnect || action.kind == ActionKind::kEndWorkflow ||
         action.kind == ActionKind::kExitFlow;
}

}  // namespace

Ending EndingAfter(const model::Flow& flow, ActionId last_attempt, model::BranchKind output) {
  const model::FailureRoute route = model::RouteAfter(flow, last_attempt, output);
  if (route.how == model::AfterFailure::kContinues) return Ending::kContinue;
  ActionId start = route.entry;
  // The last round of a retry loop has run: the flow goes on after the loop.
  if (route.how == model::AfterFailure::kNextIteration) start = model::FallThrough(flow, route.entry);
  bool hands_off = false;
  bool cuts_off = false;
  std::vector<bool> seen(flow.actions.size(), false);
  std::vector<ActionId> stack;
  if (start != model::kNoAction) stack.push_back(start);
  // Depth-first over an explicit stack: loops and jumps make cycles, and flows can be deep.
  while (!stack.empty()) {
    const ActionId id = stack.back();
    stack.pop_back();
    if (id < 0 || static_cast<size_t>(id) >= flow.actions.size() || seen[static_cast<size_t>(id)]) continue;
    seen[static_cast<size_t>(id)] = true;
    const model::Action& action = flow.actions[static_cast<size_t>(id)];
    if (HandsOff(action)) {
      hands_off = true;
      continue;
    }
    if (CutsOff(action)) {
      cuts_off = true;
      continue;
    }
    if (action.kind == ActionKind::kCallData) continue;  // what follows depends on that call
    for (ActionId next : model::Successors(flow, id, {.follow_jumps = true})) stack.push_back(next);
  }
  if (hands_off) return Ending::kHandOff;
  return cuts_off ? Ending::kDisconnect : Ending::kContinue;
}

}  // namespace cxlint::simulate
