#include "base/rate.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace cxlint {

namespace {

// A non-negative finite decimal number that is the whole of `text`.
std::optional<double> Number(std::string_view text) {
  if (text.empty() || text.size() > 32) return std::nullopt;
  for (char c : text) {
    if (!(c >= '0' && c <= '9') && c != '.') return std::nullopt;  // no sign, exponent or hex
  }
  const std::string copy(text);
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// `text` without its suffix when it ends with it.
bool StripSuffix(std::string_view& text, std::string_view suffix) {
  if (text.size() < suffix.size() || text.substr(text.size() - suffix.size()) != suffix) return false;
  text.remove_suffix(suffix.size());
  return true;
}

}  // namespace

std::optional<double> ParseRatePerSecond(std::string_view text) {
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::optional<double> count = Number(text.substr(0, slash));
  if (!count) return std::nullopt;
  const std::string_view unit = text.substr(slash + 1);
  if (unit == "s") return *count;
  if (unit == "min") return *count / 60.0;
  if (unit == "h") return *count / 3600.0;
  return std::nullopt;
}

std::optional<double> ParseSeconds(std::string_view text) {
  double scale = 1.0;
  // "ms" before "s", "min" before a bare number.
  if (StripSuffix(text, "ms"))
    scale = 0.001;
  else if (StripSuffix(text, "min"))
    scale = 60.0;
  else if (StripSuffix(text, "h"))
    scale = 3600.0;
  else
    StripSuffix(text, "s");
  const std::optional<double> value = Number(text);
  if (!value) return std::nullopt;
  return *value * scale;
}

std::string FormatRate(double per_second) {
  char text[64];
  std::snprintf(text, sizeof text, "%.2f", per_second);
  std::string out(text);
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out + "/s";
}

}  // namespace cxlint
