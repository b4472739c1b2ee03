// CX203 missing-429-branch: what runs after a call fails cannot treat HTTP 429 as "try later".
// A non-2xx answer, 429 included, and Genesys' own data-action throttling all take the Failure
// path (docs/domain.md §3). The failure handler is the Failure output's actions, or the
// fall-through that only a failure reaches (model/failure_route.h). It handles 429 when it:
// - compares the failure output `status` with 429 in a decision or switch (binding it works only
//   outside call flows, §3, so a call flow cannot do this);
// - calls the same data action again, or jumps back to it (a retry: how fast is CX102-CX106's);
// - hands the interaction to a person (a transfer) or offers a callback;
// - returns the status to whatever runs the flow: the status is bound to an output variable, or
//   the handler copies it into one (a workflow or common module reporting to its caller, which
//   can treat 429 itself, as the HRIS workflows of docs/domain.md §3 do).
// The same test for every flow type: it fires when the handler can only end, disconnect or go on.
// A failure that goes on as if the call had succeeded is CX201's finding, the next round of a
// loop is a retry of sorts, and a call nested in the Failure or Timeout path of a call to the
// same data action is that call's retry, judged with the first attempt.

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
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

bool Lower(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

bool NamePart(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }

// True when `text` holds `word` (case-insensitive, as Architect names are) not as part of a longer
// name or number: "State.Status" is in "State.Status == 429" but not in "State.StatusText".
bool ContainsWord(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (size_t at = 0; at + word.size() <= text.size(); ++at) {
    bool same = true;
    for (size_t i = 0; same && i < word.size(); ++i) same = Lower(text[at + i], word[i]);
    if (!same) continue;
    const bool open = at == 0 || !NamePart(text[at - 1]);
    const bool close = at + word.size() == text.size() || !NamePart(text[at + word.size()]);
    if (open && close) return true;
  }
  return false;
}

// True when a decision or switch compares `variable` with 429.
bool Compares429(const Action& action, const std::string& variable) {
  const std::string& condition = action.condition.value;
  if (action.kind == ActionKind::kDecision) return ContainsWord(condition, variable) && ContainsWord(condition, "429");
  if (action.kind != ActionKind::kSwitch) return false;
  // `firstMatch` switches the value once and lists the values; `firstTrue` lists whole conditions.
  const bool switches_variable = ContainsWord(condition, variable);
  for (const model::Branch& branch : action.branches) {
    const std::string& value = branch.condition.value;
    if (ContainsWord(value, "429") && (switches_variable || ContainsWord(value, variable))) return true;
  }
  return false;
}

// True when `id` sits, at any depth, in the Failure or Timeout branch of a call to the same data action.
bool IsRetry(const model::Flow& flow, ActionId id) {
  const Action& call = flow.actions[static_cast<size_t>(id)];
  ActionId at = id;
  for (size_t steps = 0; steps <= flow.actions.size(); ++steps) {
    const Action& current = flow.actions[static_cast<size_t>(at)];
    if (current.owner < 0 || static_cast<size_t>(current.owner) >= flow.actions.size()) return false;
    const Action& owner = flow.actions[static_cast<size_t>(current.owner)];
    const size_t branch = static_cast<size_t>(current.owner_branch);
    if (owner.kind == ActionKind::kCallData && branch < owner.branches.size() &&
        (owner.branches[branch].kind == model::BranchKind::kFailure ||
         owner.branches[branch].kind == model::BranchKind::kTimeout) &&
        model::CallsSameDataAction(owner, call))
      return true;
    at = current.owner;
  }
  return false;
}

// True when an Update Data action copies `variable` into one of the flow's outputs.
bool ReturnsToCaller(const model::Flow& flow, const Action& action, const std::string& variable) {
  if (action.kind != ActionKind::kUpdateData) return false;
  for (const model::Assignment& assignment : action.assignments) {
    if (flow.IsOutputVariable(assignment.variable) && ContainsWord(assignment.value.text, variable)) return true;
  }
  return false;
}

// True for actions that hand the interaction to a person or offer a callback.
bool HandsOver(const Action& action) {
  if (action.kind == ActionKind::kTransfer) return true;
  std::string text = action.type + " " + action.name.value;
  if (action.kind == ActionKind::kCallData && action.data_action) text += " " + action.data_action->name.value;
  return AsciiLower(text).find("callback") != std::string::npos;
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::Flow& flow : project.flows) {
    for (const ActionId id : flow.ActionsOfKind(ActionKind::kCallData)) {
      const Action& action = flow.actions[static_cast<size_t>(id)];
      if (!action.data_action || IsRetry(flow, id)) continue;
      for (const JudgedRoute& judged : HandledRoutes(flow, id)) {
        if (judged.route.output != model::BranchKind::kFailure) continue;
        const model::Reach reach = model::ReachFromBranch(flow, id, judged.route.branch, {.follow_jumps = true});
        const model::Binding* status = action.data_action->FailureOutput("status");
        const bool bound = status && status->Bound() && !flow.is_call_flow;
        // A jump back to the call is a retry; a status bound to an output reaches the caller.
        bool handled = reach.Contains(id) || (bound && flow.IsOutputVariable(status->value.value));
        for (ActionId reached : reach.actions) {
          const Action& other = flow.actions[static_cast<size_t>(reached)];
          handled |=
              HandsOver(other) || (other.kind == ActionKind::kCallData && model::CallsSameDataAction(action, other)) ||
              (bound && (Compares429(other, status->value.value) || ReturnsToCaller(flow, other, status->value.value)));
        }
        if (handled) continue;
        // What the handler does, for the message.
        enum class Does { kGoesOn, kEnds, kEndsWorkflow, kDisconnects } does = Does::kGoesOn;
        for (ActionId reached : reach.actions) {
          const ActionKind kind = flow.actions[static_cast<size_t>(reached)].kind;
          if (kind == ActionKind::kDisconnect)
            does = Does::kDisconnects;
          else if (kind == ActionKind::kEndWorkflow && does == Does::kGoesOn)
            does = Does::kEndsWorkflow;
          else if ((kind == ActionKind::kExitFlow || kind == ActionKind::kEndTask) && does == Does::kGoesOn)
            does = Does::kEnds;
        }
        if (does == Does::kGoesOn && reach.Exits(model::ExitKind::kEndsContainer)) does = Does::kEnds;
        const std::string_view verb = does == Does::kDisconnects ? Agree(judged, "disconnects", "disconnect")
                                      : does == Does::kEndsWorkflow
                                          ? Agree(judged, "ends the workflow", "end the workflow")
                                      : does == Does::kEnds ? Agree(judged, "ends", "end")
                                                            : Agree(judged, "goes on", "go on");
        std::string how =
            flow.is_call_flow ? "a call flow cannot read the HTTP status, so it should retry after a wait or transfer"
            : bound ? "it binds failure output 'status' to '" + status->value.value + "' but never compares it with 429"
                    : "failure output 'status' is not bound, and it neither retries after a wait nor hands over";
        sink.Report(RouteLocation(action, judged),
                    RoutePhrase(action, judged) + " " + std::string(verb) + " (" + how +
                        "): a rate-limited call (429) is handled like a permanent error");
      }
    }
  }
}

// Its traits (RuleMeta::traits): flow-path rules infer behaviour from a model that may miss what
// only runs at call time, so their precision is high.
constexpr std::string_view kTags[] = {"flow-paths", "reliability"};

}  // namespace

const RuleMeta kMissing429Branch{"CX203",
                                 "missing-429-branch",
                                 Severity::kWarning,
                                 "a failure path cannot tell http 429 apart: status unbound or never compared with "
                                 "429, or in call flows neither a retry nor a transfer",
                                 &Check,
                                 {},
                                 {kTags, "high"}};

}  // namespace cxlint::rules
