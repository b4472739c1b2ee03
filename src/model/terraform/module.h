#pragma once
// Terraform modules as cxlint sees them: a folder's declarations, and instances of it with inputs.

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/finding.h"
#include "model/project.h"
#include "model/value.h"
#include "parse/hcl/hcl_ast.h"

namespace cxlint::model {

/// A declaration in a module folder: the block or attribute and the document it is written in.
template <typename Node>
struct Declared {
  const Node* node = nullptr;
  const Document* document = nullptr;

  /// The location of `span` in this declaration's file.
  Location At(Span span) const { return Location{document->source, span, {}}; }
};

/// A `resource` or `data` block.
struct ResourceDecl {
  std::string type;   // "genesyscloud_flow"
  std::string name;   // "order_status"
  Declared<parse::hcl::Block> block;
};

/// Everything declared in the `.tf` files of one folder.
struct ModuleConfig {
  std::string dir;  // as walked: "examples/black-friday/modules/flow"
  std::vector<const Document*> files;
  std::map<std::string, Declared<parse::hcl::Block>> variables;
  std::map<std::string, Declared<parse::hcl::Attribute>> locals;
  std::map<std::string, Declared<parse::hcl::Block>> outputs;
  std::map<std::string, Declared<parse::hcl::Block>> module_calls;
  std::vector<ResourceDecl> resources;
  std::vector<ResourceDecl> data_sources;
  /// `terraform { ... }` blocks: required_providers and their version constraints.
  std::vector<Declared<parse::hcl::Block>> terraform_blocks;

  /// The resource `type.name`, or null.
  const ResourceDecl* FindResource(const std::string& type, const std::string& name) const;
};

/// One use of a module folder: the root itself, or a `module` block with its inputs.
struct ModuleInstance {
  const ModuleConfig* config = nullptr;
  const ModuleInstance* parent = nullptr;
  std::string address;      // "" for a root, "module.flow", "module.flow.module.x"
  std::string path_module;  // path.module as Terraform sees it, relative to the root: ".", "modules/flow"
  std::string root_dir;     // the root module's folder as walked, where relative paths are resolved
  /// The `module` blocks that lead here from the root, outermost first.
  std::vector<RelatedLocation> call_chain;
  /// The `module` block that creates this instance (in the parent's folder); null for a root.
  const Declared<parse::hcl::Block>* call = nullptr;
  std::map<std::string, std::unique_ptr<ModuleInstance>> children;

  /// Input variables with their final values. A root's are set when it is built (defaults,
  /// tfvars, --var); a module's are evaluated on first use from the module block's arguments,
  /// so sibling modules can feed each other in any order.
  mutable std::map<std::string, Value> variables;
  mutable std::set<std::string> variables_in_progress;

  // Locals are evaluated on first use; the set catches reference cycles.
  mutable std::map<std::string, Value> local_values;
  mutable std::set<std::string> locals_in_progress;
  mutable std::map<std::string, Value> output_values;
  mutable std::set<std::string> outputs_in_progress;

  /// "module.flow." or "" for a root: the prefix of resource addresses in this instance.
  std::string AddressPrefix() const { return address.empty() ? "" : address + "."; }
};

}  // namespace cxlint::model
