// `cxlint simulate` run in-process: the bundled example against its golden table, the JSON, the
// plot, the options' errors and `.cxlint.yaml`'s per-host settings.
// CXLINT_UPDATE_GOLDEN=1 rewrites testdata/simulate/*.txt instead; review the diff.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

struct Run {
  int code;
  std::string out, err;
};

// Runs from `dir`, so paths print relative to it.
Run Cli(const std::vector<std::string>& args, const fs::path& dir = SourceDir()) {
  const fs::path previous = fs::current_path();
  fs::current_path(dir);
  std::ostringstream out, err;
  const int code = cli::RunCli(args, out, err, false);
  fs::current_path(previous);
  return {code, out.str(), err.str()};
}

void CheckGolden(const std::string& actual, const fs::path& expected) {
  if (std::getenv("CXLINT_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected, std::ios::binary) << actual;
    return;
  }
  REQUIRE(fs::exists(expected));
  CHECK(ReadFile(expected) == actual);
}

const std::vector<std::string> kExample = {"simulate", "examples/black-friday", "--peak",
                                           "50/s",     "--endpoint-limit",      "20/s"};

std::vector<std::string> With(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

TEST_SUITE("cli") {
  TEST_CASE("simulate: the black-friday example shows the naive flow losing what the resilient one keeps") {
    const Run run = Cli(kExample);
    CHECK(run.code == 0);
    CHECK(run.err.empty());
    CheckGolden(run.out, SourceDir() / "testdata" / "simulate" / "black-friday.txt");
    CHECK(run.out.find("order-status-naive.yaml") != std::string::npos);
    CHECK(run.out.find("order-status-resilient.yaml") != std::string::npos);
  }

  TEST_CASE("simulate: JSON carries the same runs, and the naive flow loses more than the resilient one") {
    const Run run = Cli(With(kExample, {"--format", "json"}));
    REQUIRE(run.code == 0);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["version"] == 1);
    CHECK(json["profile"] == "black-friday");
    CHECK(json["peak_per_s"] == 50.0);
    CHECK(json["duration_s"] == 3600.0);
    CHECK(json["genesys_limits"]["executions_per_minute"] == 2500);
    REQUIRE(json["call_sites"].size() == 2);
    const auto& naive = json["call_sites"][0];
    const auto& resilient = json["call_sites"][1];
    CHECK(naive["location"].get<std::string>().find("order-status-naive.yaml") != std::string::npos);
    CHECK(naive["far_end"]["limit_per_s"] == 20.0);
    CHECK(naive["as_written"]["policy"]["attempts"] == 2);
    CHECK(naive["as_written"]["policy"]["on_failure"] == "disconnect");
    CHECK(resilient["as_written"]["policy"]["attempts"] == 3);
    CHECK(resilient["as_written"]["policy"]["waits_ms"] == nlohmann::json::array({2000, 4000}));
    CHECK(resilient["as_written"]["policy"]["on_failure"] == "hand-off");
    for (const auto* site : {&naive, &resilient}) {
      for (const char* policy : {"as_written", "recommended"}) {
        const auto& stats = (*site)[policy];
        CAPTURE(policy);
        const int64_t total = stats["answered_first_time"].get<int64_t>() +
                              stats["answered_after_retries"].get<int64_t>() +
                              stats["handed_to_person"].get<int64_t>() + stats["lost_disconnected"].get<int64_t>() +
                              stats["lost_continued"].get<int64_t>();
        CHECK(total == stats["conversations"].get<int64_t>());
        int64_t offered = 0;
        for (const auto& count : stats["per_second"]["offered"]) offered += count.get<int64_t>();
        CHECK(offered == stats["conversations"].get<int64_t>());
        int64_t sent = 0;
        for (const auto& count : stats["per_second"]["sent"]) sent += count.get<int64_t>();
        CHECK(sent == stats["endpoint_requests"].get<int64_t>());
      }
    }
    CHECK(naive["as_written"]["lost_disconnected"].get<int64_t>() > 1000);
    CHECK(resilient["as_written"]["lost_disconnected"] == 0);
    CHECK(naive["recommended"]["lost_disconnected"].get<int64_t>() <
          naive["as_written"]["lost_disconnected"].get<int64_t>());
  }

  TEST_CASE("simulate: --call chooses call sites by step or data action name") {
    const Run one = Cli(With(kExample, {"--call", "get order status (direct)", "--duration", "60"}));
    CHECK(one.code == 0);
    CHECK(one.out.find("order-status-naive.yaml") != std::string::npos);
    CHECK(one.out.find("order-status-resilient.yaml") == std::string::npos);
    const Run none = Cli(With(kExample, {"--call", "Nope"}));
    CHECK(none.code == cli::kExitUsage);
    CHECK(none.err.find("no call step or data action is called 'Nope'") != std::string::npos);
  }

  TEST_CASE("simulate: --plot writes an SVG with every series of both policies") {
    TempDir dir;
    const std::string plot = (dir.path() / "peak.svg").string();
    const Run run = Cli(With(kExample, {"--plot", plot, "--duration", "10min"}));
    REQUIRE(run.code == 0);
    const std::string svg = ReadFile(plot);
    CHECK(svg.rfind("<?xml", 0) == 0);
    for (const char* series :
         {"offered conversations", "requests sent to the far end", "rejected (HTTP 429 or Genesys limit)",
          "conversations lost", "time to answer, as written", "time to answer, recommended"}) {
      CAPTURE(series);
      CHECK(svg.find(std::string("data-series=\"") + series + "\"") != std::string::npos);
    }
  }

  TEST_CASE("simulate: bad options are usage errors that say what is expected") {
    const auto error = [](const std::vector<std::string>& more) {
      return Cli(With({"simulate", "examples/black-friday"}, more));
    };
    Run run = error({"--peak", "fast"});
    CHECK(run.code == cli::kExitUsage);
    CHECK(run.err.find("--peak needs a rate above zero such as 20/s or 1200/min, got 'fast'") != std::string::npos);
    run = error({"--duration", "soon"});
    CHECK(run.code == cli::kExitUsage);
    CHECK(run.err.find("--duration needs a time") != std::string::npos);
    run = error({"--burst", "-3"});
    CHECK(run.code == cli::kExitUsage);
    run = error({"--format", "xml"});
    CHECK(run.code == cli::kExitUsage);
    run = error({"--profile", "no-such-profile.csv"});
    CHECK(run.code == cli::kExitUsage);
    CHECK(run.err.find("--profile is flat, black-friday or a CSV file") != std::string::npos);
    run = error({"--peak", "100000/s", "--duration", "1h"});
    CHECK(run.code == cli::kExitUsage);
    CHECK(run.err.find("more than 5,000,000 conversations") != std::string::npos);
    CHECK(Cli({"simulate", "no/such/folder"}).code == cli::kExitUsage);
  }

  TEST_CASE("simulate: a CSV profile, and .cxlint.yaml's per-host limits when the command line gives none") {
    TempDir dir;
    dir.Write("flow.yaml",
              "inboundShortMessage:\n  name: Test\n  startUpRef: \"/inboundShortMessage/states/state[S_1]\"\n"
              "  states:\n    - state:\n        name: S\n        refId: S_1\n        actions:\n"
              "          - callData:\n              name: Lookup\n              category:\n                CRM:\n"
              "                  dataAction:\n                    Get Order: {}\n");
    dir.Write("actions/get-order.custom.json",
              R"({"name": "Get Order", "integrationType": "custom-rest-actions", "actionType": "custom",
                  "config": {"request": {"requestUrlTemplate": "https://crm.acme.example/orders", "requestType": "GET"}}})");
    dir.Write("peak.csv", "seconds,rate\n0,10\n60,10\n");
    dir.Write(".cxlint.yaml", "simulate:\n  hosts:\n    acme.example:\n      limit: 300/min\n      latency_ms: 50\n");
    const Run run = Cli({"simulate", ".", "--profile", "peak.csv", "--format", "json"}, dir.path());
    REQUIRE(run.code == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json["call_sites"].size() == 1);
    const auto& site = json["call_sites"][0];
    CHECK(site["host"] == "crm.acme.example");
    CHECK(site["far_end"]["limit_per_s"] == 5.0);
    CHECK(site["far_end"]["latency_median_ms"] == 50.0);
    CHECK(json["duration_s"] == 60.0);
    CHECK(site["as_written"]["responses_429"].get<int64_t>() > 0);  // 10 a second against 5
    const Run overridden =
        Cli({"simulate", ".", "--profile", "peak.csv", "--format", "json", "--endpoint-limit", "100/s"}, dir.path());
    REQUIRE(overridden.code == 0);
    CHECK(nlohmann::json::parse(overridden.out)["call_sites"][0]["far_end"]["limit_per_s"] == 100.0);
    dir.Write(".cxlint.yaml", "simulate:\n  hosts:\n    acme.example:\n      limit: lots\n      latncy_ms: 50\n");
    const Run bad = Cli({"simulate", "."}, dir.path());
    CHECK(bad.code == cli::kExitUsage);
    CHECK(bad.err.find(
              ".cxlint.yaml:4:14: error: 'limit' must be a rate above zero such as 20/s or 1200/min; got 'lots'") !=
          std::string::npos);
    CHECK(bad.err.find("unknown simulate host setting 'latncy_ms' (did you mean 'latency_ms'?)") != std::string::npos);
  }

  TEST_CASE("simulate --help names the unit of every option") {
    const Run help = Cli({"simulate", "--help"});
    CHECK(help.code == 0);
    for (const char* text : {"--peak RATE", "Conversations arriving per second", "--duration TIME",
                             "in seconds or as 90s", "--endpoint-limit RATE", "--burst N", "--retry-after SECONDS",
                             "--latency MS", "in milliseconds", "--genesys-per-minute", "--plot"}) {
      CAPTURE(text);
      CHECK(help.out.find(text) != std::string::npos);
    }
    // Its own exit codes: a simulation has no findings to fail on.
    CHECK(help.out.find("0  the simulation ran") != std::string::npos);
    CHECK(help.out.find("--fail-on") == std::string::npos);
  }
}

}  // namespace
}  // namespace cxlint::testing
