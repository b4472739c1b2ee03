// Archy YAML to Flow: containers from tasks/states/menus/bots/startUpTaskActions, actions from
// their `actions:` lists, branches from `outputs:` (and a switch's `evaluate:`).

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/flow_builder.h"
#include "model/flow_values.h"

namespace cxlint::model {

namespace {

using parse::MapEntry;
using parse::Node;

// The `key: value` entry of a one-key map such as the item `- callData: {...}`, or null.
const MapEntry* SoleEntry(const Node* node) {
  if (!node || !node->IsMap() || node->entries.empty()) return nullptr;
  return &node->entries.front();
}

const Node* AsSequence(const Node* node) { return node && node->IsSequence() ? node : nullptr; }

ContainerKind ContainerKindOf(std::string_view key) {
  if (key == "task") return ContainerKind::kTask;
  if (key == "state") return ContainerKind::kState;
  if (key == "menu") return ContainerKind::kMenu;
  if (key == "bot") return ContainerKind::kBot;
  return ContainerKind::kOther;
}

ErrorHandlingKind ErrorHandlingKindOf(std::string_view key) {
  if (key == "disconnect") return ErrorHandlingKind::kDisconnect;
  if (key == "endWorkflow" || key == "endFlow" || key == "exit") return ErrorHandlingKind::kEndFlow;
  if (key == "queue" || key == "transferToAcd") return ErrorHandlingKind::kTransferToQueue;
  return ErrorHandlingKind::kOther;
}

// An empty node stands in for the body of `- disconnect:` written without a value.
const Node kEmptyBody{};

class ArchyFlowBuilder {
 public:
  explicit ArchyFlowBuilder(const Document& document)
      : document_(document), text_(document.source ? std::string_view(document.source->text()) : std::string_view()) {}

  Flow Build() {
    flow_.source = document_.source;
    flow_.file_kind = document_.kind;
    const MapEntry* top = SoleEntry(&document_.root);
    if (!top) return std::move(flow_);
    flow_.type = {top->key, At(top->key_span)};
    flow_.is_call_flow = IsCallFlowType(top->key);
    flow_.name.location = flow_.start_ref.location = flow_.error_handling.action.location = flow_.type.location;
    const Node& body = top->value;
    if (!body.IsMap()) return std::move(flow_);
    if (const MapEntry* name = body.FindEntry("name")) flow_.name = ScalarAt(*name);
    ReadContainers(body);
    ReadErrorHandling(body);
    ReadOutputVariables(body);
    if (const MapEntry* start = body.FindEntry("startUpRef")) {
      flow_.start_ref = ScalarAt(*start);
      flow_.entry = ResolveRef(flow_.start_ref.value);
    } else {
      // inqueueCall and commonModule flows start with their startUpTaskActions.
      for (size_t i = 0; i < flow_.containers.size(); ++i) {
        if (flow_.containers[i].kind == ContainerKind::kStartUpActions) flow_.entry = static_cast<ContainerId>(i);
      }
    }
    for (Action& action : flow_.actions) {
      if (action.target_container == kNoContainer && !action.target.value.empty())
        action.target_container = ResolveRef(action.target.value);
    }
    return std::move(flow_);
  }

 private:
  // The rest of an action list still to read, from `item` on, and where its actions go.
  struct ListJob {
    const Node* list;
    size_t item;
    ContainerId container;
    ActionId owner;  // kNoAction: the container's own list
    int branch;
    ActionId previous;
  };

  // A branch's action list met while reading an action, read once the action is complete.
  struct PendingList {
    const Node* list;
    int branch;
  };

  Location At(Span span) const { return Location{document_.source, span, {}}; }

  // Where a value is blamed: the scalar that holds it (`exp: X` -> X), else its key.
  Location ValueAt(const MapEntry& entry) const {
    if (entry.value.IsScalar()) return At(entry.value.span);
    if (const MapEntry* inner = SoleEntry(&entry.value); inner && inner->value.IsScalar()) return At(inner->value.span);
    return At(entry.key_span);
  }

  Located<std::string> ScalarAt(const MapEntry& entry) const {
    return {entry.value.IsScalar() ? entry.value.text : std::string(), ValueAt(entry)};
  }

  template <typename T>
  Located<T> ValueOf(const MapEntry& entry, T value) const {
    return {std::move(value), ValueAt(entry)};
  }

