#include "model/terraform/provider_requirements.h"

#include <set>

#include "base/strings.h"

namespace cxlint::model {

namespace {

using parse::hcl::Attribute;
using parse::hcl::Block;
using parse::hcl::Expression;
using parse::hcl::ExprKind;

// "mypurecloud/genesyscloud", "MyPureCloud/genesyscloud", "registry.terraform.io/mypurecloud/genesyscloud".
bool IsGenesysCloudSource(std::string_view source) {
  const std::string lower = AsciiLower(source);
  return lower == "mypurecloud/genesyscloud" || lower.ends_with("/mypurecloud/genesyscloud");
}

// The value of key `name` in an object expression, or null.
const Expression* ObjectItem(const Expression& object, std::string_view name) {
  if (object.kind != ExprKind::kObject) return nullptr;
  for (size_t i = 0; i < object.ObjectSize(); ++i) {
    const Expression& key = object.ObjectKey(i);
    const bool match = (key.kind == ExprKind::kVariable && key.name() == name) ||
                       (key.kind == ExprKind::kTemplate && key.IsStringLiteral() && key.value() == name);
    if (match) return &object.ObjectValue(i);
  }
  return nullptr;
}

// One version string that decides, as read.
struct Written {
  const Expression* expression = nullptr;
  const Document* document = nullptr;
};

// The genesyscloud version constraints in one module folder's `terraform` blocks: the object form
// `genesyscloud = { source = "mypurecloud/genesyscloud", version = "..." }` under any local name,
// and the old string form `genesyscloud = "1.2.3"`.
void CollectConstraints(const ModuleConfig& config, std::vector<Written>& out) {
  for (const Declared<Block>& terraform : config.terraform_blocks) {
    for (const Block& block : terraform.node->body.blocks) {
      if (block.type != "required_providers") continue;
      for (const Attribute& provider : block.body.attributes) {
        const Expression& value = provider.expression;
        if (value.kind == ExprKind::kTemplate) {
          if (provider.name == "genesyscloud") out.push_back({&value, terraform.document});
          continue;
        }
        const Expression* source = ObjectItem(value, "source");
        const bool ours = source ? source->IsStringLiteral() && IsGenesysCloudSource(source->value())
                                 : provider.name == "genesyscloud";
        if (!ours) continue;
        if (const Expression* version = ObjectItem(value, "version")) out.push_back({version, terraform.document});
      }
    }
  }
}

void CollectTree(const ModuleInstance& instance, std::set<const ModuleConfig*>& seen, std::vector<Written>& out) {
  if (seen.insert(instance.config).second) CollectConstraints(*instance.config, out);
  for (const auto& [name, child] : instance.children) CollectTree(*child, seen, out);
}

RelatedLocation WhereSet(const Written& written, std::string message) {
  return {Location{written.document->source, written.expression->span, {}}, std::move(message)};
}

// The lock file's `provider "registry.terraform.io/mypurecloud/genesyscloud" { version = "..." }`.
const Expression* LockedVersion(const Document& lock_file) {
  if (!lock_file.hcl) return nullptr;
  for (const Block& block : lock_file.hcl->blocks) {
    if (block.type != "provider" || block.labels.empty() || !IsGenesysCloudSource(block.labels[0].value)) continue;
    if (const Attribute* version = block.body.FindAttribute("version")) return &version->expression;
  }
  return nullptr;
}

}  // namespace

ProviderVersions ReadProviderVersions(const ModuleInstance& root, const Document* lock_file) {
  ProviderVersions versions;
  if (const Expression* locked = lock_file ? LockedVersion(*lock_file) : nullptr) {
    const Written written{locked, lock_file};
    const std::optional<Version> version = locked->IsStringLiteral() ? ParseVersion(locked->value()) : std::nullopt;
    versions.where.push_back(WhereSet(written, "the provider version selected here"));
    if (!version) {
      versions.basis = ProviderVersions::Basis::kUnreadable;
      versions.description =
          "the provider version selected in " + lock_file->source->path() + ", which cxlint cannot read";
      return versions;
    }
    versions.basis = ProviderVersions::Basis::kLock;
    versions.allowed = VersionSet::Exactly(*version);
    versions.description = "provider " + version->Text() + " (selected in " + lock_file->source->path() + ")";
    return versions;
  }
  std::vector<Written> constraints;
  std::set<const ModuleConfig*> seen;
  CollectTree(root, seen, constraints);
  if (constraints.empty()) return versions;
  versions.basis = ProviderVersions::Basis::kConstraints;
  std::vector<std::string> texts;
  for (const Written& written : constraints) {
    const std::optional<VersionSet> allowed =
        written.expression->IsStringLiteral() ? ParseConstraint(written.expression->value()) : std::nullopt;
    versions.where.push_back(WhereSet(written, "provider version constraint set here"));
    const std::string text = written.expression->IsStringLiteral()
                                 ? "\"" + std::string(written.expression->value()) + "\""
                                 : "a computed constraint";
    texts.push_back(text + " (" + written.document->source->path() + ")");
    if (!allowed) {
      versions.basis = ProviderVersions::Basis::kUnreadable;
      versions.description =
          "provider version " + text + " (" + written.document->source->path() + "), which cxlint cannot read";
      versions.where = {versions.where.back()};
      return versions;
    }
    versions.allowed = versions.allowed.Intersect(*allowed);
  }
  // Each constraint with its file; a long list of modules is cut after three.
  versions.description = texts.size() == 1 ? "provider version " : "provider versions ";
  for (size_t i = 0; i < texts.size(); ++i) {
    if (i == 3) {
      versions.description += " and " + std::to_string(texts.size() - 3) + " more";
      break;
    }
    versions.description += (i == 0 ? "" : i + 1 == texts.size() ? " and " : ", ") + texts[i];
  }
  if (versions.allowed.Empty()) {
    versions.basis = ProviderVersions::Basis::kUnreadable;
    versions.description += ", which no release satisfies";
  }
  return versions;
}

}  // namespace cxlint::model
