#include "model/flow.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "base/strings.h"

namespace cxlint::model {

namespace {

// Lowercase letters and digits only: "Not Found", "__NOT_FOUND__" and "notFound" all become "notfound".
std::string Folded(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
  }
  return out;
}

}  // namespace

const Binding* DataActionCall::FailureOutput(std::string_view output) const {
  for (const Binding& binding : failure_outputs) {
    if (binding.name.value == output) return &binding;
  }
  return nullptr;
}

const Branch* Action::FindBranch(BranchKind branch_kind) const {
  const int index = BranchIndex(branch_kind);
  return index < 0 ? nullptr : &branches[static_cast<size_t>(index)];
}

int Action::BranchIndex(BranchKind branch_kind) const {
  for (size_t i = 0; i < branches.size(); ++i) {
    if (branches[i].kind == branch_kind) return static_cast<int>(i);
  }
  return -1;
}

std::vector<ActionId> Flow::ActionsOfKind(ActionKind kind) const {
  std::vector<ActionId> ids;
  for (size_t i = 0; i < actions.size(); ++i) {
    if (actions[i].kind == kind) ids.push_back(static_cast<ActionId>(i));
  }
  return ids;
}

std::string_view ActionKindName(ActionKind kind) {
  switch (kind) {
    case ActionKind::kCallData: return "callData";
    case ActionKind::kDecision: return "decision";
    case ActionKind::kSwitch: return "switch";
    case ActionKind::kLoop: return "loop";
    case ActionKind::kLoopNext: return "loopNext";
    case ActionKind::kLoopExit: return "loopExit";
    case ActionKind::kWait: return "wait";
    case ActionKind::kChangeState: return "changeState";
    case ActionKind::kCallTask: return "callTask";
    case ActionKind::kJumpToTask: return "jumpToTask";
    case ActionKind::kJumpToMenu: return "jumpToMenu";
    case ActionKind::kTransfer: return "transfer";
    case ActionKind::kDisconnect: return "disconnect";
    case ActionKind::kEndWorkflow: return "endWorkflow";
    case ActionKind::kEndTask: return "endTask";
    case ActionKind::kExitFlow: return "exitFlow";
    case ActionKind::kMessage: return "message";
    case ActionKind::kUpdateData: return "updateData";
    case ActionKind::kOther: return "other";
  }
  return "other";
}

ActionKind ArchyActionKind(std::string_view key) {
  static constexpr std::pair<std::string_view, ActionKind> kKinds[] = {
      {"callData", ActionKind::kCallData},
      {"decision", ActionKind::kDecision},
      {"switch", ActionKind::kSwitch},
      {"loop", ActionKind::kLoop},
      {"loopNext", ActionKind::kLoopNext},
      {"loopExit", ActionKind::kLoopExit},
      {"wait", ActionKind::kWait},
      {"changeState", ActionKind::kChangeState},
      {"callTask", ActionKind::kCallTask},
      {"jumpToTask", ActionKind::kJumpToTask},
      {"menuJumpToTask", ActionKind::kJumpToTask},
      {"menuTask", ActionKind::kJumpToTask},
      {"jumpToMenu", ActionKind::kJumpToMenu},
      {"menuJumpToMenu", ActionKind::kJumpToMenu},
      {"menuSubMenu", ActionKind::kJumpToMenu},
      {"disconnect", ActionKind::kDisconnect},
      {"menuDisconnect", ActionKind::kDisconnect},
      {"endWorkflow", ActionKind::kEndWorkflow},
      {"endTask", ActionKind::kEndTask},
      {"exitBotFlow", ActionKind::kExitFlow},
      {"exitWorkitemFlow", ActionKind::kExitFlow},
      {"sendResponse", ActionKind::kMessage},
      {"communicate", ActionKind::kMessage},
      {"playAudio", ActionKind::kMessage},
      {"sendAutoReply", ActionKind::kMessage},
      {"updateData", ActionKind::kUpdateData},
  };
  for (const auto& [name, kind] : kKinds) {
    if (key == name) return kind;
  }
  // transferToAcd, transferToUser, transferToNumber, transferToFlow, menuTransferToAcd, ...
  if (key.starts_with("transferTo") || key.starts_with("menuTransferTo")) return ActionKind::kTransfer;
  return ActionKind::kOther;
}

