// The flow graph model: Archy YAML, flow configuration JSON and .i3 exports built into Flow, with
// exact positions, fall-through and walks; then every flow of the shared corpus.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "discover/load.h"
#include "model/duration.h"
#include "model/flow_builder.h"
#include "model/flow_graph.h"
#include "model/flow_values.h"
#include "parse/json/json_reader.h"
#include "parse/yaml/yaml_reader.h"
#include "support/test_support.h"

namespace cxlint::model {

namespace {

namespace fs = std::filesystem;

Document MakeDocument(const std::string& path, const std::string& text, FileKind kind, parse::Node root) {
  Document document;
  document.source = std::make_shared<SourceFile>(path, text);
  document.kind = kind;
  document.root = std::move(root);
  return document;
}

Flow YamlFlow(const std::string& text) {
  parse::ParseResult result = parse::ParseYaml(text);
  REQUIRE(result.ok());
  return BuildArchyFlow(MakeDocument("flow.yaml", text, FileKind::kArchyFlow, std::move(result.root)));
}

Flow JsonFlow(const std::string& text) {
  parse::ParseResult result = parse::ParseJson(text);
  REQUIRE(result.ok());
  return BuildI3Flow(MakeDocument("flow.json", text, FileKind::kFlowConfigJson, std::move(result.root)));
}

// The file's bytes under a location.
std::string Under(const Location& location) {
  return location.file->text().substr(location.span.begin, location.span.end - location.span.begin);
}

// The action with this display name; fails the test when there is none.
ActionId Named(const Flow& flow, std::string_view name) {
  for (size_t i = 0; i < flow.actions.size(); ++i) {
    if (flow.actions[i].name.value == name) return static_cast<ActionId>(i);
  }
  FAIL("no action named " << name);
  return kNoAction;
}

const Action& Get(const Flow& flow, ActionId id) { return flow.actions.at(static_cast<size_t>(id)); }

int BranchOf(const Flow& flow, ActionId id, BranchKind kind) {
  const int index = Get(flow, id).BranchIndex(kind);
  REQUIRE(index >= 0);
  return index;
}

std::vector<std::string> Names(const Flow& flow, const std::vector<ActionId>& ids) {
  std::vector<std::string> names;
  for (ActionId id : ids) names.push_back(Get(flow, id).name.value);
  return names;
}

// The export encoding, written independently of the decoder: encodeURIComponent, then base64.
std::string EncodeI3(const std::string& json) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string percent;
  for (unsigned char c : json) {
    if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      percent += static_cast<char>(c);
    } else {
      percent += '%';
      percent += kHex[c >> 4];
      percent += kHex[c & 15];
    }
  }
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < percent.size(); i += 3) {
    const uint32_t n = (uint8_t(percent[i]) << 16) | (uint8_t(percent[i + 1]) << 8) | uint8_t(percent[i + 2]);
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], kAlphabet[n & 63]};
  }
  if (i + 1 == percent.size()) {
    const uint32_t n = uint8_t(percent[i]) << 16;
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == percent.size()) {
    const uint32_t n = (uint8_t(percent[i]) << 16) | (uint8_t(percent[i + 1]) << 8);
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], '='};
  }
  return out;
}

const char* const kWorkflowYaml = R"(workflow:
  name: Sentiment
  startUpRef: "/workflow/states/state[Initial State_10]"
  settingsActionDefaults:
    callData:
      processingPrompt:
        noValue: true
  settingsErrorHandling:
    errorHandling:
      endWorkflow:
        none: true
  states:
    - state:
        name: Initial State
        refId: Initial State_10
        actions:
          - callData:
              name: Get Sentiment
              timeout:
                lit:
                  minutes: 1
              category:
                {{data_action_category}}:
                  dataAction:
                    {{get_sentiment_name}}:
                      inputs:
                        conversationid:
                          exp: Flow.conversationId
                      successOutputs:
                        sentimentScore:
                          var: State.SentimentScore
                      failureOutputs:
                        errorCode:
                          var: State.ErrorCode
                        status:
                          var: State.ErrorStatus
                        correlationId:
                          noValue: true
              outputs:
                success:
                  actions: []
                failure:
                  actions:
                    - endWorkflow:
                        name: End Workflow
                        exitReason:
                          lit: Success
          - updateData:
              name: After
              statements: []
          - changeState:
              name: Go
              targetStateRef: "/workflow/states/state[Other_11]"
    - state:
        name: Other
        refId: Other_11
        actions:
          - endWorkflow:
              name: Done
              exitReason:
                noValue: true
)";

const char* const kCallFlowYaml = R"(inboundCall:
  name: Menu Flow
  startUpRef: ./menus/menu[mainMenu]
  settingsErrorHandling:
    errorHandling:
      disconnect:
        none: true
  menus:
    - menu:
        name: Main Menu
        refId: mainMenu
        choices:
          - menuTask:
              name: Check order
              task:
                actions:
                  - decision:
                      name: Known?
                      condition:
                        exp: Task.Known
                      outputs:
                        "yes":
                          actions:
                            - playAudio:
                                name: Hello
                        no:
                          actions:
                            - callTask:
                                name: Help
                                targetTaskRef: "/inboundCall/tasks/task[helperTask]"
                  - switch:
                      name: Route
                      evaluate:
                        firstTrue:
                          cases:
                            - case:
                                value:
                                  exp: Task.Known == true
                                actions:
                                  - transferToAcd:
                                      name: To queue
                                      targetQueue:
                                        lit:
                                          name: Support
                                      outputs:
                                        failure:
                                          actions:
                                            - disconnect:
                                                name: Drop
                            - case:
                                value:
                                  exp: Task.Known == false
                                actions: []
                  - disconnect:
                      name: Bye
          - menuTransferToAcd:
              name: Agent
              targetQueue:
                lit:
                  name: Support
          - menuDisconnect:
              name: Hang up
  tasks:
    - task:
        name: Helper
        refId: helperTask
        actions:
          - playAudio:
              name: Helping
          - endTask:
              name: End
              outputPath:
                name: default
)";