  void ReadContainers(const Node& body) {
    for (const MapEntry& entry : body.entries) {
      const Node* list = AsSequence(&entry.value);
      if (!list) continue;
      if (entry.key == "startUpTaskActions") {
        const ContainerId id = AddContainer(ContainerKind::kStartUpActions, entry.key, nullptr, entry.key_span);
        flow_.containers[static_cast<size_t>(id)].name.value = entry.key;
        ReadActions(list, id, kNoAction, -1);
      } else if (entry.key == "tasks" || entry.key == "states" || entry.key == "menus" || entry.key == "bots") {
        for (const Node& item : list->items) {
          const MapEntry* holder = SoleEntry(&item);
          if (!holder) continue;
          const ContainerKind kind = ContainerKindOf(holder->key);
          const ContainerId id = AddContainer(kind, holder->key, &holder->value, holder->key_span);
          if (kind == ContainerKind::kMenu) {
            ReadMenuChoices(id, holder->value.Find("choices"));
          } else {
            ReadActions(holder->value.Find("actions"), id, kNoAction, -1);
          }
        }
      }
    }
  }

  ContainerId AddContainer(ContainerKind kind, std::string type, const Node* body, Span span) {
    Container container;
    container.kind = kind;
    container.type = std::move(type);
    container.location = At(span);
    container.name.location = container.location;
    if (body) {
      if (const MapEntry* name = body->FindEntry("name")) container.name = ScalarAt(*name);
      if (const Node* ref = body->Find("refId"); ref && ref->IsScalar()) container.ref = ref->text;
    }
    flow_.containers.push_back(std::move(container));
    return static_cast<ContainerId>(flow_.containers.size() - 1);
  }

  // Each choice is one action (menuTask, menuTransferToAcd, menuJumpToTask, menuDisconnect, ...);
  // a menuTask's inline task becomes a container of its own that the choice jumps to.
  void ReadMenuChoices(ContainerId menu, const Node* choices) {
    if (!AsSequence(choices)) return;
    for (const Node& item : choices->items) {
      const MapEntry* entry = SoleEntry(&item);
      if (!entry) continue;
      std::vector<PendingList> pending;
      const ActionId choice = ReadAction(entry->key, entry->key_span, entry->value, menu, kNoAction, -1, pending);
      flow_.containers[static_cast<size_t>(menu)].choices.push_back(choice);
      QueuePending(pending, menu, choice);
      RunJobs();
      const MapEntry* task = entry->value.FindEntry("task");
      if (!task) continue;
      const ContainerId inline_task = AddContainer(ContainerKind::kTask, entry->key, &task->value, task->key_span);
      Container& container = flow_.containers[static_cast<size_t>(inline_task)];
      if (container.name.value.empty()) container.name = flow_.actions[static_cast<size_t>(choice)].name;
      Action& action = flow_.actions[static_cast<size_t>(choice)];
      action.target = {action.name.value, At(task->key_span)};
      action.target_container = inline_task;
      ReadActions(task->value.Find("actions"), inline_task, kNoAction, -1);
    }
  }

  void ReadActions(const Node* list, ContainerId container, ActionId owner, int branch) {
    if (!AsSequence(list)) return;
    jobs_.push_back({list, 0, container, owner, branch, kNoAction});
    RunJobs();
  }

  void QueuePending(const std::vector<PendingList>& pending, ContainerId container, ActionId owner) {
    // Pushed last-first so the first branch is read first: actions get ids in document order.
    for (auto it = pending.rbegin(); it != pending.rend(); ++it)
      jobs_.push_back({it->list, 0, container, owner, it->branch, kNoAction});
  }

  // Reads queued lists with an explicit stack, so nesting depth never becomes call depth.
  void RunJobs() {
    while (!jobs_.empty()) {
      const ListJob job = jobs_.back();
      jobs_.pop_back();
      if (job.item >= job.list->items.size()) continue;
      const Node& item = job.list->items[job.item];
      std::vector<PendingList> pending;
      ActionId id = kNoAction;
      if (const MapEntry* entry = SoleEntry(&item)) {
        id = ReadAction(entry->key, entry->key_span, entry->value, job.container, job.owner, job.branch, pending);
      } else if (item.IsScalar() && !item.text.empty()) {
        // `- disconnect` written as a bare word: an action with no settings.
        id = ReadAction(item.text, item.span, kEmptyBody, job.container, job.owner, job.branch, pending);
      }
      if (id != kNoAction) {
        if (job.previous != kNoAction) flow_.actions[static_cast<size_t>(job.previous)].next = id;
        if (job.owner == kNoAction) {
          flow_.containers[static_cast<size_t>(job.container)].actions.push_back(id);
        } else {
          flow_.actions[static_cast<size_t>(job.owner)].branches[static_cast<size_t>(job.branch)].actions.push_back(id);
        }
      }
      // The rest of this list comes after everything nested in this action.
      jobs_.push_back(
          {job.list, job.item + 1, job.container, job.owner, job.branch, id != kNoAction ? id : job.previous});
      QueuePending(pending, job.container, id);
    }
  }

