// Decoded `.i3` exports and flow configuration JSON to Flow. Sequences (flowSequenceItemList) are
// containers; each sequence lists its actions flat in `actionList`, and the graph is made of ids:
// `startAction`, each action's `nextAction`, and each output's `paths[].nextActionId`.

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/flow_builder.h"
#include "model/flow_values.h"
#include "parse/i3/i3_location.h"

namespace cxlint::model {

namespace {

using parse::Node;

std::string TextOf(const Node* node) { return node && node->IsScalar() ? node->text : std::string(); }

ContainerKind ContainerKindOf(std::string_view type) {
  if (type == "Task" || type == "CommonModuleTask") return ContainerKind::kTask;
  if (type == "State") return ContainerKind::kState;
  if (type == "Menu") return ContainerKind::kMenu;
  if (type == "BotState") return ContainerKind::kBot;
  if (type == "LoopTask") return ContainerKind::kLoopTask;
  return ContainerKind::kOther;
}

ErrorHandlingKind ErrorHandlingKindOf(std::string_view type) {
  if (type == "Disconnect") return ErrorHandlingKind::kDisconnect;
  if (type == "EndWorkflow" || type == "EndFlow" || type == "Exit") return ErrorHandlingKind::kEndFlow;
  if (type == "Queue") return ErrorHandlingKind::kTransferToQueue;
  return ErrorHandlingKind::kOther;
}

class I3FlowBuilder {
 public:
  explicit I3FlowBuilder(const Document& document)
      : document_(document), root_(document.root), logical_(document.kind == FileKind::kI3Export) {}

  Flow Build() {
    flow_.source = document_.source;
    flow_.file_kind = document_.kind;
    if (!root_.IsMap()) return std::move(flow_);
    const Location flow_location = At(root_, Logical(root_));
    flow_.type = LocatedText(root_.Find("type"), flow_location);
    flow_.is_call_flow = IsCallFlowType(flow_.type.value);
    flow_.name = LocatedText(root_.Find("name"), flow_location);
    flow_.start_ref = LocatedText(root_.Find("initialSequence"), flow_location);
    ReadErrorHandling(flow_location);
    ReadOutputVariables();
    if (const Node* sequences = root_.Find("flowSequenceItemList"); sequences && sequences->IsSequence()) {
      for (const Node& sequence : sequences->items) {
        if (sequence.IsMap()) ReadSequence(sequence);
      }
    }
    Link();
    flow_.entry = FindContainer(flow_.start_ref.value);
    for (Action& action : flow_.actions) {
      if (!action.target.value.empty()) action.target_container = FindContainer(action.target.value);
    }
    return std::move(flow_);
  }

 private:
  std::string Logical(const Node& node) const {
    return logical_ ? parse::I3LogicalLocation(root_, node.span.begin) : std::string();
  }

  Location At(const Node& node, const std::string& logical) const {
    return Location{document_.source, node.span, logical};
  }

  // A scalar, located at itself within `owner`'s logical path; empty at `owner` when missing.
  Located<std::string> LocatedText(const Node* node, const Location& owner) const {
    if (!node || !node->IsScalar()) return {std::string(), owner};
    return {node->text, At(*node, owner.logical)};
  }

  void ReadErrorHandling(const Location& flow_location) {
    flow_.error_handling.action.location = flow_location;
    const Node* handling = root_.Find("errorHandling");
    if (!handling || !handling->IsMap()) return;
    const Node* type = handling->Find("handlingType");
    if (!type) type = handling->Find("recognitionHandlingType");  // bot flows
    if (!type || !type->IsScalar()) return;
    flow_.error_handling.kind = ErrorHandlingKindOf(type->text);
    flow_.error_handling.action = LocatedText(type, flow_location);
  }

  // `variables: [{name, isOutput, ...}]`; an output is a JSON true.
  void ReadOutputVariables() {
    const Node* variables = root_.Find("variables");
    if (!variables || !variables->IsSequence()) return;
    for (const Node& variable : variables->items) {
      const Node* output = variable.Find("isOutput");
      if (output && output->IsScalar() && output->text == "true")
        flow_.output_variables.push_back(TextOf(variable.Find("name")));
    }
  }

