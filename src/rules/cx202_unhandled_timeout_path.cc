// CX202 unhandled-timeout-path: the same as CX201 for the Timeout output, when the Failure output
// is handled: a call that times out goes on with what the flow runs after a success, its success
// outputs unset. When both go on, CX201's one finding names both.

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
      if (!GoesOnAsIfSucceeded(flow, id, model::BranchKind::kTimeout) ||
          GoesOnAsIfSucceeded(flow, id, model::BranchKind::kFailure))
        continue;
      const model::Action& action = flow.actions[static_cast<size_t>(id)];
      const model::Branch* output = action.FindBranch(model::BranchKind::kTimeout);
      const bool written = output && output->present;
      const model::ActionId next = model::FallThrough(flow, id);
      sink.Report(written ? output->location : action.location,
                  DescribeCall(action) + (written ? " has an empty Timeout path" : " has no Timeout path") +
                      ": a call that times out goes on to " + DescribeAction(flow.actions[static_cast<size_t>(next)]) +
                      " as if it had succeeded, with its success outputs unset");
    }
  }
}

// Its traits (RuleMeta::traits): flow-path rules infer behaviour from a model that may miss what
// only runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"flow-paths", "reliability"};

}  // namespace

const RuleMeta kUnhandledTimeoutPath{
    "CX202",
    "unhandled-timeout-path",
    Severity::kWarning,
    "a call that times out goes on with what the flow runs after a success, while its failure path is handled",
    &Check,
    {},
    {kTags, "high"}};

}  // namespace cxlint::rules
