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
  char buffer[48];
  if (ms < 1000) {
    std::snprintf(buffer, sizeof buffer, "%lld ms", static_cast<long long>(ms));
  } else if (ms < 60'000 || ms % 60'000 != 0) {
    std::snprintf(buffer, sizeof buffer, "%g s", static_cast<double>(ms) / 1000.0);
  } else {
    std::snprintf(buffer, sizeof buffer, "%lld min", static_cast<long long>(ms / 60'000));
  }
  return buffer;
}

std::string RetryPolicy::Schedule() const {
  std::string waits;
  int64_t total = 0;
  bool known = true;
  for (const auto& wait : waits_ms) {
    waits += waits.empty() ? "waits " : ", ";
    if (wait.value) {
      waits += FormatDuration(*wait.value);
      total += *wait.value;
    } else {
      waits += "(an expression)";
      known = false;
    }
  }
  if (waits.empty()) waits = "no retry";
  if (!bounded) return waits + ", then again with no bound";
  if (!attempts) return waits + ": attempts bounded by an expression";
  std::string out = waits + ": " + std::to_string(*attempts) + (*attempts == 1 ? " attempt" : " attempts");
  if (known) {
    char buffer[48];
    const double seconds = static_cast<double>(total + *attempts * kFastFailureMs) / 1000.0;
    std::snprintf(buffer, sizeof buffer, " within %.1f s", seconds);
    out += buffer;
  }
  return out;
}

}  // namespace cxlint::model