  void ReadSequence(const Node& sequence) {
    Container container;
    container.type = TextOf(sequence.Find("__type"));
    container.kind = ContainerKindOf(container.type);
    container.location = At(sequence, Logical(sequence));
    container.name = LocatedText(sequence.Find("name"), container.location);
    container.ref = TextOf(sequence.Find("id"));
    flow_.containers.push_back(std::move(container));
    const auto id = static_cast<ContainerId>(flow_.containers.size() - 1);
    starts_.push_back(TextOf(sequence.Find("startAction")));
    if (const Node* list = sequence.Find("actionList"); list && list->IsSequence()) {
      for (const Node& action : list->items) {
        if (action.IsMap()) ReadAction(action, id, Logical(action));
      }
    }
    // Menu choices carry their action inline; the logical path names the choice, since the
    // sequence has no actionList entry for it.
    if (const Node* choices = sequence.Find("menuChoiceList"); choices && choices->IsSequence()) {
      for (const Node& choice : choices->items) {
        const Node* action = choice.Find("action");
        if (!action || !action->IsMap()) continue;
        std::string logical;
        if (logical_) {
          logical = Logical(choice) + " > choice '" + TextOf(choice.Find("name")) + "' > action '" +
                    TextOf(action->Find("name")) + "'";
          if (const std::string action_id = TextOf(action->Find("id")); !action_id.empty())
            logical += " (id " + action_id + ")";
        }
        const ActionId choice_action = ReadAction(*action, id, logical);
        flow_.containers[static_cast<size_t>(id)].choices.push_back(choice_action);
      }
    }
  }

  ActionId ReadAction(const Node& node, ContainerId container, const std::string& logical) {
    Action action;
    action.type = TextOf(node.Find("__type"));
    action.kind = I3ActionKind(action.type);
    action.id = TextOf(node.Find("id"));
    action.location = At(node, logical);
    action.container = container;
    action.name = LocatedText(node.Find("name"), action.location);
    action.timeout_ms.location = action.loop_count.location = action.duration_ms.location = action.condition.location =
        action.exit_reason.location = action.target.location = action.location;
    switch (action.kind) {
      case ActionKind::kCallData: ReadDataAction(action, node); break;
      case ActionKind::kDecision:
      case ActionKind::kSwitch:
        if (const Node* expression = node.Find("expression"))
          action.condition = {ReadI3Value(expression).text, At(*expression, logical)};
        break;
      case ActionKind::kLoop:
        if (const Node* count = node.Find("loopCount")) action.loop_count = {ReadI3Integer(count), At(*count, logical)};
        action.loop_index = ReadI3Value(node.Find("currentIndex")).text;
        break;
      case ActionKind::kUpdateData:
        // `variables: [{variable: {text: "Flow.csatSent"}, expression: {text: "true"}}]`.
        if (const Node* variables = node.Find("variables"); variables && variables->IsSequence()) {
          for (const Node& item : variables->items) {
            const FlowValue<std::string> variable = ReadI3Value(item.Find("variable"));
            if (!variable.text.empty())
              action.assignments.push_back({variable.text, ReadI3Value(item.Find("expression"))});
          }
        }
        break;
      case ActionKind::kWait:
        if (const Node* duration = node.Find("duration"))
          action.duration_ms = {ReadI3Duration(duration), At(*duration, logical)};
        break;
      case ActionKind::kEndWorkflow:
        if (const Node* reason = node.Find("exitReason"))
          action.exit_reason = {ReadI3Value(reason), At(*reason, logical)};
        break;
      default: break;
    }
    for (std::string_view ref_key : {"stateReference", "taskReference", "menuReference"}) {
      if (const Node* ref = node.Find(ref_key); ref && ref->IsScalar())
        action.target = LocatedText(ref, action.location);
    }
    std::vector<std::string> heads;
    ReadPaths(action, node, heads);
    flow_.actions.push_back(std::move(action));
    nexts_.push_back(TextOf(node.Find("nextAction")));
    heads_.push_back(std::move(heads));
    const auto id = static_cast<ActionId>(flow_.actions.size() - 1);
    const std::string& action_id = flow_.actions.back().id;
    if (!action_id.empty()) by_id_.emplace(action_id, id);
    return id;
  }

