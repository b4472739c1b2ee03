#include "simulate/statistics.h"

#include <algorithm>
#include <cmath>

namespace cxlint::simulate {

double RunStats::Amplification() const {
  return conversations == 0 ? 0.0 : static_cast<double>(endpoint_requests) / static_cast<double>(conversations);
}

Micros RunStats::Percentile(double q) const {
  if (times_to_answer.empty()) return 0;
  const double rank = std::ceil(q * static_cast<double>(times_to_answer.size()));
  const size_t index = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return times_to_answer[std::min(index, times_to_answer.size() - 1)];
}

WorstSecond RunStats::Worst() const {
  WorstSecond worst;
  for (size_t i = 0; i < seconds.size(); ++i) {
    if (seconds[i].not_answered <= worst.not_answered) continue;  // the earliest of equal seconds
    worst = {static_cast<int64_t>(i), seconds[i].not_answered, seconds[i].offered, seconds[i].rejected};
  }
  return worst;
}

SecondCounts& RunStats::At(Micros time) {
  const size_t second = static_cast<size_t>(time / kMicrosPerSecond);
  if (second >= seconds.size()) seconds.resize(second + 1);
  return seconds[second];
}

}  // namespace cxlint::simulate
