// cxlint_hcl_dump: parses .tf files with cxlint's HCL parser and prints them in the JSON shape of
// hcl2json (tmccombs/hcl2json as packaged by @cdktf/hcl2json), so tests/hcl_conformance.sh can
// compare the two parsers file by file. Not part of the cxlint CLI.
//
// usage: cxlint_hcl_dump FILE...
// Prints {"FILE": {"ok": <hcl2json-shaped value>} | {"error": "parse", "messages": [...]} |
//                 {"error": "convert", "message": "..."} | {"error": "span", "message": "..."}, ...}
//
// The conversion mirrors hcl2json's rules: blocks become arrays of objects nested by label,
// attributes (set after blocks, so they win a name clash) keep literal values, templates become
// strings with literal text re-escaped ($${, %%{) and interpolations as "${source}", and every
// other expression becomes "${source text}". hcl2json quirks are copied on purpose and marked.

#include <cmath>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "base/source_file.h"
#include "parse/hcl/hcl_parser.h"

namespace {

using cxlint::Span;
using cxlint::parse::hcl::Attribute;
using cxlint::parse::hcl::Block;
using cxlint::parse::hcl::Body;
using cxlint::parse::hcl::Expression;
using cxlint::parse::hcl::ExprKind;
using cxlint::parse::hcl::ExprKindName;
using cxlint::parse::hcl::Operator;
using nlohmann::json;

// A value hcl2json cannot convert (it fails the whole file, after parsing succeeded).
struct ConvertError {
  std::string message;
};

// `text` with "${" and "%{" doubled back to their escaped form, as hcl2json prints literal text.
std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '$' || text[i] == '%') && i + 1 < text.size() && text[i + 1] == '{') out += text[i];
    out += text[i];
  }
  return out;
}

// The number as cty converts it to a string: the exact decimal in plain notation ("1e3" is
// "1000", "1.50" is "1.5").
std::string DecimalText(std::string_view literal) {
  std::string digits;
  long exponent = 0;  // the value is digits * 10^exponent
  size_t i = 0;
  for (; i < literal.size() && literal[i] >= '0' && literal[i] <= '9'; ++i) digits += literal[i];
  if (i < literal.size() && literal[i] == '.') {
    for (++i; i < literal.size() && literal[i] >= '0' && literal[i] <= '9'; ++i) {
      digits += literal[i];
      --exponent;
    }
  }
  if (i < literal.size() && (literal[i] == 'e' || literal[i] == 'E'))
    exponent += std::stol(std::string(literal.substr(i + 1)));
  const size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return "0";
  digits.erase(0, first);
  while (!digits.empty() && digits.back() == '0' && exponent < 0) {
    digits.pop_back();
    ++exponent;
  }
  if (exponent >= 0) return digits + std::string(static_cast<size_t>(exponent), '0');
  const long point = static_cast<long>(digits.size()) + exponent;
  if (point > 0) return digits.substr(0, point) + "." + digits.substr(point);
  return "0." + std::string(static_cast<size_t>(-point), '0') + digits;
}

json Number(double value) {
  // A number past the double range reaches JavaScript as Infinity, which JSON prints as null.
  if (!std::isfinite(value)) return nullptr;
  return value;
}

bool IsPassthrough(const Expression& e) {
  // "${x}" alone is HCL's TemplateWrapExpr: the value of x, not a string.
  return e.kind == ExprKind::kTemplate && e.children.size() == 1 && e.children[0].kind == ExprKind::kInterpolation;
}

class Converter {
 public:
  explicit Converter(std::string_view text) : text_(text) {}

  json ConvertBody(const Body& body) {
    json out = json::object();
    for (const Block& block : body.blocks) ConvertBlock(block, out);
    for (const Attribute& attribute : body.attributes)
      out[std::string(attribute.name)] = ConvertExpression(attribute.expression);
    return out;
  }

 private:
  void ConvertBlock(const Block& block, json& out) {
    json* node = &out;
    std::string key(block.type);
    for (const auto& label : block.labels) {
      if (node->contains(key)) {
        if (!(*node)[key].is_object())
          throw ConvertError{"block " + std::string(block.type) + " has labels and no labels"};
      } else {
        (*node)[key] = json::object();
      }
      node = &(*node)[key];
      key = label.value;
    }
    json value = ConvertBody(block.body);
    if (node->contains(key)) {
      if (!(*node)[key].is_array())
        throw ConvertError{"block " + std::string(block.type) + " has labels and no labels"};
      (*node)[key].push_back(std::move(value));
    } else {
      json list = json::array();
      list.push_back(std::move(value));
      (*node)[key] = std::move(list);
    }
  }

  json ConvertExpression(const Expression& e) {
    switch (e.kind) {
      case ExprKind::kNumber: return Number(e.number());
      case ExprKind::kBool: return e.bool_value;
      case ExprKind::kNull: return nullptr;
      case ExprKind::kUnary: {
        const Expression& operand = e.children[0];
        const bool literal =
            operand.kind == ExprKind::kNumber || operand.kind == ExprKind::kBool || operand.kind == ExprKind::kNull;
        if (!literal) return Wrap(e);
        // hcl2json evaluates an operator applied to a literal, and fails when the types mismatch.
        if (e.op == Operator::kNegate && operand.kind == ExprKind::kNumber) return Number(-operand.number());
        if (e.op == Operator::kNot && operand.kind == ExprKind::kBool) return !operand.bool_value;
        throw ConvertError{"unsuitable value for unary operand"};
      }
      case ExprKind::kTemplate:
        if (IsPassthrough(e)) return ConvertExpression(e.children[0].children[0]);
        return ConvertTemplate(e);
      case ExprKind::kTuple: {
        json out = json::array();
        for (const Expression& element : e.children) out.push_back(ConvertExpression(element));
        return out;
      }
      case ExprKind::kObject: {
        json out = json::object();
        for (size_t i = 0; i < e.ObjectSize(); ++i)
          out[ConvertKey(e.ObjectKey(i))] = ConvertExpression(e.ObjectValue(i));
        return out;
      }
      default: return Wrap(e);
    }
  }

