#include "model/terraform/json_expression.h"

#include <algorithm>
#include <cstdlib>

#include "base/pipeline_rules.h"
#include "base/utf8.h"
#include "parse/hcl/hcl_parser.h"

namespace cxlint::model {

namespace {

using parse::hcl::Expression;
using parse::hcl::ExprKind;

// Reads the four hex digits of a \u escape at raw[at..]; 0x110000 when they are not hex.
uint32_t ReadHex4(std::string_view raw, size_t at) {
  if (at + 4 > raw.size()) return 0x110000;
  uint32_t value = 0;
  for (size_t i = 0; i < 4; ++i) {
    const int digit = HexValue(raw[at + i]);
    if (digit < 0) return 0x110000;
    value = (value << 4) | static_cast<uint32_t>(digit);
  }
  return value;
}

// Decodes the JSON string `raw` (its quotes included; `base` is the file offset of the opening
// quote) and records, for each decoded byte, the file offset of the text it came from, plus one
// last entry for the closing quote. A template parsed from the decoded text maps every offset
// back through this table, so `\"` and `\u00e9` in the file do not shift later spans.
bool DecodeWithOffsets(std::string_view raw, uint32_t base, std::string& out, std::vector<uint32_t>& offsets) {
  if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"') return false;
  const size_t end = raw.size() - 1;
  size_t i = 1;
  while (i < end) {
    const uint32_t at = base + static_cast<uint32_t>(i);
    const size_t before = out.size();
    if (raw[i] != '\\') {
      out += raw[i];
      ++i;
    } else if (i + 1 < end) {
      const char selector = raw[i + 1];
      i += 2;
      switch (selector) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t code_point = ReadHex4(raw, i);
          if (code_point > 0xFFFF) return false;
          i += 4;
          if (code_point >= 0xD800 && code_point <= 0xDBFF && i + 6 <= end && raw[i] == '\\' && raw[i + 1] == 'u') {
            const uint32_t low = ReadHex4(raw, i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
              code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
              i += 6;
            }
          }
          AppendUtf8(out, code_point);
          break;
        }
        default: return false;
      }
    } else {
      return false;
    }
    offsets.insert(offsets.end(), out.size() - before, at);
  }
  offsets.push_back(base + static_cast<uint32_t>(end));
  return true;
}

void SetHeight(Expression& node) {
  uint16_t height = 0;
  for (const Expression& child : node.children) height = std::max(height, child.height);
  node.height = static_cast<uint16_t>(height + 1);
}

Expression Leaf(ExprKind kind, Span span) {
  Expression node;
  node.kind = kind;
  node.span = span;
  return node;
}

// Applies `map` to every span in the tree, without recursion. The tree was parsed into the
// reader's own store, so its nodes may change.
template <typename Map>
void RemapSpans(Expression& root, const Map& map) {
  std::vector<Expression*> stack{&root};
  while (!stack.empty()) {
    Expression* node = stack.back();
    stack.pop_back();
    node->span = Span{map(node->span.begin), map(node->span.end)};
    for (Expression& child : node->children.Writable()) stack.push_back(&child);
  }
}

}  // namespace

Expression JsonExpressionReader::LiteralString(std::string_view text, Span span) {
  Expression node = Leaf(ExprKind::kTemplate, span);
  if (text.empty()) return node;  // as the HCL parser builds `""`: a template without parts
  const Span inner = span.end - span.begin >= 2 ? Span{span.begin + 1, span.end - 1} : span;
  Expression part = Leaf(ExprKind::kLiteralPart, inner);
  // A string without escapes is its text in the file, which the document keeps.
  const std::string& file = source_->text();
  const bool as_written = inner.end <= file.size() && parse::hcl::SourceText(file, inner) == text;
  part.SetValue(as_written ? parse::hcl::SourceText(file, inner) : store_.Keep(text));
  node.SetValue(part.value());
  node.children = store_.Keep(std::span<const Expression>(&part, 1));
  node.height = 2;
  return node;
}

void JsonExpressionReader::Error(Span span, std::string message) {
  Sink sink(rules::kParseError, findings_);
  sink.Report(Location{source_, span, {}}, std::move(message));
}

Expression JsonExpressionReader::Read(const parse::Node& node, JsonStringMode mode) {
  Expression out;
  switch (node.kind) {
    case parse::Node::Kind::kSequence:
    case parse::Node::Kind::kMap: {
      std::vector<Expression> children;
      if (node.kind == parse::Node::Kind::kSequence) {
        out = Leaf(ExprKind::kTuple, node.span);
        for (const parse::Node& item : node.items) children.push_back(Read(item, mode));
      } else {
        out = Leaf(ExprKind::kObject, node.span);
        for (const parse::MapEntry& entry : node.entries) {
          children.push_back(Key(entry, mode));
          children.push_back(Read(entry.value, mode));
        }
      }
      out.children = store_.Keep(children);
      break;
    }
    case parse::Node::Kind::kScalar:
      switch (node.style) {
        case parse::Node::ScalarStyle::kNumber:
          out = Leaf(ExprKind::kNumber, node.span);
          out.SetValue(store_.Keep(node.text));
          return out;
        case parse::Node::ScalarStyle::kBool:
          out = Leaf(ExprKind::kBool, node.span);
          out.bool_value = node.text == "true";
          return out;
        case parse::Node::ScalarStyle::kNull: return Leaf(ExprKind::kNull, node.span);
        case parse::Node::ScalarStyle::kString:
        case parse::Node::ScalarStyle::kPlain: return String(node.span, node.text, mode);
      }
      return Leaf(ExprKind::kNull, node.span);
  }
  SetHeight(out);
  if (out.height > parse::kMaxDepth) {
    Error(Span{node.span.begin, node.span.begin + 1},
          "nesting deeper than " + std::to_string(parse::kMaxDepth) + " levels");
    return Leaf(ExprKind::kNull, node.span);
  }
  return out;
}

