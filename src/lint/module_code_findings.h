#pragma once
// Findings in code the user does not own: a module `terraform init` downloaded.

#include <vector>

#include "base/finding.h"
#include "model/project.h"

namespace cxlint {

/// Moves each finding whose file belongs to a downloaded module (read through
/// `.terraform/modules/modules.json`) to the module call in the user's own code that brings that
/// module in, with the module's own location kept as the first related location: the user can
/// change the call (its inputs, its version), not the downloaded copy.
void MoveToModuleCalls(const model::Project& project, std::vector<Finding>& findings);

}  // namespace cxlint
