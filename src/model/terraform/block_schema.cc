#include "model/terraform/block_schema.h"

#include <map>
#include <string>

namespace cxlint::model {

namespace {

// docs/resources/integration_action.md and its siblings (provider v1.84.1): "Block List, Max: 1".
BlockType ConfigRequest() { return {"config_request", 0, {}}; }
BlockType ConfigResponse() { return {"config_response", 0, {}}; }

// Webhook blocks (docs/domain.md §16): not in the provider, yet written by teams and linted.
BlockType Webhook() { return {"webhook", 0, {}}; }

const std::map<std::string, std::vector<BlockType>, std::less<>>& ProviderTable() {
  static const auto* table = new std::map<std::string, std::vector<BlockType>, std::less<>>{
      {"genesyscloud_integration_action", {ConfigRequest(), ConfigResponse(), {"function_config", 0, {}}, Webhook()}},
      {"genesyscloud_integration_action_draft", {ConfigRequest(), ConfigResponse(), Webhook()}},
      {"genesyscloud_integration_custom_auth_action", {ConfigRequest(), ConfigResponse(), Webhook()}},
      {"genesyscloud_integration", {{"config", 0, {}}, Webhook()}},
      // target is a "Block Set, Min: 1, Max: 1" holding workflow_target_settings (a Block Set too).
      {"genesyscloud_processautomation_trigger", {{"target", 0, {{"workflow_target_settings", 0, {}}}}, Webhook()}},
  };
  return *table;
}

std::vector<BlockType> WithMetaBlocks(std::vector<BlockType> types, bool managed) {
  // `dynamic` generates any of the other nested blocks; its content is resolved by label.
  types.push_back({"dynamic", 1, {{"content", 0, {}}}, true});
  types.push_back({"lifecycle", 0, {{"precondition", 0, {}}, {"postcondition", 0, {}}}});
  if (managed) {
    types.push_back({"connection", 0, {}});
    types.push_back({"provisioner", 1, {{"connection", 0, {}}}});
  }
  return types;
}

}  // namespace

const BlockType* FindBlockType(const std::vector<BlockType>& types, std::string_view name) {
  for (const BlockType& type : types) {
    if (type.name == name) return &type;
  }
  return nullptr;
}

const std::vector<BlockType>& ProviderBlockTypes(std::string_view resource_type) {
  static const std::vector<BlockType> kNone;
  static const std::vector<BlockType> kWebhookOnly{Webhook()};
  const auto& table = ProviderTable();
  if (auto it = table.find(resource_type); it != table.end()) return it->second;
  if (resource_type.rfind("genesyscloud_", 0) == 0) return kWebhookOnly;
  return kNone;
}

const std::vector<BlockType>& ResourceBlockTypes(std::string_view resource_type) {
  // One list per modelled type and one for each fallback, built once; never a growing cache.
  static const auto* modelled = [] {
    auto* lists = new std::map<std::string, std::vector<BlockType>, std::less<>>();
    for (const auto& [type, blocks] : ProviderTable()) lists->emplace(type, WithMetaBlocks(blocks, true));
    return lists;
  }();
  static const auto* genesys = new std::vector<BlockType>(WithMetaBlocks({Webhook()}, true));
  static const auto* other = new std::vector<BlockType>(WithMetaBlocks({}, true));
  if (auto it = modelled->find(resource_type); it != modelled->end()) return it->second;
  return resource_type.rfind("genesyscloud_", 0) == 0 ? *genesys : *other;
}

const std::vector<BlockType>& DataBlockTypes() {
  static const auto* types = new std::vector<BlockType>(WithMetaBlocks({}, false));
  return *types;
}

const std::vector<BlockType>& TopLevelBlockTypes() {
  static const auto* types = new std::vector<BlockType>{
      {"variable", 1, {{"validation", 0, {}}}},
      {"output", 1, {{"precondition", 0, {}}}},
      {"module", 1, {}},
      // The provider block of genesyscloud nests proxy and gateway settings (docs/index.md).
      {"provider", 1, {{"proxy", 0, {}}, {"gateway", 0, {}}}},
      {"terraform",
       0,
       {{"required_providers", 0, {}},
        {"backend", 1, {}},
        {"cloud", 0, {{"workspaces", 0, {}}}},
        {"provider_meta", 1, {}}}},
      {"moved", 0, {}},
      {"import", 0, {}},
      {"removed", 0, {{"lifecycle", 0, {}}}},
      {"check", 1, {{"data", 2, {}}, {"assert", 0, {}}}},
  };
  return *types;
}

}  // namespace cxlint::model
