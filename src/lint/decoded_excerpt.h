#pragma once
// What a finding in an Architect export blames, shown decoded: the file is one line of base64,
// so a caret under column 16,309 helps nobody.

#include <vector>

#include "base/finding.h"
#include "model/project.h"

namespace cxlint {

/// Gives each finding located in an `.i3` export the decoded JSON it blames: the path of the
/// innermost object or list that holds its span, then a few indented lines of that object (its
/// scalar members in full, nested objects and lists as `{…}` and `[… N items]`).
void AddDecodedExcerpts(const model::Project& project, std::vector<Finding>& findings);

}  // namespace cxlint
