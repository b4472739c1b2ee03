// The pure pieces of `cxlint pull`: Retry-After, the backoff schedule, regions, paging, file names,
// atomic writes and the console's redaction.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <vector>

#include "api/atomic_file.h"
#include "api/console.h"
#include "api/paging.h"
#include "api/platform_client.h"
#include "api/pull.h"
#include "api/regions.h"
#include "api/retry_after.h"
#include "api/retry_schedule.h"
#include "cli/cli.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

// 2015-10-21T07:28:00Z, the date of RFC 9110's examples.
constexpr std::time_t kExampleDate = 1445412480;

// Hands out the given numbers in order, as the schedule's source of randomness.
std::function<double()> Sequence(std::vector<double> numbers) {
  auto next = std::make_shared<size_t>(0);
  return [numbers, next] { return numbers.at((*next)++); };
}

TEST_SUITE("api-unit") {
  TEST_CASE("Retry-After in seconds") {
    CHECK(api::ParseRetryAfter("120", kExampleDate) == 120.0);
    CHECK(api::ParseRetryAfter(" 0 ", kExampleDate) == 0.0);
    CHECK(api::ParseRetryAfter("99999999999999", kExampleDate) == 86400.0);
    CHECK_FALSE(api::ParseRetryAfter("", kExampleDate));
    CHECK_FALSE(api::ParseRetryAfter("-5", kExampleDate));
    CHECK_FALSE(api::ParseRetryAfter("1.5", kExampleDate));
    CHECK_FALSE(api::ParseRetryAfter("soon", kExampleDate));
  }

  TEST_CASE("Retry-After as an HTTP date, in the three forms a recipient accepts") {
    CHECK(api::ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", kExampleDate - 10) == 10.0);
    CHECK(api::ParseRetryAfter("Wednesday, 21-Oct-15 07:28:00 GMT", kExampleDate - 90) == 90.0);
    CHECK(api::ParseRetryAfter("Wed Oct 21 07:28:00 2015", kExampleDate - 1) == 1.0);
    // A date already past means "now".
    CHECK(api::ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", kExampleDate + 60) == 0.0);
    CHECK_FALSE(api::ParseRetryAfter("Wed, 99 Foo 2015 07:28:00 GMT", kExampleDate));
  }

  TEST_CASE("which statuses are retried, and which honour Retry-After") {
    for (long status : {429L, 500L, 502L, 503L, 504L, 599L}) CHECK(api::IsRetryableStatus(status));
    for (long status : {200L, 400L, 401L, 403L, 404L, 409L, 600L}) CHECK_FALSE(api::IsRetryableStatus(status));
    CHECK(api::HonoursRetryAfter(429));
    CHECK(api::HonoursRetryAfter(503));
    CHECK_FALSE(api::HonoursRetryAfter(500));
  }

  TEST_CASE("backoff: full jitter under a doubling ceiling, capped") {
    api::RetryLimits limits;
    limits.max_attempts = 8;
    limits.base_delay = 1;
    limits.max_delay = 5;
    limits.max_total = 1000;
    api::RetrySchedule schedule(limits, Sequence({0.5, 0.5, 0.999, 0.0, 0.5}));
    CHECK(schedule.BackoffCeiling(1) == 1.0);
    CHECK(schedule.BackoffCeiling(2) == 2.0);
    CHECK(schedule.BackoffCeiling(3) == 4.0);
    CHECK(schedule.BackoffCeiling(4) == 5.0);
    CHECK(schedule.BackoffCeiling(100) == 5.0);
    std::vector<double> delays;
    for (int attempt = 1; attempt <= 5; ++attempt) {
      const api::RetryDecision decision = schedule.AfterFailure(attempt, std::nullopt, 0);
      REQUIRE(decision.retry);
      delays.push_back(decision.delay);
    }
    CHECK(delays[0] == doctest::Approx(0.5));
    CHECK(delays[1] == doctest::Approx(1.0));
    CHECK(delays[2] == doctest::Approx(3.996));
    CHECK(delays[3] == doctest::Approx(0.0));
    CHECK(delays[4] == doctest::Approx(2.5));
  }

  TEST_CASE("Retry-After replaces the backoff, and the caps end the retries") {
    api::RetryLimits limits;
    limits.max_attempts = 3;
    limits.max_total = 60;
    api::RetrySchedule schedule(limits, Sequence({}));  // Retry-After draws no random number
    const api::RetryDecision honoured = schedule.AfterFailure(1, 42.0, 0);
    CHECK(honoured.retry);
    CHECK(honoured.delay == 42.0);
    const api::RetryDecision too_long = schedule.AfterFailure(1, 61.0, 0);
    CHECK_FALSE(too_long.retry);
    CHECK(too_long.why_not.find("retry budget") != std::string::npos);
    const api::RetryDecision over_budget = schedule.AfterFailure(2, 10.0, 55.0);
    CHECK_FALSE(over_budget.retry);
    const api::RetryDecision last = schedule.AfterFailure(3, 1.0, 0);
    CHECK_FALSE(last.retry);
    CHECK(last.why_not == "after 3 attempts");
  }

  TEST_CASE("regions map to the provider's hosts") {
    const auto us = api::HostsForRegion("us-east-1");
    REQUIRE(us);
    CHECK(us->api_base == "https://api.mypurecloud.com");
    CHECK(us->login_base == "https://login.mypurecloud.com");
    CHECK(api::HostsForRegion("eu-central-1")->api_base == "https://api.mypurecloud.de");
    CHECK(api::HostsForRegion("ap-southeast-2")->login_base == "https://login.mypurecloud.com.au");
    CHECK(api::HostsForRegion("us-east-2")->api_base == "https://api.use2.us-gov-pure.cloud");
    CHECK_FALSE(api::HostsForRegion("us-east-9"));
    CHECK_FALSE(api::HostsForRegion(""));
    CHECK(api::KnownRegions().size() == 18);
  }

  TEST_CASE("paging follows pageCount, else nextUri, and stops on an empty page") {
    const auto page = [](const char* text) { return nlohmann::json::parse(text); };
    CHECK(api::NextPageNumber(page(R"({"entities":[1],"pageCount":3})"), 1) == 2);
    CHECK_FALSE(api::NextPageNumber(page(R"({"entities":[1],"pageCount":3})"), 3));
    CHECK_FALSE(api::NextPageNumber(page(R"({"entities":[1],"pageCount":3,"nextUri":"/x?pageNumber=4"})"), 3));
    CHECK(api::NextPageNumber(page(R"({"entities":[1],"nextUri":"/x?pageNumber=2"})"), 1) == 2);
    CHECK_FALSE(api::NextPageNumber(page(R"({"entities":[1],"nextUri":""})"), 1));
    CHECK_FALSE(api::NextPageNumber(page(R"({"entities":[],"pageCount":9})"), 1));
    CHECK_FALSE(api::NextPageNumber(page(R"({"pageCount":9})"), 1));
  }

  TEST_CASE("item file names are safe for any name") {
    CHECK(api::ItemFileName("Get On Queue Agent Counts", "abc-1") == "Get On Queue Agent Counts.abc-1.json");
    CHECK(api::ItemFileName("../../etc/passwd", "x/y") == "______etc_passwd.x_y.json");
    CHECK(api::ItemFileName("", "id") == "unnamed.id.json");
    CHECK(api::ItemFileName("Caf\xc3\xa9", "id") == "Caf__.id.json");
    CHECK(api::ItemFileName(std::string(300, 'a'), "id").size() == 80 + 8);
  }

  TEST_CASE("query values are percent-encoded") {
    CHECK(api::EncodeQueryValue("Main IVR/2 & co") == "Main%20IVR%2F2%20%26%20co");
    CHECK(api::EncodeQueryValue("custom_-_8c5e.~") == "custom_-_8c5e.~");
  }

  TEST_CASE("atomic writes leave a whole file or nothing") {
    TempDir dir;
    const std::string path = (dir.path() / "flow.json").string();
    CHECK(api::WriteFileAtomically(path, "{}\n").empty());
    CHECK(ReadFile(path) == "{}\n");
    CHECK_FALSE(std::filesystem::exists(path + ".part"));
    const std::string missing = (dir.path() / "no-such-folder" / "flow.json").string();
    CHECK(api::WriteFileAtomically(missing, "{}").find("cannot write") == 0);
    CHECK_FALSE(std::filesystem::exists(missing));
  }

  TEST_CASE("the console redacts secrets and keeps plain progress to milestones") {
    std::ostringstream err;
    api::Console console(err, false, false);
    console.Redact("hunter2");
    console.Line("server said: hunter2 is wrong");
    console.Verbose("not shown without --verbose");
    console.Progress("1/10", false);
    console.Progress("10/10", true);
    CHECK(err.str() == "server said: [redacted] is wrong\n10/10\n");
    std::ostringstream tty_err;
    api::Console tty(tty_err, true, true);
    tty.Progress("1/2", false);
    tty.Line("a log line");
    tty.EndProgress();
    CHECK(tty_err.str() == "\r\033[K1/2\r\033[Ka log line\n1/2\r\033[K");
  }

  TEST_CASE("pull and lint --org refuse bad usage before any request") {
    std::ostringstream out, err;
    CHECK(cli::RunCli({"pull"}, out, err, false) == cli::kExitUsage);
    CHECK(err.str().find("--out is required") != std::string::npos);
    err.str("");
    CHECK(cli::RunCli({"lint", "--org", "flows/"}, out, err, false) == cli::kExitUsage);
    CHECK(err.str().find("give no paths") != std::string::npos);
    err.str("");
    CHECK(cli::RunCli({"pull", "--out", "x", "--region", "us-east-9"}, out, err, false) == cli::kExitUsage);
    CHECK(err.str().find("unknown region 'us-east-9'") != std::string::npos);
    CHECK(err.str().find("us-east-1") != std::string::npos);
    CHECK(out.str().empty());
  }
}

}  // namespace
}  // namespace cxlint::testing
