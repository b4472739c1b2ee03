#pragma once
// Which `genesyscloud` provider versions a root module can get: the version its
// `.terraform.lock.hcl` selected, else the `required_providers` constraints of the root and of the
// local modules it calls, all of which must hold; with neither, `terraform init` takes the latest.

#include <string>
#include <vector>

#include "base/finding.h"
#include "model/project.h"
#include "model/terraform/module.h"
#include "model/terraform/provider_version.h"

namespace cxlint::model {

/// The provider versions a root module can get, what decided them, and where that is written.
struct ProviderVersions {
  enum class Basis {
    kLatest,       // nothing constrains the version: the newest release
    kConstraints,  // required_providers constraints
    kLock,         // the version .terraform.lock.hcl selected
    kUnreadable,   // a constraint or lock entry cxlint cannot read: not judged
  };
  Basis basis = Basis::kLatest;
  VersionSet allowed = VersionSet::All();
  /// For messages: `provider 1.72.0 (selected in .terraform.lock.hcl)`, or the constraints with
  /// their files: `provider version ">= 1.17.0" (modules/flows/flows.tf)`.
  std::string description = "the latest provider (no required_providers version constraint)";
  /// The version strings that decided, one related location each.
  std::vector<RelatedLocation> where;
};

/// The versions `root` (a root instance with its children built) can get; `lock_file` is the
/// root folder's `.terraform.lock.hcl`, or null.
ProviderVersions ReadProviderVersions(const ModuleInstance& root, const Document* lock_file);

}  // namespace cxlint::model
