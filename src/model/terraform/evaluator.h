#pragma once
// Evaluates HCL expressions in a module instance, as Terraform would at plan time, and says
// "unknown" (with the reason) wherever Terraform would need the provider or a remote lookup.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/terraform/module.h"
#include "model/value.h"
#include "parse/hcl/hcl_ast.h"

namespace cxlint::model {

/// Evaluates expressions of one module instance.
class Evaluator {
 public:
  explicit Evaluator(const ModuleInstance& instance) : instance_(instance) {}

  /// The value of `expression`; never throws for bad input. The evaluation stays within the
  /// instance's EvalBudget: past it, the value is an error naming the budget.
  Value Evaluate(const parse::hcl::Expression& expression) const;

 private:
  using Names = std::map<std::string, Value, std::less<>>;

  Value Eval(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value EvalNode(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Template(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Traversal(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Root(const parse::hcl::Expression& root, const std::vector<const parse::hcl::Expression*>& steps,
             size_t& used_steps, const Names& names, int depth) const;
  Value Step(const Value& base, const parse::hcl::Expression& step, const Names& names, int depth) const;
  Value Call(const parse::hcl::Expression& call, const Names& names, int depth) const;
  Value For(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Splat(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Binary(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  // One binary operator `expression` applied to its evaluated operands.
  Value Apply(const parse::hcl::Expression& expression, const Value& left, const Value& right) const;
  Value Local(const std::string& name, int depth) const;
  Value Variable(const std::string& name, int depth) const;
  Value ModuleOutput(const std::string& module, const std::string& output, int depth) const;
  Value ResourceAttribute(const std::string& type, const std::string& name,
                          const std::vector<const parse::hcl::Expression*>& steps, size_t& used_steps, int depth) const;
  /// The named value `key` of `owner`: memoised, evaluated by `compute(depth)` the first time,
  /// an error when it depends on itself.
  Value Named(const ModuleInstance& owner, const std::string& key, int depth,
              const std::function<Value(int depth)>& compute) const;

  EvalBudget& budget() const { return instance_.budget ? *instance_.budget : own_budget_; }
  /// The error for a budget that has run out, or null while there is room.
  std::optional<Value> OverBudget() const;

  const ModuleInstance& instance_;
  mutable EvalBudget own_budget_;
};

}  // namespace cxlint::model
