#pragma once
// Suppressions: `# cxlint-ignore CODE...: reason` comments in HCL and YAML, and `ignore` entries
// in `.cxlint.yaml` for files that cannot hold comments (JSON, `.i3`). Suppressed findings leave
// the report but are kept, with what suppressed them, for --show-suppressed and the counts.

#include <string>
#include <vector>

#include "base/finding.h"
#include "model/project.h"
#include "report/run_report.h"

namespace cxlint {

/// One `cxlint-ignore` or `cxlint-ignore-file` comment.
struct Suppression {
  SourcePtr file;
  Span directive;           // the `cxlint-ignore...` word, for findings about the comment
  bool whole_file = false;  // `cxlint-ignore-file`
  Span covers;              // the bytes whose findings it hides (a line, or a whole block)
  struct Name {
    std::string text;  // as written: a code or a rule name
    Span span;
    const RuleMeta* rule;  // null when it names no rule
    bool used = false;
  };
  std::vector<Name> names;   // empty: every rule
  bool used_by_any = false;  // for a comment without names
  std::string reason;        // empty when none was given
};

/// The suppression comments of one document (HCL and YAML; other kinds cannot hold comments).
std::vector<Suppression> FindSuppressions(const Document& document);

/// An `ignore` entry of `.cxlint.yaml` that hid nothing.
struct UnusedIgnore {
  SourcePtr config;  // the configuration file's text
  const IgnoreEntry* entry;
};

/// What applying suppressions did.
struct SuppressionOutcome {
  std::vector<SuppressedFinding> suppressed;
  std::vector<Suppression> comments;  // every comment, with `used` set, for CX002
  std::vector<UnusedIgnore> unused_ignores;
  int without_reason = 0;  // suppressions (comments and ignore entries) with no reason
};

/// Moves every finding a comment or a config `ignore` entry covers out of `findings`.
SuppressionOutcome ApplySuppressions(const model::Project& project, std::vector<Finding>& findings);

}  // namespace cxlint
