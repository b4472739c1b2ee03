// CX306 action-timeout-exceeds-step-timeout: a Call Data Action whose data action may run as long
// as, or longer than, the Architect step's own `timeout`. The step then gives up first, and the
// data action keeps waiting on the endpoint (docs/domain.md §1: "the data action itself would continue
// to wait ... up to 60 seconds"), so the action's timeout never decides anything and its Timeout
// response is never seen. An unset data action timeout is the 60 s default. Steps without a
// literal timeout and actions whose timeout cannot be evaluated are not judged, and neither is a
// pair of defaults (the 60 s action timeout and Architect's suggested 1-minute step timeout):
// that is CX305's note, and only a timeout someone set makes this a choice to revisit.

#include <string>
#include <vector>

#include "model/outbound_call.h"
#include "model/project.h"
#include "model/retry_policy.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

constexpr int64_t kSuggestedStepTimeoutMs = 60'000;

void Check(const model::Project& project, Sink& sink) {
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (call.kind != model::CallKind::kFlowDataAction || !call.data_action || !call.step_timeout_ms ||
        !call.step_timeout_location.file)
      continue;
    const model::DataAction& action = *call.data_action;
    const auto action_ms = action.TimeoutMs();
    if (!action_ms || *action_ms < *call.step_timeout_ms) continue;
    const bool defaulted = action.timeout_seconds.value.IsNull();
    // Both at their defaults is CX305's note: a 1-minute step timeout is Architect's suggested
    // value, which Archy writes out and `.i3` marks `useSuggestedTimeout`.
    if (defaulted && *call.step_timeout_ms == kSuggestedStepTimeoutMs) continue;
    const std::string action_timeout =
        model::FormatDuration(*action_ms) + (defaulted ? " (the default, none is set)" : "");
    std::vector<RelatedLocation> related{
        {action.timeout_seconds.location,
         defaulted ? "the data action, which sets no timeout" : "the data action's timeout"}};
    sink.Report(call.step_timeout_location,
                "the step timeout of " + model::FormatDuration(*call.step_timeout_ms) + " for " + call.subject +
                    " is not longer than its data action's timeout of " + action_timeout +
                    ": the step gives up first, while the data action keeps waiting on the endpoint; set the data "
                    "action's timeout below the step's",
                std::move(related));
  }
}

// Its traits (RuleMeta::traits): a reliability rule about endpoints, with high precision.
constexpr std::string_view kTags[] = {"endpoints", "reliability"};

}  // namespace

const RuleMeta kActionTimeoutExceedsStepTimeout{
    "CX306",
    "action-timeout-exceeds-step-timeout",
    Severity::kWarning,
    "a data action's timeout (set, or the 60 s default) is not shorter than the Architect step timeout that calls it",
    &Check,
    {},
    {kTags, "high"}};

}  // namespace cxlint::rules
