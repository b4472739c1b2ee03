// The effective retry policy of each outbound call (docs/domain.md §17), from every source.

#include <doctest/doctest.h>

#include "model/outbound_call.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

using model::OutboundCall;
using model::RetrySource;

const OutboundCall& CallNamed(const LintResult& result, const std::string& subject_part) {
  for (const OutboundCall& call : result.project.outbound_calls) {
    if (call.subject.find(subject_part) != std::string::npos) return call;
  }
  FAIL("no outbound call like " << subject_part);
  return result.project.outbound_calls.front();
}

std::string Flow(const std::string& actions) {
  return "inboundShortMessage:\n  name: Test\n  startUpRef: \"/inboundShortMessage/states/state[S_1]\"\n"
         "  states:\n    - state:\n        name: S\n        refId: S_1\n        actions:\n" +
         actions;
}

// A callData at the indentation of a state's action list, with a failure branch.
std::string CallData(const std::string& name, const std::string& failure, const std::string& indent = "          ") {
  std::string out = indent + "- callData:\n" + indent + "    name: " + name + "\n" + indent + "    category:\n" +
                    indent + "      CRM:\n" + indent + "        dataAction:\n" + indent + "          Get Order: {}\n";
  if (!failure.empty())
    out += indent + "    outputs:\n" + indent + "      failure:\n" + indent + "        actions:\n" + failure;
  return out;
}

