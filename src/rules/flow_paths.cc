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
    if (!category.empty() && !name.empty()) out += " ('" + category + "' / '" + name + "')";
    else if (!name.empty()) out += " ('" + name + "')";
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

void ReportUnhandledOutput(const model::Project& project, Sink& sink, model::BranchKind kind,
                           std::string_view consequence) {
  const std::string name(BranchName(kind));
  for (const model::Flow& flow : project.flows) {
    for (const model::Action& action : flow.actions) {
      if (action.kind != model::ActionKind::kCallData) continue;
      const model::Branch* output = action.FindBranch(kind);
      if (output && !output->Empty()) continue;
      const bool written = output && output->present;
      sink.Report(written ? output->location : action.location,
                  DescribeCall(action) + (written ? " has an empty " : " has no ") + name + " path: " +
                      std::string(consequence));
    }
  }
}

}  // namespace cxlint::rules
