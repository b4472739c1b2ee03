// CX204 failure-reported-as-success: a Failure or Timeout path that can only end the flow with a
// success exit reason, e.g. `endWorkflow` with `exitReason: {lit: Success}` (the real pattern of
// docs/domain.md §4). The exit reason is how a workflow tells its caller and the flow execution
// history what happened, so a failed call is recorded as a success and nothing downstream reacts.
// The path is everything the branch runs, fall-through and jumps included, up to where each route
// ends. It fires only when every route that ends does so with a success-like literal (Success,
// Successful, Succeeded, OK in any case); an expression, another exit, a transfer, a route that
// runs off its container, or another Call Data Action (whose own outcome decides what follows,
// and whose paths are judged on their own) keeps it silent. The path is the output's actions or
// the fall-through that only a failure reaches (model/failure_route.h); a failure that goes on as
// if the call had succeeded is CX201/CX202's finding.

#include <cctype>
#include <string>

#include "model/flow.h"
#include "model/flow_graph.h"
#include "model/project.h"
#include "rules/flow_paths.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

using model::Action;
using model::ActionId;
using model::ActionKind;

// The literal exit reason when it says success, else empty.
std::string SuccessLiteral(const model::FlowValue<std::string>& reason) {
  if (reason.form != model::ValueForm::kLiteral) return {};
  const std::string text = reason.literal.value_or(reason.text);
  std::string folded;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (const char* word : {"success", "successful", "succeeded", "ok", "okay"}) {
    if (folded == word) return text;
  }
  return {};
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::Flow& flow : project.flows) {
    for (size_t i = 0; i < flow.actions.size(); ++i) {
      const Action& action = flow.actions[i];
      if (action.kind != ActionKind::kCallData) continue;
      for (const JudgedRoute& judged : HandledRoutes(flow, static_cast<ActionId>(i))) {
        const int index = judged.route.branch;
        // Everything the path can run, jumps followed; anything but a success ending keeps it silent.
        const model::Reach reach =
            model::ReachFromBranch(flow, static_cast<ActionId>(i), index, {.follow_jumps = true});
        std::string reported;
        bool other_end = false;
        for (ActionId at : reach.actions) {
          const Action& reached = flow.actions[static_cast<size_t>(at)];
          switch (reached.kind) {
            case ActionKind::kEndWorkflow: {
              const std::string success = SuccessLiteral(reached.exit_reason.value);
              if (success.empty())
                other_end = true;
              else if (reported.empty())
                reported = success;
              break;
            }
            case ActionKind::kCallData:
            case ActionKind::kDisconnect:
            case ActionKind::kExitFlow:
            case ActionKind::kEndTask:
            case ActionKind::kTransfer: other_end = true; break;
            default: break;
          }
        }
        // A route that runs off its list, or jumps or calls somewhere unknown, ends in a way we cannot read.
        for (const model::ReachExit& exit : reach.exits) {
          const bool followed = (exit.kind == model::ExitKind::kJumps || exit.kind == model::ExitKind::kCalls) &&
                                exit.target >= 0 && static_cast<size_t>(exit.target) < flow.containers.size() &&
                                !flow.containers[static_cast<size_t>(exit.target)].actions.empty();
          other_end |= exit.kind != model::ExitKind::kEndsFlow && !followed;
        }
        if (reported.empty() || other_end) continue;
        const bool failed = judged.route.output == model::BranchKind::kFailure;
        sink.Report(RouteLocation(action, judged), RoutePhrase(action, judged) + " " +
                                                       std::string(Agree(judged, "ends", "end")) +
                                                       " the workflow with exit reason '" + reported +
                                                       "': the workflow reports success for a call that " +
                                                       (judged.with_timeout ? "failed or timed out"
                                                        : failed            ? "failed"
                                                                            : "timed out"));
      }
    }
  }
}

// Its traits (RuleMeta::traits): flow-path rules infer behaviour from a model that may miss what
// only runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"flow-paths", "reliability"};

}  // namespace

const RuleMeta kFailureReportedAsSuccess{
    "CX204",
    "failure-reported-as-success",
    Severity::kWarning,
    "a failure or timeout path can only end the flow reporting success, e.g. end workflow with exit reason \"success\"",
    &Check,
    {},
    {kTags, "high"}};

}  // namespace cxlint::rules
