// CX203 missing-429-branch: the Failure path of a Call Data Action cannot react to HTTP 429.
// A non-2xx answer, 429 included, and Genesys' own data-action throttling all take the Failure
// path; the status is only visible through the failure output `status` (DOMAIN.md §0.4, §4.4,
// §6.1), and binding failure outputs works only in non-call flows. So:
// - non-call flows: fires when `status` is not bound, or bound to a variable that no decision or
//   switch condition on the failure path (everything the Failure branch can reach, jumps
//   followed) compares with 429;
// - call flows (inboundCall, outboundCall, inqueueCall, secureCall): the status cannot be read, so
//   fires only when the failure path neither calls the same data action again nor transfers.
// An absent or empty Failure path is CX201's finding; CX203 stays silent there, so one defect is
// said once. A call nested in the Failure or Timeout path of a call to the same data action is
// that call's retry: it is judged as part of the first attempt's failure path, whose reach holds
// the retries and their decisions.

#include <cctype>
#include <string>
#include <string_view>

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

bool Lower(char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); }

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

void Check(const model::Project& project, Sink& sink) {
  for (const model::Flow& flow : project.flows) {
    for (size_t i = 0; i < flow.actions.size(); ++i) {
      const Action& action = flow.actions[i];
      if (action.kind != ActionKind::kCallData || !action.data_action) continue;
      const int index = action.BranchIndex(model::BranchKind::kFailure);
      if (index < 0 || action.branches[static_cast<size_t>(index)].Empty()) continue;  // CX201
      const model::Branch& failure = action.branches[static_cast<size_t>(index)];
      const auto id = static_cast<ActionId>(i);
      if (IsRetry(flow, id)) continue;
      const model::Reach reach = model::ReachFromBranch(flow, id, index, {.follow_jumps = true});
      if (flow.is_call_flow) {
        bool retries = false, transfers = false;
        for (ActionId reached : reach.actions) {
          const Action& other = flow.actions[static_cast<size_t>(reached)];
          retries |= other.kind == ActionKind::kCallData && model::CallsSameDataAction(action, other);
          transfers |= other.kind == ActionKind::kTransfer;
        }
        if (retries || transfers) continue;
        sink.Report(failure.location, "the Failure path of " + DescribeCall(action) +
                                          " neither retries nor transfers: a call flow cannot read the HTTP status, so a "
                                          "rate-limited call (429) gets neither a second attempt nor an agent");
        continue;
      }
      const model::Binding* status = action.data_action->FailureOutput("status");
      if (!status || !status->Bound()) {
        sink.Report(status ? status->name.location : failure.location,
                    DescribeCall(action) + " leaves failure output 'status' unbound: its Failure path cannot tell "
                                           "HTTP 429 (rate limited, retry later) from a permanent error");
        continue;
      }
      bool compared = false;
      for (ActionId reached : reach.actions) compared |= Compares429(flow.actions[static_cast<size_t>(reached)], status->value.value);
      if (compared) continue;
      sink.Report(failure.location, DescribeCall(action) + " binds failure output 'status' to '" + status->value.value +
                                        "' but its Failure path never compares it with 429: a rate-limited call is "
                                        "handled like a permanent error");
    }
  }
}

}  // namespace

const RuleMeta kMissing429Branch{
    "CX203", "missing-429-branch", Severity::kWarning,
    "a failure path cannot tell http 429 apart: status unbound or never compared with 429, or in call flows neither a retry nor a transfer",
    &Check};

}  // namespace cxlint::rules
