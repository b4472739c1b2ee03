#include "simulate/endpoint.h"

#include <algorithm>

namespace cxlint::simulate {

Endpoint::Endpoint(const EndpointSettings& settings) : settings_(settings) {
  // The peak starts after a quiet spell: the bucket is full.
  if (settings_.limit_per_s)
    bucket_.emplace(*settings_.limit_per_s, std::max(1.0, settings_.burst.value_or(*settings_.limit_per_s)));
}

EndpointAnswer Endpoint::Request(Micros now, Random& random) {
  EndpointAnswer answer;
  if (bucket_ && !bucket_->Take(now)) {
    answer.duration = static_cast<Micros>(settings_.rejection_ms * 1000);
    if (settings_.retry_after_s) answer.retry_after = static_cast<Micros>(*settings_.retry_after_s * kMicrosPerSecond);
    return answer;
  }
  answer.accepted = true;
  answer.duration = std::max<Micros>(
      1, static_cast<Micros>(random.LogNormal(settings_.latency_median_ms, settings_.latency_sigma) * 1000));
  return answer;
}

}  // namespace cxlint::simulate