  // `paths: [{label, outputId, nextActionId?}]`, or a loop's single `path`; `heads` gets each
  // output's first action id ("" for an empty output).
  void ReadPaths(Action& action, const Node& node, std::vector<std::string>& heads) const {
    std::unordered_map<std::string, Located<std::string>> case_values;
    if (const Node* cases = node.Find("cases"); cases && cases->IsSequence() && action.kind == ActionKind::kSwitch) {
      for (const Node& item : cases->items) {
        const Node* value = item.Find("value");
        if (value)
          case_values[TextOf(item.Find("referenceId"))] = {ReadI3Value(value).text,
                                                           At(*value, action.location.logical)};
      }
    }
    std::vector<const Node*> paths;
    if (const Node* list = node.Find("paths"); list && list->IsSequence()) {
      for (const Node& path : list->items) paths.push_back(&path);
    }
    if (const Node* path = node.Find("path")) paths.push_back(path);
    for (const Node* path : paths) {
      if (!path->IsMap()) continue;
      Branch branch;
      branch.label = TextOf(path->Find("label"));
      branch.output_id = TextOf(path->Find("outputId"));
      // Built-in outputs have ids like "__NOT_FOUND__"; a switch's cases have GUIDs.
      if (branch.output_id.rfind("__", 0) == 0)
        branch.kind = BranchKindFromLabel(branch.output_id);
      else if (action.kind == ActionKind::kSwitch)
        branch.kind = BranchKind::kCase;
      branch.location = At(*path, action.location.logical);
      branch.present = true;
      branch.condition.location = branch.location;
      if (auto found = case_values.find(branch.output_id); found != case_values.end()) branch.condition = found->second;
      action.branches.push_back(std::move(branch));
      heads.push_back(TextOf(path->Find("nextActionId")));
    }
    AddUsualBranches(action, heads);
  }

  // The outputs a kind always has, added absent when the export omits them (transfers often do).
  static void AddUsualBranches(Action& action, std::vector<std::string>& heads) {
    auto ensure = [&](BranchKind kind, const char* label) {
      if (action.FindBranch(kind)) return;
      Branch branch;
      branch.kind = kind;
      branch.label = label;
      branch.location = branch.condition.location = action.location;
      action.branches.push_back(std::move(branch));
      heads.emplace_back();
    };
    switch (action.kind) {
      case ActionKind::kCallData:
        ensure(BranchKind::kSuccess, "Success");
        ensure(BranchKind::kFailure, "Failure");
        ensure(BranchKind::kTimeout, "Timeout");
        break;
      case ActionKind::kDecision:
        ensure(BranchKind::kYes, "Yes");
        ensure(BranchKind::kNo, "No");
        break;
      case ActionKind::kSwitch: ensure(BranchKind::kDefault, "Default"); break;
      case ActionKind::kLoop: ensure(BranchKind::kLoopBody, "Loop"); break;
      case ActionKind::kTransfer: ensure(BranchKind::kFailure, "Failure"); break;
      default: break;
    }
  }

  void ReadDataAction(Action& action, const Node& node) const {
    DataActionCall call;
    const std::string& logical = action.location.logical;
    call.category.location = action.location;
    if (const Node* category = node.Find("category"); category && category->IsMap()) {
      const Node* name = category->Find("name");
      call.category = LocatedText(name && name->IsScalar() ? name : category->Find("id"), action.location);
    }
    call.name = LocatedText(node.Find("actionName"), action.location);
    call.action_id = TextOf(node.Find("actionId"));
    call.inputs = ReadBindings(node.Find("inputs"), logical);
    call.success_outputs = ReadBindings(node.Find("outputs"), logical);
    call.failure_outputs = ReadBindings(node.Find("errorBindings"), logical);
    if (const Node* timeout = node.Find("timeout"))
      action.timeout_ms = {ReadI3Duration(timeout), At(*timeout, logical)};
    action.data_action = std::move(call);
  }

