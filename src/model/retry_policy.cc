#include "model/retry_policy.h"

#include <cstdio>

namespace cxlint::model {

std::string_view RetrySourceName(RetrySource source) {
  switch (source) {
    case RetrySource::kMiddleware: return "middleware";
    case RetrySource::kDeclared: return "webhook settings";
    case RetrySource::kPlatform: return "platform policy";
    case RetrySource::kFlowLoop: return "flow loop";
    case RetrySource::kFlowFailurePath: return "failure path";
    case RetrySource::kNone: return "none";
  }
  return "none";
}

std::optional<int> RetryPolicy::Retries() const {
  if (!attempts) return std::nullopt;
  return *attempts - 1;
}

std::string FormatDuration(int64_t ms) {
  char buffer[64];
  const auto whole = [](int64_t value) { return static_cast<long long>(value); };
  if (ms < 1000) {
    std::snprintf(buffer, sizeof buffer, "%lld ms", whole(ms));
  } else if (ms < 60'000) {
    std::snprintf(buffer, sizeof buffer, "%g s", static_cast<double>(ms) / 1000.0);
  } else if (ms < 3'600'000) {
    // Minutes and whole seconds: "5 min", "1 min 27 s".
    const int64_t seconds = (ms + 500) / 1000;
    if (seconds % 60 == 0)
      std::snprintf(buffer, sizeof buffer, "%lld min", whole(seconds / 60));
    else
      std::snprintf(buffer, sizeof buffer, "%lld min %lld s", whole(seconds / 60), whole(seconds % 60));
  } else {
    // Hours and whole minutes: "2 h", "4 h 33 min".
    const int64_t minutes = (ms + 30'000) / 60'000;
    if (minutes % 60 == 0)
      std::snprintf(buffer, sizeof buffer, "%lld h", whole(minutes / 60));
    else
      std::snprintf(buffer, sizeof buffer, "%lld h %lld min", whole(minutes / 60), whole(minutes % 60));
  }
  return buffer;
}

std::string RetryPolicy::Schedule() const {
  std::string waits;
  int64_t total = 0;
  bool known = true;
  for (size_t i = 0; i < waits_ms.size();) {
    const std::optional<int64_t>& wait = waits_ms[i].value;
    size_t run = 1;
    while (i + run < waits_ms.size() && waits_ms[i + run].value == wait) ++run;
    // A loop of 10 makes 9 equal waits: written out they hide the count.
    const size_t shown = run >= 4 ? 1 : run;
    for (size_t k = 0; k < shown; ++k) {
      waits += waits.empty() ? "waits " : ", ";
      waits += wait ? FormatDuration(*wait) : "(an expression)";
    }
    if (run >= 4) waits += " (" + std::to_string(run) + " times)";
    if (wait) {
      total += *wait * static_cast<int64_t>(run);
    } else {
      known = false;
    }
    i += run;
  }
  if (waits.empty()) waits = "no retry";
  if (!bounded) return waits + ", then again with no bound";
  if (!attempts) return waits + ": attempts bounded by an expression";
  std::string out = waits + ": " + std::to_string(*attempts) + (*attempts == 1 ? " attempt" : " attempts");
  if (known) {
    const int64_t within = total + *attempts * kFastFailureMs;
    if (within < 60'000) {
      char buffer[48];
      std::snprintf(buffer, sizeof buffer, " within %.1f s", static_cast<double>(within) / 1000.0);
      out += buffer;
    } else {
      out += " within " + FormatDuration(within);
    }
  }
  return out;
}

}  // namespace cxlint::model
