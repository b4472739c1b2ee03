#include "model/data_action.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "base/genesys_domains.h"
#include "base/strings.h"
#include "model/flow.h"
#include "model/project.h"
#include "model/terraform/terraform_model.h"
#include "model/url.h"

namespace cxlint::model {

namespace {

// An attribute's value, located at its expression; absent attributes are null at `fallback`.
Located<Value> AttributeValue(const TerraformResource& resource, const parse::hcl::Body& body, std::string_view name,
                              const Location& fallback) {
  if (const parse::hcl::Attribute* attribute = body.FindAttribute(name))
    return {resource.Evaluate(attribute->expression), resource.At(attribute->expression.span)};
  return {Value::Null(), fallback};
}

// The project's `genesyscloud_integration` resources by address, looked up once per action.
using IntegrationsByAddress = std::unordered_map<std::string_view, const TerraformResource*>;

// The integration a data action belongs to: `integration_id` is `genesyscloud_integration.x.id`,
// perhaps through variables and module outputs; the unknown value keeps that reference.
Located<Value> IntegrationType(const TerraformResource& resource, const IntegrationsByAddress& integrations,
                               const Location& fallback) {
  const parse::hcl::Attribute* id = resource.block->body.FindAttribute("integration_id");
  if (!id) return {Value::Unknown("the action has no integration_id"), fallback};
  const Value value = resource.Evaluate(id->expression);
  const std::string& reference = value.reference();
  const std::string suffix = ".id";
  if (reference.size() > suffix.size() &&
      reference.compare(reference.size() - suffix.size(), suffix.size(), suffix) == 0) {
    const std::string_view address = std::string_view(reference).substr(0, reference.size() - suffix.size());
    if (const auto found = integrations.find(address); found != integrations.end()) {
      const TerraformResource& integration = *found->second;
      return AttributeValue(integration, integration.block->body, "integration_type", integration.HeaderLocation());
    }
  }
  return {Value::Unknown("the integration of " + resource.address + " cannot be followed (" +
                         (value.IsUnknown() ? value.unknown_reason() : "integration_id is " + value.Describe()) + ")"),
          resource.At(id->expression.span)};
}

DataAction FromTerraform(const TerraformResource& resource, const IntegrationsByAddress& integrations) {
  DataAction action;
  action.origin = DataActionOrigin::kTerraform;
  action.location = resource.HeaderLocation();
  action.address = resource.address;
  action.resource = &resource;
  action.document = resource.document;
  action.custom_auth = resource.type == "genesyscloud_integration_custom_auth_action";
  const parse::hcl::Body& body = resource.block->body;
  action.name = AttributeValue(resource, body, "name", action.location);
  action.category = AttributeValue(resource, body, "category", action.location);
  action.timeout_seconds = AttributeValue(resource, body, "config_timeout_seconds", action.location);
  action.integration_type = IntegrationType(resource, integrations, action.location);
  if (const parse::hcl::Block* request = body.FindBlock("config_request")) {
    const Location at = resource.At(request->type_span);
    action.url_template = AttributeValue(resource, request->body, "request_url_template", at);
    action.method = AttributeValue(resource, request->body, "request_type", at);
    if (const parse::hcl::Attribute* headers = request->body.FindAttribute("headers")) {
      const parse::hcl::Expression& map = headers->expression;
      if (map.kind == parse::hcl::ExprKind::kObject) {
        // Key by key, so each header keeps its own position.
        for (size_t i = 0; i < map.ObjectSize(); ++i) {
          const parse::hcl::Expression& key = map.ObjectKey(i);
          const Value key_value = key.kind == parse::hcl::ExprKind::kVariable ? Value::String(std::string(key.name()))
                                                                              : resource.Evaluate(key);
          if (const auto name = key_value.AsString())
            action.headers.emplace_back(*name,
                                        Located<Value>{resource.Evaluate(map.ObjectValue(i)), resource.At(key.span)});
        }
      } else if (const Value value = resource.Evaluate(map); value.IsObject()) {
        for (const auto& [name, item] : value.entries())
          action.headers.emplace_back(name, Located<Value>{item, resource.At(map.span)});
      }
    }
  } else {
    action.url_template = {Value::Null(), action.location};
    action.method = {Value::Null(), action.location};
  }
  return action;
}

Located<Value> JsonValue(const Document& document, const parse::Node* node, const Location& fallback) {
  if (!node) return {Value::Null(), fallback};
  const Location at{document.source, node->span, {}};
  if (!node->IsScalar()) return {Value::Unknown("not a scalar"), at};
  switch (node->style) {
    case parse::Node::ScalarStyle::kNumber: return {Value::Number(std::stod(node->text)), at};
    case parse::Node::ScalarStyle::kBool: return {Value::Bool(node->text == "true"), at};
    case parse::Node::ScalarStyle::kNull: return {Value::Null(), at};
    default: return {Value::String(node->text), at};
  }
}

DataAction FromExport(const Document& document) {
  DataAction action;
  action.origin = DataActionOrigin::kExportJson;
  action.document = &document;
  action.address = document.source->path();
  const parse::Node& root = document.root;
  const parse::Node* name = root.Find("name");
  action.location = Location{document.source, name ? name->span : root.span, {}};
  action.name = JsonValue(document, name, action.location);
  action.category = {Value::Unknown("data-action exports carry no category"), action.location};
  if (const parse::Node* type = root.Find("actionType"); type && type->IsScalar())
    action.custom_auth = type->text == "customAuth";
  action.integration_type = JsonValue(document, root.Find("integrationType"), action.location);
  action.timeout_seconds = JsonValue(document, root.FindPath({"config", "timeoutSeconds"}), action.location);
  action.url_template =
      JsonValue(document, root.FindPath({"config", "request", "requestUrlTemplate"}), action.location);
  action.method = JsonValue(document, root.FindPath({"config", "request", "requestType"}), action.location);
  if (const parse::Node* headers = root.FindPath({"config", "request", "headers"}); headers && headers->IsMap()) {
    for (const parse::MapEntry& entry : headers->entries)
      action.headers.emplace_back(entry.key, Located<Value>{JsonValue(document, &entry.value, action.location).value,
                                                            Location{document.source, entry.key_span, {}}});
  }
  return action;
}

// A `{{key}}` no substitution filled, or a `${...}` a rendered template could not know.
bool IsPlaceholder(const std::string& text) {
  return text.find("{{") != std::string::npos || text.find("${") != std::string::npos;
}

bool IsDigits(std::string_view text, size_t min, size_t max) {
  return text.size() >= min && text.size() <= max &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// True when `tail` is Genesys's export stamp "<yyyy>-<mm>-<dd> @ <h>:<mm>".
bool IsExportStamp(std::string_view tail) {
  const size_t at = tail.find(" @ ");
  if (at != 10 || tail[4] != '-' || tail[7] != '-') return false;
  if (!IsDigits(tail.substr(0, 4), 4, 4) || !IsDigits(tail.substr(5, 2), 2, 2) || !IsDigits(tail.substr(8, 2), 2, 2))
    return false;
  const std::string_view time = tail.substr(at + 3);
  const size_t colon = time.find(':');
  return colon != std::string_view::npos && IsDigits(time.substr(0, colon), 1, 2) &&
         IsDigits(time.substr(colon + 1), 2, 2);
}

}  // namespace

std::string_view WithoutExportSuffix(std::string_view name) {
  static constexpr std::string_view kMarker = " - Exported ";
  const size_t at = name.rfind(kMarker);
  if (at == std::string_view::npos || !IsExportStamp(name.substr(at + kMarker.size()))) return name;
  return name.substr(0, at);
}

bool IsBuiltInGenesysCategory(std::string_view category) {
  return EqualsIgnoreCase(category, "Genesys Cloud Data Actions") ||
         EqualsIgnoreCase(category, "PureCloud Data Actions");
}

bool IsDataActionResource(std::string_view type) {
  return type == "genesyscloud_integration_action" || type == "genesyscloud_integration_action_draft" ||
         type == "genesyscloud_integration_custom_auth_action";
}

const Located<Value>* DataAction::Header(std::string_view header) const {
  for (const auto& [name, value] : headers) {
    if (EqualsIgnoreCase(name, header)) return &value;
  }
  return nullptr;
}

bool DataAction::CallsGenesysApi() const {
  const auto text = url_template.value.AsString();
  if (!text) return false;
  const UrlParts url = ParseUrl(*text);
  if (!url.relative) return IsGenesysCloudHost(url.host);
  const auto type = integration_type.value.AsString();
  return url.IsGenesysApiPath() && (!type || *type == "purecloud-data-actions");
}

std::optional<int64_t> DataAction::TimeoutMs() const {
  if (timeout_seconds.value.IsNull()) return 60'000;  // Genesys Cloud's default (docs/domain.md §1)
  if (const auto seconds = timeout_seconds.value.AsNumber()) return static_cast<int64_t>(*seconds * 1000);
  return std::nullopt;
}

std::vector<DataAction> CollectDataActions(const Project& project) {
  std::vector<DataAction> actions;
  if (project.terraform) {
    // Sized once: growing by doubling would hold two copies of thousands of actions for a moment.
    size_t count = 0;
    for (const TerraformResource& resource : project.terraform->resources())
      count += !resource.is_data && IsDataActionResource(resource.type);
    actions.reserve(count);
    IntegrationsByAddress integrations;
    for (const TerraformResource& resource : project.terraform->resources()) {
      if (resource.type == "genesyscloud_integration") integrations.emplace(resource.address, &resource);
    }
    for (const TerraformResource& resource : project.terraform->resources()) {
      if (!resource.is_data && IsDataActionResource(resource.type))
        actions.push_back(FromTerraform(resource, integrations));
    }
  }
  for (const Document& document : project.documents) {
    if (document.kind == FileKind::kDataActionJson) actions.push_back(FromExport(document));
  }
  // The data-action modules ship the Terraform and its export side by side: one action. An
  // export is the twin of the one Terraform action with its name (without the export suffix,
  // letter case aside), or, where the Terraform name is not known, with its URL template and
  // method. Both are looked up by key, so this is linear in actions.
  std::unordered_map<std::string, std::vector<DataAction*>> by_name, by_request;
  for (DataAction& defined : actions) {
    if (defined.origin != DataActionOrigin::kTerraform) continue;
    if (const auto name = defined.name.value.AsString()) {
      by_name[AsciiLower(WithoutExportSuffix(*name))].push_back(&defined);
    } else if (const auto url = defined.url_template.value.AsString()) {
      if (const auto method = defined.method.value.AsString())
        by_request[*url + '\n' + AsciiLower(*method)].push_back(&defined);
    }
  }
  for (DataAction& exported : actions) {
    if (exported.origin != DataActionOrigin::kExportJson) continue;
    std::vector<DataAction*> candidates;
    if (const auto name = exported.name.value.AsString()) {
      if (const auto found = by_name.find(AsciiLower(WithoutExportSuffix(*name))); found != by_name.end())
        candidates = found->second;
    }
    const auto url = exported.url_template.value.AsString();
    const auto method = exported.method.value.AsString();
    if (url && method) {
      if (const auto found = by_request.find(*url + '\n' + AsciiLower(*method)); found != by_request.end())
        candidates.insert(candidates.end(), found->second.begin(), found->second.end());
    }
    if (candidates.size() != 1) continue;
    exported.terraform_twin = candidates.front();
    candidates.front()->exports.push_back({exported.location, "also exported here"});
  }
  return actions;
}

DataActionIndex::DataActionIndex(const std::vector<DataAction>& actions) {
  for (const DataAction& action : actions) {
    if (const auto name = action.name.value.AsString()) {
      by_name_[AsciiLower(WithoutExportSuffix(*name))].push_back(&action);
    } else if (const auto category = action.category.value.AsString()) {
      unnamed_categories_.insert(*category);
    } else {
      unnamed_of_any_category_ = true;
    }
  }
}

bool DataActionIndex::MayBeUnnamed(const std::string& category) const {
  return unnamed_of_any_category_ || unnamed_categories_.count(category) > 0;
}

const std::vector<const DataAction*>& DataActionIndex::Named(std::string_view name) const {
  static const std::vector<const DataAction*> kNone;
  const auto found = by_name_.find(AsciiLower(WithoutExportSuffix(name)));
  return found == by_name_.end() ? kNone : found->second;
}

DataActionBinding BindDataAction(const DataActionIndex& actions, const DataActionCall& call) {
  const std::string& category = call.category.value;
  if (IsPlaceholder(call.name.value))
    return {nullptr, "its data action name is the unresolved placeholder " + call.name.value, false};
  const std::string_view name = WithoutExportSuffix(call.name.value);
  const bool category_known = !category.empty() && !IsPlaceholder(category);
  // Exact names first; then a name that differs only in letter case, when just one name does.
  for (const bool exact : {true, false}) {
    const DataAction* by_name = nullptr;
    bool ambiguous = false;
    for (const DataAction* candidate : actions.Named(name)) {
      const DataAction& action = *candidate;
      const auto action_name = action.name.value.AsString();
      const std::string_view defined = WithoutExportSuffix(*action_name);
      if (exact ? defined != name : !EqualsIgnoreCase(defined, name)) continue;
      const auto action_category = action.category.value.AsString();
      if (action_category && category_known && *action_category == category) return {&action, "", false};
      // Exports and actions whose category is unknown match by name alone.
      if (action_category) continue;
      if (!by_name)
        by_name = &action;
      else
        ambiguous |= WithoutExportSuffix(*by_name->name.value.AsString()) != defined;
    }
    if (by_name && !ambiguous) return {by_name, "", false};
  }
  if (!category_known && !category.empty())
    return {nullptr, "its category is the unresolved placeholder " + category, false};
  // A defined action whose name cannot be evaluated (a variable with no value, a remote module's
  // output) may be this one: where the call goes cannot be decided.
  if (actions.MayBeUnnamed(category))
    return {nullptr, "a data action of its category has a name that cannot be evaluated", false};
  return {nullptr, "no linted Terraform or export defines it", true};
}

}  // namespace cxlint::model
