#pragma once
// What CX401-CX403 share: the modelled resources written in configuration, each once.

#include <vector>

#include "model/project.h"
#include "model/terraform/provider_schema.h"
#include "model/terraform/terraform_model.h"

namespace cxlint::rules {

/// A resource of a modelled type, with the provider schema it is judged against.
struct ModelledResource {
  const model::TerraformResource* resource = nullptr;
  const model::ResourceSchema* schema = nullptr;
};

/// Each modelled `genesyscloud_*` resource block of the `.tf` and `.tf.json` files, once even when
/// several module instances share it. Plan resources are left out: a plan lists computed values
/// and unset settings that nobody wrote.
std::vector<ModelledResource> ModelledResources(const model::Project& project);

}  // namespace cxlint::rules
