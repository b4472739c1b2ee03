#pragma once
// Terraform modules as cxlint sees them: a folder's declarations, and instances of it with inputs.

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/file_read.h"
#include "base/finding.h"
#include "model/project.h"
#include "model/terraform/regex.h"
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
  std::string type;  // "genesyscloud_flow"
  std::string name;  // "order_status"
  Declared<parse::hcl::Block> block;
};

/// Everything declared in the `.tf` files of one folder.
struct ModuleConfig {
  std::string dir;  // as walked: "examples/black-friday/modules/flow"
  /// For a module `terraform init` downloaded (read through modules.json, never walked): the
  /// source its call names ("git::https://..."); empty for the user's own folders.
  std::string downloaded_from;
  std::vector<const Document*> files;
  std::map<std::string, Declared<parse::hcl::Block>> variables;
  std::map<std::string, Declared<parse::hcl::Attribute>> locals;
  std::map<std::string, Declared<parse::hcl::Block>> outputs;
  std::map<std::string, Declared<parse::hcl::Block>> module_calls;
  std::vector<ResourceDecl> resources;
  std::vector<ResourceDecl> data_sources;
  /// `terraform { ... }` blocks: required_providers and their version constraints.
  std::vector<Declared<parse::hcl::Block>> terraform_blocks;

  /// Where each `type.name` is in `resources` (the first of a repeated name); AddResource keeps it.
  std::unordered_map<std::string, size_t> resource_index;

  void AddResource(ResourceDecl resource);
  /// The resource `type.name`, or null.
  const ResourceDecl* FindResource(const std::string& type, const std::string& name) const;
};

/// Limits that keep a hostile configuration from taking unbounded time or memory; one per model,
/// shared by all its module instances. Reaching one makes the value an error that says which.
struct EvalBudget {
  uint64_t max_steps = 1'000'000;                // expression nodes evaluated for one top-level expression
  uint64_t max_total_steps = 50'000'000;         // ... for the whole model
  uint64_t max_value_bytes = 16ull << 20;        // the weight of one value (Value::Weight)
  uint64_t max_named_bytes = 256ull << 20;       // the weight of all memoised named values together
  uint64_t max_file_size = kDefaultMaxFileSize;  // file() and templatefile()
  uint64_t max_regex_search_bytes = kDefaultRegexSearchBytes;  // text regex(), regexall(), replace() search in all
  uint64_t steps = 0;
  uint64_t total_steps = 0;
  uint64_t named_bytes = 0;
  uint64_t regex_search_bytes = 0;
};

/// One use of a module folder: the root itself, or a `module` block with its inputs.
struct ModuleInstance {
  const ModuleConfig* config = nullptr;
  const ModuleInstance* parent = nullptr;
  std::string address;       // "" for a root, "module.flow", "module.flow.module.x"
  std::string path_module;   // path.module as Terraform sees it, relative to the root: ".", "modules/flow"
  std::string root_dir;      // the root module's folder as walked, where relative paths are resolved
  std::string manifest_key;  // its key in modules.json: "" for a root, "flow", "flow.x"
  /// The `module` blocks that lead here from the root, outermost first.
  std::vector<RelatedLocation> call_chain;
  /// The `module` block that creates this instance (in the parent's folder); null for a root.
  const Declared<parse::hcl::Block>* call = nullptr;
  std::map<std::string, std::unique_ptr<ModuleInstance>> children;

  /// The model's evaluation budget; null for a throwaway instance (the evaluator then uses its own).
  EvalBudget* budget = nullptr;

  /// Input variables of a root, set when it is built (defaults, tfvars, --var).
  std::map<std::string, Value> variables;

  /// Every named value of this instance, evaluated once on first use and kept: "local.NAME",
  /// "var.NAME" (of a module, from the module block's arguments, so sibling modules can feed each
  /// other in any order), "output.NAME", "TYPE.NAME.ATTRIBUTE". The one set of names being
  /// evaluated catches every reference cycle, whatever kinds of names it goes through.
  mutable std::map<std::string, Value> named_values;
  mutable std::set<std::string> in_progress;

  /// "module.flow." or "" for a root: the prefix of resource addresses in this instance.
  std::string AddressPrefix() const { return address.empty() ? "" : address + "."; }
};

}  // namespace cxlint::model
