// CX205 failure-drops-conversation: a non-empty Failure or Timeout path that disconnects the
// interaction before anything tells the customer or hands them over (docs/domain.md §4: the
// conversation is dropped only when a branch, or what follows it, reaches a disconnect or an end).
// The walk follows the branch, fall-through and jumps, and stops a route at:
// - a transfer, a message (sendResponse, communicate, playAudio, sendAutoReply), a question
//   (askFor*, collectInput), a bot flow call or a callback action: the customer is handled;
// - another Call Data Action: what follows depends on its outcome, and its paths are judged on
//   their own;
// - a disconnect, or an endTask that ends the interaction: the finding.
// endTask counts only outside in-queue flows and in a task no callTask runs: a called task's end
// returns to its caller through one of the task's output paths (the corpus' Limitless chat export
// and switch-voice-to-web-messaging flow end called tasks that way). Bot and workitem exits return
// control to the caller or keep the item, so they end a route silently. Workflows have no
// conversation to drop and are skipped; their failure endings are CX204's concern. The path is the
// output's actions or the fall-through that only a failure reaches (model/failure_route.h).

#include <cctype>
#include <string>
#include <vector>

#include "model/flow.h"
#include "model/project.h"
#include "rules/flow_paths.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

using model::Action;
using model::ActionId;
using model::ActionKind;

std::string Folded(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// True for actions that hand the customer over or speak to them.
bool HandlesCustomer(const Action& action) {
  if (action.kind == ActionKind::kTransfer || action.kind == ActionKind::kMessage) return true;
  if (action.kind != ActionKind::kOther) return false;
  const std::string type = Folded(action.type);  // "askForSlot", "AskForBooleanAction" -> "askforslot"...
  return type.starts_with("askfor") || type.starts_with("collectinput") || type.starts_with("callbotflow") ||
         type.find("callback") != std::string::npos;
}

struct Drop {
  ActionId by = model::kNoAction;
  bool ends_task = false;
};

void Check(const model::Project& project, Sink& sink) {
  for (const model::Flow& flow : project.flows) {
    const std::string type = Folded(flow.type.value);
    if (type == "workflow") continue;
    // Tasks a callTask runs (an unresolved callTask could run any task), whose end returns.
    std::vector<bool> called(flow.containers.size(), false);
    bool unknown_call = false;
    for (const Action& action : flow.actions) {
      if (action.kind != ActionKind::kCallTask) continue;
      const model::ContainerId target = action.target_container;
      if (target >= 0 && static_cast<size_t>(target) < called.size())
        called[static_cast<size_t>(target)] = true;
      else
        unknown_call = true;
    }
    auto ends_interaction = [&](const Action& end) {
      if (type == "inqueuecall" || unknown_call || end.container < 0 ||
          static_cast<size_t>(end.container) >= flow.containers.size())
        return false;
      return !called[static_cast<size_t>(end.container)] &&
             flow.containers[static_cast<size_t>(end.container)].kind != model::ContainerKind::kLoopTask;
    };
    for (size_t i = 0; i < flow.actions.size(); ++i) {
      const Action& action = flow.actions[i];
      if (action.kind != ActionKind::kCallData) continue;
      for (const JudgedRoute& judged : HandledRoutes(flow, static_cast<ActionId>(i))) {
        const int index = judged.route.branch;
        Drop drop;
        WalkBranch(flow, static_cast<ActionId>(i), index, [&](ActionId at) {
          const Action& reached = flow.actions[static_cast<size_t>(at)];
          if (HandlesCustomer(reached)) return Visit::kStop;
          switch (reached.kind) {
            case ActionKind::kDisconnect:
            case ActionKind::kEndTask:
              if (drop.by == model::kNoAction && (reached.kind == ActionKind::kDisconnect || ends_interaction(reached)))
                drop = {at, reached.kind == ActionKind::kEndTask};
              return Visit::kStop;
            case ActionKind::kCallData: return Visit::kStop;
            default: return Visit::kWalkOn;
          }
        });
        if (drop.by == model::kNoAction) continue;
        const Action& end = flow.actions[static_cast<size_t>(drop.by)];
        std::string verb(drop.ends_task ? Agree(judged, "ends the interaction", "end the interaction")
                                        : Agree(judged, "disconnects", "disconnect"));
        if (!end.name.value.empty()) verb += " ('" + end.name.value + "')";
        sink.Report(RouteLocation(action, judged),
                    RoutePhrase(action, judged) + " " + verb +
                        " with no transfer, message or callback first: the customer is cut off "
                        "without a word");
      }
    }
  }
}

// Its traits (RuleMeta::traits): flow-path rules infer behaviour from a model that may miss what
// only runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"flow-paths", "reliability"};

}  // namespace

const RuleMeta kFailureDropsConversation{
    "CX205",
    "failure-drops-conversation",
    Severity::kWarning,
    "a failure or timeout path disconnects the interaction without a transfer, message or callback first",
    &Check,
    {},
    {kTags, "high"}};

}  // namespace cxlint::rules