const char* const kLoopYaml = R"(workflow:
  name: Poll
  startUpRef: "/workflow/states/state[S_1]"
  states:
    - state:
        name: S
        refId: S_1
        actions:
          - loop:
              name: Retry loop
              currentIndex:
                var: Flow.LoopCount
              loopCount:
                lit: 5
              outputs:
                loop:
                  actions:
                    - wait:
                        name: Pause
                        duration:
                          lit:
                            seconds: 5
                    - callData:
                        name: Poll
                        category:
                          Cat:
                            dataAction:
                              Get Status:
                                inputs: {}
                        outputs:
                          success:
                            actions:
                              - loopExit:
                                  name: Done polling
                          failure:
                            actions:
                              - wait:
                                  name: Backoff
                                  duration:
                                    exp: MakeDuration(0, 0, 0, 10, 0)
                              - loopNext:
                                  name: Again
          - endWorkflow:
              name: End
              exitReason:
                lit: Finished
)";

// Shaped like CacheExample.i3InboundFlow (docs/domain.md §4): a data action in the Yes path of a
// decision, whose empty Timeout path continues at the decision's nextAction.
const char* const kConfigJson = R"({
  "name": "Cache",
  "type": "inboundcall",
  "initialSequence": "seq1",
  "errorHandling": {"handlingType": "Queue"},
  "flowSequenceItemList": [
    {"__type": "Task", "id": "seq1", "name": "Main", "startAction": "d1", "actionList": [
      {"__type": "DecisionAction", "id": "d1", "name": "Needs update?", "nextAction": "d2",
       "expression": {"config": {"ref": {}}, "text": "Task.Stale", "type": "bln"},
       "paths": [{"label": "Yes", "outputId": "__YES__", "nextActionId": "da1"}, {"label": "No", "outputId": "__NO__"}]},
      {"__type": "DataAction", "id": "da1", "name": "Call Data Action", "actionName": "Get Counts",
       "actionId": "custom_-_8c5e", "category": {"id": "PureCloud Data Actions", "name": "PureCloud Data Actions"},
       "timeout": {"config": {"lit": {"text": "P0D0H0M40S0F"}}, "text": "P0D0H0M40S0F", "type": "dur"},
       "inputs": [{"name": "queueId", "value": {"config": {"ref": {}}, "text": "Task.Queue.id"}}],
       "errorBindings": [{"name": "status", "value": {"config": {"ref": {}}, "text": "Task.Status", "type": "int"}},
                         {"name": "errorCode", "value": {"config": {"emp": {}}, "text": "", "type": "str"}}],
       "paths": [{"label": "Success", "outputId": "__SUCCESS__", "nextActionId": "u1"},
                 {"label": "Failure", "outputId": "__FAILURE__", "nextActionId": "w1"},
                 {"label": "Timeout", "outputId": "__TIMEOUT__"}]},
      {"__type": "UpdateVariableAction", "id": "u1", "name": "Save"},
      {"__type": "WaitAction", "id": "w1", "name": "Wait", "nextAction": "da2",
       "duration": {"config": {"lit": {}}, "text": "P0D0H0M0S1500F", "type": "dur"}},
      {"__type": "DataAction", "id": "da2", "name": "Call again", "actionName": "Get Counts",
       "category": {"name": "PureCloud Data Actions"}, "paths": [{"label": "Failure", "outputId": "__FAILURE__"}]},
      {"__type": "DecisionAction", "id": "d2", "name": "Go to queue?", "nextAction": "t1",
       "expression": {"config": {"ref": {}}, "text": "Task.AgentsIdle"},
       "paths": [{"label": "Yes", "outputId": "__YES__"}, {"label": "No", "outputId": "__NO__"}]},
      {"__type": "TransferPureMatchAction", "id": "t1", "name": "Transfer", "nextAction": "dc1", "paths": []},
      {"__type": "DisconnectAction", "id": "dc1", "name": "Disconnect"},
      {"__type": "FancyNewAction", "id": "z9", "name": "Orphan"}
    ]}
  ]
})";

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("flow yaml: a callData action with its position, data action, timeout and bindings") {
    const Flow flow = YamlFlow(kWorkflowYaml);
    const std::string text = kWorkflowYaml;
    CHECK(flow.type.value == "workflow");
    CHECK(Under(flow.type.location) == "workflow");
    CHECK(flow.name.value == "Sentiment");
    CHECK_FALSE(flow.is_call_flow);
    REQUIRE(flow.containers.size() == 2);
    CHECK(flow.entry == 0);
    CHECK(flow.containers[0].kind == ContainerKind::kState);
    CHECK(flow.containers[0].ref == "Initial State_10");
    CHECK(flow.error_handling.kind == ErrorHandlingKind::kEndFlow);
    CHECK(Under(flow.error_handling.action.location) == "endWorkflow");

    // settingsActionDefaults.callData is flow-wide defaults, not an action.
    REQUIRE(flow.ActionsOfKind(ActionKind::kCallData).size() == 1);
    const ActionId call = Named(flow, "Get Sentiment");
    const Action& action = Get(flow, call);
    CHECK(action.type == "callData");
    CHECK(action.location.span.begin == text.find("- callData:") + 2);
    CHECK(Under(action.location) == "callData");
    CHECK(action.location.file->Position(action.location.span.begin).line == 17);
    CHECK(action.location.file->Position(action.location.span.begin).column == 13);
    CHECK(action.location.logical.empty());
    CHECK(Under(action.name.location) == "Get Sentiment");

    CHECK(action.timeout_ms.value.form == ValueForm::kLiteral);
    CHECK(action.timeout_ms.value.literal == 60000);
    CHECK(Under(action.timeout_ms.location) == "timeout");

    REQUIRE(action.data_action.has_value());
    const DataActionCall& data = *action.data_action;
    CHECK(data.category.value == "{{data_action_category}}");
    CHECK(Under(data.category.location) == "{{data_action_category}}");
    CHECK(data.name.value == "{{get_sentiment_name}}");
    CHECK(Under(data.name.location) == "{{get_sentiment_name}}");
    REQUIRE(data.inputs.size() == 1);
    CHECK(data.inputs[0].value.value == "Flow.conversationId");
    CHECK(data.inputs[0].form == ValueForm::kExpression);
    REQUIRE(data.success_outputs.size() == 1);
    CHECK(data.success_outputs[0].value.value == "State.SentimentScore");
    REQUIRE(data.failure_outputs.size() == 3);
    const Binding* status = data.FailureOutput("status");
    REQUIRE(status);
    CHECK(status->Bound());
    CHECK(status->value.value == "State.ErrorStatus");
    CHECK(Under(status->name.location) == "status");
    CHECK(Under(status->value.location) == "State.ErrorStatus");
    const Binding* correlation = data.FailureOutput("correlationId");
    REQUIRE(correlation);
    CHECK_FALSE(correlation->Bound());
    CHECK(correlation->form == ValueForm::kNoValue);
    CHECK(data.FailureOutput("entityId") == nullptr);
  }

  TEST_CASE("flow yaml: branches, their keys, and where an empty or absent one falls through") {
    const Flow flow = YamlFlow(kWorkflowYaml);
    const ActionId call = Named(flow, "Get Sentiment");
    const Action& action = Get(flow, call);
    REQUIRE(action.branches.size() == 3);
    const Branch& success = *action.FindBranch(BranchKind::kSuccess);
    const Branch& failure = *action.FindBranch(BranchKind::kFailure);
    const Branch& timeout = *action.FindBranch(BranchKind::kTimeout);
    CHECK(success.present);
    CHECK(success.Empty());
    CHECK(Under(success.location) == "success");
    CHECK(failure.present);
    CHECK(Under(failure.location) == "failure");
    CHECK(Names(flow, failure.actions) == std::vector<std::string>{"End Workflow"});
    CHECK_FALSE(timeout.present);
    CHECK(Under(timeout.location) == "callData");  // an absent output is blamed on its action

    const ActionId after = Named(flow, "After");
    CHECK(action.next == after);
    CHECK(BranchEntry(flow, call, BranchOf(flow, call, BranchKind::kTimeout)) == after);
    CHECK(BranchEntry(flow, call, BranchOf(flow, call, BranchKind::kSuccess)) == after);
    const ActionId end = Named(flow, "End Workflow");
    CHECK(Get(flow, end).owner == call);
    CHECK(FallThrough(flow, end) == after);  // structurally; endWorkflow itself ends the flow
    CHECK(Get(flow, end).exit_reason.value.literal == "Success");
    CHECK(Under(Get(flow, end).exit_reason.location) == "Success");

    const Reach on_failure = ReachFromBranch(flow, call, BranchOf(flow, call, BranchKind::kFailure));
    CHECK(Names(flow, on_failure.actions) == std::vector<std::string>{"End Workflow"});
    REQUIRE(on_failure.exits.size() == 1);
    CHECK(on_failure.exits[0].kind == ExitKind::kEndsFlow);
    CHECK(on_failure.exits[0].by == end);

    // The timeout falls through to "After", then changeState leaves the container.
    const Reach on_timeout = ReachFromBranch(flow, call, BranchOf(flow, call, BranchKind::kTimeout));
    CHECK(Names(flow, on_timeout.actions) == std::vector<std::string>{"After", "Go"});
    REQUIRE(on_timeout.exits.size() == 1);
    CHECK(on_timeout.exits[0].kind == ExitKind::kJumps);
    CHECK(on_timeout.exits[0].target == 1);
    const ActionId go = Named(flow, "Go");
    CHECK(Get(flow, go).target.value == "/workflow/states/state[Other_11]");
    CHECK(Get(flow, go).target_container == 1);
    const Reach followed = ReachFromBranch(flow, call, BranchOf(flow, call, BranchKind::kTimeout), {true});
    CHECK(Names(flow, followed.actions) == std::vector<std::string>{"After", "Go", "Done"});
    CHECK(Get(flow, Named(flow, "Done")).exit_reason.value.form == ValueForm::kNoValue);
  }

  TEST_CASE("flow yaml: call flow menus, quoted and bare yes/no, switch cases, transfers and tasks") {
    const Flow flow = YamlFlow(kCallFlowYaml);
    CHECK(flow.is_call_flow);
    CHECK(flow.error_handling.kind == ErrorHandlingKind::kDisconnect);
    REQUIRE(flow.entry != kNoContainer);
    const Container& menu = flow.containers[static_cast<size_t>(flow.entry)];
    CHECK(menu.kind == ContainerKind::kMenu);
    CHECK(menu.actions.empty());
    REQUIRE(menu.choices.size() == 3);
    const Action& check = Get(flow, menu.choices[0]);
    CHECK(check.kind == ActionKind::kJumpToTask);
    CHECK(check.type == "menuTask");
    REQUIRE(check.target_container != kNoContainer);
    const Container& inline_task = flow.containers[static_cast<size_t>(check.target_container)];
    CHECK(Names(flow, inline_task.actions) == std::vector<std::string>{"Known?", "Route", "Bye"});
    CHECK(Get(flow, menu.choices[1]).kind == ActionKind::kTransfer);
    CHECK_FALSE(Get(flow, menu.choices[1]).FindBranch(BranchKind::kFailure)->present);
    CHECK(Get(flow, menu.choices[2]).kind == ActionKind::kDisconnect);

    const ActionId decision = Named(flow, "Known?");
    const Action& known = Get(flow, decision);
    CHECK(known.condition.value == "Task.Known");
    CHECK(Under(known.condition.location) == "Task.Known");
    const Branch& yes = *known.FindBranch(BranchKind::kYes);
    const Branch& no = *known.FindBranch(BranchKind::kNo);
    CHECK(yes.present);
    CHECK(no.present);
    CHECK(Under(yes.location) == "\"yes\"");
    CHECK(Under(no.location) == "no");
    CHECK(Names(flow, yes.actions) == std::vector<std::string>{"Hello"});
    CHECK(FallThrough(flow, Named(flow, "Hello")) == Named(flow, "Route"));

    const ActionId route = Named(flow, "Route");
    const Action& route_action = Get(flow, route);
    REQUIRE(route_action.branches.size() == 3);
    CHECK(route_action.branches[0].kind == BranchKind::kCase);
    CHECK(route_action.branches[0].label == "case 1");
    CHECK(Under(route_action.branches[0].location) == "case");
    CHECK(route_action.branches[0].condition.value == "Task.Known == true");
    CHECK(Under(route_action.branches[0].condition.location) == "Task.Known == true");
    CHECK(route_action.branches[1].present);
    CHECK(route_action.branches[1].Empty());
    CHECK(route_action.branches[2].kind == BranchKind::kDefault);
    CHECK_FALSE(route_action.branches[2].present);
    const ActionId bye = Named(flow, "Bye");
    CHECK(BranchEntry(flow, route, 1) == bye);
    CHECK(BranchEntry(flow, route, 2) == bye);

    // A transfer whose failure path disconnects: the walk sees the drop and the transfer's own exit.
    const ActionId transfer = Named(flow, "To queue");
    CHECK(Get(flow, transfer).kind == ActionKind::kTransfer);
    const Reach on_failure = ReachFromBranch(flow, transfer, BranchOf(flow, transfer, BranchKind::kFailure));
    CHECK(Names(flow, on_failure.actions) == std::vector<std::string>{"Drop"});
    CHECK(on_failure.Exits(ExitKind::kEndsFlow));
    const Reach from_transfer = ReachFromAction(flow, transfer);
    CHECK(from_transfer.Exits(ExitKind::kTransfers));

    // callTask runs the helper task and comes back; followed, the task's actions are reachable too.
    const ActionId help = Named(flow, "Help");
    CHECK(Get(flow, help).kind == ActionKind::kCallTask);
    REQUIRE(Get(flow, help).target_container != kNoContainer);
    CHECK(flow.containers[static_cast<size_t>(Get(flow, help).target_container)].name.value == "Helper");
    const int no_branch = BranchOf(flow, decision, BranchKind::kNo);
    const Reach on_no = ReachFromBranch(flow, decision, no_branch);
    CHECK(on_no.Contains(help));
    CHECK(on_no.Contains(route));
    CHECK_FALSE(on_no.Contains(Named(flow, "Helping")));
    CHECK(on_no.Exits(ExitKind::kCalls));
    const Reach on_no_followed = ReachFromBranch(flow, decision, no_branch, {true});
    CHECK(on_no_followed.Contains(Named(flow, "Helping")));
    CHECK(on_no_followed.Contains(Named(flow, "End")));
  }

  TEST_CASE("flow yaml: loops, waits, loopNext/loopExit and a retry through the loop") {
    const Flow flow = YamlFlow(kLoopYaml);
    const ActionId loop = Named(flow, "Retry loop");
    CHECK(Get(flow, loop).loop_count.value.literal == 5);
    CHECK(Under(Get(flow, loop).loop_count.location) == "5");
    const ActionId pause = Named(flow, "Pause");
    CHECK(Get(flow, pause).duration_ms.value.literal == 5000);
    CHECK(Under(Get(flow, pause).duration_ms.location) == "duration");
    const ActionId backoff = Named(flow, "Backoff");
    CHECK(Get(flow, backoff).duration_ms.value.form == ValueForm::kExpression);
    CHECK_FALSE(Get(flow, backoff).duration_ms.value.literal.has_value());
    CHECK(Get(flow, backoff).duration_ms.value.text == "MakeDuration(0, 0, 0, 10, 0)");

    const ActionId poll = Named(flow, "Poll");
    const Action& call = Get(flow, poll);
    CHECK(call.timeout_ms.value.form == ValueForm::kAbsent);
    CHECK(Under(call.timeout_ms.location) == "callData");
    CHECK(call.data_action->category.value == "Cat");
    CHECK(call.data_action->name.value == "Get Status");
    CHECK(call.data_action->failure_outputs.empty());

    CHECK(EnclosingLoop(flow, poll) == loop);
    CHECK(EnclosingLoop(flow, Named(flow, "Again")) == loop);
    CHECK(EnclosingLoop(flow, loop) == kNoAction);
    CHECK(FallThrough(flow, poll) == loop);  // end of the body: next iteration
    CHECK(FallThrough(flow, Named(flow, "Done polling")) == loop);
    CHECK(FallThrough(flow, loop) == Named(flow, "End"));

    // The failure path waits, goes round the loop and calls the same data action again.
    const int failure = BranchOf(flow, poll, BranchKind::kFailure);
    const Reach retry = ReachFromBranch(flow, poll, failure);
    CHECK(retry.Contains(poll));
    CHECK(retry.Contains(loop));
    CHECK(retry.Contains(Named(flow, "End")));
    CHECK(Names(flow, PathFromBranch(flow, poll, failure, poll)) ==
          std::vector<std::string>{"Backoff", "Again", "Retry loop", "Pause", "Poll"});
    // Success leaves the loop.
    const Reach done = ReachFromBranch(flow, poll, BranchOf(flow, poll, BranchKind::kSuccess));
    CHECK(Names(flow, done.actions) == std::vector<std::string>{"Done polling", "End"});
    CHECK(done.Exits(ExitKind::kEndsFlow));
  }

  TEST_CASE("flow durations: Architect and ISO strings, Archy literal maps") {
    CHECK(ParseDurationText("P0D0H1M0S0F") == 60000);
    CHECK(ParseDurationText("P0D0H0M40S0F") == 40000);
    CHECK(ParseDurationText("P0D0H0M0S1500F") == 1500);
    CHECK(ParseDurationText("P1D2H0M0S0F") == (24 + 2) * 3600000LL);
    CHECK(ParseDurationText("PT1M30S") == 90000);
    CHECK(ParseDurationText("PT0.5S") == 500);
    CHECK(ParseDurationText("P1DT2H") == 26 * 3600000LL);
    CHECK(ParseDurationText("P1W") == std::nullopt);  // weeks only in the ISO form
    CHECK(ParseDurationText("P1WT1S") == 7 * 86400000LL + 1000);
    CHECK_FALSE(ParseDurationText("P1Y").has_value());
    CHECK_FALSE(ParseDurationText("P1MT1S").has_value());  // ISO months
    CHECK_FALSE(ParseDurationText("PT").has_value());
    CHECK_FALSE(ParseDurationText("P").has_value());
    CHECK_FALSE(ParseDurationText("").has_value());
    CHECK_FALSE(ParseDurationText("5 seconds").has_value());
    CHECK_FALSE(ParseDurationText("P99999999999999999999S").has_value());

    const auto map = [](const std::string& yaml) {
      const parse::ParseResult result = parse::ParseYaml(yaml);
      REQUIRE(result.ok());
      return ParseDurationMap(result.root);
    };
    CHECK(map("minutes: 1") == 60000);
    CHECK(map("seconds: 40") == 40000);
    CHECK(map("ms: 100") == 100);
    CHECK(map("{hours: 1, minutes: 30}") == 5400000);
    CHECK(map("seconds: 1.5") == 1500);
    CHECK_FALSE(map("fortnights: 1").has_value());
    CHECK_FALSE(map("seconds: many").has_value());
    CHECK_FALSE(map("seconds: [1]").has_value());

    const auto archy = [](const std::string& yaml) {
      const parse::ParseResult result = parse::ParseYaml(yaml);
      REQUIRE(result.ok());
      return ReadArchyDuration(result.root.Find("timeout"), yaml);
    };
    CHECK(archy("timeout: {lit: {seconds: 5}}").literal == 5000);
    CHECK(archy("timeout: {lit: PT5M}").literal == 300000);
    CHECK(archy("timeout: {exp: Flow.Timeout}").form == ValueForm::kExpression);
    CHECK(archy("timeout: {noValue: true}").form == ValueForm::kNoValue);
    CHECK(archy("other: 1").form == ValueForm::kAbsent);
    CHECK(ParseInteger("5") == 5);
    CHECK(ParseInteger("-3") == -3);
    CHECK_FALSE(ParseInteger("5x").has_value());
    CHECK_FALSE(ParseInteger("").has_value());
  }

  TEST_CASE("flow json: the .i3 document shape, id links, positions and fall-through") {
    const Flow flow = JsonFlow(kConfigJson);
    const std::string text = kConfigJson;
    CHECK(flow.type.value == "inboundcall");
    CHECK(flow.is_call_flow);
    CHECK(flow.name.value == "Cache");
    CHECK(flow.entry == 0);
    CHECK(flow.error_handling.kind == ErrorHandlingKind::kTransferToQueue);
    CHECK(Under(flow.error_handling.action.location) == "\"Queue\"");
    REQUIRE(flow.actions.size() == 9);
    CHECK(Names(flow, flow.containers[0].actions) ==
          std::vector<std::string>{"Needs update?", "Go to queue?", "Transfer", "Disconnect"});

    const ActionId call = Named(flow, "Call Data Action");
    const Action& action = Get(flow, call);
    CHECK(action.kind == ActionKind::kCallData);
    CHECK(action.id == "da1");
    CHECK(action.location.span.begin == text.find(R"({"__type": "DataAction", "id": "da1")"));
    CHECK(Under(action.location).substr(0, 36) == R"({"__type": "DataAction", "id": "da1")");
    CHECK(Under(action.location).back() == '}');
    CHECK(action.location.logical.empty());  // readable JSON needs no logical path
    CHECK(action.owner == Named(flow, "Needs update?"));
    CHECK(action.data_action->category.value == "PureCloud Data Actions");
    CHECK(action.data_action->name.value == "Get Counts");
    CHECK(action.data_action->action_id == "custom_-_8c5e");
    CHECK(action.timeout_ms.value.literal == 40000);
    const Binding* status = action.data_action->FailureOutput("status");
    REQUIRE(status);
    CHECK(status->Bound());
    CHECK(status->value.value == "Task.Status");
    CHECK(Under(status->value.location) == R"({"config": {"ref": {}}, "text": "Task.Status", "type": "int"})");
    CHECK_FALSE(action.data_action->FailureOutput("errorCode")->Bound());
    CHECK(action.data_action->inputs.at(0).value.value == "Task.Queue.id");

    const Branch& failure = *action.FindBranch(BranchKind::kFailure);
    CHECK(Under(failure.location) == R"({"label": "Failure", "outputId": "__FAILURE__", "nextActionId": "w1"})");
    CHECK(failure.output_id == "__FAILURE__");
    CHECK(Names(flow, failure.actions) == std::vector<std::string>{"Wait", "Call again"});
    CHECK(Get(flow, Named(flow, "Wait")).duration_ms.value.literal == 1500);
    // The empty Timeout path continues at the owning decision's nextAction (docs/domain.md §4).
    const ActionId go = Named(flow, "Go to queue?");
    CHECK(BranchEntry(flow, call, BranchOf(flow, call, BranchKind::kTimeout)) == go);
    CHECK(Get(flow, Named(flow, "Needs update?")).condition.value == "Task.Stale");

    // A re-call on the failure path, after a wait.
    const ActionId again = Named(flow, "Call again");
    CHECK(Names(flow, PathFromBranch(flow, call, BranchOf(flow, call, BranchKind::kFailure), again)) ==
          std::vector<std::string>{"Wait", "Call again"});
    // Its own outputs: the written Failure (empty), and the two the export left out.
    const Action& recall = Get(flow, again);
    REQUIRE(recall.branches.size() == 3);
    CHECK(recall.branches[0].present);
    CHECK_FALSE(recall.FindBranch(BranchKind::kSuccess)->present);
    CHECK(BranchEntry(flow, again, BranchOf(flow, again, BranchKind::kFailure)) == go);

    const ActionId transfer = Named(flow, "Transfer");
    CHECK(BranchEntry(flow, transfer, BranchOf(flow, transfer, BranchKind::kFailure)) == Named(flow, "Disconnect"));
    const Reach from_transfer = ReachFromAction(flow, transfer);
    CHECK(from_transfer.Exits(ExitKind::kTransfers));
    CHECK(from_transfer.Exits(ExitKind::kEndsFlow));

    // Unknown types are kept, with their raw name, even when nothing leads to them.
    const Action& orphan = Get(flow, Named(flow, "Orphan"));
    CHECK(orphan.kind == ActionKind::kOther);
    CHECK(orphan.type == "FancyNewAction");
    CHECK(orphan.owner == kNoAction);
    CHECK(orphan.container == 0);
  }

  TEST_CASE("flow json: loops, switches, menus and state changes by id") {
    const Flow flow = JsonFlow(R"({"name": "F", "type": "workflow", "initialSequence": "m",
      "flowSequenceItemList": [
        {"__type": "Menu", "id": "m", "name": "Main Menu", "menuChoiceList": [
          {"id": "c1", "name": "Run task", "action": {"__type": "TaskAction", "id": "ta", "name": "Run task", "taskReference": "t"}},
          {"id": "c2", "name": "Agent", "action": {"__type": "TransferPureMatchAction", "id": "tp", "name": "Agent",
             "paths": [{"label": "Failure", "outputId": "__FAILURE__"}]}}]},
        {"__type": "Task", "id": "t", "name": "T", "startAction": "l", "actionList": [
          {"__type": "LoopAction", "id": "l", "name": "Loop", "nextAction": "s",
           "loopCount": {"config": {"lit": {}}, "text": "3", "type": "int"},
           "path": {"label": "Loop", "outputId": "__LOOP__", "nextActionId": "n"}},
          {"__type": "NextLoopAction", "id": "n", "name": "Next"},
          {"__type": "SwitchAction", "id": "s", "name": "Switch", "nextAction": "cs",
           "expression": {"text": "Flow.Kind"},
           "cases": [{"name": "Case 1", "referenceId": "g1", "value": {"config": {"lit": {}}, "text": "A"}}],
           "paths": [{"label": "Case 1", "outputId": "g1", "nextActionId": "e"}, {"label": "Default", "outputId": "__DEFAULT__"}]},
          {"__type": "EndWorkflowAction", "id": "e", "name": "End",
           "exitReason": {"config": {"lit": {}}, "text": "Success", "type": "str"}},
          {"__type": "ChangeStateAction", "id": "cs", "name": "Change", "stateReference": "m"}]}]})");
    REQUIRE(flow.containers.size() == 2);
    const Container& menu = flow.containers[0];
    CHECK(menu.kind == ContainerKind::kMenu);
    REQUIRE(menu.choices.size() == 2);
    CHECK(Get(flow, menu.choices[0]).kind == ActionKind::kJumpToTask);
    CHECK(Get(flow, menu.choices[0]).target_container == 1);
    CHECK(Get(flow, menu.choices[1]).kind == ActionKind::kTransfer);

    const ActionId loop = Named(flow, "Loop");
    CHECK(Get(flow, loop).loop_count.value.literal == 3);
    CHECK(Names(flow, Get(flow, loop).FindBranch(BranchKind::kLoopBody)->actions) == std::vector<std::string>{"Next"});
    CHECK(EnclosingLoop(flow, Named(flow, "Next")) == loop);

    const ActionId choice = Named(flow, "Switch");
    const Action& switch_action = Get(flow, choice);
    CHECK(switch_action.condition.value == "Flow.Kind");
    REQUIRE(switch_action.branches.size() == 2);
    CHECK(switch_action.branches[0].kind == BranchKind::kCase);
    CHECK(switch_action.branches[0].condition.value == "A");
    CHECK(switch_action.branches[1].kind == BranchKind::kDefault);
    CHECK(BranchEntry(flow, choice, 1) == Named(flow, "Change"));
    CHECK(Get(flow, Named(flow, "End")).exit_reason.value.literal == "Success");
    CHECK(Get(flow, Named(flow, "Change")).target_container == 0);

    const Reach followed = ReachFromAction(flow, loop, {true});
    CHECK(followed.Contains(menu.choices[0]));  // the state change goes back to the menu
    CHECK(followed.Exits(ExitKind::kJumps));
  }

  TEST_CASE("flow i3: an encoded export gets file spans and logical locations") {
    const std::string json = R"({"name": "F", "type": "workflow", "initialSequence": "s", "flowSequenceItemList": [
      {"__type": "State", "id": "s", "name": "S", "startAction": "a1", "actionList": [
        {"__type": "DataAction", "id": "a1", "name": "Call", "actionName": "Lookup",
         "category": {"name": "Cat"}, "paths": [{"label": "Failure", "outputId": "__FAILURE__"}]}]}],
      "errorHandling": {"handlingType": "EndWorkflow"}})";
    const testing::TempDir dir;
    const std::string path = dir.Write("F.i3WorkFlow", EncodeI3(json));
    LoadOutcome outcome = LoadFile(WalkEntry{path, true, {}}, LoadOptions{});
    REQUIRE(outcome.document.has_value());
    REQUIRE(outcome.document->kind == FileKind::kI3Export);
    const std::optional<Flow> flow = BuildFlow(*outcome.document);
    REQUIRE(flow.has_value());
    REQUIRE(flow->actions.size() == 1);
    const Action& action = flow->actions[0];
    CHECK(action.location.logical == "flow 'F' > sequence 'S' > action 'Call' (id a1)");
    CHECK(action.location.span.begin < action.location.span.end);
    CHECK(action.location.span.end <= action.location.file->text().size());
    CHECK(action.FindBranch(BranchKind::kFailure)->location.logical == action.location.logical);
    CHECK(action.data_action->name.location.logical == action.location.logical);
    CHECK(flow->containers[0].location.logical == "flow 'F' > sequence 'S'");
    CHECK(flow->error_handling.kind == ErrorHandlingKind::kEndFlow);
    CHECK(flow->error_handling.action.location.logical == "flow 'F'");
  }

  TEST_CASE("flow: BuildFlows takes flow documents only, and a deployed flow once") {
    Project project;
    const std::string yaml = "workflow:\n  name: W\n";
    project.documents.push_back(MakeDocument("w.yaml", yaml, FileKind::kArchyFlow, parse::ParseYaml(yaml).root));
    project.documents.back().superseded = true;  // linted through its genesyscloud_flow instead
    project.documents.push_back(MakeDocument("w.yaml", yaml, FileKind::kArchyFlow, parse::ParseYaml(yaml).root));
    project.documents.back().deployed_by = "genesyscloud_flow.w";
    const std::string json = R"({"config": {"request": {"requestUrlTemplate": "https://x"}}})";
    project.documents.push_back(MakeDocument("a.json", json, FileKind::kDataActionJson, parse::ParseJson(json).root));
    const std::vector<Flow> flows = BuildFlows(project);
    REQUIRE(flows.size() == 1);
    CHECK(flows[0].document_index == 1);
    CHECK(flows[0].deployed_by == "genesyscloud_flow.w");
    CHECK(flows[0].name.value == "W");
  }

  TEST_CASE("flow: odd shapes are kept or skipped, never fatal") {
    const Flow flow = YamlFlow(R"(inboundShortMessage:
  name: Odd
  tasks: not a list
  states:
    - state:
        name: S
        actions:
          - frobnicate:
              name: Unknown thing
              outputs:
                sideways:
                  actions:
                    - sendResponse:
                        name: Said
          - disconnect
          - callData:
              category: [not, a, map]
              outputs: nothing
    - 7
    - state: nope
)");
    REQUIRE(flow.containers.size() == 2);
    CHECK(flow.entry == kNoContainer);
    CHECK(flow.containers[0].actions.size() == 3);
    const ActionId odd = Named(flow, "Unknown thing");
    CHECK(Get(flow, odd).kind == ActionKind::kOther);
    CHECK(Get(flow, odd).type == "frobnicate");
    REQUIRE(Get(flow, odd).branches.size() == 1);
    CHECK(Get(flow, odd).branches[0].label == "sideways");
    CHECK(Names(flow, Get(flow, odd).branches[0].actions) == std::vector<std::string>{"Said"});
    CHECK(FallThrough(flow, Named(flow, "Said")) == Get(flow, odd).next);
    const Action& bare = Get(flow, Get(flow, odd).next);
    CHECK(bare.kind == ActionKind::kDisconnect);
    const Action& call = Get(flow, bare.next);
    CHECK(call.kind == ActionKind::kCallData);
    CHECK(call.data_action->category.value.empty());
    CHECK(call.data_action->category.location.span.begin == call.location.span.begin);
    CHECK(call.branches.size() == 3);

    CHECK(JsonFlow("[]").actions.empty());
    CHECK(JsonFlow(R"({"flowSequenceItemList": [1, {"actionList": {"x": 1}}, {"actionList": [2, {"paths": 3}]}]})")
              .actions.size() == 1);
    CHECK(YamlFlow("workflow: 3").containers.empty());
  }

  TEST_CASE("flow: deep nesting and long or cyclic chains are read without recursion") {
    // 90 decisions nested in each other's yes branch (about 450 tree levels, under the reader's limit).
    std::string yaml = "workflow:\n  states:\n    - state:\n        actions:\n";
    std::string indent = "          ";
    for (int i = 0; i < 90; ++i) {
      yaml += indent + "- decision:\n" + indent + "    name: d" + std::to_string(i) + "\n" + indent + "    outputs:\n" +
              indent + "      yes:\n" + indent + "        actions:\n";
      indent += "          ";
    }
    yaml += indent + "- disconnect: {name: bottom}\n";
    const Flow deep = YamlFlow(yaml);
    REQUIRE(deep.actions.size() == 91);
    CHECK(deep.actions[0].name.value == "d0");  // ids follow document order
    CHECK(deep.actions[90].name.value == "bottom");
    CHECK(FallThrough(deep, 90) == kNoAction);
    CHECK(ReachFromAction(deep, 0).actions.size() == 91);

    // A 20000-action chain, and a two-action cycle.
    std::string json =
        R"({"initialSequence": "s", "flowSequenceItemList": [{"id": "s", "startAction": "a0", "actionList": [)";
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
      json += (i ? "," : "") + std::string(R"({"__type": "UpdateVariableAction", "id": "a)") + std::to_string(i) +
              R"(", "nextAction": "a)" + std::to_string((i + 1) % count) + "\"}";
    }
    json += "]}]}";
    const Flow chain = JsonFlow(json);
    REQUIRE(chain.actions.size() == count);
    CHECK(chain.containers[0].actions.size() == count);
    CHECK(chain.actions[count - 1].next == 0);  // the link back is kept; the walk stays finite
    const Reach reach = ReachFromAction(chain, 0);
    CHECK(reach.actions.size() == count);
    CHECK(reach.exits.empty());
  }
}