Expression JsonExpressionReader::Key(const parse::MapEntry& entry, JsonStringMode mode) {
  // Keys are templates where values are; a key is never a whole expression in JSON syntax.
  const JsonStringMode key_mode = mode == JsonStringMode::kTemplate ? mode : JsonStringMode::kLiteral;
  return String(entry.key_span, entry.key, key_mode);
}

Expression JsonExpressionReader::String(Span span, const std::string& text, JsonStringMode mode) {
  if (mode == JsonStringMode::kLiteral) return LiteralString(text, span);
  // Most strings hold no template sequence: they need no parser.
  if (mode == JsonStringMode::kTemplate && text.find("${") == std::string::npos && text.find("%{") == std::string::npos)
    return LiteralString(text, span);
  return Parse(span, text, mode);
}

Expression JsonExpressionReader::Parse(Span span, const std::string& text, JsonStringMode mode) {
  // The decoded string is parsed by the HCL parser from a small synthetic source: a heredoc for a
  // template (its text is raw, as a template's is: backslashes stay, `$${` escapes, and no quote
  // needs escaping), or `v = TEXT` for a whole expression. The synthetic source is kept in
  // `strings_`, as the names in the parsed tree view it; spans are mapped back into the file.
  std::vector<uint32_t> offsets;
  std::string decoded;
  const std::string& file = source_->text();
  const bool mapped = span.end <= file.size() &&
                      DecodeWithOffsets(std::string_view(file).substr(span.begin, span.end - span.begin), span.begin,
                                        decoded, offsets) &&
                      decoded == text;
  if (!mapped) offsets.assign(text.size() + 1, span.begin);

  std::string source;
  uint32_t content = 0;
  if (mode == JsonStringMode::kTemplate) {
    std::string marker = "CXLINT_JSON_EOT";
    while (text.find(marker) != std::string::npos) marker += "_";
    source = "v = <<" + marker + "\n";
    content = static_cast<uint32_t>(source.size());
    source += text + "\n" + marker + "\n";
  } else {
    source = "v = ";
    content = static_cast<uint32_t>(source.size());
    source += text + "\n";
  }
  const auto to_file = [&](uint32_t offset) {
    if (offset < content) return offsets.front();
    return offsets[std::min<size_t>(offset - content, text.size())];
  };
  const std::string_view kept = store_.Keep(source);
  parse::hcl::HclParseResult parsed = parse::hcl::ParseHcl(kept, store_);
  if (parsed.ok() && (parsed.body.attributes.size() != 1 || !parsed.body.blocks.empty()))
    parsed.errors.push_back({content, "expected one expression"});
  if (!parsed.ok()) {
    // The first error only: later ones are the parser tripping over the synthetic wrapping.
    const parse::ParseError& error = parsed.errors.front();
    std::string message = error.message;
    for (const std::string_view file_end : {"the end of the file", "end of file"}) {
      if (const size_t at = message.find(file_end); at != std::string::npos)
        message.replace(at, file_end.size(), "the end of the string");
    }
    const uint32_t at = to_file(error.offset);
    Error(Span{at, std::min(at + 1, span.end)}, std::string("invalid ") +
                                                    (mode == JsonStringMode::kTemplate ? "template" : "expression") +
                                                    " in a JSON string: " + message);
    return LiteralString(text, span);
  }
  Expression expression = parsed.body.attributes.front().expression;
  if (mode == JsonStringMode::kTemplate && expression.kind == ExprKind::kTemplate) {
    // The newline before the heredoc's closing marker is the heredoc's, not the string's.
    const uint32_t newline = content + static_cast<uint32_t>(text.size());
    if (!expression.children.empty()) {
      Expression& last = expression.children.Writable().back();
      if (last.kind == ExprKind::kLiteralPart && last.span.end == newline + 1) {
        if (!last.value().empty() && last.value().back() == '\n')
          last.SetValue(last.value().substr(0, last.value().size() - 1));
        last.span.end = newline;
        if (last.value().empty()) expression.children = expression.children.First(expression.children.size() - 1);
      }
    }
    const bool literal = std::all_of(expression.children.begin(), expression.children.end(),
                                     [](const Expression& part) { return part.kind == ExprKind::kLiteralPart; });
    expression.SetValue(literal ? store_.KeepJoined(expression.children) : std::string_view());
    expression.heredoc = false;
    expression.flush = false;
  }
  RemapSpans(expression, to_file);
  if (mode == JsonStringMode::kTemplate) expression.span = span;
  return expression;
}

}  // namespace cxlint::model
