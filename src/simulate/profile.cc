#include "simulate/profile.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "base/strings.h"

namespace cxlint::simulate {

namespace {

// A finite decimal number that is the whole of `text` (spaces around it allowed).
std::optional<double> Number(std::string text) {
  text = std::string(Trim(text, " \t\r"));
  if (text.empty()) return std::nullopt;
  char* stop = nullptr;
  const double value = std::strtod(text.c_str(), &stop);
  if (stop != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

Profile Profile::Flat(double peak, double length_s) {
  Profile profile;
  profile.points_ = {{0, peak}, {length_s, peak}};
  return profile;
}

Profile Profile::BlackFriday(double peak, double length_s) {
  // Shoppers arrive before the doors open and drift away after the offers end: the plateau is
  // what a team sizes for, the ramps show when trouble starts and stops.
  Profile profile;
  profile.points_ = {{0, peak * 0.2}, {length_s * 0.25, peak}, {length_s * 0.75, peak}, {length_s, peak * 0.2}};
  return profile;
}

std::optional<Profile> Profile::FromCsv(const std::string& text, std::string& error) {
  Profile profile;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const size_t comma = line.find(',');
    const std::optional<double> seconds = comma == std::string::npos ? std::nullopt : Number(line.substr(0, comma));
    const std::optional<double> rate = comma == std::string::npos ? std::nullopt : Number(line.substr(comma + 1));
    if (!seconds || !rate) {
      if (profile.points_.empty() && number == 1) continue;  // a header such as "seconds,rate"
      error = "line " + std::to_string(number) + ": expected seconds,rate (two numbers), got '" + line + "'";
      return std::nullopt;
    }
    if (*seconds < 0 || *rate < 0) {
      error = "line " + std::to_string(number) + ": seconds and rate cannot be negative";
      return std::nullopt;
    }
    if (!profile.points_.empty() && *seconds <= profile.points_.back().seconds) {
      error = "line " + std::to_string(number) + ": seconds must increase from one line to the next";
      return std::nullopt;
    }
    profile.points_.push_back({*seconds, *rate});
  }
  if (profile.points_.size() < 2) {
    error = "a profile needs at least two seconds,rate lines";
    return std::nullopt;
  }
  return profile;
}

double Profile::RateAt(double seconds) const {
  if (points_.empty()) return 0;
  if (seconds <= points_.front().seconds) return points_.front().seconds == 0 ? points_.front().rate : 0;
  // The first point at or after `seconds`; profiles have a handful of points.
  const auto after =
      std::find_if(points_.begin(), points_.end(), [&](const RatePoint& p) { return p.seconds >= seconds; });
  if (after == points_.end()) return points_.back().rate;
  const RatePoint& before = *(after - 1);
  const double share = (seconds - before.seconds) / (after->seconds - before.seconds);
  return before.rate + (after->rate - before.rate) * share;
}

double Profile::Max() const {
  double max = 0;
  for (const RatePoint& point : points_) max = std::max(max, point.rate);
  return max;
}

Profile Profile::ScaledToPeak(double peak) const {
  Profile scaled = *this;
  const double max = Max();
  for (RatePoint& point : scaled.points_) point.rate = max > 0 ? point.rate * peak / max : 0;
  return scaled;
}

}  // namespace cxlint::simulate