  // `[{name, value: <expression>}]`; a value with the `emp` operator is left unbound.
  std::vector<Binding> ReadBindings(const Node* list, const std::string& logical) const {
    std::vector<Binding> bindings;
    if (!list || !list->IsSequence()) return bindings;
    for (const Node& item : list->items) {
      if (!item.IsMap()) continue;
      Binding binding;
      const Location item_location = At(item, logical);
      binding.name = {TextOf(item.Find("name")), item_location};
      const Node* value = item.Find("value");
      const FlowValue<std::string> read = ReadI3Value(value);
      binding.form = read.form;
      binding.value = {read.text, value ? At(*value, logical) : item_location};
      bindings.push_back(std::move(binding));
    }
    return bindings;
  }

  ActionId FindAction(const std::string& id) const {
    if (id.empty()) return kNoAction;
    const auto found = by_id_.find(id);
    return found == by_id_.end() ? kNoAction : found->second;
  }

  ContainerId FindContainer(const std::string& ref) const {
    if (ref.empty()) return kNoContainer;
    for (size_t i = 0; i < flow_.containers.size(); ++i) {
      if (flow_.containers[i].ref == ref) return static_cast<ContainerId>(i);
    }
    return kNoContainer;
  }

  // Turns ids into the graph: `next` links, then chains from each sequence's start and from each
  // output, owned by the action whose output they are. Each action joins at most one chain, so
  // a malformed export with shared or cyclic links still gives a tree and the walk stays finite.
  void Link() {
    const size_t count = flow_.actions.size();
    for (size_t i = 0; i < count; ++i) flow_.actions[i].next = FindAction(nexts_[i]);
    claimed_.assign(count, false);
    for (size_t c = 0; c < flow_.containers.size(); ++c) {
      flow_.containers[c].actions = Chain(FindAction(starts_[c]), kNoAction, -1);
      for (ActionId choice : flow_.containers[c].choices) {
        claimed_[static_cast<size_t>(choice)] = true;
        work_.push_back(choice);
      }
      Drain();
    }
    // Actions nothing leads to (Architect keeps unreachable ones) still get their own outputs
    // linked: first the heads of such chains, then whatever is left in a cycle.
    std::vector<bool> led_to(count, false);
    for (size_t i = 0; i < count; ++i) {
      if (flow_.actions[i].next != kNoAction) led_to[static_cast<size_t>(flow_.actions[i].next)] = true;
      for (const std::string& head : heads_[i]) {
        if (const ActionId target = FindAction(head); target != kNoAction) led_to[static_cast<size_t>(target)] = true;
      }
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = 0; i < count; ++i) {
        if (claimed_[i] || (pass == 0 && led_to[i])) continue;
        Chain(static_cast<ActionId>(i), kNoAction, -1);
        Drain();
      }
    }
  }

  std::vector<ActionId> Chain(ActionId first, ActionId owner, int branch) {
    std::vector<ActionId> chain;
    for (ActionId at = first; at != kNoAction && !claimed_[static_cast<size_t>(at)];
         at = flow_.actions[static_cast<size_t>(at)].next) {
      claimed_[static_cast<size_t>(at)] = true;
      Action& action = flow_.actions[static_cast<size_t>(at)];
      action.owner = owner;
      action.owner_branch = branch;
      chain.push_back(at);
      work_.push_back(at);
    }
    return chain;
  }

  // Links the outputs of every action on the work stack; an explicit stack, never recursion.
  void Drain() {
    while (!work_.empty()) {
      const ActionId at = work_.back();
      work_.pop_back();
      const std::vector<std::string>& heads = heads_[static_cast<size_t>(at)];
      for (size_t b = 0; b < heads.size(); ++b) {
        std::vector<ActionId> chain = Chain(FindAction(heads[b]), at, static_cast<int>(b));
        flow_.actions[static_cast<size_t>(at)].branches[b].actions = std::move(chain);
      }
    }
  }

  const Document& document_;
  const Node& root_;
  const bool logical_;
  Flow flow_;
  std::vector<std::string> starts_;              // per container: its startAction id
  std::vector<std::string> nexts_;               // per action: its nextAction id
  std::vector<std::vector<std::string>> heads_;  // per action, per branch: the first action id
  std::unordered_map<std::string, ActionId> by_id_;
  std::vector<bool> claimed_;
  std::vector<ActionId> work_;
};

}  // namespace

Flow BuildI3Flow(const Document& document) { return I3FlowBuilder(document).Build(); }

}  // namespace cxlint::model
