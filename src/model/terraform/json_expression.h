#pragma once
// JSON values read as HCL expressions, the way Terraform reads `.tf.json` and plan values: strings
// as templates (`"${var.x}"`), as plain text, or as whole expressions (`"aws.west"`), with every
// span pointing into the JSON file on disk.

#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "parse/hcl/hcl_ast.h"
#include "parse/hcl/hcl_syntax_store.h"
#include "parse/tree.h"

namespace cxlint::model {

/// How a JSON string is read.
enum class JsonStringMode {
  kTemplate,    // a string template: `${...}` interpolates, `$${` is a literal `${` (expressions)
  kLiteral,     // plain text, as in `variable.default`, `description` and plan values
  kExpression,  // the whole string is one expression: `"aws.west"`, `"list(string)"`, `"ami"`
};

/// Reads the JSON values of one file as HCL expressions. Problems (a template that does not
/// parse) become CX001 findings at the JSON position, and the value is then read literally. The
/// trees, the names they view and the small HCL sources their templates were parsed from are kept
/// in `store`, which the owner of the trees keeps with them.
class JsonExpressionReader {
 public:
  JsonExpressionReader(SourcePtr source, parse::hcl::SyntaxStore& store, std::vector<Finding>& findings)
      : source_(std::move(source)), store_(store), findings_(findings) {}

  /// `node` as an expression: numbers, bools and null literally, arrays as tuples, objects as
  /// objects (keys read like strings), and strings by `mode`.
  parse::hcl::Expression Read(const parse::Node& node, JsonStringMode mode);
  /// An object key as an expression (a template or literal string) spanning the key's text.
  parse::hcl::Expression Key(const parse::MapEntry& entry, JsonStringMode mode);
  /// A literal string expression with `text` as its value, spanning `span` (quotes included).
  parse::hcl::Expression LiteralString(std::string_view text, Span span);
  /// Reports a CX001 at `span` of this reader's file.
  void Error(Span span, std::string message);

  const SourcePtr& source() const { return source_; }
  parse::hcl::SyntaxStore& store() { return store_; }

 private:
  parse::hcl::Expression String(Span span, const std::string& text, JsonStringMode mode);
  parse::hcl::Expression Parse(Span span, const std::string& text, JsonStringMode mode);

  SourcePtr source_;
  parse::hcl::SyntaxStore& store_;
  std::vector<Finding>& findings_;
};

}  // namespace cxlint::model
