#include "simulate/genesys_limits.h"

#include <algorithm>

namespace cxlint::simulate {

bool GenesysLimits::TryStart(Micros now) {
  // Only executions that run are counted: whether Genesys also counts refused ones is not
  // documented, and counting them would make retries look worse than can be shown.
  if (in_flight_ >= settings_.concurrent_executions || !per_minute_.Take(now)) return false;
  ++in_flight_;
  peak_in_flight_ = std::max(peak_in_flight_, in_flight_);
  return true;
}

}  // namespace cxlint::simulate
