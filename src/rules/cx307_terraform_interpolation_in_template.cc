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

using parse::hcl::ExprKind;
using parse::hcl::Expression;

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

// The first name of a reference (`input` of `input.orderId`), or empty.
std::string_view RootName(const Expression& expression) {
  if (expression.kind == ExprKind::kVariable) return expression.name;
  if (expression.kind == ExprKind::kTraversal && !expression.children.empty() &&
      expression.children[0].kind == ExprKind::kVariable)
    return expression.children[0].name;
  return {};
}

std::vector<std::string> TranslationKeys(const parse::hcl::Body& body) {
  std::vector<std::string> keys;
  const parse::hcl::Block* response = body.FindBlock("config_response");
  const parse::hcl::Attribute* map = response ? response->body.FindAttribute("translation_map") : nullptr;
  if (!map || map->expression.kind != ExprKind::kObject) return keys;
  for (size_t i = 0; i < map->expression.ObjectSize(); ++i) {
    const Expression& key = map->expression.ObjectKey(i);
    if (key.kind == ExprKind::kVariable) keys.emplace_back(key.name);
    if (key.kind == ExprKind::kTemplate && key.IsStringLiteral()) keys.push_back(key.value);
  }
  return keys;
}

// Names a `for` (expression or `%{for}` directive) binds: Terraform's, within the attribute.
std::vector<std::string_view> ForVariables(const Expression& root) {
  std::vector<std::string_view> names;
  std::vector<const Expression*> stack{&root};
  while (!stack.empty()) {
    const Expression& expression = *stack.back();
    stack.pop_back();
    for (const Expression& child : expression.children) stack.push_back(&child);
    if (expression.kind != ExprKind::kFor && expression.kind != ExprKind::kTemplateFor) continue;
    names.push_back(expression.name);
    if (!expression.key_name.empty()) names.push_back(expression.key_name);
  }
  return names;
}

bool IsVelocityReference(std::string_view root, const std::vector<std::string>& translation_keys,
                         const std::vector<std::string_view>& for_variables) {
  if (root.empty() || In(kTerraformRoots, root) || In(for_variables, root)) return false;
  return In(kVelocityNames, root) || In(translation_keys, root) || root.find('_') == std::string_view::npos;
}

void CheckAttribute(const model::TerraformResource& resource, const parse::hcl::Attribute& attribute,
                    const std::vector<std::string>& translation_keys, Sink& sink) {
  const std::string_view text = resource.document->source->text();
  const std::vector<std::string_view> for_variables = ForVariables(attribute.expression);
  // Iterative walk: expressions can nest as deep as the parser allows.
  std::vector<const Expression*> stack{&attribute.expression};
  while (!stack.empty()) {
    const Expression& expression = *stack.back();
    stack.pop_back();
    for (auto it = expression.children.rbegin(); it != expression.children.rend(); ++it) stack.push_back(&*it);
    if (expression.kind != ExprKind::kInterpolation || expression.children.empty()) continue;
    const std::string_view root = RootName(expression.children[0]);
    if (!IsVelocityReference(root, translation_keys, for_variables)) continue;
    const std::string written(parse::hcl::SourceText(text, expression.span));
    sink.Report(resource.At(expression.span),
                std::string(attribute.name) + " of " + resource.address + " writes the Velocity reference '" +
                    written + "' with one '$': Terraform reads '${...}' as its own interpolation and the plan fails "
                    "(no '" + std::string(root) + "' in Terraform); write '$" + written +
                    "' so Terraform passes '" + written + "' on to Genesys Cloud");
  }
}

void Check(const model::Project& project, Sink& sink) {
  if (!project.terraform) return;
  for (const model::TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data || !resource.block || !resource.document || !model::IsDataActionResource(resource.type)) continue;
    const std::vector<std::string> translation_keys = TranslationKeys(resource.block->body);
    for (const parse::hcl::Block& block : resource.block->body.blocks) {
      if (block.type != "config_request" && block.type != "config_response") continue;
      for (const parse::hcl::Attribute& attribute : block.body.attributes)
        CheckAttribute(resource, attribute, translation_keys, sink);
    }
  }
}

}  // namespace

const RuleMeta kTerraformInterpolationInTemplate{
    "CX307", "terraform-interpolation-in-template", Severity::kError,
    "a data-action template in HCL writes a Velocity ${...} reference unescaped (must be $${...})", &Check};

}  // namespace cxlint::rules
