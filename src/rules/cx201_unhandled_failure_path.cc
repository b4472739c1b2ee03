// CX201 unhandled-failure-path: a failed call really continues as if it had succeeded. The
// Failure output is absent or empty, so Architect continues with the action after the step
// (docs/domain.md §4), and that action is also where a success goes: the code written
// for a successful call runs with its success outputs unset, for a 429 and Genesys-side
// throttling (§3) too. Not a defect, and silent: a fall-through that only a failure reaches
// (every Success path leaves first: that is the failure handler), the next round of a loop, the
// end of the task or state, a call whose result nothing reads (best effort), and a Success path
// that records the success in a flag (a common module's output initialised to false). When the
// Timeout output goes on the same way, this one finding names both; CX202 is for a Timeout
// output alone. One finding per Call Data Action.

#include <string>

#include "model/flow.h"
#include "model/flow_graph.h"
#include "model/project.h"
#include "rules/flow_paths.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  for (const model::Flow& flow : project.flows) {
    for (model::ActionId id : flow.ActionsOfKind(model::ActionKind::kCallData)) {
      if (!GoesOnAsIfSucceeded(flow, id, model::BranchKind::kFailure)) continue;
      const model::Action& action = flow.actions[static_cast<size_t>(id)];
      const bool with_timeout = GoesOnAsIfSucceeded(flow, id, model::BranchKind::kTimeout);
      const model::Branch* output = action.FindBranch(model::BranchKind::kFailure);
      const model::Branch* timeout = action.FindBranch(model::BranchKind::kTimeout);
      const bool written = output && output->present;
      const bool timeout_written = timeout && timeout->present;
      std::string paths = written ? " has an empty Failure path" : " has no Failure path";
      if (with_timeout && written == timeout_written)
        paths = written ? " has empty Failure and Timeout paths" : " has no Failure or Timeout path";
      else if (with_timeout)
        paths += timeout_written ? " and an empty Timeout path" : " and no Timeout path";
      const model::ActionId next = model::FallThrough(flow, id);
      sink.Report(written ? output->location : action.location,
                  DescribeCall(action) + paths + ": a failed call, HTTP 429 included," +
                      (with_timeout ? " or one that times out," : "") + " goes on to " +
                      DescribeAction(flow.actions[static_cast<size_t>(next)]) +
                      " as if it had succeeded, with its success outputs unset");
    }
  }
}

// Its traits (RuleMeta::traits): flow-path rules infer behaviour from a model that may miss what
// only runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"flow-paths", "reliability"};

}  // namespace

const RuleMeta kUnhandledFailurePath{
    "CX201",
    "unhandled-failure-path",
    Severity::kWarning,
    "a failed call (429 included) goes on with what the flow runs after a success: no failure path and no handler",
    &Check,
    {},
    {kTags, "high"}};

}  // namespace cxlint::rules
