// The retry rules CX101-CX108, each called on outbound calls built by hand: what fires, where,
// with which message, and what stays silent.

#include <doctest/doctest.h>

#include <memory>

#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"

namespace cxlint::testing {
namespace {

using model::CallKind;
using model::Located;
using model::OutboundCall;
using model::RetrySource;
using model::Value;

// A file of ten numbered lines, so a location names its line.
const SourcePtr& File() {
  static const SourcePtr file = std::make_shared<SourceFile>(
      "flow.yaml", "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8\nline 9\nline 10\n");
  return file;
}

Location At(uint32_t line) { return Location{File(), Span{(line - 1) * 7, (line - 1) * 7 + 4}, ""}; }

uint32_t LineOf(const Location& location) { return location.file->Position(location.span.begin).line; }

Located<std::optional<int64_t>> Wait(std::optional<int64_t> ms, uint32_t line) { return {ms, At(line)}; }

// A flow call to an external host with no retry; tests change what they need.
OutboundCall FlowCall(const std::string& url = "https://crm.acme.example/orders") {
  OutboundCall call;
  call.kind = CallKind::kFlowDataAction;
  call.location = At(1);
  call.subject = "call data action 'Get order'";
  call.url = {Value::String(url), At(1)};
  call.method = {Value::String("GET"), At(1)};
  call.policy.where = At(1);
  return call;
}

// The same call retried from its Failure path with these waits, each re-call on the next lines.
OutboundCall Retried(std::vector<Located<std::optional<int64_t>>> waits,
                     RetrySource source = RetrySource::kFlowFailurePath) {
  OutboundCall call = FlowCall();
  call.policy.source = source;
  call.policy.attempts = static_cast<int>(waits.size()) + 1;
  call.policy.where = At(2);
  call.policy.waits_ms = std::move(waits);
  call.policy.attempt_timeout_ms = 10'000;
  return call;
}

OutboundCall Webhook() {
  OutboundCall call;
  call.kind = CallKind::kWebhookBlock;
  call.location = At(1);
  call.subject = "webhook 'crm_update' of genesyscloud_flow.f";
  call.url = {Value::String("https://crm.acme.example/hook"), At(2)};
  call.method = {Value::String("POST"), At(1)};
  call.policy.where = At(1);
  return call;
}

std::vector<Finding> Run(const RuleMeta& rule, std::vector<OutboundCall> calls,
                         std::vector<std::string> middleware = {}) {
  model::Project project;
  project.config.middleware_hosts = std::move(middleware);
  project.outbound_calls = std::move(calls);
  std::vector<Finding> findings;
  Sink sink(rule, findings);
  rule.check(project, sink);
  return findings;
}

TEST_SUITE("unit") {
  TEST_CASE("CX101: an external call with no retry, and what does not count") {
    auto findings = Run(rules::kMissingRetryPolicy, {FlowCall()});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "call data action 'Get order' calls 'crm.acme.example' with no retry: Genesys Cloud does not retry data "
          "actions, so a single 429 or timeout takes the Failure path");
    CHECK(LineOf(findings[0].location) == 1);

    OutboundCall undefined = FlowCall();
    undefined.url = {Value::Unknown("the data action is not bound"), At(1)};
    undefined.data_action_undefined = true;
    // Unknown is not external: where it goes is CX003's note, not a guess.
    CHECK(Run(rules::kMissingRetryPolicy, {undefined}).empty());

    // A placeholder left in the names: cxlint cannot tell where the call goes.
    OutboundCall placeholder = undefined;
    placeholder.data_action_undefined = false;
    CHECK(Run(rules::kMissingRetryPolicy, {placeholder}).empty());
    // Genesys Cloud's own API, a retried call, the Open Messaging webhook.
    CHECK(Run(rules::kMissingRetryPolicy, {FlowCall("/api/v2/conversations/${input.id}")}).empty());
    // A Genesys Cloud host of any region is Genesys Cloud's own (negative-sentiment-callback's
    // chat notification goes to apps.mypurecloud.com); a look-alike is not.
    CHECK(Run(rules::kMissingRetryPolicy, {FlowCall("https://apps.mypurecloud.com/webchat/notify")}).empty());
    CHECK(Run(rules::kMissingRetryPolicy, {FlowCall("https://api.euw2.pure.cloud/api/v2/users")}).empty());
    CHECK(Run(rules::kMissingRetryPolicy, {FlowCall("https://notmypurecloud.com/orders")}).size() == 1);
    CHECK(Run(rules::kMissingRetryPolicy, {Retried({Wait(2000, 3)})}).empty());
    OutboundCall open = Webhook();
    open.kind = CallKind::kOpenMessaging;
    CHECK(Run(rules::kMissingRetryPolicy, {open}).empty());
    // A URL cannot be read while middleware hosts are configured: it may be one of them.
    OutboundCall unknown = FlowCall();
    unknown.url = {Value::Unknown("a variable with no value"), At(1)};
    CHECK(Run(rules::kMissingRetryPolicy, {unknown}, {"gateway.acme.example"}).empty());
    // A middleware host.
    OutboundCall delegated = FlowCall("https://gateway.acme.example/orders");
    delegated.policy.source = RetrySource::kMiddleware;
    CHECK(Run(rules::kMissingRetryPolicy, {delegated}, {"gateway.acme.example"}).empty());

    findings = Run(rules::kMissingRetryPolicy, {Webhook()});
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "webhook 'crm_update' of genesyscloud_flow.f calls 'crm.acme.example' with no retry (it sets no retry_count): "
        "a single 429 or timeout loses the request");
  }

