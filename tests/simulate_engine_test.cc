// The simulation engine against what queueing and the published backoff results say must hold.
// Each claim runs a flat profile long enough that chance moves the shares by well under the
// tolerance a test states (Poisson arrivals: 90,000 conversations give a relative spread of 0.3%).

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "simulate/conversation_policy.h"
#include "simulate/engine.h"
#include "simulate/profile.h"
#include "simulate/random.h"
#include "simulate/reports.h"
#include "simulate/simulation.h"

namespace cxlint::testing {
namespace {

using simulate::ConversationPolicy;
using simulate::kMicrosPerSecond;
using simulate::Micros;
using simulate::Profile;
using simulate::RunStats;
using simulate::Scenario;

Scenario Flat(double rate, double seconds, std::optional<double> limit = std::nullopt) {
  Scenario scenario;
  scenario.profile = Profile::Flat(rate, seconds);
  scenario.duration_s = seconds;
  scenario.endpoint.limit_per_s = limit;
  return scenario;
}

// `attempts` attempts with no wait between them: the naive "just try again".
ConversationPolicy Immediate(int attempts) {
  ConversationPolicy policy;
  policy.attempts = attempts;
  policy.waits.assign(static_cast<size_t>(std::max(0, attempts - 1)), 0);
  return policy;
}

// The same number of attempts with exponential backoff from 2 s, capped at 30 s, full jitter.
ConversationPolicy FullJitter(int attempts) {
  ConversationPolicy policy = Immediate(attempts);
  policy.waits.clear();
  policy.full_jitter_backoff = true;
  return policy;
}

double Share(int64_t part, int64_t total) { return static_cast<double>(part) / static_cast<double>(total); }

TEST_SUITE("unit") {
  TEST_CASE("simulate: with no limit at the far end every conversation is answered first time") {
    const Scenario scenario = Flat(20, 600);
    const RunStats stats = simulate::Simulate(scenario, Immediate(3));
    CHECK(stats.conversations > 11'000);
    CHECK(stats.answered_first_time == stats.conversations);
    CHECK(stats.answered_after_retries == 0);
    CHECK(stats.Lost() + stats.handed_off == 0);
    CHECK(stats.Amplification() == 1.0);
    CHECK(stats.responses_429 == 0);
    CHECK(stats.genesys_refusals == 0);
  }

  TEST_CASE("simulate: with no retry and a limit below the offered rate, the share answered is limit / offered") {
    // 50 conversations per second against 20 requests per second for half an hour; Genesys
    // Cloud's limits are raised out of the way so only the far end limits. Tolerance: 0.01 of
    // the share (0.4), against a spread of about 0.0013 from the arrivals.
    Scenario scenario = Flat(50, 1800, 20);
    scenario.genesys.executions_per_minute = 1'000'000;
    scenario.genesys.concurrent_executions = 1'000'000;
    const RunStats stats = simulate::Simulate(scenario, Immediate(1));
    const double answered = Share(stats.Answered(), stats.conversations);
    CHECK(answered == doctest::Approx(20.0 / 50.0).epsilon(0.025));
    CHECK(std::abs(answered - 0.4) < 0.01);
    CHECK(stats.Amplification() == 1.0);
    CHECK(stats.responses_429 == stats.conversations - stats.Answered());
  }

  TEST_CASE("simulate: under overload immediate retries raise amplification and answer no more than no retry") {
    // Only the far end limits here: 50 conversations a second against 20 requests a second.
    Scenario scenario = Flat(50, 1800, 20);
    scenario.genesys.executions_per_minute = 1'000'000;
    scenario.genesys.concurrent_executions = 1'000'000;
    const RunStats once = simulate::Simulate(scenario, Immediate(1));
    const RunStats immediate = simulate::Simulate(scenario, Immediate(4));
    CHECK(once.Amplification() == 1.0);
    // Toward the number of attempts: most conversations use most of their four.
    CHECK(immediate.Amplification() > 3.0);
    CHECK(immediate.Amplification() <= 4.0);
    // The far end's tokens are all that can be answered; retries that come at once take tokens
    // first attempts would have had. Tolerance: 0.1% (the last token of a second may go either way).
    CHECK(static_cast<double>(immediate.Answered()) <= static_cast<double>(once.Answered()) * 1.001);
    // With Genesys Cloud's default limits too, the retries spend the org's executions per minute.
    const RunStats limited_once = simulate::Simulate(Flat(50, 1800, 20), Immediate(1));
    const RunStats limited_immediate = simulate::Simulate(Flat(50, 1800, 20), Immediate(4));
    CHECK(limited_immediate.genesys_refusals > limited_once.genesys_refusals * 5);
    CHECK(static_cast<double>(limited_immediate.Answered()) <= static_cast<double>(limited_once.Answered()) * 1.001);
  }

  TEST_CASE("simulate: backoff with full jitter answers at least as many as immediate retries, with fewer attempts") {
    // The published simulations are of clients contending at once. Three cases: a flash crowd
    // (ten seconds at five times what the far end accepts, between calm minutes), the
    // black-friday hour at 2.5 times the limit, and at 1.25 times. The jittered policy makes at
    // most 3 attempts (waits from 0-2 s, then 0-4 s), the immediate one 4.
    std::string error;
    const auto spike = Profile::FromCsv("0,10\n60,10\n60.001,100\n70,100\n70.001,10\n300,10\n", error);
    REQUIRE(spike);
    Scenario crowd = Flat(10, 300, 20);
    crowd.profile = *spike;
    Scenario friday = Flat(50, 3600, 20);
    friday.profile = Profile::BlackFriday(50, 3600);
    Scenario busy = friday;
    busy.profile = Profile::BlackFriday(25, 3600);
    ConversationPolicy jittered = FullJitter(3);
    jittered.backoff_base = 2 * kMicrosPerSecond;
    for (const Scenario* scenario : {&crowd, &friday, &busy}) {
      CAPTURE(scenario->profile.Max());
      const RunStats immediate = simulate::Simulate(*scenario, Immediate(4));
      const RunStats jitter = simulate::Simulate(*scenario, jittered);
      CHECK(jitter.Answered() >= immediate.Answered());
      CHECK(jitter.attempts < immediate.attempts);
      // Same attempts, only the waits differ: jitter still answers at least as many.
      CHECK(simulate::Simulate(*scenario, FullJitter(4)).Answered() >= immediate.Answered());
    }
  }

  TEST_CASE("simulate: Genesys Cloud's concurrency limit caps executions in flight") {
    // 100 conversations a second, each call taking about 2 s: some 200 would be in flight.
    Scenario scenario = Flat(100, 300);
    scenario.endpoint.latency_median_ms = 2000;
    scenario.genesys.executions_per_minute = 1'000'000;
    const RunStats capped = simulate::Simulate(scenario, Immediate(1));
    CHECK(capped.peak_in_flight == 50);
    CHECK(capped.genesys_refusals > 0);
    CHECK(capped.endpoint_requests + capped.genesys_refusals == capped.attempts);
    scenario.genesys.concurrent_executions = 1000;
    const RunStats free = simulate::Simulate(scenario, Immediate(1));
    CHECK(free.peak_in_flight > 100);
    CHECK(free.genesys_refusals == 0);
  }

  TEST_CASE("simulate: Genesys Cloud's per-minute limit refuses what is over it in each minute") {
    Scenario scenario = Flat(50, 600);
    scenario.genesys.executions_per_minute = 600;  // 10 a second on average
    const RunStats stats = simulate::Simulate(scenario, Immediate(1));
    // A minute's allowance at the start, then 10 a second.
    CHECK(stats.endpoint_requests <= 600 + 600 * 10);
    CHECK(stats.endpoint_requests >= 600 * 10);
  }

  TEST_CASE("simulate: Retry-After is honoured when the policy honours it") {
    Scenario scenario = Flat(30, 600, 20);
    scenario.endpoint.retry_after_s = 5;
    scenario.genesys.executions_per_minute = 1'000'000;
    ConversationPolicy policy = Immediate(2);
    auto at_least_five_seconds = [](const RunStats& stats) {
      return std::count_if(stats.times_to_answer.begin(), stats.times_to_answer.end(),
                           [](Micros time) { return time >= 5 * kMicrosPerSecond; });
    };
    const RunStats ignoring = simulate::Simulate(scenario, policy);
    CHECK(ignoring.answered_after_retries > 0);
    CHECK(at_least_five_seconds(ignoring) == 0);
    policy.honours_retry_after = true;
    const RunStats honouring = simulate::Simulate(scenario, policy);
    CHECK(honouring.answered_after_retries > 0);
    // Every retry waited the 5 s, so every answer after a retry came 5 s or more after arrival.
    CHECK(at_least_five_seconds(honouring) == honouring.answered_after_retries);
  }

  TEST_CASE("simulate: the step's budget stops retries that would start after it") {
    Scenario scenario = Flat(50, 600, 20);
    ConversationPolicy policy = Immediate(3);
    policy.waits = {10 * kMicrosPerSecond, 10 * kMicrosPerSecond};
    policy.budget = 5 * kMicrosPerSecond;
    const RunStats stats = simulate::Simulate(scenario, policy);
    CHECK(stats.answered_after_retries == 0);
    CHECK(stats.attempts == stats.conversations);
  }

  TEST_CASE("simulate: a call that times out takes its timeout and the timeout's ending") {
    Scenario scenario = Flat(10, 120);
    scenario.endpoint.latency_median_ms = 5000;
    ConversationPolicy policy = Immediate(1);
    policy.attempt_timeout = 1 * kMicrosPerSecond;  // far below the 5 s median
    policy.on_failure = simulate::Ending::kDisconnect;
    policy.on_timeout = simulate::Ending::kHandOff;
    const RunStats stats = simulate::Simulate(scenario, policy);
    CHECK(stats.timeouts > stats.conversations * 9 / 10);
    CHECK(stats.handed_off == stats.timeouts);
    CHECK(stats.disconnected == 0);
  }

  TEST_CASE("simulate: the same seed gives the same bytes; another seed another run") {
    auto json = [](uint64_t seed) {
      Scenario scenario = Flat(40, 300, 20);
      scenario.seed = seed;
      simulate::CallSite site;
      site.subject = "call data action 'Get order'";
      site.as_written = Immediate(2);
      site.recommended = simulate::Recommended(site.as_written, 30 * kMicrosPerSecond);
      const simulate::Simulation simulation = simulate::RunSimulation({site}, scenario, {}, "flat", 2);
      std::ostringstream text, out, svg;
      simulate::WriteJson(simulation, out);
      simulate::WriteText(simulation, text);
      simulate::WriteSvg(simulation, svg);
      return out.str() + text.str() + svg.str();
    };
    const std::string first = json(7);
    CHECK(first == json(7));
    CHECK(first != json(8));
  }

  TEST_CASE("simulate: arrivals follow the profile") {
    Scenario scenario;
    scenario.profile = Profile::BlackFriday(40, 3600);
    scenario.duration_s = 3600;
    const RunStats stats = simulate::Simulate(scenario, Immediate(1));
    // The area under the profile: 0.6 of the peak for each ramp quarter, the peak for the half.
    const double expected = 40 * 3600 * (0.25 * 0.6 * 2 + 0.5);
    CHECK(static_cast<double>(stats.conversations) == doctest::Approx(expected).epsilon(0.01));
    double plateau = 0, first_minute = 0;
    for (size_t s = 1500; s < 2100; ++s) plateau += stats.seconds[s].offered;
    for (size_t s = 0; s < 60; ++s) first_minute += stats.seconds[s].offered;
    CHECK(plateau / 600 == doctest::Approx(40).epsilon(0.05));
    CHECK(first_minute / 60 == doctest::Approx(8 + 32.0 * 30 / 900).epsilon(0.15));
  }

  TEST_CASE("simulate: profiles") {
    const Profile friday = Profile::BlackFriday(50, 3600);
    CHECK(friday.RateAt(0) == doctest::Approx(10));
    CHECK(friday.RateAt(450) == doctest::Approx(30));
    CHECK(friday.RateAt(1800) == doctest::Approx(50));
    CHECK(friday.RateAt(3600) == doctest::Approx(10));
    CHECK(friday.Length() == 3600);
    std::string error;
    const auto csv = Profile::FromCsv("seconds,rate\n0,5\n60,25 # the doors open\n\n120,5\n", error);
    REQUIRE(csv);
    CHECK(csv->RateAt(30) == doctest::Approx(15));
    CHECK(csv->Length() == 120);
    CHECK(csv->ScaledToPeak(50).RateAt(60) == doctest::Approx(50));
    CHECK_FALSE(Profile::FromCsv("0,5\n0,6\n", error));
    CHECK(error == "line 2: seconds must increase from one line to the next");
    CHECK_FALSE(Profile::FromCsv("0,5\nten,6\n", error));
    CHECK(error.rfind("line 2: expected seconds,rate", 0) == 0);
    CHECK_FALSE(Profile::FromCsv("0,-5\n1,1\n", error));
    CHECK_FALSE(Profile::FromCsv("0,5\n", error));
  }

  TEST_CASE("simulate: the random numbers have the distributions they claim") {
    simulate::Random random(42);
    double sum = 0;
    std::vector<double> latencies;
    for (int i = 0; i < 100'000; ++i) {
      const double u = random.Uniform();
      REQUIRE(u >= 0.0);
      REQUIRE(u < 1.0);
      sum += u;
      latencies.push_back(random.LogNormal(200, 0.5));
    }
    CHECK(sum / 100'000 == doctest::Approx(0.5).epsilon(0.01));
    std::sort(latencies.begin(), latencies.end());
    CHECK(latencies[50'000] == doctest::Approx(200).epsilon(0.02));
    // The 95th percentile of a log-normal is the median times exp(1.645 sigma): 2.28 times.
    CHECK(latencies[95'000] == doctest::Approx(200 * std::exp(1.6449 * 0.5)).epsilon(0.03));
    simulate::Random again(42);
    CHECK(again.Uniform() == simulate::Random(42).Uniform());
  }

  TEST_CASE("simulate: full jitter waits stay below the capped exponential ceiling") {
    ConversationPolicy policy = FullJitter(6);
    simulate::Random random(3);
    for (int retry = 1; retry <= 6; ++retry) {
      const Micros ceiling = std::min<Micros>(30 * kMicrosPerSecond, 2 * kMicrosPerSecond << (retry - 1));
      Micros longest = 0;
      for (int i = 0; i < 2000; ++i) {
        const Micros wait = policy.WaitBefore(retry, random);
        REQUIRE(wait >= 0);
        REQUIRE(wait < ceiling);
        longest = std::max(longest, wait);
      }
      CHECK(longest > ceiling * 9 / 10);  // the whole range is used
    }
  }
}

}  // namespace
}  // namespace cxlint::testing
