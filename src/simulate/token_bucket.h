#pragma once
// A token bucket: a rate limit that allows bursts up to its capacity after a quiet spell.

#include "simulate/time.h"

namespace cxlint::simulate {

/// Holds up to `capacity` tokens, refilled at `rate_per_s`; it starts full.
class TokenBucket {
 public:
  TokenBucket(double rate_per_s, double capacity) : rate_per_s_(rate_per_s), capacity_(capacity), tokens_(capacity) {}
  /// Takes a token at `now` (times never go backwards); false when none is left.
  bool Take(Micros now);

 private:
  double rate_per_s_;
  double capacity_;
  double tokens_;
  Micros refilled_at_ = 0;
};

}  // namespace cxlint::simulate
