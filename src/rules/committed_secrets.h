#pragma once
// CX303's second half: secrets committed as Terraform values rather than written into a
// credential field itself.

#include "base/finding.h"
#include "model/project.h"

namespace cxlint::rules {

/// Reports each literal secret in a committed `.tfvars` / `.tfvars.json` file, a variable default,
/// a local or a module input, when the variable is `sensitive`, is named like a credential, or
/// flows into a credential field (an integration credential's secret field, a credential header,
/// the Open Messaging signature token) through variables, locals and module inputs.
void CheckCommittedSecrets(const model::Project& project, Sink& sink);

}  // namespace cxlint::rules
