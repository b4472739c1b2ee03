#pragma once
// JSON values read as HCL expressions, the way Terraform reads `.tf.json` and plan values: strings
// as templates (`"${var.x}"`), as plain text, or as whole expressions (`"aws.west"`), with every
// span pointing into the JSON file on disk.

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "parse/hcl/hcl_ast.h"
#include "parse/tree.h"

namespace cxlint::model {

/// The strings an HCL tree built from JSON views: block types, attribute names, and the small HCL
/// sources its templates were parsed from. Strings never move once kept (a deque of them), so
/// the `string_view`s in the tree stay valid for as long as this owner lives.
class SyntaxStrings {
 public:
  /// Keeps `text` and returns a view of the kept copy.
  std::string_view Keep(std::string text);

 private:
  std::deque<std::string> texts_;
};

/// How a JSON string is read.
enum class JsonStringMode {
  kTemplate,    // a string template: `${...}` interpolates, `$${` is a literal `${` (expressions)
  kLiteral,     // plain text, as in `variable.default`, `description` and plan values
  kExpression,  // the whole string is one expression: `"aws.west"`, `"list(string)"`, `"ami"`
};

/// Reads the JSON values of one file as HCL expressions. Problems (a template that does not
/// parse) become CX001 findings at the JSON position, and the value is then read literally.
class JsonExpressionReader {
 public:
  JsonExpressionReader(SourcePtr source, SyntaxStrings& strings, std::vector<Finding>& findings)
      : source_(std::move(source)), strings_(strings), findings_(findings) {}

  /// `node` as an expression: numbers, bools and null literally, arrays as tuples, objects as
  /// objects (keys read like strings), and strings by `mode`.
  parse::hcl::Expression Read(const parse::Node& node, JsonStringMode mode);
  /// An object key as an expression (a template or literal string) spanning the key's text.
  parse::hcl::Expression Key(const parse::MapEntry& entry, JsonStringMode mode);
  /// A literal string expression with `text` as its value, spanning `span` (quotes included).
  static parse::hcl::Expression LiteralString(std::string text, Span span);
  /// Reports a CX001 at `span` of this reader's file.
  void Error(Span span, std::string message);

  const SourcePtr& source() const { return source_; }
  SyntaxStrings& strings() { return strings_; }

 private:
  parse::hcl::Expression String(Span span, const std::string& text, JsonStringMode mode);
  parse::hcl::Expression Parse(Span span, const std::string& text, JsonStringMode mode);

  SourcePtr source_;
  SyntaxStrings& strings_;
  std::vector<Finding>& findings_;
};

}  // namespace cxlint::model
