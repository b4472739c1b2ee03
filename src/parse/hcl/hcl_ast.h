#pragma once
// The syntax tree of an HCL2 native-syntax file: bodies of attributes and blocks, and expressions.
// Every node carries the byte span of its text; names and literal text view the parsed text,
// which must outlive the tree, and children live in a SyntaxStore (hcl_syntax_store.h).

#include <cstdint>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/source_file.h"

namespace cxlint::parse::hcl {

/// What an expression node is; the comment on each says how its children are laid out.
enum class ExprKind : uint8_t {
  kNumber,         // `value` holds the digits as written, `number()` their value
  kBool,           // `bool_value`
  kNull,           //
  kTemplate,       // a quoted string or heredoc; children are its parts (kLiteralPart,
                   // kInterpolation, kTemplateIf, kTemplateFor); `value` is set when all are literal
  kLiteralPart,    // literal text of a template, escapes decoded and strip markers applied: `value`
  kInterpolation,  // `${ expr }`: children[0] is expr
  kTemplateIf,     // `%{if c}..%{else}..%{endif}`: children = {c, kTemplate then, kTemplate else}
  kTemplateFor,    // `%{for k, v in c}..%{endfor}`: children = {c, kTemplate body}; names in
                   // `key_name()` (may be empty) and `name`
  kVariable,       // a bare name such as `var` in `var.x`: `name`
  kTraversal,      // children[0] is the source, children[1..] steps (kGetAttr, kIndex, kLegacyIndex)
  kGetAttr,        // traversal step `.name`: `name`
  kIndex,          // traversal step `[key]`: children[0] is key
  kLegacyIndex,    // traversal step `.0`: `value` the digits, `number()` their value
  kSplat,          // `src[*].each` or `src.*.each`: children = {src, each}, where each is built on
                   // a kSplatItem standing for one element; `attr_only` for `.*`
  kSplatItem,      // the element a splat's `each` expression starts from (span of `[*]` or `.*`)
  kFunctionCall,   // `name(args...)`: children are the arguments; `expand_final` for `f(x...)`
  kTuple,          // `[a, b]`: children are the elements
  kObject,         // `{k = v, ...}`: children alternate key, value (see ObjectKey/ObjectValue)
  kFor,            // `[for k, v in c : x if p]` / `{for ... : k => v...}`: see For* accessors
  kConditional,    // `c ? a : b`: children = {c, a, b}
  kUnary,          // `op x`: children[0] is x
  kBinary,         // `a op b`: children = {a, b}
  kParens,         // `(x)`: children[0] is x
};

/// The operator of a kUnary or kBinary expression.
enum class Operator : uint8_t {
  kNone,
  kNot,
  kNegate,
  kOr,
  kAnd,
  kEqual,
  kNotEqual,
  kLess,
  kLessEqual,
  kGreater,
  kGreaterEqual,
  kAdd,
  kSubtract,
  kMultiply,
  kDivide,
  kModulo,
};

/// The most binary operators in one attribute's expression: a flat chain (a + b + c + ...) is not
/// nesting and HCL accepts any length; cxlint accepts this many.
inline constexpr size_t kMaxChainOperators = 4096;

struct Expression;

/// The children of an expression: nodes side by side in the SyntaxStore that owns the tree.
class ExprList {
 public:
  ExprList() = default;
  ExprList(Expression* data, uint32_t size) : data_(data), size_(size) {}

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Expression* begin() const { return data_; }
  const Expression* end() const;
  const Expression& operator[](size_t i) const;
  /// Item `i`; throws std::out_of_range past the end.
  const Expression& at(size_t i) const;
  std::reverse_iterator<const Expression*> rbegin() const;
  std::reverse_iterator<const Expression*> rend() const;
  const Expression& front() const { return *data_; }
  const Expression& back() const { return (*this)[size_ - 1]; }
  /// The first `count` items (at most all).
  ExprList First(size_t count) const { return ExprList(data_, count < size_ ? static_cast<uint32_t>(count) : size_); }
  /// The items to change, for the code that builds a tree in a store it owns.
  std::span<Expression> Writable();

 private:
  Expression* data_ = nullptr;
  uint32_t size_ = 0;
};

/// One expression node; which fields mean something depends on `kind` (see ExprKind). Nodes are
/// small values copied freely: a large file holds a few hundred thousand.
struct Expression {
  ExprKind kind = ExprKind::kNull;
  Operator op = Operator::kNone;
  /// Levels of nodes in this subtree (1 for a leaf); the parser keeps it at most kMaxDepth. A
  /// binary operator's left operand of the same chain (a + b + c) does not add a level; an
  /// attribute holds at most kMaxChainOperators binary operators.
  uint16_t height = 1;
  bool bool_value : 1 = false;     // kBool
  bool heredoc : 1 = false;        // kTemplate written as <<EOT or <<-EOT
  bool flush : 1 = false;          // kTemplate written as <<-EOT (indentation removed)
  bool strip_left : 1 = false;     // kInterpolation, kTemplateIf, kTemplateFor opened with `${~` / `%{~`
  bool strip_right : 1 = false;    // ... closed with `~}`
  bool expand_final : 1 = false;   // kFunctionCall whose last argument is followed by `...`
  bool object_for : 1 = false;     // kFor written with braces (builds an object)
  bool group : 1 = false;          // kFor object whose value is followed by `...`
  bool has_key : 1 = false;        // kFor with a `key =>` expression
  bool has_condition : 1 = false;  // kFor with an `if` clause
  bool attr_only : 1 = false;      // kSplat written `.*`
  Span span;
  ExprList children;

