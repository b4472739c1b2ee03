#include "model/duration.h"

#include <string>

#include "base/strings.h"

namespace cxlint::model {

namespace {

// Large enough for any real duration, small enough that sums and products cannot overflow.
constexpr int64_t kMaxMagnitude = int64_t{1} << 50;

constexpr int64_t kSecond = 1000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads "12" or "1.5" at `at`, advancing it, and returns the number of `unit` milliseconds it
// makes, rounded to the millisecond; nullopt when there is no number or it is too large.
std::optional<int64_t> ReadAmount(std::string_view text, size_t& at, int64_t unit) {
  int64_t whole = 0;
  const size_t start = at;
  while (at < text.size() && IsDigit(text[at])) {
    whole = whole * 10 + (text[at] - '0');
    if (whole > kMaxMagnitude) return std::nullopt;
    ++at;
  }
  int64_t fraction = 0, scale = 1;
  if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
    ++at;
    while (at < text.size() && IsDigit(text[at])) {
      // Digits past the ninth cannot change a millisecond count of any real unit.
      if (scale < 1000000000) fraction = fraction * 10 + (text[at] - '0'), scale *= 10;
      ++at;
    }
  }
  if (at == start) return std::nullopt;
  if (whole > kMaxMagnitude / unit) return std::nullopt;
  return whole * unit + (fraction * unit + scale / 2) / scale;
}

}  // namespace

std::optional<int64_t> ParseDurationText(std::string_view text) {
  text = Trim(text, " \t");
  if (text.empty() || (text[0] != 'P' && text[0] != 'p')) return std::nullopt;
  // With a 'T' it is ISO-8601, where M before the T means months; without, it is Architect's form.
  const bool iso = text.find_first_of("Tt") != std::string_view::npos;
  bool in_time = false;
  bool any = false;
  int64_t total = 0;
  size_t at = 1;
  while (at < text.size()) {
    if (text[at] == 'T' || text[at] == 't') {
      if (in_time) return std::nullopt;
      in_time = true;
      ++at;
      continue;
    }
    // Units are known only after the number, so read it as a count of milliseconds per 1 and scale.
    const size_t number_at = at;
    size_t probe = at;
    if (!ReadAmount(text, probe, 1)) return std::nullopt;
    if (probe >= text.size()) return std::nullopt;
    const char unit_char = static_cast<char>(text[probe] & ~0x20);  // uppercase
    int64_t unit = 0;
    if (iso && !in_time) {
      if (unit_char == 'D')
        unit = kDay;
      else if (unit_char == 'W')
        unit = 7 * kDay;
      else
        return std::nullopt;  // years and months have no fixed length
    } else {
      switch (unit_char) {
        case 'D': unit = iso ? 0 : kDay; break;
        case 'H': unit = kHour; break;
        case 'M': unit = kMinute; break;
        case 'S': unit = kSecond; break;
        case 'F': unit = iso ? 0 : 1; break;  // Architect's milliseconds
        default: unit = 0;
      }
      if (unit == 0) return std::nullopt;
    }
    at = number_at;
    const std::optional<int64_t> amount = ReadAmount(text, at, unit);
    if (!amount) return std::nullopt;
    ++at;  // the unit letter
    total += *amount;
    if (total > kMaxMagnitude) return std::nullopt;
    any = true;
  }
  if (!any) return std::nullopt;
  return total;
}

std::optional<int64_t> ParseDurationMap(const parse::Node& map) {
  if (!map.IsMap() || map.entries.empty()) return std::nullopt;
  int64_t total = 0;
  for (const parse::MapEntry& entry : map.entries) {
    int64_t unit = 0;
    const std::string& key = entry.key;
    if (key == "days" || key == "day")
      unit = kDay;
    else if (key == "hours" || key == "hour")
      unit = kHour;
    else if (key == "minutes" || key == "minute")
      unit = kMinute;
    else if (key == "seconds" || key == "second")
      unit = kSecond;
    else if (key == "ms" || key == "milliseconds" || key == "millisecond")
      unit = 1;
    else
      return std::nullopt;
    if (!entry.value.IsScalar()) return std::nullopt;
    const std::string_view number = Trim(entry.value.text, " \t");
    size_t at = 0;
    const std::optional<int64_t> amount = ReadAmount(number, at, unit);
    if (!amount || at != number.size()) return std::nullopt;
    total += *amount;
    if (total > kMaxMagnitude) return std::nullopt;
  }
  return total;
}

std::optional<int64_t> ParseInteger(std::string_view text) {
  text = Trim(text, " \t");
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  for (char c : text) {
    if (!IsDigit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > kMaxMagnitude) return std::nullopt;
  }
  return negative ? -value : value;
}

}  // namespace cxlint::model
