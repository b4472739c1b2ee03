#pragma once
// What CX401-CX403 share: the modelled resources written in configuration, and the nested blocks
// a body writes, `dynamic` ones included, each with the name of the block it generates.

#include <string>
#include <string_view>
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

/// A nested block as written: `name { ... }`, or the content of `dynamic "name" { content { ... } }`.
struct WrittenBlock {
  std::string_view name;
  /// The block type, or the label of a `dynamic` block.
  Span name_span;
  const parse::hcl::Body* body = nullptr;
};

/// The provider blocks written in `body`: every nested block but Terraform's `lifecycle`,
/// `provisioner` and `connection`, with `dynamic` blocks resolved to the block they generate.
std::vector<WrittenBlock> WrittenBlocks(const parse::hcl::Body& body);

}  // namespace cxlint::rules
