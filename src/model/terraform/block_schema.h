#pragma once
// Which names in a Terraform JSON body are nested blocks rather than attributes. Native HCL
// syntax says so itself (`name { }` against `name = { }`); JSON syntax and plan values do not,
// so this knowledge comes from the provider's schemas and from Terraform's own meta blocks.

#include <string_view>
#include <vector>

namespace cxlint::model {

/// A nested block type: its name, how many labels it takes, and the block types it may hold.
struct BlockType {
  std::string_view name;
  int labels = 0;
  std::vector<BlockType> nested;
  /// True for `dynamic`, whose `content` block takes the nested types of the block it generates.
  bool dynamic = false;
};

/// The block type called `name` in `types`, or null.
const BlockType* FindBlockType(const std::vector<BlockType>& types, std::string_view name);

/// The provider's nested blocks of a resource type (for the modelled `genesyscloud_*` types, from
/// their schema pages), plus the `webhook` block some teams write in any `genesyscloud_*` resource.
/// Empty for resource types cxlint does not model: their objects are attribute values.
const std::vector<BlockType>& ProviderBlockTypes(std::string_view resource_type);

/// Everything a `resource` body of `resource_type` may nest in configuration: the provider's
/// blocks plus Terraform's `lifecycle`, `provisioner`, `connection` and `dynamic`.
const std::vector<BlockType>& ResourceBlockTypes(std::string_view resource_type);

/// What a `data` body may nest: `lifecycle` and `dynamic` (data sources are not modelled).
const std::vector<BlockType>& DataBlockTypes();

/// The top-level blocks of a Terraform file with their label counts and nested types, except
/// `resource` and `data`, whose bodies depend on the resource type.
const std::vector<BlockType>& TopLevelBlockTypes();

}  // namespace cxlint::model
