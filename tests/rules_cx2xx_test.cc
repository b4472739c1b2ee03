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
#include "support/test_support.h"

namespace cxlint::rules {
namespace {

model::Document MakeDocument(const std::string& path, const std::string& text, FileKind kind, parse::Node root) {
  model::Document document;
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
)";
  if (!failure_outputs.empty()) text += "                      failureOutputs:\n" + failure_outputs;
  if (!outputs.empty()) text += "              outputs:\n" + outputs;
  return text;
}

const char* const kTransferOnTimeout = R"(                timeout:
                  actions:
                    - transferToAcd:
                        name: To orders
                        targetQueue:
                          lit:
                            name: Orders
)";


TEST_SUITE("unit") {
  // ------------------------------------------------------------------ CX201
  TEST_CASE("CX201: an absent Failure output is reported once, on the callData key") {
    const auto findings = Run(kUnhandledFailurePath, MessageFlow(Call("Get order status", kTransferOnTimeout)));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "call data action 'Get order status' ('Order Management' / 'Get Order Status') has no Failure path: a "
          "failed call, HTTP 429 included, continues after the step as if it had succeeded");
    CHECK(At(findings[0]) == "9:13-9:21: callData");
    CHECK(findings[0].rule == &kUnhandledFailurePath);
    CHECK(findings[0].severity == Severity::kWarning);
  }

  TEST_CASE("CX201: a Failure output written with no actions is reported on its own key") {
    for (const char* empty : {"                failure:\n                  actions: []\n", "                failure:\n"}) {
      CAPTURE(empty);
      const auto findings = Run(kUnhandledFailurePath, MessageFlow(Call("Get order status", empty)));
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].message.find("has an empty Failure path: a failed call") != std::string::npos);
      CHECK(At(findings[0]) == "19:17-19:24: failure");
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
)")).empty());
  }

  TEST_CASE("CX201: an unnamed action is named by its data action alone; one finding per action") {
    const auto findings = Run(kUnhandledFailurePath, MessageFlow(Call("", "") + Call("Second", "")));
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].message.rfind("call data action ('Order Management' / 'Get Order Status') has no Failure path", 0) == 0);
    CHECK(findings[1].message.rfind("call data action 'Second' ('Order Management' / 'Get Order Status')", 0) == 0);
  }

  TEST_CASE("CX201 and CX202: .i3-shaped paths without nextActionId are empty; missing paths are absent") {
    const model::Flow flow = JsonFlow(R"({"name": "F", "type": "inboundshortmessage", "initialSequence": "s",
      "flowSequenceItemList": [{"__type": "State", "id": "s", "name": "S", "startAction": "d1", "actionList": [
        {"__type": "DataAction", "id": "d1", "name": "Look up", "actionName": "Get Order", "category": {"name": "CRM Actions"},
         "nextAction": "d2",
         "paths": [{"label": "Success", "outputId": "__SUCCESS__"}, {"label": "Failure", "outputId": "__FAILURE__"},
                   {"label": "Timeout", "outputId": "__TIMEOUT__", "nextActionId": "x"}]},
        {"__type": "DataAction", "id": "d2", "name": "Look up again", "actionName": "Get Order", "category": {"name": "CRM Actions"},
         "paths": [{"label": "Success", "outputId": "__SUCCESS__"}]},
        {"__type": "DisconnectAction", "id": "x", "name": "Bye"}]}]})");
    const auto failures = Run(kUnhandledFailurePath, {flow});
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].message.rfind("call data action 'Look up' ('CRM Actions' / 'Get Order') has an empty Failure path", 0) == 0);
    CHECK(At(failures[0]) == R"(5:69-5:116: {"label": "Failure", "outputId": "__FAILURE__"})");
    CHECK(failures[1].message.rfind("call data action 'Look up again' ('CRM Actions' / 'Get Order') has no Failure path", 0) == 0);
    CHECK(failures[1].location.span.begin == flow.actions[1].location.span.begin);
    const auto timeouts = Run(kUnhandledTimeoutPath, {flow});
    REQUIRE(timeouts.size() == 1);
    CHECK(timeouts[0].message.rfind("call data action 'Look up again' ('CRM Actions' / 'Get Order') has no Timeout path", 0) == 0);
  }

  // ------------------------------------------------------------------ CX202
  TEST_CASE("CX202: absent and empty Timeout outputs; a handled one is silent") {
    const auto absent = Run(kUnhandledTimeoutPath, MessageFlow(Call("Get order status", "")));
    REQUIRE(absent.size() == 1);
    CHECK(absent[0].message ==
          "call data action 'Get order status' ('Order Management' / 'Get Order Status') has no Timeout path: a call "
          "that times out continues after the step as if it had succeeded");
    CHECK(At(absent[0]) == "9:13-9:21: callData");
    const auto empty = Run(kUnhandledTimeoutPath,
                           MessageFlow(Call("Get order status", "                timeout:\n                  actions: []\n")));
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].message.find("has an empty Timeout path") != std::string::npos);
    CHECK(At(empty[0]) == "19:17-19:24: timeout");
    CHECK(Run(kUnhandledTimeoutPath, MessageFlow(Call("Get order status", kTransferOnTimeout))).empty());
  }

}

// ------------------------------------------------------------------ corpus
// Findings of one rule on the shared corpus, by kind of flow file ("yaml", "i3").
std::map<std::string, int> CorpusCounts(std::string_view code) {
  const LintResult result = testing::LintIn(testing::CorpusDir().parent_path(), {"corpus"});
  CHECK(result.internal_errors.empty());
  std::map<std::string, int> counts;
  for (const Finding& finding : result.findings) {
    if (finding.rule->code != code) continue;
    ++counts[finding.location.file->path().find(".i3") != std::string::npos ? "i3" : "yaml"];
  }
  return counts;
}

TEST_SUITE("corpus") {
  TEST_CASE("CX201 on the shared corpus: once per Call Data Action with no Failure path") {
    // DOMAIN.md §0.7 and §8: 30 of 53 YAML callData and 56 of 95 .i3 DataActions have an absent or
    // empty Failure path; the flow model reproduces both counts, and CX201 says so once each.
    auto counts = CorpusCounts("CX201");
    CHECK(counts["yaml"] == 30);
    CHECK(counts["i3"] == 56);
  }
  TEST_CASE("CX202 on the shared corpus") {
    // DOMAIN.md §5.3: 58 of 95 .i3 Timeout paths are empty. §4.3: 21 of 53 YAML callData write a
    // timeout output, all 21 with actions, so 32 have none.
    auto counts = CorpusCounts("CX202");
    CHECK(counts["yaml"] == 32);
    CHECK(counts["i3"] == 58);
  }
}

}  // namespace
}  // namespace cxlint::rules
