#pragma once
// The simulation's random numbers: a generator and distributions written out here, because the
// standard library's distributions differ between libstdc++ and libc++ and a seed must give the
// same bytes whichever compiler built cxlint.

#include <cstdint>

namespace cxlint::simulate {

/// xoshiro256** (Blackman and Vigna), seeded through splitmix64: fast, and the same numbers on
/// every platform.
class Random {
 public:
  explicit Random(uint64_t seed);

  uint64_t Next();
  /// Uniform in [0, 1), 53 random bits.
  double Uniform();
  /// Uniform in [0, limit).
  double Uniform(double limit) { return Uniform() * limit; }
  /// Exponential with mean `mean` (inverse transform).
  double Exponential(double mean);
  /// Standard normal (Box-Muller; one of the pair is kept for the next call).
  double Normal();
  /// Log-normal with median `median` and shape `sigma` (the standard deviation of its logarithm).
  double LogNormal(double median, double sigma);

 private:
  uint64_t state_[4];
  bool has_spare_ = false;
  double spare_ = 0.0;
};

}  // namespace cxlint::simulate
