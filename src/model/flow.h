#pragma once
// A flow as a graph: containers of actions, actions with named branches, and the fall-through
// between them, the same whether it was read from Archy YAML, an `.i3` export or flow JSON.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "base/source_file.h"
#include "document/file_kind.h"
#include "model/located.h"

namespace cxlint::model {

/// An index into Flow::actions.
using ActionId = int32_t;
/// The ActionId that names no action.
inline constexpr ActionId kNoAction = -1;
/// An index into Flow::containers.
using ContainerId = int32_t;
/// The ContainerId that names no container.
inline constexpr ContainerId kNoContainer = -1;

/// What an action does, as far as the rules care; everything else is kOther with its raw type kept.
enum class ActionKind {
  kCallData,     // Archy callData, .i3 DataAction
  kDecision,     // yes / no on a condition
  kSwitch,       // cases and a default
  kLoop,         // a body run loopCount times
  kLoopNext,     // back to the enclosing loop
  kLoopExit,     // out of the enclosing loop
  kWait,         // pauses for a duration
  kChangeState,  // leaves for another state
  kCallTask,     // runs a task and comes back
  kJumpToTask,   // leaves for a task (menu choices, jumpToTask, .i3 TransferTaskAction)
  kJumpToMenu,   // leaves for a menu
  kTransfer,     // hands the interaction over (to ACD, a user, a number, a flow...); may fail
  kDisconnect,   // drops the interaction
  kEndWorkflow,  // ends a workflow with an exit reason
  kEndTask,      // ends the current task
  kExitFlow,     // ends a bot or workitem flow (exitBotFlow, exitWorkitemFlow)
  kMessage,      // says something: sendResponse, communicate, playAudio, sendAutoReply
  kUpdateData,   // sets variables
  kOther,
};

/// The role of one output of an action.
enum class BranchKind {
  kSuccess,
  kFailure,
  kTimeout,
  kYes,
  kNo,
  kCase,
  kDefault,
  kLoopBody,
  kFound,
  kNotFound,
  kOther
};

/// What holds a list of actions.
enum class ContainerKind {
  kTask,            // tasks, inline menu tasks, common-module tasks
  kState,           // states of message, email, workflow flows
  kMenu,            // a menu: its choices, no action list
  kBot,             // bot flow bots (.i3 BotState)
  kStartUpActions,  // inqueueCall / commonModule startUpTaskActions
  kLoopTask,        // the .i3 in-queue task, which starts again when it ends
  kOther,
};

/// How a flow writes a value.
enum class ValueForm {
  kAbsent,      // not written: the platform default applies
  kLiteral,     // Archy `lit:` or a bare scalar, .i3 `lit`
  kExpression,  // Archy `exp:` or `var:`, .i3 any other operator
  kNoValue,     // Archy `noValue: true`, .i3 `emp`
};

/// A value as a flow writes it, with the literal read when the model can read it.
template <typename T>
struct FlowValue {
  ValueForm form = ValueForm::kAbsent;
  std::optional<T> literal;  // set only for a readable kLiteral
  std::string text;          // the expression or literal text as written ("Flow.Timeout", "P0D0H1M0S0F")
};

/// One input or output of an action and what it is bound to.
struct Binding {
  Located<std::string> name;            // at the YAML key or the .i3 binding object
  ValueForm form = ValueForm::kAbsent;  // kNoValue when deliberately left unbound
  Located<std::string> value;           // the variable or expression text; empty when unbound

  /// True when the output is written to a variable (or the input is given a value).
  bool Bound() const { return form == ValueForm::kLiteral || form == ValueForm::kExpression; }
};

/// What a Call Data Action calls and how it binds inputs and results.
struct DataActionCall {
  Located<std::string> category;  // YAML key under `category` (may be "{{placeholder}}"), .i3 category.name
  Located<std::string> name;      // YAML key under `dataAction`, .i3 actionName
  std::string action_id;          // .i3 actionId ("custom_-_<uuid>"); empty for YAML
  std::vector<Binding> inputs;
  std::vector<Binding> success_outputs;
  std::vector<Binding> failure_outputs;  // YAML failureOutputs, .i3 errorBindings

  /// The failure output with this name ("status", "errorCode"), or null.
  const Binding* FailureOutput(std::string_view output) const;
};

/// One variable an Update Data action sets, and the value as written.
struct Assignment {
  std::string variable;          // "Common.success"
  FlowValue<std::string> value;  // kLiteral "true", kExpression "Flow.x + 1"
};

/// One output of an action: its label, where it is written, and the actions it runs.
struct Branch {
  BranchKind kind = BranchKind::kOther;
  std::string label;               // as written: "failure", "Failure", "case 2", "Not Found", "intent:Book"
  std::string output_id;           // .i3 outputId ("__FAILURE__", a case GUID); empty for YAML
  Location location;               // the output key or .i3 path; the owning action's location when absent
  bool present = false;            // written in the document (an absent output falls through)
  Located<std::string> condition;  // a switch case's value expression
  std::vector<ActionId> actions;   // in run order; empty means it falls through

