#pragma once
// How fast conversations arrive over the simulated peak: a piecewise-linear rate over time.

#include <optional>
#include <string>
#include <vector>

namespace cxlint::simulate {

/// One corner of a profile: at `seconds` after the start, conversations arrive at `rate` per second.
struct RatePoint {
  double seconds = 0;
  double rate = 0;
};

/// Arrival rate over time, linear between its points; after the last point the last rate holds.
class Profile {
 public:
  /// The peak rate for the whole length.
  static Profile Flat(double peak, double length_s);
  /// A Black Friday hour, scaled to `length_s`: a ramp from a fifth of the peak to the peak over
  /// the first quarter, the peak for the middle half, a decline to a fifth over the last quarter.
  static Profile BlackFriday(double peak, double length_s);
  /// `seconds,rate` lines (conversations per second; a header line and `#` comments allowed),
  /// seconds strictly increasing from 0 or more. nullopt with `error` ("LINE: what") otherwise.
  static std::optional<Profile> FromCsv(const std::string& text, std::string& error);

  /// The rate at `seconds` after the start.
  double RateAt(double seconds) const;
  /// The highest rate anywhere.
  double Max() const;
  /// The time of the last point: the profile's natural duration.
  double Length() const { return points_.empty() ? 0 : points_.back().seconds; }
  /// The same shape with every rate multiplied so that the highest is `peak`.
  Profile ScaledToPeak(double peak) const;
  const std::vector<RatePoint>& points() const { return points_; }

 private:
  std::vector<RatePoint> points_;
};

/// The default length of the built-in profiles: one peak hour.
inline constexpr double kDefaultProfileSeconds = 3600.0;

}  // namespace cxlint::simulate
