// CX307 terraform-interpolation-in-template: a data action's request or response template in HCL
// writes a Velocity reference (`${input.orderId}`, `${credentials.token}`, `${rawResult}`) with a
// single `$`. Terraform reads `${...}` in every HCL string as its own interpolation, so
// `terraform plan` fails ("Reference to undeclared resource" for `input.orderId`, "Invalid
// reference" for `rawResult`) — or, for a name Terraform happens to know, silently sends
// Terraform's value instead of Genesys Cloud's. The provider's own examples write `$${...}`,
// which Terraform turns into the `${...}` Velocity needs (docs/domain.md §13).
//
// A reference is Velocity's when its first name is not one Terraform resolves (var, local,
// module, data, path, terraform, count, each, self, or a resource type, which always has an
// underscore) — or is a Velocity name outright, or a key of the action's translation_map.

#include <string>
#include <string_view>
#include <vector>

#include "model/data_action.h"
#include "model/project.h"
#include "model/terraform/terraform_model.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

constexpr std::string_view kTerraformRoots[] = {"var",       "local", "module", "data", "path",
                                                "terraform", "count", "each",   "self"};
// Names Genesys Cloud puts in a data action's Velocity context (docs/domain.md §13).
constexpr std::string_view kVelocityNames[] = {"input", "credentials", "rawResult", "successTemplateUtils",
                                               "esc",   "math",        "date",      "number"};

template <typename List>
bool In(const List& list, std::string_view name) {
  for (std::string_view item : list) {
    if (item == name) return true;
  }
  return false;
}

std::vector<std::string> TranslationKeys(const model::WrittenBody& body) {
  std::vector<std::string> keys;
  const std::optional<model::WrittenBody> response = body.Block("config_response");
  const std::optional<model::WrittenAttribute> map = response ? response->Attribute("translation_map") : std::nullopt;
  if (!map) return keys;
  for (const model::WrittenItem& item : map->value.Items()) {
    if (item.key) keys.push_back(*item.key);
  }
  return keys;
}

bool IsVelocityReference(std::string_view root, const std::vector<std::string>& translation_keys,
                         const std::vector<std::string_view>& for_variables) {
  if (root.empty() || In(kTerraformRoots, root) || In(for_variables, root)) return false;
  return In(kVelocityNames, root) || In(translation_keys, root) || root.find('_') == std::string_view::npos;
}

void CheckAttribute(const model::TerraformResource& resource, const model::WrittenAttribute& attribute,
                    const std::vector<std::string>& translation_keys, Sink& sink) {
  const std::string_view text = resource.document->source->text();
  const std::vector<std::string_view> for_variables = attribute.value.ForVariables();
  for (const model::Interpolation& interpolation : attribute.value.Interpolations()) {
    const std::string_view root = interpolation.root;
    if (!IsVelocityReference(root, translation_keys, for_variables)) continue;
    const Span span = interpolation.span;
    const std::string written(text.substr(span.begin, span.end - span.begin));
    sink.Report(resource.At(span),
                std::string(attribute.name) + " of " + resource.address + " writes the Velocity reference '" + written +
                    "' with one '$': Terraform reads '${...}' as its own interpolation and the plan fails "
                    "(no '" +
                    std::string(root) + "' in Terraform); write '$" + written + "' so Terraform passes '" + written +
                    "' on to Genesys Cloud");
  }
}

void Check(const model::Project& project, Sink& sink) {
  if (!project.terraform) return;
  for (const model::TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data || !resource.HasBody() || !model::IsDataActionResource(resource.type)) continue;
    const model::WrittenBody body = resource.Body();
    const std::vector<std::string> translation_keys = TranslationKeys(body);
    for (const model::WrittenBlock& block : body.Blocks()) {
      if (block.name != "config_request" && block.name != "config_response") continue;
      for (const model::WrittenAttribute& attribute : block.body.Attributes())
        CheckAttribute(resource, attribute, translation_keys, sink);
    }
  }
}

// Its traits (RuleMeta::traits): a reliability rule about endpoints, with high precision.
constexpr std::string_view kTags[] = {"endpoints", "reliability"};

}  // namespace

const RuleMeta kTerraformInterpolationInTemplate{
    "CX307",          "terraform-interpolation-in-template",
    Severity::kError, "a data-action template in HCL writes a Velocity ${...} reference unescaped (must be $${...})",
    &Check,           {},
    {kTags, "high"}};

}  // namespace cxlint::rules