  ActionId ReadAction(const std::string& key, Span key_span, const Node& body, ContainerId container, ActionId owner,
                      int owner_branch, std::vector<PendingList>& pending) {
    Action action;
    action.type = key;
    action.kind = ArchyActionKind(key);
    action.location = At(key_span);
    action.container = container;
    action.owner = owner;
    action.owner_branch = owner_branch;
    // Defaults are blamed on the action itself.
    action.name.location = action.timeout_ms.location = action.loop_count.location = action.duration_ms.location =
        action.condition.location = action.exit_reason.location = action.target.location = action.location;
    if (const MapEntry* name = body.FindEntry("name")) action.name = ScalarAt(*name);
    switch (action.kind) {
      case ActionKind::kCallData: ReadCallData(action, body); break;
      case ActionKind::kDecision:
        if (const MapEntry* condition = body.FindEntry("condition"))
          action.condition = ValueOf(*condition, ReadArchyValue(&condition->value, text_).text);
        break;
      case ActionKind::kLoop:
        if (const MapEntry* count = body.FindEntry("loopCount"))
          action.loop_count = ValueOf(*count, ReadArchyInteger(&count->value, text_));
        if (const MapEntry* index = body.FindEntry("currentIndex"))
          action.loop_index = ReadArchyValue(&index->value, text_).text;
        break;
      case ActionKind::kUpdateData: ReadStatements(action, body); break;
      case ActionKind::kWait:
        if (const MapEntry* duration = body.FindEntry("duration"))
          action.duration_ms = ValueOf(*duration, ReadArchyDuration(&duration->value, text_));
        break;
      case ActionKind::kEndWorkflow:
        if (const MapEntry* reason = body.FindEntry("exitReason"))
          action.exit_reason = ValueOf(*reason, ReadArchyValue(&reason->value, text_));
        break;
      default: break;
    }
    for (std::string_view ref_key : {"targetStateRef", "targetTaskRef", "targetMenuRef"}) {
      if (const MapEntry* ref = body.FindEntry(ref_key)) action.target = ScalarAt(*ref);
    }
    AddUsualBranches(action);
    if (action.kind == ActionKind::kSwitch) ReadSwitch(action, body, pending);
    ReadOutputs(action, body, pending);
    flow_.actions.push_back(std::move(action));
    return static_cast<ActionId>(flow_.actions.size() - 1);
  }

  // `statements: [- boolean: {variable: Common.success, value: {lit: true}}]`, one per variable.
  void ReadStatements(Action& action, const Node& body) const {
    const Node* statements = AsSequence(body.Find("statements"));
    if (!statements) return;
    for (const Node& statement : statements->items) {
      if (!statement.IsMap()) continue;
      for (const MapEntry& typed : statement.entries) {
        const Node* variable = typed.value.Find("variable");
        if (!variable || !variable->IsScalar()) continue;
        action.assignments.push_back({variable->text, ReadArchyValue(typed.value.Find("value"), text_)});
      }
    }
  }

  static int AddBranch(Action& action, BranchKind kind, std::string label) {
    Branch branch;
    branch.kind = kind;
    branch.label = std::move(label);
    branch.location = branch.condition.location = action.location;
    action.branches.push_back(std::move(branch));
    return static_cast<int>(action.branches.size() - 1);
  }

