// CX202 unhandled-timeout-path: a Call Data Action whose Timeout output is absent or has no
// actions. A call still running when the step's timeout (or the data action's own, 60 s by
// default: DOMAIN.md §0.2, §6.1) runs out takes the Timeout output; an empty one continues with the
// action after the step (§4.6, §5.3), as if the call had succeeded. One finding per Call Data Action.

#include "model/flow.h"
#include "model/project.h"
#include "rules/flow_paths.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  ReportUnhandledOutput(project, sink, model::BranchKind::kTimeout,
                        "a call that times out continues after the step as if it had succeeded");
}

}  // namespace

const RuleMeta kUnhandledTimeoutPath{
    "CX202", "unhandled-timeout-path", Severity::kWarning,
    "a call data action's timeout path is absent or empty, so a call that times out continues as if it had succeeded",
    &Check};

}  // namespace cxlint::rules
