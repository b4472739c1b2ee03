#include "parse/hcl/hcl_ast.h"

#include <charconv>
#include <limits>
#include <stdexcept>

namespace cxlint::parse::hcl {

const Expression& ExprList::at(size_t i) const {
  if (i >= size_) throw std::out_of_range("expression child " + std::to_string(i) + " of " + std::to_string(size_));
  return data_[i];
}

double Expression::number() const {
  const std::string_view value = text_;
  double result = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
  (void)end;
  if (error == std::errc::result_out_of_range) {
    // Too large is infinite and too small is zero, as a double can hold them (JSON numbers may
    // carry a sign; HCL's never do).
    const size_t exponent = value.find_first_of("eE");
    const bool tiny = exponent != std::string_view::npos && exponent + 1 < value.size() && value[exponent + 1] == '-';
    const double magnitude = tiny ? 0.0 : std::numeric_limits<double>::infinity();
    return !value.empty() && value[0] == '-' ? -magnitude : magnitude;
  }
  return result;
}

bool Expression::IsStringLiteral() const {
  if (kind != ExprKind::kTemplate) return false;
  for (const Expression& part : children) {
    if (part.kind != ExprKind::kLiteralPart) return false;
  }
  return true;
}

const Attribute* Body::FindAttribute(std::string_view wanted) const {
  for (const Attribute& attribute : attributes) {
    if (attribute.name == wanted) return &attribute;
  }
  return nullptr;
}

const Block* Body::FindBlock(std::string_view wanted) const {
  for (const Block& block : blocks) {
    if (block.type == wanted) return &block;
  }
  return nullptr;
}

std::string_view ExprKindName(ExprKind kind) {
  switch (kind) {
    case ExprKind::kNumber: return "number";
    case ExprKind::kBool: return "bool";
    case ExprKind::kNull: return "null";
    case ExprKind::kTemplate: return "template";
    case ExprKind::kLiteralPart: return "literal part";
    case ExprKind::kInterpolation: return "interpolation";
    case ExprKind::kTemplateIf: return "template if";
    case ExprKind::kTemplateFor: return "template for";
    case ExprKind::kVariable: return "variable";
    case ExprKind::kTraversal: return "traversal";
    case ExprKind::kGetAttr: return "attribute access";
    case ExprKind::kIndex: return "index";
    case ExprKind::kLegacyIndex: return "legacy index";
    case ExprKind::kSplat: return "splat";
    case ExprKind::kSplatItem: return "splat item";
    case ExprKind::kFunctionCall: return "function call";
    case ExprKind::kTuple: return "tuple";
    case ExprKind::kObject: return "object";
    case ExprKind::kFor: return "for";
    case ExprKind::kConditional: return "conditional";
    case ExprKind::kUnary: return "unary";
    case ExprKind::kBinary: return "binary";
    case ExprKind::kParens: return "parentheses";
  }
  return "expression";
}

std::string_view OperatorText(Operator op) {
  switch (op) {
    case Operator::kNone: return "";
    case Operator::kNot: return "!";
    case Operator::kNegate: return "-";
    case Operator::kOr: return "||";
    case Operator::kAnd: return "&&";
    case Operator::kEqual: return "==";
    case Operator::kNotEqual: return "!=";
    case Operator::kLess: return "<";
    case Operator::kLessEqual: return "<=";
    case Operator::kGreater: return ">";
    case Operator::kGreaterEqual: return ">=";
    case Operator::kAdd: return "+";
    case Operator::kSubtract: return "-";
    case Operator::kMultiply: return "*";
    case Operator::kDivide: return "/";
    case Operator::kModulo: return "%";
  }
  return "";
}

bool IsStaticTraversal(const Expression& expression) {
  if (expression.kind == ExprKind::kVariable) return true;
  if (expression.kind != ExprKind::kTraversal || expression.children.empty()) return false;
  if (expression.children[0].kind != ExprKind::kVariable) return false;
  for (size_t i = 1; i < expression.children.size(); ++i) {
    const Expression& step = expression.children[i];
    if (step.kind != ExprKind::kIndex) continue;
    const Expression& key = step.children[0];
    const bool literal = key.kind == ExprKind::kNumber || key.kind == ExprKind::kBool || key.kind == ExprKind::kNull ||
                         key.IsStringLiteral();
    if (!literal) return false;
  }
  return true;
}

}  // namespace cxlint::parse::hcl
