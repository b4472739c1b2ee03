#pragma once
// How a rule reads its options: typed, for the file a finding of it would point into.

#include <cstdint>
#include <type_traits>

#include "base/finding.h"
#include "config/rule_options.h"
#include "model/project.h"

namespace cxlint::rules {

/// The value of `option` of `rule` for the file at `where` (its nearest `.cxlint.yaml`, with the
/// matching `overrides`), or the option's default: `int64_t` for a whole-number option
/// (milliseconds, counts), `double` for one that takes fractions (factors).
template <typename T>
T OptionFor(const model::Project& project, const RuleMeta& rule, const RuleOptionSpec& option, const Location& where) {
  static_assert(std::is_same_v<T, int64_t> || std::is_same_v<T, double>, "an option is a whole number or a number");
  return static_cast<T>(RuleOptionValue(project.ConfigFor(where), rule, option, where.file ? where.file->path() : ""));
}

}  // namespace cxlint::rules