  // The outputs a kind always has, so an unwritten one is a visible, empty, absent branch.
  static void AddUsualBranches(Action& action) {
    switch (action.kind) {
      case ActionKind::kCallData:
        AddBranch(action, BranchKind::kSuccess, "success");
        AddBranch(action, BranchKind::kFailure, "failure");
        AddBranch(action, BranchKind::kTimeout, "timeout");
        break;
      case ActionKind::kDecision:
        AddBranch(action, BranchKind::kYes, "yes");
        AddBranch(action, BranchKind::kNo, "no");
        break;
      case ActionKind::kLoop: AddBranch(action, BranchKind::kLoopBody, "loop"); break;
      case ActionKind::kTransfer: AddBranch(action, BranchKind::kFailure, "failure"); break;
      default: break;
    }
  }

  void Present(Action& action, int index, Span key_span, const Node& output, std::vector<PendingList>& pending) const {
    Branch& branch = action.branches[static_cast<size_t>(index)];
    branch.present = true;
    branch.location = At(key_span);
    if (const Node* list = AsSequence(output.Find("actions"))) pending.push_back({list, index});
  }

  void ReadOutputs(Action& action, const Node& body, std::vector<PendingList>& pending) const {
    const Node* outputs = body.Find("outputs");
    if (!outputs || !outputs->IsMap()) return;
    for (const MapEntry& entry : outputs->entries) {
      if (entry.value.IsSequence()) {
        // askForIntent: `intents: [- intent: {name: Book, actions: [...]}]`, one branch per item.
        for (size_t i = 0; i < entry.value.items.size(); ++i) {
          const MapEntry* item = SoleEntry(&entry.value.items[i]);
          if (!item) continue;
          const Node* name = item->value.Find("name");
          const std::string suffix = name && name->IsScalar() ? name->text : std::to_string(i + 1);
          const int index = AddBranch(action, BranchKind::kOther, entry.key + ":" + suffix);
          Present(action, index, item->key_span, item->value, pending);
        }
        continue;
      }
      int index = -1;
      for (size_t i = 0; i < action.branches.size(); ++i) {
        if (action.branches[i].label == entry.key) index = static_cast<int>(i);
      }
      if (index < 0) index = AddBranch(action, BranchKindFromLabel(entry.key), entry.key);
      Present(action, index, entry.key_span, entry.value, pending);
    }
  }

  // `evaluate: {firstTrue: {cases: [- case: {value, actions}], default: {actions}}}` or
  // `evaluate: {firstMatch: {string: {value, cases, default}}}`.
  void ReadSwitch(Action& action, const Node& body, std::vector<PendingList>& pending) const {
    const Node* evaluate = body.Find("evaluate");
    const Node* group = evaluate ? evaluate->Find("firstTrue") : nullptr;
    if (!group && evaluate) {
      if (const MapEntry* typed = SoleEntry(evaluate->Find("firstMatch"))) {
        group = &typed->value;
        if (const MapEntry* value = group->FindEntry("value"))
          action.condition = ValueOf(*value, ReadArchyValue(&value->value, text_).text);
      }
    }
    const Node* cases = group ? AsSequence(group->Find("cases")) : nullptr;
    for (size_t i = 0; cases && i < cases->items.size(); ++i) {
      const MapEntry* item = SoleEntry(&cases->items[i]);
      if (!item) continue;
      const int index = AddBranch(action, BranchKind::kCase, "case " + std::to_string(i + 1));
      if (const MapEntry* value = item->value.FindEntry("value")) {
        action.branches[static_cast<size_t>(index)].condition =
            ValueOf(*value, ReadArchyValue(&value->value, text_).text);
      }
      Present(action, index, item->key_span, item->value, pending);
    }
    const int index = AddBranch(action, BranchKind::kDefault, "default");
    if (const MapEntry* fallback = group ? group->FindEntry("default") : nullptr)
      Present(action, index, fallback->key_span, fallback->value, pending);
  }

  void ReadCallData(Action& action, const Node& body) const {
    DataActionCall call;
    call.category.location = call.name.location = action.location;
    if (const MapEntry* timeout = body.FindEntry("timeout"))
      action.timeout_ms = ValueOf(*timeout, ReadArchyDuration(&timeout->value, text_));
    // category: {<category>: {dataAction: {<name>: {inputs, successOutputs, failureOutputs}}}}
    if (const MapEntry* category = SoleEntry(body.Find("category"))) {
      call.category = {category->key, At(category->key_span)};
      if (const MapEntry* name = SoleEntry(category->value.Find("dataAction"))) {
        call.name = {name->key, At(name->key_span)};
        call.inputs = ReadBindings(name->value.Find("inputs"));
        call.success_outputs = ReadBindings(name->value.Find("successOutputs"));
        call.failure_outputs = ReadBindings(name->value.Find("failureOutputs"));
      }
    }
    action.data_action = std::move(call);
  }

