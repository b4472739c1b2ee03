#pragma once
// Terraform configuration as written, for the rules: the attributes and nested blocks of a body
// and the expressions they hold, with their spans, and the facts rules read from how a value is
// written (a literal string, an object's keys, the variables and locals it reads, its `${...}`
// interpolations). A view over the syntax tree the model keeps: rules judge what was written
// through it (and evaluate it through the resource), and never walk the tree themselves.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_file.h"
#include "model/terraform/module.h"
#include "parse/hcl/hcl_ast.h"

namespace cxlint::model {

struct WrittenItem;

/// A `var.NAME` or `local.NAME` reference.
struct NameReference {
  bool local = false;  // local.NAME; var.NAME otherwise
  std::string name;
};

/// A `${...}` interpolation in a string, with the first name of what it reads.
struct Interpolation {
  Span span;              // from `${` to `}`
  std::string_view root;  // `input` of `${input.orderId}`; empty when it reads no name first
};

/// One expression as written.
class WrittenExpression {
 public:
  explicit WrittenExpression(const parse::hcl::Expression& expression) : expression_(&expression) {}

  Span span() const { return expression_->span; }
  /// The text of a quoted string with no interpolation or directive; nullopt for anything else.
  std::optional<std::string_view> StringLiteral() const;
  /// `true` or `false` written as such; nullopt for anything else.
  std::optional<bool> BoolLiteral() const;
  /// True for an object constructor, `{ key = value, ... }`.
  bool IsObject() const;
  /// The items of an object constructor in the order written; empty for anything else.
  std::vector<WrittenItem> Items() const;
  /// Every `var.NAME` and `local.NAME` the expression reads, outermost first, in the order written.
  std::vector<NameReference> References() const;
  /// Every `${...}` in it, nested ones too, in the order written.
  std::vector<Interpolation> Interpolations() const;
  /// The names its `for` expressions and `%{for}` directives bind (Terraform's, within it).
  std::vector<std::string_view> ForVariables() const;

  /// The syntax tree, for the model's evaluator.
  const parse::hcl::Expression& syntax() const { return *expression_; }

 private:
  const parse::hcl::Expression* expression_;
};

/// One `key = value` item of an object constructor.
struct WrittenItem {
  /// The key written as a bare word or a literal string; nullopt for a key computed by an expression.
  std::optional<std::string> key;
  WrittenExpression value;
};

/// One `name = value` attribute.
struct WrittenAttribute {
  std::string_view name;
  Span span;  // from the name to the end of the value
  WrittenExpression value;
};

struct WrittenBlock;

/// The attributes and nested blocks of a file, a block or a `dynamic` block's content.
class WrittenBody {
 public:
  explicit WrittenBody(const parse::hcl::Body& body) : body_(&body) {}

  /// The attributes in the order written.
  std::vector<WrittenAttribute> Attributes() const;
  /// The attribute `name`, or nullopt.
  std::optional<WrittenAttribute> Attribute(std::string_view name) const;
  /// The nested blocks in the order written, each under its type (a `dynamic` block as "dynamic").
  std::vector<WrittenBlock> Blocks() const;
  /// The blocks a provider reads: every nested block but Terraform's `lifecycle`, `provisioner` and
  /// `connection`, with `dynamic "name" { content { ... } }` as the `name` block it generates.
  std::vector<WrittenBlock> ProviderBlocks() const;
  /// The first nested block of this type, or nullopt.
  std::optional<WrittenBody> Block(std::string_view type) const;

 private:
  const parse::hcl::Body* body_;
};

/// A nested block as written.
struct WrittenBlock {
  std::string_view name;  // the block type, or for a generated block the label of its `dynamic` block
  Span name_span;
  WrittenBody body;
};

/// The `variable` block, a `module` call or any other block declared in a module folder.
WrittenBody Written(const Declared<parse::hcl::Block>& declared);
/// The value of a `locals` entry.
WrittenExpression Written(const Declared<parse::hcl::Attribute>& declared);
/// The attributes of a `.tfvars` file; null when the document is not HCL.
std::optional<WrittenBody> WrittenVariables(const Document& document);

}  // namespace cxlint::model
