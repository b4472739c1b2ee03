#pragma once
// A rule option's value for one file: what `.cxlint.yaml` sets (the rule's `rules` entry, then
// each matching `overrides` entry), else the default the rule defines beside its Check.

#include <string>

#include "base/finding.h"
#include "config/config.h"

namespace cxlint {

/// The value of `option` of `rule` for the file `path`: configured, or the option's default.
double RuleOptionValue(const Config& config, const RuleMeta& rule, const RuleOptionSpec& option,
                       const std::string& path);

}  // namespace cxlint