  std::vector<Binding> ReadBindings(const Node* map) const {
    std::vector<Binding> bindings;
    if (!map || !map->IsMap()) return bindings;
    for (const MapEntry& entry : map->entries) {
      Binding binding;
      binding.name = {entry.key, At(entry.key_span)};
      const FlowValue<std::string> value = ReadArchyValue(&entry.value, text_);
      binding.form = value.form;
      binding.value = ValueOf(entry, value.text);
      bindings.push_back(std::move(binding));
    }
    return bindings;
  }

  // `variables: [- stringVariable: {name, isOutput: true, ...}]`, one typed key per item.
  void ReadOutputVariables(const Node& body) {
    const Node* variables = body.Find("variables");
    if (!variables || !variables->IsSequence()) return;
    for (const Node& item : variables->items) {
      const MapEntry* typed = SoleEntry(&item);
      const Node* output = typed ? typed->value.Find("isOutput") : nullptr;
      const Node* name = typed ? typed->value.Find("name") : nullptr;
      if (output && output->IsScalar() && output->text == "true" && name && name->IsScalar())
        flow_.output_variables.push_back(name->text);
    }
  }

  void ReadErrorHandling(const Node& body) {
    const Node* settings = body.Find("settingsErrorHandling");
    const MapEntry* handling = SoleEntry(settings ? settings->Find("errorHandling") : nullptr);
    if (!handling) return;
    flow_.error_handling.kind = ErrorHandlingKindOf(handling->key);
    flow_.error_handling.action = {handling->key, At(handling->key_span)};
  }

  // "/inboundCall/tasks/task[Main_10]" and "./menus/menu[mainMenu]" name a container by its type and
  // refId; anything else is tried as a refId or a name.
  // The container a reference names: `/inboundCall/tasks/task[refId]` by its refId (of that
  // type first), a bare reference by refId or name; the first such container.
  ContainerId ResolveRef(std::string_view ref) {
    if (ref.empty()) return kNoContainer;
    IndexContainers();
    auto first = [](const std::unordered_map<std::string_view, ContainerId>& index, std::string_view key) {
      const auto found = index.find(key);
      return found == index.end() ? kNoContainer : found->second;
    };
    const size_t open = ref.rfind('[');
    const size_t close = ref.rfind(']');
    if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
      const std::string_view id = ref.substr(open + 1, close - open - 1);
      std::string_view type = ref.substr(0, open);
      if (const size_t slash = type.rfind('/'); slash != std::string_view::npos) type = type.substr(slash + 1);
      const auto of_type = by_type_and_ref_.find(type);
      const ContainerId typed = of_type == by_type_and_ref_.end() ? kNoContainer : first(of_type->second, id);
      return typed != kNoContainer ? typed : first(by_ref_, id);
    }
    const ContainerId by_ref = first(by_ref_, ref), by_name = first(by_name_, ref);
    if (by_ref == kNoContainer) return by_name;
    return by_name == kNoContainer ? by_ref : std::min(by_ref, by_name);
  }

  // Indexes the containers read, once: a flow of thousands of tasks jumping to each other once
  // searched them all for every jump.
  void IndexContainers() {
    if (indexed_) return;
    indexed_ = true;
    for (size_t i = 0; i < flow_.containers.size(); ++i) {
      const Container& container = flow_.containers[i];
      const auto id = static_cast<ContainerId>(i);
      by_type_and_ref_[container.type].try_emplace(container.ref, id);
      by_ref_.try_emplace(container.ref, id);
      by_name_.try_emplace(container.name.value, id);
    }
  }

  const Document& document_;
  std::string_view text_;
  Flow flow_;
  std::vector<ListJob> jobs_;
  // The first container of each refId, name, and refId of a type; keys view the containers,
  // complete when ResolveRef is first called.
  bool indexed_ = false;
  std::unordered_map<std::string_view, std::unordered_map<std::string_view, ContainerId>> by_type_and_ref_;
  std::unordered_map<std::string_view, ContainerId> by_ref_, by_name_;
};

}  // namespace

Flow BuildArchyFlow(const Document& document) { return ArchyFlowBuilder(document).Build(); }

}  // namespace cxlint::model
