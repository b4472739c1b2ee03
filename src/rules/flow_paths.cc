#include "rules/flow_paths.h"

#include <vector>

#include "model/flow_graph.h"

namespace cxlint::rules {

std::string DescribeCall(const model::Action& action) {
  std::string out = "call data action";
  if (!action.name.value.empty()) out += " '" + action.name.value + "'";
  if (action.data_action) {
    const std::string& category = action.data_action->category.value;
    const std::string& name = action.data_action->name.value;
    if (!category.empty() && !name.empty())
      out += " ('" + category + "' / '" + name + "')";
    else if (!name.empty())
      out += " ('" + name + "')";
  }
  return out;
}

std::string_view BranchName(model::BranchKind kind) {
  switch (kind) {
    case model::BranchKind::kSuccess: return "Success";
    case model::BranchKind::kFailure: return "Failure";
    case model::BranchKind::kTimeout: return "Timeout";
    default: return "output";
  }
}

void WalkBranch(const model::Flow& flow, model::ActionId action, int branch,
                const std::function<Visit(model::ActionId)>& visit) {
  const model::ActionId entry = model::BranchEntry(flow, action, branch);
  std::vector<bool> seen(flow.actions.size(), false);
  std::vector<model::ActionId> stack;
  if (entry != model::kNoAction) stack.push_back(entry);
  // Depth-first over an explicit stack: flows can be deep, and loops and jumps make cycles.
  while (!stack.empty()) {
    const model::ActionId id = stack.back();
    stack.pop_back();
    if (id < 0 || static_cast<size_t>(id) >= flow.actions.size() || seen[static_cast<size_t>(id)]) continue;
    seen[static_cast<size_t>(id)] = true;
    if (visit(id) == Visit::kStop) continue;
    const std::vector<model::ActionId> next = model::Successors(flow, id, {.follow_jumps = true});
    for (auto it = next.rbegin(); it != next.rend(); ++it) stack.push_back(*it);
  }
}

bool GoesOnAsIfSucceeded(const model::Flow& flow, model::ActionId call, model::BranchKind output) {
  const model::Action& action = flow.actions[static_cast<size_t>(call)];
  return action.kind == model::ActionKind::kCallData &&
         model::RouteAfter(flow, call, output).how == model::AfterFailure::kContinues && model::ResultIsRead(action) &&
         !model::SuccessSetsFlag(flow, call);
}

std::string DescribeAction(const model::Action& action) {
  return action.name.value.empty() ? "a " + action.type + " action" : "'" + action.name.value + "'";
}

std::vector<JudgedRoute> HandledRoutes(const model::Flow& flow, model::ActionId call) {
  std::vector<JudgedRoute> routes;
  const model::FailureRoute failure = model::RouteAfter(flow, call, model::BranchKind::kFailure);
  const model::FailureRoute timeout = model::RouteAfter(flow, call, model::BranchKind::kTimeout);
  const bool shared = failure.how == model::AfterFailure::kFallThroughHandler &&
                      timeout.how == model::AfterFailure::kFallThroughHandler && failure.entry == timeout.entry;
  if (failure.Handled()) routes.push_back({failure, shared});
  if (timeout.Handled() && !shared) routes.push_back({timeout, false});
  return routes;
}

std::string RoutePhrase(const model::Action& call, const JudgedRoute& judged) {
  std::string phrase = judged.with_timeout ? "the Failure and Timeout paths of "
                                           : "the " + std::string(BranchName(judged.route.output)) + " path of ";
  phrase += DescribeCall(call);
  if (judged.route.how == model::AfterFailure::kFallThroughHandler)
    phrase += " (the actions after it, which a success never reaches)";
  return phrase;
}

std::string_view Agree(const JudgedRoute& judged, std::string_view singular, std::string_view plural) {
  return judged.with_timeout ? plural : singular;
}

Location RouteLocation(const model::Action& call, const JudgedRoute& judged) {
  const int branch = judged.route.branch;
  if (branch < 0 || static_cast<size_t>(branch) >= call.branches.size()) return call.location;
  const model::Branch& output = call.branches[static_cast<size_t>(branch)];
  return output.present ? output.location : call.location;
}

}  // namespace cxlint::rules
