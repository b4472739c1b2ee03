#pragma once
// A line-free name for where a finding is, so that fingerprints, baselines and SARIF logical
// locations survive edits that only shift lines.

#include <string>
#include <vector>

#include "base/finding.h"
#include "model/project.h"

namespace cxlint {

/// Sets `Finding::address` on every finding: the logical address of its location in its document:
/// - `.i3` exports: the logical path already on the location ("flow 'X' > sequence 'Y' > ...");
/// - JSON and YAML: the chain of keys down to the blamed node, with a sequence item named by its
///   single key and `name` ("inboundCall 'Main' > tasks > task 'Lookup' > actions > callData 'Get order'");
/// - HCL: the block address and attribute ("resource.genesyscloud_flow.main > filepath").
/// Empty when the file is not a read document (a file that did not parse).
void AssignLogicalAddresses(const model::Project& project, std::vector<Finding>& findings);

}  // namespace cxlint
