// The number formats the simulation's reports share.

#include <cstdio>

#include "simulate/reports.h"

namespace cxlint::simulate {

std::string Count(int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

std::string Percent(int64_t part, int64_t total) {
  if (total <= 0) return "0%";
  const double share = 100.0 * static_cast<double>(part) / static_cast<double>(total);
  char text[32];
  // Whole percents, except below 10% where a tenth still tells apart 0.4% and 4%.
  std::snprintf(text, sizeof text, share > 0 && share < 10 ? "%.1f%%" : "%.0f%%", share);
  return text;
}

std::string Seconds(Micros time) {
  char text[32];
  if (time < kMicrosPerSecond)
    std::snprintf(text, sizeof text, "%lld ms", static_cast<long long>(time / 1000));
  else
    std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(time) / kMicrosPerSecond);
  return text;
}

std::string ClockTime(int64_t second) {
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(second / 60),
                static_cast<long long>(second % 60));
  return text;
}

}  // namespace cxlint::simulate