  std::string ConvertTemplate(const Expression& e) {
    if (e.IsStringLiteral()) return Escape(e.value());
    std::string out;
    for (const Expression& part : e.children) out += ConvertStringPart(part);
    return out;
  }

  std::string ConvertStringPart(const Expression& e) {
    switch (e.kind) {
      case ExprKind::kLiteralPart: return Escape(e.value());
      case ExprKind::kInterpolation: return ConvertStringPart(e.children[0]);
      case ExprKind::kNumber: return DecimalText(e.value());
      case ExprKind::kBool: return e.bool_value ? "true" : "false";
      case ExprKind::kNull: return "null";
      case ExprKind::kTemplate:
        if (IsPassthrough(e)) return ConvertStringPart(e.children[0].children[0]);
        return ConvertTemplate(e);
      case ExprKind::kConditional:
      case ExprKind::kTemplateIf: {
        // hcl2json writes every conditional inside a template, `${c ? a : b}` included, as a
        // %{if} directive.
        std::string out = "%{if " + Range(e.children[0].span) + "}" + ConvertStringPart(e.children[1]);
        const std::string otherwise = ConvertStringPart(e.children[2]);
        if (!otherwise.empty()) out += "%{else}" + otherwise;
        return out + "%{endif}";
      }
      case ExprKind::kTemplateFor: {
        std::string out = "%{for ";
        if (!e.key_name().empty()) out += std::string(e.key_name()) + ", ";
        out += std::string(e.name()) + " in " + Range(e.children[0].span) + "}";
        return out + ConvertStringPart(e.children[1]) + "%{endfor}";
      }
      default: return Wrap(e);
    }
  }

  std::string ConvertKey(const Expression& key) {
    if (cxlint::parse::hcl::IsStaticTraversal(key)) return Range(key.span);
    return ConvertStringPart(key);
  }

  std::string Wrap(const Expression& e) { return "${" + Range(e.span) + "}"; }

  std::string Range(Span span) {
    // hcl2json quirk: a ')' right after an expression is taken into its source text.
    uint32_t end = span.end;
    if (end < text_.size() && text_[end] == ')') ++end;
    return std::string(text_.substr(span.begin, end - span.begin));
  }

  std::string_view text_;
};

// Every span lies inside the file and inside its parent's span.
std::string CheckSpans(const Expression& e, Span parent, std::string_view text) {
  if (e.span.begin > e.span.end || e.span.end > text.size())
    return "bad span on a " + std::string(ExprKindName(e.kind));
  if (e.span.begin < parent.begin || e.span.end > parent.end) {
    return std::string(ExprKindName(e.kind)) + " at " + std::to_string(e.span.begin) + " lies outside its parent";
  }
  for (const Expression& child : e.children) {
    if (std::string problem = CheckSpans(child, e.span, text); !problem.empty()) return problem;
  }
  return "";
}

std::string CheckSpans(const Body& body, Span parent, std::string_view text) {
  if (body.span.begin < parent.begin || body.span.end > parent.end) return "body outside its block";
  for (const Attribute& attribute : body.attributes) {
    if (attribute.span.begin < body.span.begin || attribute.span.end > body.span.end)
      return "attribute outside its body";
    if (text.substr(attribute.name_span.begin, attribute.name_span.end - attribute.name_span.begin) != attribute.name) {
      return "attribute name span does not read the name";
    }
    if (std::string problem = CheckSpans(attribute.expression, attribute.span, text); !problem.empty()) return problem;
  }
  for (const Block& block : body.blocks) {
    if (block.span.begin < body.span.begin || block.span.end > body.span.end) return "block outside its body";
    for (const auto& label : block.labels) {
      if (label.span.begin < block.span.begin || label.span.end > block.span.end) return "label outside its block";
    }
    if (std::string problem = CheckSpans(block.body, block.span, text); !problem.empty()) return problem;
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: cxlint_hcl_dump FILE...\n";
    return 2;
  }
  json out = json::object();
  for (int i = 1; i < argc; ++i) {
    const std::string path = argv[i];
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "cxlint_hcl_dump: cannot read " << path << "\n";
      return 2;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const cxlint::parse::hcl::HclParseResult result = cxlint::parse::hcl::ParseHcl(text);
    json entry = json::object();
    if (!result.ok()) {
      const cxlint::SourceFile source(path, text);
      json messages = json::array();
      for (const auto& error : result.errors) {
        const cxlint::LineCol position = source.Position(error.offset);
        messages.push_back(std::to_string(position.line) + ":" + std::to_string(position.column) + ": " +
                           error.message);
      }
      entry["error"] = "parse";
      entry["messages"] = std::move(messages);
    } else if (std::string problem = CheckSpans(result.body, result.body.span, text); !problem.empty()) {
      entry["error"] = "span";
      entry["message"] = problem;
    } else {
      try {
        entry["ok"] = Converter(text).ConvertBody(result.body);
      } catch (const ConvertError& error) {
        entry["error"] = "convert";
        entry["message"] = error.message;
      }
    }
    out[path] = std::move(entry);
  }
  std::cout << out.dump(1, ' ', false, json::error_handler_t::replace) << "\n";
  return 0;
}
