#include "model/terraform/plan.h"

#include <map>
#include <set>

#include "model/terraform/block_schema.h"
#include "model/terraform/plan_values.h"
#include "model/terraform/terraform_model.h"

namespace cxlint::model {

namespace {

using parse::Node;
using parse::hcl::Expression;
using parse::hcl::ExprKind;

// Module calls nest; references are followed through at most this many of them.
constexpr int kMaxReferenceDepth = 32;

const std::string* StringAt(const Node* node, std::string_view key) {
  const Node* value = node ? node->Find(key) : nullptr;
  return value && value->IsScalar() && value->style == Node::ScalarStyle::kString ? &value->text : nullptr;
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t at = 0;
  for (;;) {
    const size_t next = text.find(separator, at);
    parts.push_back(text.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) return parts;
    at = next + 1;
  }
}

// "module.a[0].module.b" -> {"a", "b"}.
std::vector<std::string> ModulePath(const std::string& module_address) {
  std::vector<std::string> path;
  const std::vector<std::string> parts = Split(WithoutInstanceKeys(module_address), '.');
  for (size_t i = 0; i + 1 < parts.size(); i += 2) {
    if (parts[i] == "module") path.push_back(parts[i + 1]);
  }
  return path;
}

std::string AddressPrefix(const std::vector<std::string>& module_path) {
  std::string prefix;
  for (const std::string& name : module_path) prefix += "module." + name + ".";
  return prefix;
}

}  // namespace

std::string WithoutInstanceKeys(std::string_view address) {
  std::string out;
  size_t i = 0;
  while (i < address.size()) {
    if (address[i] != '[') {
      out += address[i++];
      continue;
    }
    // Skip the key up to its closing bracket; a quoted key may hold brackets and escapes.
    bool quoted = false;
    for (++i; i < address.size(); ++i) {
      const char c = address[i];
      if (quoted && c == '\\') {
        ++i;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        ++i;
        break;
      }
    }
  }
  return out;
}

/// Reads one plan document into a Plan (see Plan::Read).
class PlanReader {
 public:
  PlanReader(const Document& document, Plan& plan, std::vector<Finding>& findings)
      : document_(document), plan_(plan), reader_(document.source, plan.store_, findings) {}

  void Run() {
    const Node& root = document_.root;
    if (!root.IsMap()) return;  // the loader only classifies objects as plans
    if (const Node* version = root.Find("format_version")) {
      const bool supported =
          version->IsScalar() && version->style == Node::ScalarStyle::kString && version->text.starts_with("1.");
      if (!supported) {
        Error(version->span,
              "plan format_version " + version->text +
                  " is not one cxlint reads (1.x, from terraform show -json); its resources are skipped");
        return;
      }
    }
    if (const Node* changes = root.Find("resource_changes")) IndexChanges(*changes);
    configuration_ = root.FindPath({"configuration", "root_module"});
    if (const Node* planned = root.FindPath({"planned_values", "root_module"})) {
      ReadModule(*planned, "", 0);
    } else if (const Node* changes = root.Find("resource_changes")) {
      ReadChanges(*changes);
    }
  }

 private:
  void Error(Span span, std::string message) { reader_.Error(Span{span.begin, span.begin + 1}, std::move(message)); }

  const Node* Sequence(const Node& parent, std::string_view key) {
    const Node* node = parent.Find(key);
    if (!node || node->IsSequence()) return node;
    if (!(node->IsScalar() && node->style == Node::ScalarStyle::kNull))
      Error(node->span, "\"" + std::string(key) + "\" in a plan is an array, not this");
    return nullptr;
  }

  void IndexChanges(const Node& changes) {
    if (!changes.IsSequence()) return;
    for (const Node& item : changes.items) {
      const std::string* address = StringAt(&item, "address");
      const Node* change = item.IsMap() ? item.Find("change") : nullptr;
      // A deposed object is an old copy being destroyed, not the planned one.
      if (!address || !change || item.Find("deposed")) continue;
      changes_.emplace(*address, change);
    }
  }

  void ReadModule(const Node& module, const std::string& module_address, int depth) {
    if (!module.IsMap()) {
      Error(module.span, "a module in planned_values is a JSON object, not this");
      return;
    }
    if (const Node* resources = Sequence(module, "resources")) {
      for (const Node& item : resources->items)
        ReadResource(item, module_address, item.IsMap() ? item.Find("values") : nullptr,
                     item.IsMap() ? item.Find("sensitive_values") : nullptr, nullptr);
    }
    const Node* children = Sequence(module, "child_modules");
    if (!children) return;
    if (depth >= kMaxReferenceDepth) {
      Error(children->span, "modules nest more than 32 deep in this plan; deeper ones are not read");
      return;
    }
    for (const Node& child : children->items) {
      const std::string* address = StringAt(&child, "address");
      if (!address) {
        Error(child.span, "a child module in planned_values has no \"address\"");
        continue;
      }
      ReadModule(child, *address, depth + 1);
    }
  }

