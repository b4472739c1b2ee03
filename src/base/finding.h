#pragma once
// Findings, their locations, rule metadata and the sink rules report through.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/severity.h"
#include "base/source_file.h"

namespace cxlint {

namespace model {
struct Project;
}

/// Where a finding points: a byte span in a file, plus a logical path when bytes alone are not
/// readable (a decoded `.i3` export: "flow 'X' > sequence 'Y' > action 'Z' (id ...)").
struct Location {
  SourcePtr file;
  Span span;
  std::string logical;
};

/// Reports never show a source line longer than this (minified JSON, base64 exports): a caret
/// under column 48,213 helps nobody; the logical location says where instead.
constexpr size_t kMaxShownLineBytes = 400;

/// A secondary location that explains a finding (a module call, the data action a flow calls).
struct RelatedLocation {
  Location location;
  std::string message;
};

class Sink;

/// One option of a rule, `rules: {CX103: {options: {min_interval_ms: 2000}}}`: defined beside the
/// rule's Check; the config reader validates against it, `cxlint init` and --show-config list it.
struct RuleOptionSpec {
  std::string_view name;  // "min_interval_ms"
  bool integer;           // whole numbers only (milliseconds, counts)
  double default_value;
  double minimum;            // smallest accepted value
  std::string_view meaning;  // one line, for `cxlint init` and --show-config
};

/// How code-scanning services file a rule's findings (SARIF rule metadata, GitLab categories):
/// defined beside the rule's Check.
struct RuleTraits {
  /// Its family ("retry", "flow-paths", ...) and the kind of problem ("reliability", "security", ...).
  std::span<const std::string_view> tags;
  /// SARIF/CodeQL precision, how rarely it is wrong: "very-high", "high" or "medium".
  std::string_view precision;
  /// GitHub's security-severity score ("7.5") of a rule tagged "security"; empty for the others.
  std::string_view security_severity = {};
};

/// A rule's permanent identity and defaults.
struct RuleMeta {
  std::string_view code;  // "CX103"
  std::string_view name;  // "aggressive-retry-interval": names the bad pattern
  Severity default_severity;
  std::string_view summary;  // one line, lowercase, for `cxlint rules`
  /// Runs the rule over the project; null for rules emitted by the loader itself (CX001).
  void (*check)(const model::Project& project, Sink& sink);
  /// Its options, in the order `cxlint init` and --show-config list them; empty for most rules.
  std::span<const RuleOptionSpec> options = {};
  RuleTraits traits = {};

  /// The option called `name`, or null.
  const RuleOptionSpec* FindOption(std::string_view name) const;
};

/// One problem found in the input.
struct Finding {
  const RuleMeta* rule = nullptr;
  Severity severity = Severity::kError;
  Location location;
  std::string message;
  std::vector<RelatedLocation> related;
  /// Where it is without line numbers (lint/logical_address.h), for fingerprints and baselines.
  std::string address = {};
  /// Lines to show instead of the source line when its bytes cannot be read (the decoded JSON
  /// of an `.i3` export, lint/decoded_excerpt.h); empty for every other file.
  std::vector<std::string> excerpt = {};
  /// The span holds a secret (CX303): reports never show its text, not even in a source snippet.
  bool secret_span = false;
};

/// Collects findings for one rule and stamps that rule's metadata on each.
class Sink {
 public:
  Sink(const RuleMeta& rule, std::vector<Finding>& out) : rule_(rule), out_(out) {}

  /// Records a finding of this sink's rule at its default severity; returns it for flags such as
  /// `secret_span`.
  Finding& Report(Location location, std::string message, std::vector<RelatedLocation> related = {});

 private:
  const RuleMeta& rule_;
  std::vector<Finding>& out_;
};

/// Sorts findings by file, line, column, code and message, the stable output order.
void SortFindings(std::vector<Finding>& findings);

/// One defect, one finding: of each run of sorted findings of one rule at one span (a flow file
/// read twice, a module reached from two roots, a block missing several settings), the first
/// stays, and each different message joins it as a related location at the same place.
void MergeSamePosition(std::vector<Finding>& findings);

}  // namespace cxlint
