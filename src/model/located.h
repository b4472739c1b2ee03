#pragma once
// A value a rule may blame, with the place it was written.

#include "base/finding.h"

namespace cxlint::model {

/// A value and where a finding about it points; a default value carries its owner's location.
template <typename T>
struct Located {
  T value{};
  Location location;
};

}  // namespace cxlint::model
