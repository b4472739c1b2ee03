#pragma once
// CX002 unused-suppression: reported by the linter once suppressions are applied, since only then
// is it known which comments hid something. The rule itself (rules/cx002_unused_suppression.cc)
// has no check: this pass is part of the pipeline, after lint/suppressions.h.

#include <functional>
#include <vector>

#include "base/finding.h"
#include "lint/suppressions.h"
#include "model/project.h"

namespace cxlint {

/// One CX002 finding for each name in a suppression comment that hid nothing or names no rule,
/// for each comment without names that hid nothing, and for each `ignore` entry of `.cxlint.yaml`
/// that hid nothing. A suppression of a rule that is off for its file (by the configuration of
/// `project`), or that did not run at all (`ran` false: LintOptions::only_rules), is left alone:
/// the rule never looked there, so the comment may still be needed.
void ReportUnusedSuppressions(const model::Project& project, const std::vector<Suppression>& comments,
                              const std::vector<UnusedIgnore>& ignores, const std::function<bool(const RuleMeta&)>& ran,
                              std::vector<Finding>& out);

}  // namespace cxlint
