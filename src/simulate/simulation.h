#pragma once
// A whole simulation: every chosen call site, each run with its policy as written and with the
// recommended one, against the far end its host has.

#include <optional>
#include <string>
#include <vector>

#include "simulate/call_sites.h"
#include "simulate/engine.h"

namespace cxlint::simulate {

/// Far-end settings given on the command line; they win over `.cxlint.yaml`'s per-host ones.
struct EndpointOverrides {
  std::optional<double> limit_per_s;
  std::optional<double> burst;
  std::optional<double> retry_after_s;
  std::optional<double> latency_median_ms;
};

/// One call site's two runs.
struct SiteRun {
  CallSite site;
  Scenario scenario;  // with this site's far end
  RunStats as_written;
  RunStats recommended;
};

/// Every site's runs, with what describes the scenario.
struct Simulation {
  std::string profile_name;  // "flat", "black-friday", or the CSV's path
  double peak_per_s = 0;
  std::vector<SiteRun> sites;
};

/// The far end of `site`: the defaults, then the site's host settings, then `overrides`.
EndpointSettings EndpointFor(const CallSite& site, const EndpointOverrides& overrides);

/// Runs every site twice on up to `jobs` threads; the result does not depend on `jobs`.
Simulation RunSimulation(std::vector<CallSite> sites, const Scenario& base, const EndpointOverrides& overrides,
                         const std::string& profile_name, unsigned jobs);

}  // namespace cxlint::simulate
