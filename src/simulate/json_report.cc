// WriteJson: the simulation for programs, format version 1 (docs/simulate.md).

#include <nlohmann/json.hpp>

#include <cmath>

#include "simulate/reports.h"

namespace cxlint::simulate {

namespace {

using Json = nlohmann::ordered_json;

Json Optional(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

int64_t Ms(Micros time) { return time / 1000; }

Json PolicyJson(const ConversationPolicy& policy) {
  Json out;
  out["description"] = policy.description;
  out["attempts"] = policy.attempts;
  if (policy.full_jitter_backoff) {
    out["backoff"] = {{"base_ms", Ms(policy.backoff_base)}, {"cap_ms", Ms(policy.backoff_cap)}, {"jitter", "full"}};
  } else {
    Json waits = Json::array();
    for (Micros wait : policy.waits) waits.push_back(Ms(wait));
    out["waits_ms"] = waits;
    out["jitter"] = policy.jitter;
  }
  out["retries_on_429"] = policy.attempts > 1 && policy.retries_on_rejection;
  out["retries_on_timeout"] = policy.attempts > 1 && policy.retries_on_timeout;
  out["honours_retry_after"] = policy.honours_retry_after;
  out["budget_ms"] = policy.budget ? Json(Ms(*policy.budget)) : Json(nullptr);
  out["attempt_timeout_ms"] = Ms(policy.attempt_timeout);
  out["genesys_limits_apply"] = policy.through_data_action;
  out["on_failure"] = EndingName(policy.on_failure);
  out["on_timeout"] = EndingName(policy.on_timeout);
  return out;
}

Json StatsJson(const ConversationPolicy& policy, const RunStats& stats) {
  Json out;
  out["policy"] = PolicyJson(policy);
  out["conversations"] = stats.conversations;
  out["answered_first_time"] = stats.answered_first_time;
  out["answered_after_retries"] = stats.answered_after_retries;
  out["handed_to_person"] = stats.handed_off;
  out["lost_disconnected"] = stats.disconnected;
  out["lost_continued"] = stats.continued;
  out["attempts"] = stats.attempts;
  out["endpoint_requests"] = stats.endpoint_requests;
  // Four decimals: enough to compare, and the same text on every platform.
  out["amplification"] = std::round(stats.Amplification() * 10000) / 10000;
  out["responses_429"] = stats.responses_429;
  out["genesys_refusals"] = stats.genesys_refusals;
  out["timeouts"] = stats.timeouts;
  out["peak_executions_in_flight"] = stats.peak_in_flight;
  out["events"] = stats.events;
  if (stats.times_to_answer.empty()) {
    out["time_to_answer_ms"] = nullptr;
  } else {
    out["time_to_answer_ms"] = {
        {"p50", Ms(stats.Percentile(0.50))}, {"p95", Ms(stats.Percentile(0.95))}, {"p99", Ms(stats.Percentile(0.99))}};
  }
  const WorstSecond worst = stats.Worst();
  if (worst.second < 0) {
    out["worst_second"] = nullptr;
  } else {
    out["worst_second"] = {{"second", worst.second},
                           {"not_answered", worst.not_answered},
                           {"offered", worst.offered},
                           {"rejected", worst.rejected}};
  }
  Json offered = Json::array(), sent = Json::array(), rejected = Json::array(), lost = Json::array();
  for (const SecondCounts& second : stats.seconds) {
    offered.push_back(second.offered);
    sent.push_back(second.sent);
    rejected.push_back(second.rejected);
    lost.push_back(second.lost);
  }
  out["per_second"] = {{"offered", offered}, {"sent", sent}, {"rejected", rejected}, {"lost", lost}};
  return out;
}

}  // namespace

void WriteJson(const Simulation& simulation, std::ostream& out) {
  Json root;
  root["version"] = 1;
  root["profile"] = simulation.profile_name;
  root["peak_per_s"] = simulation.peak_per_s;
  const Scenario scenario = simulation.sites.empty() ? Scenario{} : simulation.sites.front().scenario;
  root["duration_s"] = scenario.duration_s;
  root["seed"] = scenario.seed;
  root["genesys_limits"] = {{"concurrent_executions", scenario.genesys.concurrent_executions},
                            {"executions_per_minute", scenario.genesys.executions_per_minute}};
  Json sites = Json::array();
  for (const SiteRun& run : simulation.sites) {
    Json site;
    site["call"] = run.site.subject;
    site["location"] = run.site.where;
    site["step"] = run.site.step_name;
    site["data_action"] = run.site.data_action_name;
    site["host"] = run.site.host;
    const EndpointSettings& endpoint = run.scenario.endpoint;
    site["far_end"] = {
        {"limit_per_s", Optional(endpoint.limit_per_s)},
        {"burst", endpoint.limit_per_s ? Json(endpoint.burst.value_or(*endpoint.limit_per_s)) : Json(nullptr)},
        {"retry_after_s", Optional(endpoint.retry_after_s)},
        {"latency_median_ms", endpoint.latency_median_ms},
        {"latency_sigma", endpoint.latency_sigma}};
    site["as_written"] = StatsJson(run.site.as_written, run.as_written);
    site["recommended"] = StatsJson(run.site.recommended, run.recommended);
    sites.push_back(std::move(site));
  }
  root["call_sites"] = std::move(sites);
  out << root.dump(2) << "\n";
}

}  // namespace cxlint::simulate
