#pragma once
// Where a finding's file sits in the Terraform configuration: the module calls that lead to a
// module's file, and the genesyscloud_flow resource that deploys a flow file.

#include <vector>

#include "base/finding.h"
#include "model/project.h"

namespace cxlint {

/// Adds to each finding in a module's `.tf` file the module calls that instantiate it (outermost
/// first: "in module.flow called here" at main.tf:12), and to each finding in a deployed flow
/// file the resource that deploys it and that resource's module calls. Findings that already
/// carry related locations keep theirs first.
void AddDeploymentContext(const model::Project& project, std::vector<Finding>& findings);

}  // namespace cxlint