ActionKind I3ActionKind(std::string_view type) {
  static constexpr std::pair<std::string_view, ActionKind> kKinds[] = {
      {"DataAction", ActionKind::kCallData},
      {"DecisionAction", ActionKind::kDecision},
      {"SwitchAction", ActionKind::kSwitch},
      {"LoopAction", ActionKind::kLoop},
      {"NextLoopAction", ActionKind::kLoopNext},
      {"ExitLoopAction", ActionKind::kLoopExit},
      {"WaitAction", ActionKind::kWait},
      {"ChangeStateAction", ActionKind::kChangeState},
      {"CallTaskAction", ActionKind::kCallTask},
      {"TaskAction", ActionKind::kJumpToTask},          // a menu choice that runs a task
      {"TransferTaskAction", ActionKind::kJumpToTask},  // "Jump to Reusable Task"
      {"TransferMenuAction", ActionKind::kJumpToMenu},  // "Jump to Menu"
      {"DisconnectAction", ActionKind::kDisconnect},
      {"EndWorkflowAction", ActionKind::kEndWorkflow},
      {"EndTaskAction", ActionKind::kEndTask},
      {"ExitBotFlowAction", ActionKind::kExitFlow},
      {"ExitWorkitemFlowAction", ActionKind::kExitFlow},
      {"SendResponseAction", ActionKind::kMessage},
      {"CommunicateAction", ActionKind::kMessage},
      {"PlayAudioAction", ActionKind::kMessage},
      {"SendAutoReplyAction", ActionKind::kMessage},
      {"UpdateVariableAction", ActionKind::kUpdateData},
  };
  for (const auto& [name, kind] : kKinds) {
    if (type == name) return kind;
  }
  // TransferPureMatchAction (= Transfer to ACD), TransferFlowAction, TransferToUserAction, ...;
  // the two jumps named Transfer*Action are matched above.
  if (type.starts_with("Transfer") && type.ends_with("Action")) return ActionKind::kTransfer;
  return ActionKind::kOther;
}

BranchKind BranchKindFromLabel(std::string_view label) {
  const std::string folded = Folded(label);
  if (folded == "success") return BranchKind::kSuccess;
  if (folded == "failure") return BranchKind::kFailure;
  if (folded == "timeout") return BranchKind::kTimeout;
  if (folded == "yes") return BranchKind::kYes;
  if (folded == "no") return BranchKind::kNo;
  if (folded == "default") return BranchKind::kDefault;
  if (folded == "loop") return BranchKind::kLoopBody;
  if (folded == "found") return BranchKind::kFound;
  if (folded == "notfound") return BranchKind::kNotFound;
  if (folded.starts_with("case")) return BranchKind::kCase;
  return BranchKind::kOther;
}

bool IsCallFlowType(std::string_view type) {
  const std::string folded = Folded(type);
  return folded == "inboundcall" || folded == "outboundcall" || folded == "inqueuecall" || folded == "securecall";
}

bool Flow::IsOutputVariable(std::string_view variable) const {
  const std::string folded = AsciiLower(variable);
  return std::any_of(output_variables.begin(), output_variables.end(),
                     [&](const std::string& output) { return AsciiLower(output) == folded; });
}

bool IsCustomerFlowType(std::string_view type) {
  static constexpr std::string_view kTypes[] = {"inboundchat",  "inboundshortmessage", "inboundemail",
                                                "inqueueemail", "inqueueshortmessage", "bot",
                                                "botflow",      "digitalbot",          "digitalbotflow"};
  const std::string folded = Folded(type);
  return IsCallFlowType(type) || std::find(std::begin(kTypes), std::end(kTypes), folded) != std::end(kTypes);
}

bool CallsSameDataAction(const Action& a, const Action& b) {
  if (!a.data_action || !b.data_action) return false;
  const DataActionCall& x = *a.data_action;
  const DataActionCall& y = *b.data_action;
  if (!x.action_id.empty() && !y.action_id.empty()) return x.action_id == y.action_id;
  return !x.name.value.empty() && x.name.value == y.name.value && x.category.value == y.category.value;
}

}  // namespace cxlint::model
