#pragma once
// Evaluates HCL expressions in a module instance, as Terraform would at plan time, and says
// "unknown" (with the reason) wherever Terraform would need the provider or a remote lookup.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/offset_map.h"
#include "base/source_file.h"
#include "model/terraform/module.h"
#include "model/value.h"
#include "parse/hcl/hcl_ast.h"

namespace cxlint::model {

/// The name that marks evaluation inside a template file (no name of HCL can hold the byte).
inline constexpr std::string_view kTemplateScope = "\x01template";

/// A template file rendered as Terraform's templatefile() renders it.
struct RenderedTemplate {
  /// The template file as read; null when it could not be read.
  SourcePtr file;
  /// The rendered text. An interpolation whose value cxlint cannot know keeps its `${...}` text
  /// there, never a guess; `value` is then unknown.
  std::string text;
  /// Offsets in `text` -> offsets in `file`.
  OffsetMap map;
  /// What templatefile() returns: the text, or an unknown or error value saying why not.
  Value value;
  /// Set when `text` is not the template's whole rendering: a directive's condition or
  /// collection is unknown, or the template is in error. `value` says why.
  bool incomplete = false;
  /// For a template that does not parse: the offset in `file` of the first error.
  std::optional<uint32_t> parse_error_offset;
};

/// A condition's value as Terraform converts it: a boolean, or the strings "true" and "false".
std::optional<bool> AsBool(const Value& value);

/// Evaluates expressions of one module instance.
class Evaluator {
 public:
  explicit Evaluator(const ModuleInstance& instance) : instance_(instance) {}

  /// The value of `expression`; never throws for bad input. The evaluation stays within the
  /// instance's EvalBudget: past it, the value is an error naming the budget.
  Value Evaluate(const parse::hcl::Expression& expression) const;

  /// Renders the template of a `templatefile(path, vars)` call written in this instance: its
  /// `${}` interpolations, `%{if}` and `%{for}` directives and strip markers, with `vars` as the
  /// only names it sees (as in Terraform). Bounded by the instance's EvalBudget.
  RenderedTemplate RenderTemplateFile(const parse::hcl::Expression& call) const;

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
  // templatefile(): defined in template_file.cc with the renderer.
  RenderedTemplate TemplateFile(const parse::hcl::Expression& call, const Names& names, int depth) const;
  // Appends the rendering of `parts` (a template's children) to `out`; false when it stops.
  bool RenderParts(const parse::hcl::ExprList& parts, uint32_t shift, const Names& names, int depth,
                   RenderedTemplate& out) const;
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