  /// True when taking the branch runs no action of its own.
  bool Empty() const { return actions.empty(); }
};

/// One action and its place in the graph.
struct Action {
  ActionKind kind = ActionKind::kOther;
  std::string type;           // raw: "callData", "transferToAcd", "DataAction", "TransferPureMatchAction"
  Located<std::string> name;  // display name; empty at the action's location when unnamed
  std::string id;             // .i3 action id; empty for YAML
  Location location;          // YAML: the action key (`callData`); .i3: the action object + logical path
  ContainerId container = kNoContainer;
  ActionId owner = kNoAction;    // the action whose branch holds this one; kNoAction at container level
  int owner_branch = -1;         // which branch of `owner`
  ActionId next = kNoAction;     // the following action of the same list or chain
  std::vector<Branch> branches;  // outputs; the usual ones of a kind are present even when unwritten

  std::optional<DataActionCall> data_action;    // kCallData
  Located<FlowValue<int64_t>> timeout_ms;       // kCallData step `timeout`, milliseconds
  Located<FlowValue<int64_t>> loop_count;       // kLoop `loopCount`
  Located<FlowValue<int64_t>> duration_ms;      // kWait `duration`, milliseconds
  Located<std::string> condition;               // kDecision, kSwitch: the expression text
  Located<FlowValue<std::string>> exit_reason;  // kEndWorkflow
  Located<std::string> target;                  // jumps and calls: the YAML ref or .i3 sequence id
  std::vector<Assignment> assignments;          // kUpdateData: the variables it sets, in order
  std::string loop_index;                       // kLoop: the variable holding the current index
  ContainerId target_container = kNoContainer;  // `target` resolved, when it could be

  /// The first branch of this kind, or null.
  const Branch* FindBranch(BranchKind branch_kind) const;
  /// The index of the first branch of this kind, or -1.
  int BranchIndex(BranchKind branch_kind) const;
};

/// A task, state, menu, bot or start-up list: a named holder of actions.
struct Container {
  ContainerKind kind = ContainerKind::kOther;
  std::string type;  // raw: "task", "state", "menu", "startUpTaskActions", "LoopTask"
  Located<std::string> name;
  std::string ref;  // YAML refId, .i3 sequence id
  Location location;
  std::vector<ActionId> actions;  // the top-level list or chain, in run order
  std::vector<ActionId> choices;  // kMenu: one action per choice
};

/// How the flow handles an action that errors (not one that takes its Failure output).
enum class ErrorHandlingKind { kAbsent, kDisconnect, kEndFlow, kTransferToQueue, kOther };

/// The flow-level error handling: YAML settingsErrorHandling, .i3 errorHandling.
struct ErrorHandling {
  ErrorHandlingKind kind = ErrorHandlingKind::kAbsent;
  Located<std::string> action;  // raw: "disconnect", "endWorkflow", "Queue"; the flow type's location when absent
};

/// One flow document as a graph.
struct Flow {
  SourcePtr source;
  FileKind file_kind = FileKind::kArchyFlow;
  size_t document_index = 0;  // in Project::documents
  std::string deployed_by;    // the `genesyscloud_flow` address when read as Terraform deploys it
  Located<std::string> type;  // "inboundCall", "workflow"; .i3 "inboundcall", "bot"
  Located<std::string> name;
  bool is_call_flow = false;         // inboundCall, outboundCall, inqueueCall, secureCall
  Located<std::string> start_ref;    // YAML startUpRef, .i3 initialSequence
  ContainerId entry = kNoContainer;  // where the flow starts
  std::vector<Container> containers;
  std::vector<Action> actions;  // every action, unknown and unreachable ones included
  ErrorHandling error_handling;
  /// The variables the flow returns to whatever runs it (`isOutput`): "Flow.statusCode".
  std::vector<std::string> output_variables;

  /// True when `variable` is one of the flow's outputs (case-insensitive, as Architect names are).
  bool IsOutputVariable(std::string_view variable) const;
  /// The ids of the actions of one kind, in id order.
  std::vector<ActionId> ActionsOfKind(ActionKind kind) const;
};

/// True when two Call Data Actions call the same data action: the same `.i3` action id, or the
/// same category and name as written. Retry detection and the flow-path rules share this test.
bool CallsSameDataAction(const Action& a, const Action& b);

/// The kind's name for messages and tests: "callData", "decision", "other".
std::string_view ActionKindName(ActionKind kind);

/// The kind of an Archy YAML action key ("callData", "menuTransferToAcd", ...).
ActionKind ArchyActionKind(std::string_view key);

/// The kind of an `.i3` action `__type` ("DataAction", "TransferPureMatchAction", ...).
ActionKind I3ActionKind(std::string_view type);

/// The role of an output from its Archy key or `.i3` outputId / label ("notFound", "__NOT_FOUND__").
BranchKind BranchKindFromLabel(std::string_view label);

/// True for the call flow types, in Archy or `.i3` spelling (inboundCall / inboundcall, ...).
bool IsCallFlowType(std::string_view type);

/// True for the flow types where a customer waits on the flow's answer: call, message, chat,
/// email and bot flows; not workflows, workitem flows or common modules (their callers vary).
bool IsCustomerFlowType(std::string_view type);

}  // namespace cxlint::model
