// The flow-path rules CX201-CX205: small flows built from Archy YAML and .i3-shaped JSON, each rule's
// Check called on its own, messages and positions pinned; then their counts on the shared corpus.

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/flow_builder.h"
#include "parse/json/json_reader.h"
#include "parse/yaml/yaml_reader.h"
#include "rules/registry.h"
#include "support/corpus_lint.h"
#include "support/test_support.h"

namespace cxlint::rules {
namespace {

Document MakeDocument(const std::string& path, const std::string& text, FileKind kind, parse::Node root) {
  Document document;
  document.source = std::make_shared<SourceFile>(path, text);
  document.kind = kind;
  document.root = std::move(root);
  return document;
}

model::Flow YamlFlow(const std::string& text) {
  parse::ParseResult result = parse::ParseYaml(text);
  REQUIRE(result.ok());
  return model::BuildArchyFlow(MakeDocument("flow.yaml", text, FileKind::kArchyFlow, std::move(result.root)));
}

model::Flow JsonFlow(const std::string& text) {
  parse::ParseResult result = parse::ParseJson(text);
  REQUIRE(result.ok());
  return model::BuildI3Flow(MakeDocument("flow.json", text, FileKind::kFlowConfigJson, std::move(result.root)));
}

// Runs one rule's Check over these flows.
std::vector<Finding> Run(const RuleMeta& rule, std::vector<model::Flow> flows) {
  model::Project project;
  project.flows = std::move(flows);
  std::vector<Finding> findings;
  Sink sink(rule, findings);
  rule.check(project, sink);
  return findings;
}

std::vector<Finding> Run(const RuleMeta& rule, const std::string& yaml) { return Run(rule, {YamlFlow(yaml)}); }

// "line:column-line:column: text under the span".
std::string At(const Finding& finding) {
  const SourceFile& file = *finding.location.file;
  const LineCol begin = file.Position(finding.location.span.begin);
  const LineCol end = file.Position(finding.location.span.end);
  return std::to_string(begin.line) + ":" + std::to_string(begin.column) + "-" + std::to_string(end.line) + ":" +
         std::to_string(end.column) + ": " +
         file.text().substr(finding.location.span.begin, finding.location.span.end - finding.location.span.begin);
}

// Flow headers: the actions given follow at the indentation of a state's (or task's) action list.
std::string MessageFlow(const std::string& actions) {
  return R"(inboundShortMessage:
  name: Orders
  startUpRef: "/inboundShortMessage/states/state[Initial State_10]"
  states:
    - state:
        name: Initial State
        refId: Initial State_10
        actions:
)" + actions;
}

std::string Workflow(const std::string& actions) {
  return R"(workflow:
  name: Orders
  startUpRef: "/workflow/states/state[Initial State_10]"
  states:
    - state:
        name: Initial State
        refId: Initial State_10
        actions:
)" + actions;
}

std::string CallFlow(const std::string& actions, const std::string& type = "inboundCall") {
  return type + R"(:
  name: Orders
  startUpRef: "./tasks/task[Main_10]"
  tasks:
    - task:
        name: Main
        refId: Main_10
        actions:
)" + actions;
}

// A Call Data Action of 'Order Management' / 'Get Order Status' at the action-list indentation;
// `failure_outputs` holds the entries under `failureOutputs:` (indented 24), `outputs` those under
// `outputs:` (indented 16).
std::string Call(const std::string& name, const std::string& outputs, const std::string& failure_outputs = "") {
  std::string text = "          - callData:\n";
  if (!name.empty()) text += "              name: " + name + "\n";
  text += R"(              category:
                Order Management:
                  dataAction:
                    Get Order Status:
                      inputs:
                        orderId:
                          exp: Flow.OrderId
                      successOutputs:
                        status:
                          var: Flow.OrderStatus
)";
  if (!failure_outputs.empty()) text += "                      failureOutputs:\n" + failure_outputs;
  if (!outputs.empty()) text += "              outputs:\n" + outputs;
  return text;
}

// What the flow does after the call: a reply that reads the call's result.
const char* const kReply = R"(          - sendResponse:
              name: Tell the status
              messageBody:
                exp: Flow.OrderStatus
)";

const char* const kTransferOnTimeout = R"(                timeout:
                  actions:
                    - transferToAcd:
                        name: To orders
                        targetQueue:
                          lit:
                            name: Orders
)";

const char* const kFailureToAgent = R"(                failure:
                  actions:
                    - transferToAcd:
                        name: To orders
)";