  TEST_CASE("CX102: a wait of 0 ms, reported once at the re-call") {
    auto findings = Run(rules::kImmediateRetry, {Retried({Wait(0, 4)})});
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "call data action 'Get order' is retried with no wait (waits 0 ms: 2 attempts within 0.1 s): under a 429 storm "
        "every retry lands in the same second");
    CHECK(LineOf(findings[0].location) == 4);
    REQUIRE(findings[0].related.size() == 1);
    CHECK(findings[0].related[0].message == "the first attempt");
    CHECK(LineOf(findings[0].related[0].location) == 1);

    findings = Run(rules::kImmediateRetry, {Retried({Wait(2000, 3), Wait(0, 6), Wait(0, 8)})});
    REQUIRE(findings.size() == 1);
    CHECK(LineOf(findings[0].location) == 6);

    CHECK(Run(rules::kImmediateRetry, {Retried({Wait(std::nullopt, 3)})}).empty());  // an expression
    CHECK(Run(rules::kImmediateRetry, {Retried({Wait(1000, 3)})}).empty());
    CHECK(Run(rules::kImmediateRetry, {Retried({Wait(0, 3)}, RetrySource::kMiddleware)}).empty());
    CHECK(Run(rules::kImmediateRetry, {Retried({Wait(0, 3)}, RetrySource::kPlatform)}).empty());
  }

  TEST_CASE("CX103: a first wait above 0 and below 1 s") {
    auto findings = Run(rules::kAggressiveRetryInterval, {Retried({Wait(500, 3), Wait(5000, 5)})});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "call data action 'Get order' waits only 500 ms before its first retry, less than 1 s (waits 500 ms, 5 s: 3 "
          "attempts within 5.7 s): a 429 asks for a wait in whole seconds, so the retry meets the same limit");
    CHECK(LineOf(findings[0].location) == 3);
    CHECK(Run(rules::kAggressiveRetryInterval, {Retried({Wait(0, 3)})}).empty());  // CX102's
    CHECK(Run(rules::kAggressiveRetryInterval, {Retried({Wait(1000, 3)})}).empty());
    CHECK(Run(rules::kAggressiveRetryInterval, {Retried({Wait(2000, 3), Wait(100, 5)})}).empty());  // only the first
    CHECK(Run(rules::kAggressiveRetryInterval, {Retried({Wait(std::nullopt, 3)})}).empty());
  }

  TEST_CASE("CX104: waits that do not grow, declared or in the flow") {
    auto findings =
        Run(rules::kNoExponentialBackoff, {Retried({Wait(2000, 3), Wait(2000, 5)}, RetrySource::kFlowLoop)});
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "call data action 'Get order' retries twice without backing off: the wait before retry 2 is 1x the one before, "
        "below 1.5x (waits 2 s, 2 s: 3 attempts within 4.2 s): under a 429 storm the retries keep the same pressure on "
        "the endpoint instead of easing off");
    CHECK(LineOf(findings[0].location) == 5);

    OutboundCall declared = Webhook();
    declared.policy.source = RetrySource::kDeclared;
    declared.policy.attempts = 4;
    declared.policy.waits_ms = {Wait(1000, 4), Wait(1200, 4), Wait(1440, 4)};
    declared.policy.backoff_factor = 1.2;
    declared.policy.backoff_factor_location = At(5);
    findings = Run(rules::kNoExponentialBackoff, {declared});
    REQUIRE(findings.size() == 1);
    CHECK(LineOf(findings[0].location) == 5);
    CHECK(findings[0].message.find("its backoff_multiplier makes each wait 1.2x the one before, below 1.5x") !=
          std::string::npos);
    declared.policy.backoff_factor = 2.0;
    CHECK(Run(rules::kNoExponentialBackoff, {declared}).empty());

    CHECK(Run(rules::kNoExponentialBackoff, {Retried({Wait(2000, 3), Wait(3000, 5)})}).empty());      // 1.5x
    CHECK(Run(rules::kNoExponentialBackoff, {Retried({Wait(2000, 3)})}).empty());                     // one retry
    CHECK(Run(rules::kNoExponentialBackoff, {Retried({Wait(0, 3), Wait(0, 5)})}).empty());            // CX102's
    CHECK(Run(rules::kNoExponentialBackoff, {Retried({Wait(60'000, 3), Wait(60'000, 5)})}).empty());  // a poll
  }

  TEST_CASE("CX105: deterministic waits, and what may not be") {
    auto findings = Run(rules::kNoRetryJitter, {Retried({Wait(2000, 3), Wait(4000, 5)})});
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "call data action 'Get order' retries twice on a fixed schedule (waits 2 s, 4 s: 3 attempts within 6.2 s): its "
        "waits are fixed durations, so conversations that fail together in a 429 storm retry together, in the same "
        "second");
    CHECK(LineOf(findings[0].location) == 3);

    OutboundCall declared = Webhook();
    declared.policy.source = RetrySource::kDeclared;
    declared.policy.attempts = 3;
    declared.policy.waits_ms = {Wait(1000, 4), Wait(2000, 4)};
    declared.policy.jitter_location = At(6);
    findings = Run(rules::kNoRetryJitter, {declared});
    REQUIRE(findings.size() == 1);
    CHECK(LineOf(findings[0].location) == 6);
    CHECK(findings[0].message.find("its retry_jitter is false") != std::string::npos);
    declared.policy.jitter = true;
    CHECK(Run(rules::kNoRetryJitter, {declared}).empty());
    declared.policy.jitter = false;
    declared.policy.jitter_unknown = true;
    CHECK(Run(rules::kNoRetryJitter, {declared}).empty());

    CHECK(Run(rules::kNoRetryJitter, {Retried({Wait(2000, 3), Wait(std::nullopt, 5)})}).empty());
    CHECK(Run(rules::kNoRetryJitter, {Retried({Wait(0, 3), Wait(0, 5)})}).empty());
    CHECK(Run(rules::kNoRetryJitter, {Retried({Wait(2000, 3)})}).empty());
  }

  TEST_CASE("CX106: no bound, or more than 5 retries") {
    OutboundCall jump = Retried({Wait(0, 3)});
    jump.policy.attempts = std::nullopt;
    jump.policy.bounded = false;
    auto findings = Run(rules::kUnboundedRetries, {jump});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "call data action 'Get order' is retried with no bound (waits 0 ms, then again with no bound): while the "
          "endpoint "
          "keeps failing, the conversation stays in this loop and every pass adds to the 429 storm");
    CHECK(LineOf(findings[0].location) == 2);

    findings = Run(rules::kUnboundedRetries, {Retried(std::vector(6, Wait(2000, 3)), RetrySource::kFlowLoop)});
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "call data action 'Get order' is retried 6 times, more than 5 (waits 2 s (6 times): 7 attempts within 12.3 s): "
        "each conversation can make 7 calls to a failing endpoint, and every one counts against the org's data action "
        "limits");
    CHECK(Run(rules::kUnboundedRetries, {Retried(std::vector(5, Wait(2000, 3)))}).empty());
    OutboundCall counted = jump;
    counted.policy.bounded = true;  // a decision on the way back may count the attempts
    CHECK(Run(rules::kUnboundedRetries, {counted}).empty());
  }

  TEST_CASE("CX107: the worst case against max_total_ms, where a customer waits") {
    model::Flow call_flow;
    call_flow.type.value = "inboundCall";
    call_flow.is_call_flow = true;
    OutboundCall call = Retried({Wait(2000, 3), Wait(2000, 5)});
    call.flow = &call_flow;
    call.policy.attempt_timeout_ms = 25'000;
    call.policy.step_timeouts_ms = {30'000, 30'000, 30'000};
    call.step_timeout_location = At(7);
    auto findings = Run(rules::kRetryBudgetExceedsTimeout, {call});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "call data action 'Get order' can keep the caller waiting 1 min 19 s before it gives up, more than "
          "max_total_ms "
          "1 min (3 attempts x 25 s (the data action's timeout) + 4 s of waits = 1 min 19 s): when the endpoint hangs, "
          "every caller on this step hears the processing prompt for that long");
    CHECK(LineOf(findings[0].location) == 2);
    REQUIRE(findings[0].related.size() == 2);
    CHECK(findings[0].related[1].message == "the step timeout");

    // Each attempt is cut short by its own step, never held to the first step's timeout.
    call.policy.step_timeouts_ms = {30'000, 10'000, 30'000};
    findings = Run(rules::kRetryBudgetExceedsTimeout, {call});
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message.find("(25 s + 10 s + 25 s (each attempt's data action or step timeout, the shorter) + 4 s "
                                 "of waits = 1 min 4 s)") != std::string::npos);
    call.policy.step_timeouts_ms = {30'000, 10'000, 10'000};
    CHECK(Run(rules::kRetryBudgetExceedsTimeout, {call}).empty());  // 49 s

    // A step timeout that is not a literal leaves the attempt unknown.
    call.policy.step_timeouts_ms = {30'000, std::nullopt, 30'000};
    CHECK(Run(rules::kRetryBudgetExceedsTimeout, {call}).empty());
    call.policy.step_timeouts_ms = {30'000, 30'000, 30'000};
    call.policy.attempt_timeout_ms = std::nullopt;
    CHECK(Run(rules::kRetryBudgetExceedsTimeout, {call}).empty());
    call.policy.attempt_timeout_ms = 25'000;

    // A messaging customer gets no reply; a workflow has nobody waiting.
    model::Flow message_flow;
    message_flow.type.value = "inboundShortMessage";
    call.flow = &message_flow;
    findings = Run(rules::kRetryBudgetExceedsTimeout, {call});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.find("every customer on this step gets no reply") != std::string::npos);
    model::Flow workflow;
    workflow.type.value = "workflow";
    call.flow = &workflow;
    CHECK(Run(rules::kRetryBudgetExceedsTimeout, {call}).empty());

    OutboundCall declared = Webhook();
    declared.policy.source = RetrySource::kDeclared;
    declared.policy.attempts = 4;
    declared.policy.waits_ms = {Wait(1000, 4), Wait(2000, 4), Wait(4000, 4)};
    declared.policy.jitter = true;
    declared.policy.attempt_timeout_ms = 20'000;
    findings = Run(rules::kRetryBudgetExceedsTimeout, {declared});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message ==
          "webhook 'crm_update' of genesyscloud_flow.f can take 1 min 27 s to give up, more than max_total_ms 1 min (4 "
          "attempts x 20 s (timeout_ms) + 7 s of waits = 1 min 27 s): the last retries arrive after the caller has "
          "given up");
    declared.policy.attempt_timeout_ms = 10'000;
    CHECK(Run(rules::kRetryBudgetExceedsTimeout, {declared}).empty());

    OutboundCall open = Webhook();
    open.kind = CallKind::kOpenMessaging;
    open.policy.source = RetrySource::kPlatform;
    open.policy.attempts = 6;
    open.policy.waits_ms = std::vector(5, Wait(5000, 1));
    open.policy.attempt_timeout_ms = 10'000;
    CHECK(Run(rules::kRetryBudgetExceedsTimeout, {open}).empty());  // 85 s, but nobody can change it
  }

  TEST_CASE("CX108: a POST sent again after a timeout without an idempotency key") {
    OutboundCall call = Retried({Wait(2000, 3)});
    call.method = {Value::String("post"), At(1)};
    call.policy.retries_on_timeout = true;
    auto findings = Run(rules::kRetryOnTimeoutNotIdempotent, {call});
    REQUIRE(findings.size() == 1);
    CHECK(
        findings[0].message ==
        "call data action 'Get order' sends a POST and is sent again after a timeout (its Timeout path calls it again) "
        "with no Idempotency-Key, X-Idempotency-Key or X-Request-Id header: a request that timed out may still have "
        "been "
        "processed, so the retry can do it twice");
    CHECK(LineOf(findings[0].location) == 1);

    OutboundCall keyed = call;
    keyed.headers.emplace_back("x-idempotency-key", Located<Value>{Value::String("${input.id}"), At(1)});
    CHECK(Run(rules::kRetryOnTimeoutNotIdempotent, {keyed}).empty());
    OutboundCall get = call;
    get.method = {Value::String("GET"), At(1)};
    CHECK(Run(rules::kRetryOnTimeoutNotIdempotent, {get}).empty());
    OutboundCall failure_only = call;
    failure_only.policy.retries_on_timeout = false;
    CHECK(Run(rules::kRetryOnTimeoutNotIdempotent, {failure_only}).empty());
    OutboundCall genesys = call;
    genesys.url = {Value::String("/api/v2/conversations/${input.id}/notes"), At(1)};
    CHECK(Run(rules::kRetryOnTimeoutNotIdempotent, {genesys}).empty());

    OutboundCall open = Webhook();
    open.kind = CallKind::kOpenMessaging;
    open.subject = "the outbound webhook of genesyscloud_conversations_messaging_integrations_open.om";
    open.policy.source = RetrySource::kPlatform;
    open.policy.retries_on_timeout = true;
    findings = Run(rules::kRetryOnTimeoutNotIdempotent, {open});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.find("(Genesys Cloud retries it up to 5 times after a 10 s timeout)") !=
          std::string::npos);
    CHECK(findings[0].message.find("the receiver gets the same message again unless it deduplicates") !=
          std::string::npos);
  }
}

}  // namespace
}  // namespace cxlint::testing