  void ReadChanges(const Node& changes) {
    if (!changes.IsSequence()) return;
    for (const Node& item : changes.items) {
      const Node* change = item.IsMap() ? item.Find("change") : nullptr;
      if (!change || item.Find("deposed")) continue;
      const Node* after = change->Find("after");
      if (!after || !after->IsMap()) continue;  // deleted: it will not exist
      const std::string* module_address = StringAt(&item, "module_address");
      ReadResource(item, module_address ? *module_address : "", after, nullptr, change);
    }
  }

  void ReadResource(const Node& item, const std::string& module_address, const Node* values,
                    const Node* sensitive_values, const Node* change) {
    const std::string* address = StringAt(&item, "address");
    const std::string* type = StringAt(&item, "type");
    const std::string* name = StringAt(&item, "name");
    const std::string* mode = StringAt(&item, "mode");
    if (!address || !type || !name) {
      Error(item.span, "a resource in a plan needs \"address\", \"type\" and \"name\" strings");
      return;
    }
    const bool is_data = mode && *mode == "data";
    if (!change) {
      auto found = changes_.find(*address);
      if (found != changes_.end()) change = found->second;
    }
    const Node* address_node = item.Find("address");
    auto [instance_ptr, config_ptr] = InstanceFor(module_address);
    ModuleInstance& instance = *instance_ptr;
    const std::vector<std::string> module_path = ModulePath(module_address);

    parse::hcl::Block& block = plan_.blocks_.emplace_back();
    block.type = is_data ? "data" : "resource";
    block.type_span = address_node->span;
    block.labels.push_back(parse::hcl::Label{*type, address_node->span});
    block.labels.push_back(parse::hcl::Label{*name, address_node->span});
    block.span = item.span;
    block.body.span = item.span;
    ValueMarks marks;
    marks.unknown = change ? change->Find("after_unknown") : nullptr;
    marks.sensitive = change ? change->Find("after_sensitive") : nullptr;
    marks.sensitive_values = sensitive_values;
    marks.config = ConfigExpressions(module_path, is_data, *type, *name);
    PlanValueReader values_reader(reader_, [&](const std::string& path, const Node* config, bool sensitive, Span at) {
      return Unknown(instance, module_path, path, config, sensitive, at);
    });
    static const std::vector<BlockType> kNoBlocks;
    if (values) {
      values_reader.ReadBody(*values, marks, is_data ? kNoBlocks : ProviderBlockTypes(*type), *address, block.body);
    }

    if (!config_ptr->FindResource(*type, *name)) {
      (is_data ? config_ptr->data_sources : config_ptr->resources).push_back({*type, *name, {&block, &document_}});
    }
    plan_.resources_.push_back(PlanResource{*type, *name, *address, module_address, is_data, &block, &instance});
  }

  std::pair<ModuleInstance*, ModuleConfig*> InstanceFor(const std::string& module_address) {
    if (auto found = instances_.find(module_address); found != instances_.end()) return found->second;
    ModuleConfig& config = plan_.configs_.emplace_back();
    config.dir = DirectoryOf(document_.source->path());
    ModuleInstance& instance = plan_.instances_.emplace_back();
    instance.config = &config;
    instance.address = module_address;
    instance.root_dir = config.dir;  // where Terraform ran, as far as cxlint can tell
    instance.path_module = ".";
    instances_.emplace(module_address, std::make_pair(&instance, &config));
    return {&instance, &config};
  }

