#include "rules/provider_settings.h"

#include <set>
#include <tuple>

namespace cxlint::rules {

std::vector<ModelledResource> ModelledResources(const model::Project& project) {
  std::vector<ModelledResource> modelled;
  if (!project.terraform) return modelled;
  // A module called twice yields two resources over one block (one file, one header span); its
  // settings are written once.
  std::set<std::tuple<const Document*, uint32_t, uint32_t>> seen;
  for (const model::TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data || !resource.HasBody()) continue;
    if (resource.document->kind == FileKind::kTerraformPlan) continue;
    const model::ResourceSchema* schema = model::FindResourceSchema(resource.type);
    const Span header = resource.HeaderLocation().span;
    if (!schema || !seen.emplace(resource.document, header.begin, header.end).second) continue;
    modelled.push_back({&resource, schema});
  }
  return modelled;
}

}  // namespace cxlint::rules
