#pragma once
// Provider versions as Terraform selects them: version numbers, the constraint syntax of
// `required_providers` ("~> 1.62", ">= 1.17.0, != 1.20.1"), and the set of versions a project can
// get, to judge facts that hold only for some provider versions (docs/domain.md §14).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxlint::model {

/// A release number "major.minor.patch"; missing parts are 0. The provider's releases have no
/// pre-release suffix, and a constraint that names one is not read (never guessed).
struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;

  friend auto operator<=>(const Version&, const Version&) = default;
  /// "1.68.5".
  std::string Text() const;
  /// The next patch release: the least version above this one.
  Version Next() const { return {major, minor, patch + 1}; }
};

/// Reads "1.2.3", "1.2" or "1" (with an optional leading "v"); writes how many parts were given.
/// Nothing for anything else ("1.2.3-beta", "1.x", "").
std::optional<Version> ParseVersion(std::string_view text, int* parts = nullptr);

/// Versions from `low` (included) up to `high` (excluded); no `high` is unbounded.
struct VersionInterval {
  Version low;
  std::optional<Version> high;
};

/// A set of versions: sorted, disjoint, non-empty intervals.
class VersionSet {
 public:
  /// Every version.
  static VersionSet All() { return Between(Version{}, std::nullopt); }
  /// No version.
  static VersionSet None() { return VersionSet(); }
  /// The versions in [low, high); no high is unbounded.
  static VersionSet Between(Version low, std::optional<Version> high);
  /// One version.
  static VersionSet Exactly(Version version) { return Between(version, version.Next()); }

  /// The versions in both sets.
  VersionSet Intersect(const VersionSet& other) const;
  /// The versions in either set.
  VersionSet Union(const VersionSet& other) const;

  bool Empty() const { return intervals_.empty(); }
  bool Contains(const Version& version) const;
  /// True when every version of this set is in `other`.
  bool SubsetOf(const VersionSet& other) const { return Intersect(other) == *this; }
  const std::vector<VersionInterval>& intervals() const { return intervals_; }

  friend bool operator==(const VersionSet& a, const VersionSet& b);

 private:
  std::vector<VersionInterval> intervals_;
};

/// Reads a Terraform version constraint: comma-separated conditions, each `=`, `!=`, `>`, `>=`,
/// `<`, `<=`, `~>` or none (exact) followed by a version, all of which must hold. `~>` lets only
/// the rightmost given part grow: "~> 1.62" is 1.62 up to 2.0, "~> 1.62.0" is 1.62.x. Nothing
/// when the text is not a constraint, or has more than 64 conditions.
std::optional<VersionSet> ParseConstraint(std::string_view text);

/// How many of the versions a project can get a version-dependent fact holds for.
enum class Coverage { kAll, kNone, kSome };

/// Whether `fact` holds for all, none or some of `allowed` (an empty `allowed` is kNone).
Coverage CoverageOf(const VersionSet& allowed, const VersionSet& fact);

}  // namespace cxlint::model
