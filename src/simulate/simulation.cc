#include "simulate/simulation.h"

#include "base/parallel.h"

namespace cxlint::simulate {

EndpointSettings EndpointFor(const CallSite& site, const EndpointOverrides& overrides) {
  EndpointSettings endpoint;
  if (site.host_settings) {
    const SimulateHost& host = *site.host_settings;
    endpoint.limit_per_s = host.limit_per_s;
    endpoint.burst = host.burst;
    endpoint.retry_after_s = host.retry_after_s;
    if (host.latency_ms) endpoint.latency_median_ms = *host.latency_ms;
  }
  if (overrides.limit_per_s) endpoint.limit_per_s = overrides.limit_per_s;
  if (overrides.burst) endpoint.burst = overrides.burst;
  if (overrides.retry_after_s) endpoint.retry_after_s = overrides.retry_after_s;
  if (overrides.latency_median_ms) endpoint.latency_median_ms = *overrides.latency_median_ms;
  return endpoint;
}

Simulation RunSimulation(std::vector<CallSite> sites, const Scenario& base, const EndpointOverrides& overrides,
                         const std::string& profile_name, unsigned jobs) {
  Simulation simulation;
  simulation.profile_name = profile_name;
  simulation.peak_per_s = base.profile.Max();
  for (CallSite& site : sites) {
    SiteRun run;
    run.scenario = base;
    run.scenario.endpoint = EndpointFor(site, overrides);
    run.site = std::move(site);
    simulation.sites.push_back(std::move(run));
  }
  // Each run has its own generators, so runs side by side give what they give one by one.
  ParallelFor(simulation.sites.size() * 2, jobs, [&](size_t i) {
    SiteRun& run = simulation.sites[i / 2];
    if (i % 2 == 0)
      run.as_written = Simulate(run.scenario, run.site.as_written);
    else
      run.recommended = Simulate(run.scenario, run.site.recommended);
  });
  return simulation;
}

}  // namespace cxlint::simulate
