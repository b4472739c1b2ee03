// CX403 read-only-attribute: a modelled `genesyscloud_*` resource sets an attribute the provider
// computes. The case that matters is `file_content_hash` on `genesyscloud_flow`: required up to
// provider 1.67 and read-only since 1.68.5, so blueprints written for the old provider still set
// it (DOMAIN.md §2.2) and a newer provider rejects them.

#include <string>

#include "model/terraform/provider_schema.h"
#include "rules/provider_settings.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  for (const ModelledResource& modelled : ModelledResources(project)) {
    const model::TerraformResource& resource = *modelled.resource;
    for (const parse::hcl::Attribute& attribute : resource.block->body.attributes) {
      const model::SettingSchema* setting = model::FindSetting(modelled.schema->settings, attribute.name);
      if (!setting || setting->presence != model::Presence::kReadOnly) continue;
      const std::string advice = setting->read_only_advice.empty()
                                     ? "read-only (the provider computes it); remove it"
                                     : std::string(setting->read_only_advice);
      sink.Report(resource.At(attribute.span),
                  resource.address + " sets '" + std::string(attribute.name) + "', which is " + advice);
    }
  }
}

}  // namespace

const RuleMeta kReadOnlyAttribute{
    "CX403", "read-only-attribute", Severity::kWarning,
    "a genesyscloud_* resource sets an attribute the provider computes (file_content_hash on genesyscloud_flow since 1.68.5)",
    &Check};

}  // namespace cxlint::rules
