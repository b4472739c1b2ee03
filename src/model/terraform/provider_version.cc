#include "model/terraform/provider_version.h"

#include <algorithm>
#include <charconv>

#include "base/strings.h"

namespace cxlint::model {

namespace {

// True when `low` lies below the interval's end (an unbounded end lies above everything).
bool Below(const Version& low, const std::optional<Version>& high) { return !high || low < *high; }

std::optional<Version> Min(const std::optional<Version>& a, const std::optional<Version>& b) {
  if (!a) return b;
  if (!b) return a;
  return std::min(*a, *b);
}

// The versions one condition ("op version") allows.
std::optional<VersionSet> ParseCondition(std::string_view text) {
  text = Trim(text, " \t\r\n");
  std::string_view op;
  for (std::string_view candidate : {"~>", ">=", "<=", "!=", ">", "<", "="}) {
    if (text.substr(0, candidate.size()) == candidate) {
      op = candidate;
      break;
    }
  }
  int parts = 0;
  const std::optional<Version> version = ParseVersion(Trim(text.substr(op.size()), " \t\r\n"), &parts);
  if (!version) return std::nullopt;
  const Version v = *version;
  if (op.empty() || op == "=") return VersionSet::Exactly(v);
  if (op == "!=") return VersionSet::Between(Version{}, v).Union(VersionSet::Between(v.Next(), std::nullopt));
  if (op == ">") return VersionSet::Between(v.Next(), std::nullopt);
  if (op == ">=") return VersionSet::Between(v, std::nullopt);
  if (op == "<") return VersionSet::Between(Version{}, v);
  if (op == "<=") return VersionSet::Between(Version{}, v.Next());
  // "~>": the rightmost given part may grow, the ones before it are fixed.
  if (parts == 3) return VersionSet::Between(v, Version{v.major, v.minor + 1, 0});
  if (parts == 2) return VersionSet::Between(v, Version{v.major + 1, 0, 0});
  return VersionSet::Between(v, std::nullopt);
}

}  // namespace

std::string Version::Text() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

std::optional<Version> ParseVersion(std::string_view text, int* parts) {
  if (!text.empty() && text.front() == 'v') text.remove_prefix(1);
  int numbers[3] = {0, 0, 0};
  int count = 0;
  while (true) {
    if (count == 3) return std::nullopt;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(begin, end, numbers[count]);
    if (error != std::errc() || stop == begin || numbers[count] < 0) return std::nullopt;
    ++count;
    text.remove_prefix(static_cast<size_t>(stop - begin));
    if (text.empty()) break;
    if (text.front() != '.') return std::nullopt;
    text.remove_prefix(1);
  }
  if (parts) *parts = count;
  return Version{numbers[0], numbers[1], numbers[2]};
}

VersionSet VersionSet::Between(Version low, std::optional<Version> high) {
  VersionSet set;
  if (Below(low, high)) set.intervals_.push_back({low, high});
  return set;
}

bool VersionSet::Contains(const Version& version) const {
  return std::any_of(intervals_.begin(), intervals_.end(), [&](const VersionInterval& interval) {
    return interval.low <= version && Below(version, interval.high);
  });
}

VersionSet VersionSet::Intersect(const VersionSet& other) const {
  VersionSet out;
  for (const VersionInterval& a : intervals_) {
    for (const VersionInterval& b : other.intervals_) {
      const Version low = std::max(a.low, b.low);
      const std::optional<Version> high = Min(a.high, b.high);
      if (Below(low, high)) out.intervals_.push_back({low, high});
    }
  }
  // Both inputs are sorted and disjoint, so the pieces are too once sorted.
  std::sort(out.intervals_.begin(), out.intervals_.end(),
            [](const VersionInterval& x, const VersionInterval& y) { return x.low < y.low; });
  return out;
}

VersionSet VersionSet::Union(const VersionSet& other) const {
  std::vector<VersionInterval> all = intervals_;
  all.insert(all.end(), other.intervals_.begin(), other.intervals_.end());
  std::sort(all.begin(), all.end(), [](const VersionInterval& x, const VersionInterval& y) { return x.low < y.low; });
  VersionSet out;
  for (const VersionInterval& next : all) {
    // Touching intervals ([1, 2) and [2, 3)) merge, so equal sets compare equal.
    if (!out.intervals_.empty() && (!out.intervals_.back().high || next.low <= *out.intervals_.back().high)) {
      VersionInterval& last = out.intervals_.back();
      last.high = last.high && next.high ? std::optional<Version>(std::max(*last.high, *next.high)) : std::nullopt;
      continue;
    }
    out.intervals_.push_back(next);
  }
  return out;
}

bool operator==(const VersionSet& a, const VersionSet& b) {
  return std::equal(
      a.intervals_.begin(), a.intervals_.end(), b.intervals_.begin(), b.intervals_.end(),
      [](const VersionInterval& x, const VersionInterval& y) { return x.low == y.low && x.high == y.high; });
}

std::optional<VersionSet> ParseConstraint(std::string_view text) {
  // Each `!=` splits the set, and each condition is intersected with all pieces so far: a
  // hostile file with millions of conditions would take quadratic time. Real ones have a few.
  constexpr size_t kMaxConditions = 64;
  if (static_cast<size_t>(std::count(text.begin(), text.end(), ',')) >= kMaxConditions) return std::nullopt;
  VersionSet allowed = VersionSet::All();
  size_t at = 0;
  while (at <= text.size()) {
    size_t comma = text.find(',', at);
    if (comma == std::string_view::npos) comma = text.size();
    const std::optional<VersionSet> condition = ParseCondition(text.substr(at, comma - at));
    if (!condition) return std::nullopt;
    allowed = allowed.Intersect(*condition);
    at = comma + 1;
  }
  return allowed;
}

Coverage CoverageOf(const VersionSet& allowed, const VersionSet& fact) {
  const VersionSet both = allowed.Intersect(fact);
  if (both.Empty()) return Coverage::kNone;
  return both == allowed ? Coverage::kAll : Coverage::kSome;
}

}  // namespace cxlint::model
