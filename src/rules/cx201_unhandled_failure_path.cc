// CX201 unhandled-failure-path: a Call Data Action whose Failure output is absent or has no
// actions. Architect then continues with the action after the step (DOMAIN.md §0.7, §4.6, §5.3),
// so a failed call, HTTP 429 and Genesys-side throttling included (§6.1), runs the code written
// for a successful one, with its success outputs unset. One finding per Call Data Action.

#include "model/flow.h"
#include "model/project.h"
#include "rules/flow_paths.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  ReportUnhandledOutput(project, sink, model::BranchKind::kFailure,
                        "a failed call, HTTP 429 included, continues after the step as if it had succeeded");
}

}  // namespace

const RuleMeta kUnhandledFailurePath{
    "CX201", "unhandled-failure-path", Severity::kWarning,
    "a call data action's failure path is absent or empty, so a failed call (429 included) continues as if it had succeeded",
    &Check};

}  // namespace cxlint::rules