TEST_SUITE("corpus") {
  TEST_CASE("flow model: every corpus flow builds; callData and DataAction counts") {
    int yaml_flows = 0, i3_flows = 0;
    int yaml_calls = 0, yaml_calls_no_failure = 0, yaml_status_bound = 0;
    int i3_calls = 0, i3_calls_no_failure = 0, i3_calls_no_timeout = 0, i3_status_bound = 0;
    std::map<std::string, int> yaml_calls_per_file;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(testing::CorpusDir())) {
      if (entry.is_regular_file()) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
      const std::string ext = path.extension().string();
      if (ext != ".yaml" && ext != ".yml" && ext.rfind(".i3", 0) != 0) continue;
      CAPTURE(path.string());
      const LoadOutcome outcome = LoadFile(WalkEntry{path.string(), false, {}}, LoadOptions{});
      if (!outcome.document) continue;
      const std::optional<Flow> flow = BuildFlow(*outcome.document);
      if (!flow) continue;
      const bool yaml = outcome.document->kind == FileKind::kArchyFlow;
      ++(yaml ? yaml_flows : i3_flows);
      CHECK(flow->entry != kNoContainer);
      for (size_t i = 0; i < flow->actions.size(); ++i) {
        const Action& action = flow->actions[i];
        const auto id = static_cast<ActionId>(i);
        // The graph is consistent: every branch member is owned by its action, and walks end.
        for (size_t b = 0; b < action.branches.size(); ++b) {
          for (ActionId member : action.branches[b].actions) {
            CHECK(flow->actions[static_cast<size_t>(member)].owner == id);
            CHECK(flow->actions[static_cast<size_t>(member)].owner_branch == static_cast<int>(b));
          }
          ReachFromBranch(*flow, id, static_cast<int>(b), {true});
        }
        CHECK(action.container != kNoContainer);
        if (action.kind != ActionKind::kCallData) continue;
        const Branch* failure = action.FindBranch(BranchKind::kFailure);
        const Branch* timeout = action.FindBranch(BranchKind::kTimeout);
        REQUIRE(failure);
        REQUIRE(timeout);
        REQUIRE(action.data_action.has_value());
        const Binding* status = action.data_action->FailureOutput("status");
        const bool status_bound = status && status->Bound();
        if (yaml) {
          ++yaml_calls;
          ++yaml_calls_per_file[path.string()];
          yaml_calls_no_failure += failure->Empty();
          yaml_status_bound += status_bound;
        } else {
          ++i3_calls;
          i3_calls_no_failure += failure->Empty();
          i3_calls_no_timeout += timeout->Empty();
          i3_status_bound += status_bound;
        }
      }
    }
    // docs/domain.md §18: 68 Archy flows and 42 exports.
    CHECK(yaml_flows == 68);
    CHECK(i3_flows == 42);
    // docs/domain.md §18 and §4: 53 callData in YAML (settingsActionDefaults.callData excluded), 30 of
    // them with an absent or empty Failure; 95 DataAction in .i3, 56 with an empty Failure and 58
    // with an empty Timeout; §3: status bound by 1 YAML and 8 .i3 data actions.
    CHECK(yaml_calls == 53);
    CHECK(yaml_calls_no_failure == 30);
    CHECK(yaml_status_bound == 1);
    CHECK(i3_calls == 95);
    CHECK(i3_calls_no_failure == 56);
    CHECK(i3_calls_no_timeout == 58);
    CHECK(i3_status_bound == 8);
  }
}

}  // namespace cxlint::model
