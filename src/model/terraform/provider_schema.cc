#include "model/terraform/provider_schema.h"

#include <array>
#include <cmath>
#include <map>
#include <string>

namespace cxlint::model {

namespace {

SettingSchema Required(std::string_view name, std::optional<ValueRange> range = std::nullopt) {
  return {name, Presence::kRequired, false, range, "", {}};
}
SettingSchema Optional(std::string_view name, std::optional<ValueRange> range = std::nullopt) {
  return {name, Presence::kOptional, false, range, "", {}};
}
SettingSchema ReadOnly(std::string_view name, std::string_view advice = "") {
  return {name, Presence::kReadOnly, false, std::nullopt, advice, {}};
}
SettingSchema ReadOnlySince(std::string_view name, Version since, std::string_view before, std::string_view advice) {
  SettingSchema setting = ReadOnly(name, advice);
  setting.read_only_since = since;
  setting.before_read_only = before;
  return setting;
}
SettingSchema Block(std::string_view name, Presence presence, std::vector<SettingSchema> nested) {
  return {name, presence, true, std::nullopt, "", std::move(nested)};
}

// "Can be up to 256 characters long" (integration_action.md and its siblings).
ValueRange UpTo256() { return {1, 256, true}; }

// Every modelled resource has the computed `id`.
SettingSchema Id() { return ReadOnly("id"); }

// The request and response blocks of the three data-action resources. `request_url_template` is
// optional in genesyscloud_integration_action (function actions have none), required elsewhere.
SettingSchema ConfigRequest(Presence url) {
  return Block("config_request", Presence::kOptional,
               {Required("request_type"),
                {"request_url_template", url, false, std::nullopt, "", {}},
                Optional("request_template"),
                Optional("headers")});
}
SettingSchema ConfigResponse() {
  return Block("config_response", Presence::kOptional,
               {Optional("success_template"), Optional("translation_map"), Optional("translation_map_defaults")});
}

// "Optional 1-60 second timeout" (integration_action.md).
SettingSchema ConfigTimeout() { return Optional("config_timeout_seconds", ValueRange{1, 60, false}); }

std::vector<ResourceSchema> BuildSchemas() {
  std::vector<ResourceSchema> schemas;
  // flow.md; file_content_hash was Required up to 1.67, Optional in 1.68.0-1.68.4 (docs/domain.md §14).
  schemas.push_back(
      {"genesyscloud_flow",
       {Required("filepath"), Optional("force_unlock"), Optional("name"), Optional("substitutions"), Optional("type"),
        Optional("update_trigger_hash"),
        ReadOnlySince("file_content_hash", Version{1, 68, 5}, "required up to 1.67.x, optional in 1.68.0-1.68.4",
                      "read-only since provider 1.68.5; remove it (use update_trigger_hash to force a redeploy)"),
        Id()}});
  // integration_action.md.
  schemas.push_back({"genesyscloud_integration_action",
                     {Required("category", UpTo256()), Required("contract_input"), Required("contract_output"),
                      Required("integration_id"), Required("name", UpTo256()), ConfigRequest(Presence::kOptional),
                      ConfigResponse(), ConfigTimeout(),
                      Block("function_config", Presence::kOptional,
                            {Required("file_path"), Optional("description"), Optional("handler"), Optional("runtime"),
                             Optional("timeout_seconds"), Optional("zip_id"),
                             // Not on the schema page, yet set by the provider's own example
                             // (examples/resources/genesyscloud_integration_action/
                             // function_config_example.tf, same commit): accepted, not guessed wrong.
                             Optional("file_content_hash"), Optional("publish")}),
                      Optional("secure"), Id()}});
  // integration_action_draft.md: no function_config.
  schemas.push_back({"genesyscloud_integration_action_draft",
                     {Required("category", UpTo256()), Required("contract_input"), Required("contract_output"),
                      Required("integration_id"), Required("name", UpTo256()), ConfigRequest(Presence::kRequired),
                      ConfigResponse(), ConfigTimeout(), Optional("secure"), Id()}});
  // integration_custom_auth_action.md: no contracts, no category, no timeout.
  schemas.push_back({"genesyscloud_integration_custom_auth_action",
                     {Required("integration_id"), ConfigRequest(Presence::kRequired), ConfigResponse(),
                      Optional("name", UpTo256()), Id()}});
  // integration.md.
  schemas.push_back({"genesyscloud_integration",
                     {Required("integration_type"),
                      Block("config", Presence::kOptional,
                            {Optional("advanced"), Optional("credentials"), Optional("name"), Optional("notes"),
                             Optional("properties")}),
                      Optional("intended_state"), Id()}});
  // integration_credential.md.
  schemas.push_back({"genesyscloud_integration_credential",
                     {Required("credential_type_name"), Optional("fields"), Optional("name"), Id()}});
  // processautomation_trigger.md: target is "Block Set, Min: 1, Max: 1".
  schemas.push_back(
      {"genesyscloud_processautomation_trigger",
       {Required("enabled"), Required("name"),
        Block("target", Presence::kRequired,
              {Required("id"), Required("type"),
               Block("workflow_target_settings", Presence::kOptional, {Optional("data_format")})}),
        Required("topic_name"), Optional("delay_by_seconds", ValueRange{60, 900, false}), Optional("description"),
        Optional("event_ttl_seconds", ValueRange{10, std::nullopt, false}), Optional("match_criteria"), Id()}});
  // conversations_messaging_integrations_open.md: the token "must be longer than 15 characters".
  schemas.push_back(
      {"genesyscloud_conversations_messaging_integrations_open",
       {Required("name"),
        Required("outbound_notification_webhook_signature_secret_token", ValueRange{16, std::nullopt, true}),
        Required("outbound_notification_webhook_url"), Optional("messaging_setting_id"),
        Optional("supported_content_id"), Optional("webhook_headers"), Id()}});
  return schemas;
}

std::string Number(double value) {
  if (std::floor(value) == value) return std::to_string(static_cast<long long>(value));
  return std::to_string(value);
}

}  // namespace

const ResourceSchema* FindResourceSchema(std::string_view resource_type) {
  static const auto* schemas = new std::vector<ResourceSchema>(BuildSchemas());
  for (const ResourceSchema& schema : *schemas) {
    if (schema.type == resource_type) return &schema;
  }
  return nullptr;
}

const SettingSchema* FindSetting(const std::vector<SettingSchema>& settings, std::string_view name) {
  for (const SettingSchema& setting : settings) {
    if (setting.name == name) return &setting;
  }
  return nullptr;
}

bool IsMetaArgument(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kMeta = {"count",     "for_each",    "depends_on", "provider",
                                                            "lifecycle", "provisioner", "connection", "dynamic"};
  for (std::string_view meta : kMeta) {
    if (meta == name) return true;
  }
  return false;
}

std::string RangeText(const ValueRange& range) {
  const std::string unit = range.length ? " characters" : "";
  if (range.min && range.max) return Number(*range.min) + "-" + Number(*range.max) + unit;
  if (range.min) return "at least " + Number(*range.min) + unit;
  if (range.max) return "at most " + Number(*range.max) + unit;
  return "any";
}

}  // namespace cxlint::model