const char* const kStatusBound = R"(                        status:
                          var: Flow.HttpStatus
)";

TEST_SUITE("unit") {
  // ------------------------------------------------------------------ CX201
  TEST_CASE("CX201: an absent Failure output is reported once, on the callData key") {
    const auto findings =
        Run(kUnhandledFailurePath, MessageFlow(Call("Get order status", kTransferOnTimeout) + kReply));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "call data action 'Get order status' ('Order Management' / 'Get Order Status') has no Failure path: a "
          "failed call, HTTP 429 included, goes on to 'Tell the status' as if it had succeeded, with its success "
          "outputs unset");
    CHECK(At(findings[0]) == "9:13-9:21: callData");
    CHECK(findings[0].rule == &kUnhandledFailurePath);
    CHECK(findings[0].severity == Severity::kWarning);
  }

  TEST_CASE("CX201: a Failure output written with no actions is reported on its own key") {
    for (const char* empty :
         {"                failure:\n                  actions: []\n", "                failure:\n"}) {
      CAPTURE(empty);
      const auto findings = Run(kUnhandledFailurePath, MessageFlow(Call("Get order status", empty) + kReply));
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].message.find("has an empty Failure path and no Timeout path: a failed call") !=
            std::string::npos);
      CHECK(At(findings[0]) == "22:17-22:24: failure");
    }
  }

  TEST_CASE("CX201: a handled Failure path, and actions that are not Call Data Actions, are silent") {
    const std::string handled = R"(                failure:
                  actions:
                    - disconnect:
                        name: Bye
)";
    CHECK(Run(kUnhandledFailurePath, MessageFlow(Call("Get order status", handled))).empty());
    // A transfer's Failure output is not a data action's.
    CHECK(Run(kUnhandledFailurePath, MessageFlow(R"(          - transferToAcd:
              name: To orders
)"))
              .empty());
  }

  TEST_CASE("CX201: an unnamed action is named by its data action alone; one finding per action") {
    const auto findings = Run(kUnhandledFailurePath, MessageFlow(Call("", "") + Call("Second", "") + kReply));
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].message.rfind(
              "call data action ('Order Management' / 'Get Order Status') has no Failure or Timeout "
              "path: a failed call, HTTP 429 included, or one that times out, goes on to 'Second'",
              0) == 0);
    CHECK(findings[1].message.rfind("call data action 'Second' ('Order Management' / 'Get Order Status')", 0) == 0);
  }

  TEST_CASE("CX201 and CX202: .i3-shaped paths without nextActionId are empty; missing paths are absent") {
    // d1 hands a failure to a disconnect and leaves its Timeout path empty; d2 has neither path; both
    // fall through to the reply, which also runs after a success.
    const model::Flow flow = JsonFlow(R"({"name": "F", "type": "inboundshortmessage", "initialSequence": "s",
      "flowSequenceItemList": [{"__type": "State", "id": "s", "name": "S", "startAction": "d1", "actionList": [
        {"__type": "DataAction", "id": "d1", "name": "Look up", "actionName": "Get Order", "category": {"name": "CRM Actions"},
         "nextAction": "d2", "outputs": [{"name": "status", "value": {"config": {"ref": {"text": "Flow.S"}}, "text": "Flow.S"}}],
         "paths": [{"label": "Success", "outputId": "__SUCCESS__"}, {"label": "Timeout", "outputId": "__TIMEOUT__"},
                   {"label": "Failure", "outputId": "__FAILURE__", "nextActionId": "x"}]},
        {"__type": "DataAction", "id": "d2", "name": "Look up again", "actionName": "Get Order", "category": {"name": "CRM Actions"},
         "nextAction": "r", "outputs": [{"name": "status", "value": {"config": {"ref": {"text": "Flow.S"}}, "text": "Flow.S"}}],
         "paths": [{"label": "Success", "outputId": "__SUCCESS__"}]},
        {"__type": "SendResponseAction", "id": "r", "name": "Reply"},
        {"__type": "DisconnectAction", "id": "x", "name": "Bye"}]}]})");
    const auto failures = Run(kUnhandledFailurePath, {flow});
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].message.rfind("call data action 'Look up again' ('CRM Actions' / 'Get Order') has no Failure or "
                                    "Timeout path: a failed call, HTTP 429 included, or one that times out, goes on to "
                                    "'Reply'",
                                    0) == 0);
    CHECK(failures[0].location.span.begin == flow.actions[1].location.span.begin);
    const auto timeouts = Run(kUnhandledTimeoutPath, {flow});
    REQUIRE(timeouts.size() == 1);
    CHECK(
        timeouts[0].message.rfind("call data action 'Look up' ('CRM Actions' / 'Get Order') has an empty Timeout path: "
                                  "a call that times out goes on to 'Look up again'",
                                  0) == 0);
    CHECK(At(timeouts[0]) == R"(5:69-5:116: {"label": "Timeout", "outputId": "__TIMEOUT__"})");
  }

  // ------------------------------------------------------------------ CX202
  TEST_CASE("CX202: absent and empty Timeout outputs; a handled one is silent") {
    const auto absent = Run(kUnhandledTimeoutPath, MessageFlow(Call("Get order status", kFailureToAgent) + kReply));
    REQUIRE(absent.size() == 1);
    CHECK(absent[0].message ==
          "call data action 'Get order status' ('Order Management' / 'Get Order Status') has no Timeout path: a call "
          "that times out goes on to 'Tell the status' as if it had succeeded, with its success outputs unset");
    CHECK(At(absent[0]) == "9:13-9:21: callData");
    const auto empty =
        Run(kUnhandledTimeoutPath,
            MessageFlow(Call("Get order status", std::string(kFailureToAgent) +
                                                     "                timeout:\n                  actions: []\n") +
                        kReply));
    // When the Failure path goes on too, CX201's one finding names both.
    CHECK(Run(kUnhandledTimeoutPath, MessageFlow(Call("Get order status", "") + kReply)).empty());
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].message.find("has an empty Timeout path") != std::string::npos);
    CHECK(At(empty[0]) == "26:17-26:24: timeout");
    CHECK(Run(kUnhandledTimeoutPath, MessageFlow(Call("Get order status", kTransferOnTimeout))).empty());
  }

  // ------------------------------------------------------------------ CX203

  TEST_CASE("CX203: a handler that can only end fires on the Failure key; a hand-over is silent") {
    const char* const ends = R"(                failure:
                  actions:
                    - endWorkflow:
                        name: Failed
)";
    const auto absent = Run(kMissing429Branch, Workflow(Call("Sync order", ends)));
    REQUIRE(absent.size() == 1);
    CHECK(
        absent[0].message ==
        "the Failure path of call data action 'Sync order' ('Order Management' / 'Get Order Status') ends the workflow "
        "(failure output 'status' is not bound, and it neither retries after a wait nor hands over): a rate-limited "
        "call (429) is handled like a permanent error");
    CHECK(At(absent[0]) == "22:17-22:24: failure");
    const auto no_value = Run(kMissing429Branch, Workflow(Call("Sync order", ends, R"(                        errorCode:
                          var: Flow.Error
                        status:
                          noValue: true
)")));
    REQUIRE(no_value.size() == 1);
    // The same test for every flow type: a chat flow that apologises and transfers is handled.
    CHECK(Run(kMissing429Branch, MessageFlow(Call("Sync order", kFailureToAgent))).empty());
  }

  TEST_CASE("CX203: non-call flows: bound, and compared with 429 or not, anywhere on the failure path") {
    auto failure_with = [](const std::string& condition) {
      return R"(                failure:
                  actions:
                    - decision:
                        name: Which error?
                        condition:
                          exp: )" +
             condition + R"(
                        outputs:
                          "yes":
                            actions:
                              - endWorkflow:
                                  name: Later
                          no:
                            actions:
                              - endWorkflow:
                                  name: Failed
)";
    };
    const auto not_compared =
        Run(kMissing429Branch, Workflow(Call("Sync order", failure_with("Flow.HttpStatus >= 500"), kStatusBound)));
    REQUIRE(not_compared.size() == 1);
    CHECK(
        not_compared[0].message ==
        "the Failure path of call data action 'Sync order' ('Order Management' / 'Get Order Status') ends the workflow "
        "(it binds failure output 'status' to 'Flow.HttpStatus' but never compares it with 429): a rate-limited call "
        "(429) is handled like a permanent error");
    CHECK(At(not_compared[0]) == "25:17-25:24: failure");
    // Architect names are case-insensitive; 429 must be a number of its own, the variable a name of its own.
    CHECK(Run(kMissing429Branch, Workflow(Call("Sync order", failure_with("flow.httpstatus == 429"), kStatusBound)))
              .empty());
    CHECK(Run(kMissing429Branch,
              Workflow(
                  Call("Sync order", failure_with("429 == Flow.HttpStatus or Flow.HttpStatus == 503"), kStatusBound)))
              .empty());
    CHECK(Run(kMissing429Branch, Workflow(Call("Sync order", failure_with("Flow.HttpStatus == 4290"), kStatusBound)))
              .size() == 1);
    CHECK(Run(kMissing429Branch,
              Workflow(Call("Sync order", failure_with("Flow.HttpStatusText == \"429\""), kStatusBound)))
              .size() == 1);
    CHECK(
        Run(kMissing429Branch, Workflow(Call("Sync order", failure_with("Flow.Other == 429"), kStatusBound))).size() ==
        1);
    // The comparison may come after the branch, where the step falls through to.
    const std::string after = Call("Sync order", R"(                failure:
                  actions:
                    - updateData:
                        name: Note it
                        statements: []
)",
                                   kStatusBound) +
                              R"(          - switch:
              name: Route
              evaluate:
                firstMatch:
                  integer:
                    value:
                      exp: Flow.HttpStatus
                    cases:
                      - case:
                          value:
                            lit: 429
                          actions:
                            - endWorkflow:
                                name: Later
)";
    CHECK(Run(kMissing429Branch, Workflow(after)).empty());
  }

  TEST_CASE("CX203: an absent or empty Failure path is CX201's; a retry is judged with its first attempt") {
    CHECK(Run(kMissing429Branch, Workflow(Call("Sync order", ""))).empty());
    CHECK(Run(kMissing429Branch,
              Workflow(Call("Sync order", "                failure:\n                  actions: []\n")))
              .empty());
    // The retry's own failure path never looks at the status; the first attempt's does, before it.
    std::string retry = Call("Sync order (again)", R"(                failure:
                  actions:
                    - endWorkflow:
                        name: Failed
)",
                             kStatusBound);
    std::string indented;
    for (size_t at = 0; at < retry.size();) {
      const size_t end = retry.find('\n', at);
      indented += std::string(20, ' ') + retry.substr(at, end - at + 1);
      at = end + 1;
    }
    const std::string first = Call("Sync order", R"(                failure:
                  actions:
                    - decision:
                        name: Rate limited?
                        condition:
                          exp: Flow.HttpStatus == 429
                        outputs:
                          yes:
                            actions:
)" + indented,
                                   kStatusBound);
    CHECK(Run(kMissing429Branch, Workflow(first)).empty());
  }

  TEST_CASE("CX203: call flows fire only when the failure path neither retries nor transfers") {
    const std::string apologise = R"(                failure:
                  actions:
                    - playAudio:
                        name: Sorry
)";
    const auto findings = Run(kMissing429Branch, CallFlow(Call("Find order", apologise)));
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "the Failure path of call data action 'Find order' ('Order Management' / 'Get Order Status') ends (a call flow "
        "cannot read the HTTP status, so it should retry after a wait or transfer): a rate-limited call (429) is "
        "handled like a permanent error");
    // Apologising and hanging up is no better.
    const auto hangs_up =
        Run(kMissing429Branch, CallFlow(Call("Find order", apologise + "                    - disconnect:\n"
                                                                       "                        name: Bye\n")));
    REQUIRE(hangs_up.size() == 1);
    CHECK(hangs_up[0].message.find("') disconnects (a call flow cannot read") != std::string::npos);
    CHECK(At(findings[0]) == "22:17-22:24: failure");
    // Binding the status does not help where it cannot be read.
    CHECK(Run(kMissing429Branch, CallFlow(Call("Find order", apologise, kStatusBound), "inqueueCall")).size() == 1);
    CHECK(Run(kMissing429Branch, CallFlow(Call("Find order", kFailureToAgent))).empty());
    // A transfer reached by falling through counts too.
    CHECK(Run(kMissing429Branch, CallFlow(Call("Find order", R"(                failure:
                  actions:
                    - playAudio:
                        name: Sorry
)") + R"(          - transferToAcd:
              name: To orders
)"))
              .empty());
    // A loop whose body is the call comes back to it: a retry.
    const std::string loop = R"(          - loop:
              name: Try 3 times
              loopCount:
                lit: 3
              outputs:
                loop:
                  actions:
)";
    std::string body;
    const std::string call = Call("Find order", R"(                failure:
                  actions:
                    - wait:
                        name: Pause
                        duration:
                          lit:
                            seconds: 2
)");
    for (size_t at = 0; at < call.size();) {
      const size_t end = call.find('\n', at);
      body += std::string(10, ' ') + call.substr(at, end - at + 1);
      at = end + 1;
    }
    CHECK(Run(kMissing429Branch, CallFlow(loop + body)).empty());
  }

  // ------------------------------------------------------------------ CX204
  TEST_CASE("CX204: a Failure or Timeout path that ends the workflow with a success literal") {
    const std::string outputs = R"(                failure:
                  actions:
                    - endWorkflow:
                        name: End Workflow
                        exitReason:
                          lit: Success
                timeout:
                  actions:
                    - updateData:
                        name: Note it
                        statements: []
                    - changeState:
                        name: Finish
                        targetStateRef: "/workflow/states/state[Finish_20]"
)";
    const std::string finish = R"(    - state:
        name: Finish
        refId: Finish_20
        actions:
          - endWorkflow:
              name: Done
              exitReason:
                lit: " ok "
)";
    const auto findings = Run(kFailureReportedAsSuccess, Workflow(Call("Sync order", outputs) + finish));
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].message ==
          "the Failure path of call data action 'Sync order' ('Order Management' / 'Get Order Status') ends the "
          "workflow with exit reason 'Success': the workflow reports success for a call that failed");
    CHECK(At(findings[0]) == "22:17-22:24: failure");
    CHECK(findings[1].message ==
          "the Timeout path of call data action 'Sync order' ('Order Management' / 'Get Order Status') ends the "
          "workflow with exit reason ' ok ': the workflow reports success for a call that timed out");
    CHECK(At(findings[1]) == "28:17-28:24: timeout");
  }

  TEST_CASE("CX204: silent when any route ends otherwise, or the path calls again, or the reason is not a literal") {
    auto failure = [](const std::string& actions) {
      return Workflow(Call("Sync order", "                failure:\n                  actions:\n" + actions));
    };
    CHECK(Run(kFailureReportedAsSuccess, failure(R"(                    - endWorkflow:
                        name: Failed
                        exitReason:
                          lit: Failure
)"))
              .empty());
    CHECK(Run(kFailureReportedAsSuccess, failure(R"(                    - endWorkflow:
                        name: Failed
                        exitReason:
                          exp: Flow.Outcome
)"))
              .empty());
    CHECK(Run(kFailureReportedAsSuccess, failure(R"(                    - decision:
                        name: Busy?
                        condition:
                          exp: Flow.Busy
                        outputs:
                          yes:
                            actions:
                              - endWorkflow:
                                  name: Later
                                  exitReason:
                                    lit: RateLimited
                    - endWorkflow:
                        name: Done
                        exitReason:
                          lit: Success
)"))
              .empty());
    // Another call decides what follows by its own outcome.
    CHECK(Run(kFailureReportedAsSuccess, failure(R"(                    - callData:
                        name: Log it
                        category:
                          Logging:
                            dataAction:
                              Write Log: {}
                    - endWorkflow:
                        name: Done
                        exitReason:
                          lit: Success
)"))
              .empty());
    // An empty branch is CX201's, even though the flow then goes on to a success.
    CHECK(Run(kFailureReportedAsSuccess, Workflow(Call("Sync order", "") + R"(          - endWorkflow:
              name: Done
              exitReason:
                lit: Success
)"))
              .empty());
  }

  // ------------------------------------------------------------------ CX205
  TEST_CASE("CX205: a Failure path that disconnects before anything is said or handed over") {
    const std::string outputs = R"(                failure:
                  actions:
                    - setParticipantData:
                        name: Note it
                    - disconnect:
                        name: Hang up
)";
    const auto findings = Run(kFailureDropsConversation, MessageFlow(Call("Get order status", outputs)));
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "the Failure path of call data action 'Get order status' ('Order Management' / 'Get Order Status') "
        "disconnects ('Hang up') with no transfer, message or callback first: the customer is cut off without a word");
    CHECK(At(findings[0]) == "22:17-22:24: failure");
    // The same path in a workflow: nothing to drop.
    CHECK(Run(kFailureDropsConversation, Workflow(Call("Get order status", outputs))).empty());
  }

  TEST_CASE("CX205: a transfer, message, question or callback on the way; another call; empty paths") {
    for (const char* first : {"transferToAcd", "sendResponse", "playAudio", "communicate", "askForBoolean",
                              "collectInput", "createCallback", "callBotFlow"}) {
      CAPTURE(first);
      const std::string outputs = std::string(R"(                failure:
                  actions:
                    - )") + first +
                                  R"(:
                        name: First
                    - disconnect:
                        name: Hang up
)";
      CHECK(Run(kFailureDropsConversation, MessageFlow(Call("Get order status", outputs))).empty());
    }
    // What follows another call depends on it; that call's own paths are judged on their own.
    const std::string nested = R"(                failure:
                  actions:
                    - callData:
                        name: Log it
                        category:
                          Logging:
                            dataAction:
                              Write Log: {}
                        outputs:
                          failure:
                            actions:
                              - disconnect:
                                  name: Hang up
)";
    const auto findings = Run(kFailureDropsConversation, MessageFlow(Call("Get order status", nested)));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.rfind(
              "the Failure path of call data action 'Log it' ('Logging' / 'Write Log') disconnects ('Hang up')", 0) ==
          0);
    // An empty Failure path falls through to the disconnect after the step: CX201 says so.
    CHECK(Run(kFailureDropsConversation, MessageFlow(Call("Get order status", "") + R"(          - disconnect:
              name: Hang up
)"))
              .empty());
  }

  TEST_CASE("CX205: endTask ends the interaction only in a task no callTask runs, outside in-queue flows") {
    const std::string outputs = R"(                failure:
                  actions:
                    - endTask:
                        name: Give up
)";
    const auto findings = Run(kFailureDropsConversation, CallFlow(Call("Find order", outputs)));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.find("ends the interaction ('Give up') with no transfer, message or callback first") !=
          std::string::npos);
    CHECK(Run(kFailureDropsConversation, CallFlow(Call("Find order", outputs), "inqueueCall")).empty());
    // A called task's end returns to its caller.
    const std::string called = R"(inboundShortMessage:
  name: Orders
  startUpRef: "/inboundShortMessage/states/state[S_10]"
  states:
    - state:
        name: S
        refId: S_10
        actions:
          - callTask:
              name: Look up
              targetTaskRef: "/inboundShortMessage/tasks/task[Lookup_20]"
          - disconnect:
              name: Bye
  tasks:
    - task:
        name: Lookup
        refId: Lookup_20
        actions:
)" + Call("Find order", outputs);
    CHECK(Run(kFailureDropsConversation, called).empty());
  }

  TEST_CASE("CX205: .i3-shaped flows; a bot exit ends a route silently") {
    const model::Flow chat = JsonFlow(R"({"name": "F", "type": "inboundchat", "initialSequence": "s",
      "flowSequenceItemList": [{"__type": "State", "id": "s", "name": "S", "startAction": "d1", "actionList": [
        {"__type": "DataAction", "id": "d1", "name": "Look up", "actionName": "Get Order", "category": {"name": "CRM Actions"},
         "paths": [{"label": "Success", "outputId": "__SUCCESS__"}, {"label": "Failure", "outputId": "__FAILURE__", "nextActionId": "w"},
                   {"label": "Timeout", "outputId": "__TIMEOUT__", "nextActionId": "e"}]},
        {"__type": "WaitAction", "id": "w", "name": "Pause", "nextAction": "x"},
        {"__type": "DisconnectAction", "id": "x", "name": "Bye"},
        {"__type": "ExitBotFlowAction", "id": "e", "name": "Back"}]}]})");
    const auto findings = Run(kFailureDropsConversation, {chat});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "the Failure path of call data action 'Look up' ('CRM Actions' / 'Get Order') disconnects ('Bye') with no "
          "transfer, message or callback first: the customer is cut off without a word");
    CHECK(At(findings[0]) == R"(4:69-4:137: {"label": "Failure", "outputId": "__FAILURE__", "nextActionId": "w"})");
  }
}

// ------------------------------------------------------------------ corpus
// Findings of one rule on the shared corpus, by kind of flow file ("yaml", "i3").
std::map<std::string, int> CorpusCounts(std::string_view code) {
  const LintResult& result = testing::CorpusLint();
  CHECK(result.internal_errors.empty());
  std::map<std::string, int> counts;
  for (const Finding& finding : result.findings) {
    if (finding.rule->code != code) continue;
    ++counts[finding.location.file->path().find(".i3") != std::string::npos ? "i3" : "yaml"];
  }
  return counts;
}

TEST_SUITE("corpus") {
  // CX201, CX202, CX203 and CX205 on the corpus: every finding is judged in tests/precision.
  TEST_CASE("CX204 on the shared corpus") {
    // negative-sentiment-callback's Get Sentiment ends Failure and Timeout with exitReason Success,
    // in its YAML and in its export (docs/domain.md §4).
    auto counts = CorpusCounts("CX204");
    CHECK(counts["yaml"] == 2);
    CHECK(counts["i3"] == 2);
  }
}

}  // namespace
}  // namespace cxlint::rules
