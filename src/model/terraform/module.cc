#include "model/terraform/module.h"

namespace cxlint::model {

void ModuleConfig::AddResource(ResourceDecl resource) {
  resource_index.emplace(resource.type + "." + resource.name, resources.size());
  resources.push_back(std::move(resource));
}

// Looked up once per reference to a resource: hashed, since a module may declare thousands.
const ResourceDecl* ModuleConfig::FindResource(const std::string& type, const std::string& name) const {
  const auto found = resource_index.find(type + "." + name);
  return found == resource_index.end() ? nullptr : &resources[found->second];
}

}  // namespace cxlint::model
