#pragma once
// Resources from a plan in JSON (`terraform show -json`): each resource instance Terraform plans
// to have, with its planned values as literal expressions whose spans point into the plan file.

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "model/project.h"
#include "model/terraform/json_expression.h"
#include "model/terraform/module.h"
#include "parse/hcl/hcl_ast.h"

namespace cxlint::model {

/// One resource instance of a plan.
struct PlanResource {
  std::string type;
  std::string name;
  std::string address;         // "module.flow.genesyscloud_flow.inbound", instance keys kept: "x[0]"
  std::string module_address;  // "module.flow", "" for the root module
  bool is_data = false;
  /// `resource "type" "name" { ... }` built from the planned values; its type span and labels
  /// point at the `"address"` value, its body at the `"values"` object.
  const parse::hcl::Block* block = nullptr;
  /// A module instance standing for the resource's module; its values are literal, so it holds
  /// nothing but the unknown values the body refers to.
  const ModuleInstance* instance = nullptr;
};

/// The resources of one plan document, and the blocks, strings and instances they point into.
class Plan {
 public:
  /// Reads a kTerraformPlan document: the resources of `planned_values` (or, without it, those of
  /// `resource_changes` that are not deleted), with `after_unknown` and `after_sensitive` from the
  /// matching resource change. An unknown leaf becomes an unknown value that, where the
  /// configuration's references lead to a resource attribute, names it as a `.tf` evaluation
  /// would ("genesyscloud_integration.crm.id is known only after apply"); a sensitive leaf is
  /// unknown as "sensitive in the plan". A wrong shape becomes a CX001 and is skipped.
  static std::unique_ptr<Plan> Read(const Document& document, std::vector<Finding>& findings);

  /// Every resource instance, modules in the plan's order.
  const std::vector<PlanResource>& resources() const { return resources_; }

 private:
  friend class PlanReader;

  parse::hcl::SyntaxStore store_;  // of the trees read from plan values
  std::deque<parse::hcl::Block> blocks_;
  std::deque<ModuleConfig> configs_;
  std::deque<ModuleInstance> instances_;
  std::vector<PlanResource> resources_;
};

/// A resource address without its instance keys: "module.a[0].x.y[\"k\"]" -> "module.a.x.y", as
/// a `.tf` resource's address is written.
std::string WithoutInstanceKeys(std::string_view address);

}  // namespace cxlint::model
