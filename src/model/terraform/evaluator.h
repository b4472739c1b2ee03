#pragma once
// Evaluates HCL expressions in a module instance, as Terraform would at plan time, and says
// "unknown" (with the reason) wherever Terraform would need the provider or a remote lookup.

#include <map>
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

  /// The value of `expression`; never throws for bad input.
  Value Evaluate(const parse::hcl::Expression& expression) const;

 private:
  using Names = std::map<std::string, Value, std::less<>>;

  Value Eval(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Template(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Traversal(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Root(const parse::hcl::Expression& root, const std::vector<const parse::hcl::Expression*>& steps,
             size_t& used_steps, const Names& names) const;
  Value Step(const Value& base, const parse::hcl::Expression& step, const Names& names, int depth) const;
  Value Call(const parse::hcl::Expression& call, const Names& names, int depth) const;
  Value For(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Splat(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Binary(const parse::hcl::Expression& expression, const Names& names, int depth) const;
  Value Local(const std::string& name) const;
  Value Variable(const std::string& name) const;
  Value ModuleOutput(const std::string& module, const std::string& output) const;
  Value ResourceAttribute(const std::string& type, const std::string& name,
                          const std::vector<const parse::hcl::Expression*>& steps, size_t& used_steps) const;

  const ModuleInstance& instance_;
};

}  // namespace cxlint::model
