#include "model/terraform/module.h"

namespace cxlint::model {

const ResourceDecl* ModuleConfig::FindResource(const std::string& type, const std::string& name) const {
  for (const ResourceDecl& resource : resources) {
    if (resource.type == type && resource.name == name) return &resource;
  }
  return nullptr;
}

}  // namespace cxlint::model