  /// kVariable, kGetAttr, kFunctionCall (as written); the value variable of kFor and kTemplateFor.
  std::string_view name() const { return ForKind() ? for_names_[1] : text_; }
  /// kLiteralPart, literal kTemplate, kNumber and kLegacyIndex digits.
  std::string_view value() const { return ForKind() ? std::string_view() : text_; }
  /// The key variable of a kFor or kTemplateFor, empty when absent.
  std::string_view key_name() const { return ForKind() ? for_names_[0] : std::string_view(); }
  /// Sets the name, or the value, of a node of any kind but kFor and kTemplateFor.
  void SetName(std::string_view name) { text_ = name; }
  void SetValue(std::string_view value) { text_ = value; }
  /// Sets the variables of a kFor or kTemplateFor (its kind set first): `names` holds the key
  /// variable (empty when absent), then the value variable, and lives as long as the tree.
  void SetForNames(const std::string_view* names) { for_names_ = names; }

  /// True for a template without interpolations or directives: its text is `value()`.
  bool IsStringLiteral() const;
  /// The value of a kNumber or kLegacyIndex (infinite when too large for a double).
  double number() const;
  /// Number of key/value items of a kObject.
  size_t ObjectSize() const { return children.size() / 2; }
  /// The key of item `i` of a kObject (a bare `name` key is a kVariable).
  const Expression& ObjectKey(size_t i) const { return children[2 * i]; }
  /// The value of item `i` of a kObject.
  const Expression& ObjectValue(size_t i) const { return children[2 * i + 1]; }
  /// The collection a kFor iterates.
  const Expression& ForCollection() const { return children[0]; }
  /// The `key =>` expression of a kFor, or null.
  const Expression* ForKey() const { return has_key ? &children[1] : nullptr; }
  /// The value expression of a kFor.
  const Expression& ForValue() const { return children[has_key ? 2 : 1]; }
  /// The `if` condition of a kFor, or null.
  const Expression* ForCondition() const { return has_condition ? &children.back() : nullptr; }

 private:
  bool ForKind() const { return kind == ExprKind::kFor || kind == ExprKind::kTemplateFor; }

  // A node holds one text: its name or its value, by kind. Only for expressions and %{for}
  // directives name two variables; theirs are kept side by side in the tree's store.
  union {
    std::string_view text_ = {};
    const std::string_view* for_names_;  // kFor, kTemplateFor: {key, value}
  };
};

// Stores copy nodes bytewise and never destroy them.
static_assert(std::is_trivially_copyable_v<Expression> && std::is_trivially_destructible_v<Expression>);

inline const Expression* ExprList::end() const { return data_ + size_; }
inline const Expression& ExprList::operator[](size_t i) const { return data_[i]; }
inline std::span<Expression> ExprList::Writable() { return {data_, size_}; }
inline std::reverse_iterator<const Expression*> ExprList::rbegin() const { return std::reverse_iterator(end()); }
inline std::reverse_iterator<const Expression*> ExprList::rend() const { return std::reverse_iterator(begin()); }

/// `name = expression`.
struct Attribute {
  std::string_view name;
  Span name_span;
  Expression expression;
  Span span;  // from the name to the end of the expression
};

/// A block label: quoted (`"x"`, escapes decoded) or a bare identifier.
struct Label {
  std::string value;
  Span span;  // includes the quotes of a quoted label
};

struct Block;

/// The attributes and nested blocks of a file or block, each list in source order.
struct Body {
  std::vector<Attribute> attributes;
  std::vector<Block> blocks;
  Span span;  // the whole file, or a block's braces and what is between them

  /// The attribute called `name`, or null.
  const Attribute* FindAttribute(std::string_view name) const;
  /// The first block of type `type`, or null.
  const Block* FindBlock(std::string_view type) const;
};

/// `type label... { body }`.
struct Block {
  std::string_view type;
  Span type_span;
  std::vector<Label> labels;
  Body body;
  Span span;  // from the type to the closing brace
};

/// The exact source text of `span` in `text`.
inline std::string_view SourceText(std::string_view text, Span span) {
  return text.substr(span.begin, span.end - span.begin);
}

/// A short lowercase name of an expression kind, for messages and dumps ("function call").
std::string_view ExprKindName(ExprKind kind);

/// The operator as written in HCL ("&&", "!", ...); empty for kNone.
std::string_view OperatorText(Operator op);

/// True for a traversal HCL evaluates statically: a variable followed only by attribute
/// names and literal indexes (`var.x[0]["k"]`), or a bare variable.
bool IsStaticTraversal(const Expression& expression);

}  // namespace cxlint::parse::hcl
