#pragma once
// The discrete-event simulation of one call site under one policy: conversations arrive over the
// profile, each makes its attempts through Genesys Cloud's limits to the far end, and ends
// answered, handed over or lost.

#include <cstdint>

#include "simulate/conversation_policy.h"
#include "simulate/endpoint.h"
#include "simulate/genesys_limits.h"
#include "simulate/profile.h"
#include "simulate/statistics.h"

namespace cxlint::simulate {

/// Everything about a run that is not the policy.
struct Scenario {
  Profile profile = Profile::Flat(10, kDefaultProfileSeconds);
  /// Conversations arrive during [0, duration_s); the run goes on until the last has ended.
  double duration_s = kDefaultProfileSeconds;
  EndpointSettings endpoint;
  GenesysLimitSettings genesys;
  uint64_t seed = kDefaultSeed;

  static constexpr uint64_t kDefaultSeed = 1;
};

/// Runs the scenario with `policy`. Arrivals and response times come from separate streams of
/// the seed, so two policies meet the same conversations and the same seed gives the same run.
RunStats Simulate(const Scenario& scenario, const ConversationPolicy& policy);

}  // namespace cxlint::simulate
