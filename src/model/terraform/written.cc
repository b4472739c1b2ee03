#include "model/terraform/written.h"

#include "model/terraform/provider_schema.h"

namespace cxlint::model {

namespace {

using parse::hcl::Expression;
using parse::hcl::ExprKind;

// Calls `visit` on `root` and everything below it, parents before children, in the order
// written. Iterative: expressions can nest as deep as the parser allows.
template <typename Visit>
void VisitInOrder(const Expression& root, Visit visit) {
  std::vector<const Expression*> stack{&root};
  while (!stack.empty()) {
    const Expression& expression = *stack.back();
    stack.pop_back();
    for (auto it = expression.children.rbegin(); it != expression.children.rend(); ++it) stack.push_back(&*it);
    visit(expression);
  }
}

// The first name of a reference (`input` of `input.orderId`), or empty.
std::string_view RootName(const Expression& expression) {
  if (expression.kind == ExprKind::kVariable) return expression.name();
  if (expression.kind == ExprKind::kTraversal && !expression.children.empty() &&
      expression.children[0].kind == ExprKind::kVariable)
    return expression.children[0].name();
  return {};
}

// An object key written as a bare word or a literal string.
std::optional<std::string> KeyName(const Expression& key) {
  if (key.kind == ExprKind::kVariable) return std::string(key.name());
  if (key.kind == ExprKind::kTemplate && key.IsStringLiteral()) return std::string(key.value());
  return std::nullopt;
}

WrittenAttribute AsWritten(const parse::hcl::Attribute& attribute) {
  return {attribute.name, attribute.span, WrittenExpression(attribute.expression)};
}

}  // namespace

std::optional<std::string_view> WrittenExpression::StringLiteral() const {
  if (!expression_->IsStringLiteral()) return std::nullopt;
  return std::string_view(expression_->value());
}

std::optional<bool> WrittenExpression::BoolLiteral() const {
  if (expression_->kind != ExprKind::kBool) return std::nullopt;
  return expression_->bool_value;
}

bool WrittenExpression::IsObject() const { return expression_->kind == ExprKind::kObject; }

std::vector<WrittenItem> WrittenExpression::Items() const {
  std::vector<WrittenItem> items;
  if (!IsObject()) return items;
  for (size_t i = 0; i < expression_->ObjectSize(); ++i)
    items.push_back({KeyName(expression_->ObjectKey(i)), WrittenExpression(expression_->ObjectValue(i))});
  return items;
}

std::vector<NameReference> WrittenExpression::References() const {
  std::vector<NameReference> references;
  VisitInOrder(*expression_, [&](const Expression& expression) {
    if (expression.kind != ExprKind::kTraversal || expression.children.size() < 2 ||
        expression.children[0].kind != ExprKind::kVariable || expression.children[1].kind != ExprKind::kGetAttr)
      return;
    const std::string_view root = expression.children[0].name();
    if (root == "var" || root == "local")
      references.push_back({root == "local", std::string(expression.children[1].name())});
  });
  return references;
}

std::vector<Interpolation> WrittenExpression::Interpolations() const {
  std::vector<Interpolation> interpolations;
  VisitInOrder(*expression_, [&](const Expression& expression) {
    if (expression.kind == ExprKind::kInterpolation && !expression.children.empty())
      interpolations.push_back({expression.span, RootName(expression.children[0])});
  });
  return interpolations;
}

std::vector<std::string_view> WrittenExpression::ForVariables() const {
  std::vector<std::string_view> names;
  VisitInOrder(*expression_, [&](const Expression& expression) {
    if (expression.kind != ExprKind::kFor && expression.kind != ExprKind::kTemplateFor) return;
    names.push_back(expression.name());
    if (!expression.key_name().empty()) names.push_back(expression.key_name());
  });
  return names;
}

std::vector<WrittenAttribute> WrittenBody::Attributes() const {
  std::vector<WrittenAttribute> attributes;
  attributes.reserve(body_->attributes.size());
  for (const parse::hcl::Attribute& attribute : body_->attributes) attributes.push_back(AsWritten(attribute));
  return attributes;
}

std::optional<WrittenAttribute> WrittenBody::Attribute(std::string_view name) const {
  const parse::hcl::Attribute* attribute = body_->FindAttribute(name);
  if (!attribute) return std::nullopt;
  return AsWritten(*attribute);
}

std::vector<WrittenBlock> WrittenBody::Blocks() const {
  std::vector<WrittenBlock> blocks;
  blocks.reserve(body_->blocks.size());
  for (const parse::hcl::Block& block : body_->blocks)
    blocks.push_back({block.type, block.type_span, WrittenBody(block.body)});
  return blocks;
}

std::vector<WrittenBlock> WrittenBody::ProviderBlocks() const {
  std::vector<WrittenBlock> written;
  for (const parse::hcl::Block& block : body_->blocks) {
    if (block.type == "dynamic") {
      if (block.labels.empty()) continue;
      const parse::hcl::Block* content = block.body.FindBlock("content");
      const parse::hcl::Body& generated = content ? content->body : block.body;
      written.push_back({block.labels[0].value, block.labels[0].span, WrittenBody(generated)});
      continue;
    }
    if (IsMetaArgument(block.type)) continue;
    written.push_back({block.type, block.type_span, WrittenBody(block.body)});
  }
  return written;
}

std::optional<WrittenBody> WrittenBody::Block(std::string_view type) const {
  const parse::hcl::Block* block = body_->FindBlock(type);
  if (!block) return std::nullopt;
  return WrittenBody(block->body);
}

WrittenBody Written(const Declared<parse::hcl::Block>& declared) { return WrittenBody(declared.node->body); }

WrittenExpression Written(const Declared<parse::hcl::Attribute>& declared) {
  return WrittenExpression(declared.node->expression);
}

std::optional<WrittenBody> WrittenVariables(const Document& document) {
  if (!document.hcl) return std::nullopt;
  return WrittenBody(*document.hcl);
}

}  // namespace cxlint::model
