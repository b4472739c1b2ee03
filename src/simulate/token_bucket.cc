#include "simulate/token_bucket.h"

#include <algorithm>

namespace cxlint::simulate {

bool TokenBucket::Take(Micros now) {
  tokens_ = std::min(capacity_, tokens_ + static_cast<double>(now - refilled_at_) * rate_per_s_ / kMicrosPerSecond);
  refilled_at_ = now;
  if (tokens_ < 1.0) return false;
  tokens_ -= 1.0;
  return true;
}

}  // namespace cxlint::simulate