  // An unknown leaf: a reference to a local value of the resource's instance that holds the
  // unknown, so the evaluator yields it with its reason. The HCL tree has no node for "unknown";
  // this keeps plan values in the same tree, and the reason, without a special case in the
  // evaluator.
  Expression Unknown(ModuleInstance& instance, const std::vector<std::string>& module_path, const std::string& path,
                     const Node* config, bool sensitive, Span at) {
    Value value;
    if (sensitive) {
      value = Value::Unknown(path + " is sensitive in the plan");
    } else if (const std::string resolved = Resolve(module_path, config, 0); !resolved.empty()) {
      value = Value::Unknown(resolved + " is known only after apply", resolved);
    } else {
      value = Value::Unknown(path + " is known only after apply");
    }
    const std::string name = "plan_unknown_" + std::to_string(++unknowns_);
    instance.named_values["local." + name] = std::move(value);
    Expression root;
    root.kind = ExprKind::kVariable;
    root.SetName("local");
    root.span = at;
    Expression step;
    step.kind = ExprKind::kGetAttr;
    step.SetName(plan_.store_.Keep(name));
    step.span = at;
    Expression traversal;
    traversal.kind = ExprKind::kTraversal;
    traversal.span = at;
    traversal.height = 2;
    const Expression parts[] = {root, step};
    traversal.children = plan_.store_.Keep(parts);
    return traversal;
  }

  // The one resource attribute an expression's references lead to ("genesyscloud_integration.crm.id"),
  // through module inputs and outputs; empty when there is none, or more than one.
  std::string Resolve(const std::vector<std::string>& module_path, const Node* expression, int depth) {
    const Node* references = expression && expression->IsMap() ? expression->Find("references") : nullptr;
    if (!references || !references->IsSequence() || depth > kMaxReferenceDepth) return {};
    std::set<std::string> found;
    for (const Node& reference : references->items) {
      if (!reference.IsScalar()) continue;
      const std::vector<std::string> parts = Split(WithoutInstanceKeys(reference.text), '.');
      if (parts.size() < 2) continue;
      std::string resolved;
      if (parts[0] == "var" && !module_path.empty()) {
        const std::vector<std::string> parent(module_path.begin(), module_path.end() - 1);
        const Node* call = ConfigModuleCall(parent, module_path.back());
        const Node* argument = call ? call->FindPath({"expressions", parts[1]}) : nullptr;
        resolved = Resolve(parent, argument, depth + 1);
      } else if (parts[0] == "module" && parts.size() >= 3) {
        std::vector<std::string> child = module_path;
        child.push_back(parts[1]);
        const Node* module = ConfigModule(child);
        const Node* output = module ? module->FindPath({"outputs", parts[2], "expression"}) : nullptr;
        resolved = Resolve(child, output, depth + 1);
      } else if (parts.size() >= 3 && parts[0] != "var" && parts[0] != "local" && parts[0] != "path" &&
                 parts[0] != "each" && parts[0] != "count" && parts[0] != "self" && parts[0] != "terraform" &&
                 parts[0] != "data" && parts[0] != "module") {
        resolved = AddressPrefix(module_path) + parts[0] + "." + parts[1] + "." + parts[2];
      }
      if (!resolved.empty()) found.insert(resolved);
    }
    return found.size() == 1 ? *found.begin() : std::string();
  }

  const Node* ConfigModule(const std::vector<std::string>& module_path) {
    const Node* module = configuration_;
    for (const std::string& name : module_path) {
      if (!module) return nullptr;
      module = module->FindPath({"module_calls", name, "module"});
    }
    return module;
  }

  const Node* ConfigModuleCall(const std::vector<std::string>& parent, const std::string& name) {
    const Node* module = ConfigModule(parent);
    return module ? module->FindPath({"module_calls", name}) : nullptr;
  }

  const Node* ConfigExpressions(const std::vector<std::string>& module_path, bool is_data, const std::string& type,
                                const std::string& name) {
    const Node* module = ConfigModule(module_path);
    const Node* resources = module ? module->Find("resources") : nullptr;
    if (!resources || !resources->IsSequence()) return nullptr;
    for (const Node& resource : resources->items) {
      const std::string* mode = StringAt(&resource, "mode");
      const std::string* resource_type = StringAt(&resource, "type");
      const std::string* resource_name = StringAt(&resource, "name");
      if (resource_type && resource_name && *resource_type == type && *resource_name == name &&
          (mode && *mode == "data") == is_data)
        return resource.Find("expressions");
    }
    return nullptr;
  }

  const Document& document_;
  Plan& plan_;
  JsonExpressionReader reader_;
  const Node* configuration_ = nullptr;
  std::map<std::string, const Node*> changes_;
  std::map<std::string, std::pair<ModuleInstance*, ModuleConfig*>> instances_;
  int unknowns_ = 0;
};

std::unique_ptr<Plan> Plan::Read(const Document& document, std::vector<Finding>& findings) {
  auto plan = std::make_unique<Plan>();
  PlanReader(document, *plan, findings).Run();
  return plan;
}

}  // namespace cxlint::model
