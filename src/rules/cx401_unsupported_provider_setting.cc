// CX401 unsupported-provider-setting: a modelled `genesyscloud_*` resource sets an attribute or
// block its provider schema does not have, or a known value outside the range the schema accepts.
// Terraform rejects both at plan time; the usual cause in CX-as-Code is a retry setting written in
// the belief that Genesys Cloud has one (docs/domain.md §5, §8), so those names get an explanation
// instead of a guess. Unknown names are reported once; cxlint does not look inside a block the
// provider does not have.

#include <algorithm>
#include <string>

#include "base/edit_distance.h"
#include "base/source_file.h"
#include "model/terraform/provider_schema.h"
#include "rules/provider_settings.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

using model::SettingSchema;

// Names people write for retries, which no Genesys Cloud resource has (docs/domain.md
// §8, §16).
bool IsRetryLike(std::string_view name) {
  return name == "webhook" || name == "max_retries" || name.rfind("retry_", 0) == 0 || name.rfind("backoff", 0) == 0 ||
         name.find("retries") != std::string_view::npos;
}

// The closest settable name: a small edit distance, or one name containing the other
// (`timeout_seconds` for `config_timeout_seconds`). Read-only names are never suggested.
std::string_view Nearest(std::string_view name, const std::vector<SettingSchema>& settings) {
  std::string_view best;
  size_t best_distance = std::max<size_t>(2, name.size() / 3) + 1;
  for (const SettingSchema& setting : settings) {
    if (setting.presence == model::Presence::kReadOnly) continue;
    size_t distance = EditDistance(name, setting.name);
    const bool contains = name.size() >= 4 && (setting.name.find(name) != std::string_view::npos ||
                                               name.find(setting.name) != std::string_view::npos);
    if (contains) distance = std::min<size_t>(distance, 1);
    if (distance < best_distance) {
      best = setting.name;
      best_distance = distance;
    }
  }
  return best;
}

std::string Unsupported(const model::TerraformResource& resource, const std::string& where, std::string_view name,
                        bool block, const std::vector<SettingSchema>& settings) {
  std::string message = resource.address + " sets " + (block ? "a block '" : "'") + where + std::string(name) +
                        "', which the provider's " + resource.type + " does not have";
  if (IsRetryLike(name)) {
    return message +
           ": Genesys Cloud has no webhook or retry setting on any resource; retries belong in the flow "
           "logic (a Failure path that waits and calls again) or in a middleware that owns them "
           "(see `cxlint explain CX401`)";
  }
  if (const std::string_view nearest = Nearest(name, settings); !nearest.empty()) {
    return message + " (did you mean '" + where + std::string(nearest) + "'?)";
  }
  std::string known;
  for (const SettingSchema& setting : settings) {
    if (setting.presence == model::Presence::kReadOnly) continue;
    known += (known.empty() ? "" : ", ") + std::string(setting.name);
  }
  return message + " (it accepts " + known + ")";
}

std::string NumberText(double value) {
  if (value == static_cast<double>(static_cast<long long>(value))) return std::to_string(static_cast<long long>(value));
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  return text;
}

// A known number or string outside the schema's range; unknown values are not judged. A block
// shared by module instances is judged with the values of the first.
void CheckRange(const model::TerraformResource& resource, const std::string& where,
                const model::WrittenAttribute& attribute, const model::ValueRange& range, Sink& sink) {
  const model::Value value = resource.Evaluate(attribute.value);
  std::string message;
  if (!range.length && value.kind() == model::Value::Kind::kNumber && !range.Contains(value.number())) {
    message = resource.address + ": " + where + std::string(attribute.name) + " = " + NumberText(value.number());
    if (range.min && range.max) {
      message += " is outside " + model::RangeText(range) + ", the range the provider accepts";
    } else if (range.min) {
      message += " is below " + NumberText(*range.min) + ", the minimum the provider accepts";
    } else {
      message += " is above " + NumberText(*range.max) + ", the maximum the provider accepts";
    }
  } else if (range.length && value.IsString() && !range.Contains(static_cast<double>(CountCodePoints(value.str())))) {
    // The provider counts characters, not bytes.
    message = resource.address + ": " + where + std::string(attribute.name) + " is " +
              std::to_string(CountCodePoints(value.str())) + " characters long; the provider accepts " +
              model::RangeText(range);
  } else {
    return;
  }
  sink.Report(resource.At(attribute.value.span()), message);
}

void CheckBody(const model::TerraformResource& resource, const std::string& where, const model::WrittenBody& body,
               const std::vector<SettingSchema>& settings, bool top, Sink& sink) {
  for (const model::WrittenAttribute& attribute : body.Attributes()) {
    if (top && model::IsMetaArgument(attribute.name)) continue;
    const SettingSchema* setting = model::FindSetting(settings, attribute.name);
    if (!setting) {
      sink.Report(resource.At(attribute.span), Unsupported(resource, where, attribute.name, false, settings));
      continue;
    }
    if (setting->range) CheckRange(resource, where, attribute, *setting->range, sink);
  }
  for (const model::WrittenBlock& block : body.ProviderBlocks()) {
    const SettingSchema* setting = model::FindSetting(settings, block.name);
    if (!setting) {
      sink.Report(resource.At(block.name_span), Unsupported(resource, where, block.name, true, settings));
      continue;
    }
    CheckBody(resource, where + std::string(block.name) + ".", block.body, setting->nested, false, sink);
  }
}

void Check(const model::Project& project, Sink& sink) {
  for (const ModelledResource& modelled : ModelledResources(project)) {
    CheckBody(*modelled.resource, "", modelled.resource->Body(), modelled.schema->settings, true, sink);
  }
}

// Its traits (RuleMeta::traits): Terraform rules read facts (the configuration, the provider's
// schema, the files it names), so their precision is very high.
constexpr std::string_view kTags[] = {"terraform", "correctness"};

}  // namespace

const RuleMeta kUnsupportedProviderSetting{
    "CX401",
    "unsupported-provider-setting",
    Severity::kError,
    "a genesyscloud_* resource sets an attribute or block the provider does not have, or a value outside its range",
    &Check,
    {},
    {kTags, "very-high"}};

}  // namespace cxlint::rules