TEST_SUITE("unit") {
  TEST_CASE("retry policy: a Failure path that calls again at once is an immediate retry") {
    TempDir dir;
    dir.Write("flow.yaml", Flow(CallData("First", CallData("Again", "", "                  "))));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);  // "Again" is First's retry, not a call site
    const OutboundCall& call = result.project.outbound_calls[0];
    CHECK(call.policy.source == RetrySource::kFlowFailurePath);
    CHECK(call.policy.attempts == 2);
    REQUIRE(call.policy.waits_ms.size() == 1);
    CHECK(call.policy.waits_ms[0].value == 0);
    CHECK(call.policy.Schedule() == "waits 0 ms: 2 attempts within 0.1 s");
    CHECK(call.policy.waits_ms[0].location.file->Position(call.policy.waits_ms[0].location.span.begin).line == 18);
  }

  TEST_CASE("retry policy: waits before re-calls are summed, and chains count every retry") {
    const std::string wait2 =
        "                  - wait:\n                      name: W\n                      duration:\n"
        "                        lit:\n                          seconds: 2\n";
    const std::string inner =
        "                          - wait:\n                              name: W2\n"
        "                              duration: {lit: {ms: 4000}}\n";
    TempDir dir;
    dir.Write(
        "flow.yaml",
        Flow(CallData("First", wait2 + CallData("Second", inner + CallData("Third", "", "                          "),
                                                "                  "))));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    const auto& policy = result.project.outbound_calls[0].policy;
    CHECK(policy.attempts == 3);
    REQUIRE(policy.waits_ms.size() == 2);
    CHECK(policy.waits_ms[0].value == 2000);
    CHECK(policy.waits_ms[1].value == 4000);
    CHECK(policy.Schedule() == "waits 2 s, 4 s: 3 attempts within 6.2 s");
  }

  TEST_CASE("retry policy: a loop that calls again after a success too is polling, not a retry") {
    TempDir dir;
    dir.Write("flow.yaml", Flow("          - loop:\n              name: Poll\n              loopCount: {lit: 5}\n"
                                "              outputs:\n                loop:\n                  actions:\n"
                                "                    - wait:\n                        name: W\n"
                                "                        duration: {lit: {minutes: 5}}\n" +
                                CallData("Poll CRM", "", "                    ")));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    const OutboundCall& call = result.project.outbound_calls[0];
    CHECK(call.policy.source == RetrySource::kNone);
    CHECK(call.policy.waits_ms.empty());
    CHECK(call.polled);  // its failure comes back in the next round
  }

  TEST_CASE("retry policy: a loop whose Success path leaves it retries loopCount times with its waits") {
    const std::string leave =
        "                          success:\n                            actions:\n"
        "                              - loopExit:\n                                  name: Done\n";
    TempDir dir;
    dir.Write("flow.yaml", Flow("          - loop:\n              name: Retry\n              loopCount: {lit: 5}\n"
                                "              outputs:\n                loop:\n                  actions:\n"
                                "                    - wait:\n                        name: W\n"
                                "                        duration: {lit: {seconds: 5}}\n"
                                "                    - callData:\n                        name: Get CRM\n"
                                "                        category:\n                          CRM:\n"
                                "                            dataAction:\n                              Get Order: {}\n"
                                "                        outputs:\n" +
                                leave));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    const auto& policy = result.project.outbound_calls[0].policy;
    CHECK(policy.source == RetrySource::kFlowLoop);
    CHECK(policy.attempts == 5);
    REQUIRE(policy.waits_ms.size() == 4);
    CHECK(policy.waits_ms[0].value == 5000);
  }

  TEST_CASE("retry policy: a loop over the items of a list is iteration, not a retry") {
    TempDir dir;
    dir.Write("flow.yaml",
              Flow("          - loop:\n              name: Each ticket\n              loopCount: {lit: 10}\n"
                   "              currentIndex:\n                var: Flow.i\n"
                   "              outputs:\n                loop:\n                  actions:\n"
                   "                    - callData:\n                        name: Close ticket\n"
                   "                        category:\n                          CRM:\n"
                   "                            dataAction:\n                              Close:\n"
                   "                                inputs:\n                                  id:\n"
                   "                                    exp: GetAt(Flow.tickets, Flow.i)\n"
                   "                        outputs:\n                          success:\n"
                   "                            actions:\n                              - loopExit:\n"
                   "                                  name: Stop\n"));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    CHECK(result.project.outbound_calls[0].policy.source == RetrySource::kNone);
  }

  TEST_CASE("retry policy: a jump back from the failure path without a guard is unbounded") {
    TempDir dir;
    dir.Write("flow.yaml",
              "inboundShortMessage:\n  name: Test\n  startUpRef: \"/inboundShortMessage/states/state[S_1]\"\n"
              "  states:\n    - state:\n        name: S\n        refId: S_1\n        actions:\n" +
                  CallData("Lookup",
                           "                  - changeState:\n                      name: Again\n"
                           "                      targetStateRef: ./states/state[S_1]\n"));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    const auto& policy = result.project.outbound_calls[0].policy;
    CHECK(policy.source == RetrySource::kFlowFailurePath);
    CHECK_FALSE(policy.bounded);
    CHECK(policy.Schedule() == "waits 0 ms, then again with no bound");
  }

  TEST_CASE(
      "retry policy: a loop retries when its Failure or Timeout path comes round, waits after the call included") {
    // Poll until found: the wait comes after the call in the body, before the next iteration.
    const std::string body =
        "                    - callData:\n"
        "                        name: Poll\n"
        "                        category:\n"
        "                          CRM:\n"
        "                            dataAction:\n"
        "                              Get Order: {}\n"
        "                        outputs:\n"
        "                          success:\n"
        "                            actions:\n"
        "                              - loopExit:\n"
        "                                  name: Found\n"
        "                          timeout:\n"
        "                            actions:\n"
        "                              - wait:\n"
        "                                  name: After a timeout\n"
        "                                  duration: {lit: {seconds: 5}}\n"
        "                    - wait:\n"
        "                        name: Before the next try\n"
        "                        duration: {lit: {seconds: 3}}\n";
    TempDir dir;
    dir.Write("flow.yaml", Flow("          - loop:\n              name: Retry\n              loopCount: {lit: 3}\n"
                                "              outputs:\n                loop:\n                  actions:\n" +
                                body));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    const auto& policy = result.project.outbound_calls[0].policy;
    CHECK(policy.source == RetrySource::kFlowLoop);
    CHECK(policy.attempts == 3);
    // The Failure path (absent: it falls through) waits 3 s; the Timeout path 5 + 3 s: the shorter counts.
    REQUIRE(policy.waits_ms.size() == 2);
    CHECK(policy.waits_ms[0].value == 3000);
    CHECK(policy.waits_ms[0].location.file->Position(policy.waits_ms[0].location.span.begin).line == 31);
    CHECK(policy.retries_on_timeout);
  }

  TEST_CASE("retry policy: a loop whose Failure and Timeout paths leave it does not retry the call") {
    TempDir dir;
    dir.Write("flow.yaml",
              Flow("          - loop:\n              name: For each order\n              loopCount: {lit: 3}\n"
                   "              outputs:\n                loop:\n                  actions:\n"
                   "                    - callData:\n                        name: Lookup\n"
                   "                        category: {CRM: {dataAction: {Get Order: {}}}}\n"
                   "                        outputs:\n"
                   "                          success: {actions: [{loopExit: {name: Done}}]}\n"
                   "                          failure: {actions: [{disconnect: {name: Bye}}]}\n"));
    LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    // The Timeout path is absent: it falls through and comes round, so the loop retries timeouts only.
    CHECK(result.project.outbound_calls[0].policy.source == RetrySource::kFlowLoop);
    CHECK(result.project.outbound_calls[0].policy.retries_on_timeout);
    dir.Write("flow.yaml",
              Flow("          - loop:\n              name: For each order\n              loopCount: {lit: 3}\n"
                   "              outputs:\n                loop:\n                  actions:\n"
                   "                    - callData:\n                        name: Lookup\n"
                   "                        category: {CRM: {dataAction: {Get Order: {}}}}\n"
                   "                        outputs:\n"
                   "                          failure: {actions: [{disconnect: {name: Bye}}]}\n"
                   "                          timeout: {actions: [{disconnect: {name: Bye}}]}\n"));
    result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    CHECK(result.project.outbound_calls[0].policy.source == RetrySource::kNone);
    CHECK_FALSE(result.project.outbound_calls[0].policy.retries_on_timeout);
  }

  TEST_CASE("retry policy: a call made again after the customer answers is a new request, not a retry") {
    const std::string ask =
        "                  - collectInput:\n                      name: Ask again\n"
        "                      outputs:\n                        success:\n                          actions:\n" +
        CallData("Again", "", "                            ");
    TempDir dir;
    dir.Write("flow.yaml", Flow(CallData("First", ask)));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 2);
    CHECK(result.project.outbound_calls[0].policy.source == RetrySource::kNone);
    CHECK(result.project.outbound_calls[1].policy.source == RetrySource::kNone);
  }

  TEST_CASE("retry policy: a jump back with no wait retries at the jump") {
    TempDir dir;
    dir.Write("flow.yaml",
              "inboundShortMessage:\n  name: Test\n  startUpRef: \"/inboundShortMessage/states/state[S_1]\"\n"
              "  states:\n    - state:\n        name: S\n        refId: S_1\n        actions:\n" +
                  CallData("Lookup",
                           "                  - changeState:\n                      name: Again\n"
                           "                      targetStateRef: ./states/state[S_1]\n"));
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.outbound_calls.size() == 1);
    const auto& policy = result.project.outbound_calls[0].policy;
    REQUIRE(policy.waits_ms.size() == 1);
    CHECK(policy.waits_ms[0].location.file->Position(policy.waits_ms[0].location.span.begin).line == 18);
    CHECK(policy.where.span.begin == policy.waits_ms[0].location.span.begin);
  }

  TEST_CASE("retry policy: schedules and durations for messages") {
    model::RetryPolicy policy;
    policy.source = RetrySource::kFlowLoop;
    policy.attempts = 5;
    for (int i = 0; i < 4; ++i) policy.waits_ms.push_back({int64_t{300'000}, {}});
    CHECK(policy.Schedule() == "waits 5 min (4 times): 5 attempts within 20 min");
    policy.attempts = 4;
    policy.waits_ms.pop_back();
    CHECK(policy.Schedule() == "waits 5 min, 5 min, 5 min: 4 attempts within 15 min");
    CHECK(model::FormatDuration(0) == "0 ms");
    CHECK(model::FormatDuration(1500) == "1.5 s");
    CHECK(model::FormatDuration(87'000) == "1 min 27 s");
    CHECK(model::FormatDuration(3'600'000) == "1 h");
    CHECK(model::FormatDuration(5 * 3'600'000 + 33 * 60'000) == "5 h 33 min");
  }

  TEST_CASE("retry policy: the example project, naive and resilient") {
    const LintResult result = LintIn(SourceDir() / "examples" / "black-friday");
    const OutboundCall& naive = CallNamed(result, "'Get Order Status (direct)'");
    CHECK(naive.policy.source == RetrySource::kFlowFailurePath);
    CHECK(naive.policy.attempts == 2);
    REQUIRE(naive.data_action != nullptr);
    CHECK(naive.Url().host == "acme.my.salesforce.com");
    CHECK(naive.policy.attempt_timeout_ms == 60000);  // no config_timeout_seconds: the default
    CHECK(naive.step_timeout_ms == 60000);
    const OutboundCall& resilient = CallNamed(result, "'Get Order Status')");
    // crm-gateway.acme.example is a middleware host in examples/black-friday/.cxlint.yaml.
    CHECK(resilient.policy.source == RetrySource::kMiddleware);
    REQUIRE(resilient.data_action != nullptr);
    CHECK(resilient.policy.attempt_timeout_ms == std::nullopt);
  }

  TEST_CASE("retry policy: webhook blocks declare theirs; Open Messaging has the platform's") {
    TempDir dir;
    dir.Write("main.tf", R"(resource "genesyscloud_flow" "f" {
  filepath = "flow.yaml"
  webhook {
    key                = "crm_update"
    url                = "https://crm.example.com/hook"
    retry_count        = 3
    retry_interval_ms  = 1000
    backoff_multiplier = 2.0
    retry_jitter       = true
    retry_on_timeout   = false
    retry_on_status    = [429, 503]
    timeout_ms         = 10000
  }
}
resource "genesyscloud_conversations_messaging_integrations_open" "om" {
  name                              = "Open"
  outbound_notification_webhook_url = "https://hooks.example.com/genesys"
  outbound_notification_webhook_signature_secret_token = var.token
}
)");
    const LintResult result = LintIn(dir.path());
    const OutboundCall& webhook = CallNamed(result, "webhook 'crm_update'");
    CHECK(webhook.policy.source == RetrySource::kDeclared);
    CHECK(webhook.policy.attempts == 4);
    REQUIRE(webhook.policy.waits_ms.size() == 3);
    CHECK(webhook.policy.waits_ms[2].value == 4000);
    CHECK(webhook.policy.jitter);
    CHECK(webhook.policy.retry_statuses == std::vector<int>{429, 503});
    CHECK(webhook.policy.Schedule() == "waits 1 s, 2 s, 4 s: 4 attempts within 7.2 s");
    const OutboundCall& open = CallNamed(result, "outbound webhook");
    CHECK(open.policy.source == RetrySource::kPlatform);
    CHECK(open.policy.attempts == 6);
    CHECK(open.policy.retries_on_timeout);
  }
}

}  // namespace
}  // namespace cxlint::testing
