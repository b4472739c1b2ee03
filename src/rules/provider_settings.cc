#include "rules/provider_settings.h"

#include <set>

namespace cxlint::rules {

std::vector<ModelledResource> ModelledResources(const model::Project& project) {
  std::vector<ModelledResource> modelled;
  if (!project.terraform) return modelled;
  // A module called twice yields two resources over one block; its settings are written once.
  std::set<const parse::hcl::Block*> seen;
  for (const model::TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data || !resource.block || !resource.document) continue;
    if (resource.document->kind == FileKind::kTerraformPlan) continue;
    const model::ResourceSchema* schema = model::FindResourceSchema(resource.type);
    if (!schema || !seen.insert(resource.block).second) continue;
    modelled.push_back({&resource, schema});
  }
  return modelled;
}

std::vector<WrittenBlock> WrittenBlocks(const parse::hcl::Body& body) {
  std::vector<WrittenBlock> written;
  for (const parse::hcl::Block& block : body.blocks) {
    if (block.type == "dynamic") {
      if (block.labels.empty()) continue;
      const parse::hcl::Block* content = block.body.FindBlock("content");
      written.push_back({block.labels[0].value, block.labels[0].span, content ? &content->body : &block.body});
      continue;
    }
    if (model::IsMetaArgument(block.type)) continue;
    written.push_back({block.type, block.type_span, &block.body});
  }
  return written;
}

}  // namespace cxlint::rules
