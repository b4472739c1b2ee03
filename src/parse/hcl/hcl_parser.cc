#include "parse/hcl/hcl_parser.h"

#include <algorithm>

#include "parse/hcl/hcl_lexer.h"
#include "parse/hcl/hcl_parser_internal.h"

namespace cxlint::parse::hcl {

Body Parser::ParseFile() {
  Body body;
  try {
    bool closed = false;
    body = ParseBody(nullptr, {}, &closed);
  } catch (const DepthFailure&) {
    // The one depth error is recorded; what was parsed is dropped.
  }
  body.span = Span{0, static_cast<uint32_t>(text_.size())};
  return body;
}

void Parser::Fail(const Token& at, std::string message) {
  error_index_ = static_cast<size_t>(&at - tokens_.data());
  if (at.kind == TokenKind::kInvalid) throw ItemFailure{};  // the lexer has said why
  if (at.kind == TokenKind::kEof) {
    if (eof_reported_) throw ItemFailure{};
    eof_reported_ = true;
  }
  Error(at.span.begin, std::move(message));
  throw ItemFailure{};
}

void Parser::FailAt(uint32_t offset, std::string message) {
  error_index_ = pos_;
  Error(offset, std::move(message));
  throw ItemFailure{};
}

void Parser::DepthExceeded(uint32_t offset) {
  Error(offset, "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
  throw DepthFailure{};
}

std::string Parser::Found(const Token& token) const {
  switch (token.kind) {
    case TokenKind::kIdent:
    case TokenKind::kNumber: return "found \"" + std::string(Text(token)) + "\"";
    default: return "found " + std::string(DescribeToken(token.kind));
  }
}

void Parser::Finish(Expression& node) {
  uint16_t height = 0;
  for (const Expression& child : node.children) height = std::max(height, child.height);
  if (height + 1 > kMaxDepth) DepthExceeded(node.span.begin);
  node.height = static_cast<uint16_t>(height + 1);
}

void Parser::ShrinkToFit(Body& body) {
  body.attributes.shrink_to_fit();
  body.blocks.shrink_to_fit();
}

HclParseResult ParseHcl(std::string_view text) {
  auto store = std::make_shared<SyntaxStore>();
  HclParseResult result = ParseHcl(text, *store);
  result.store = std::move(store);
  return result;
}

HclParseResult ParseHcl(std::string_view text, SyntaxStore& store) {
  LexResult lexed = Lex(text);
  HclParseResult result;
  result.errors = std::move(lexed.errors);
  // After an unterminated string or heredoc at the end of the file, the blocks it leaves open
  // are not reported again.
  Parser parser(text, std::move(lexed.tokens), result.errors, lexed.open_at_eof, store);
  result.body = parser.ParseFile();
  std::stable_sort(result.errors.begin(), result.errors.end(),
                   [](const ParseError& a, const ParseError& b) { return a.offset < b.offset; });
  // One mistake seen by both the lexer and the parser is reported once.
  result.errors.erase(std::unique(result.errors.begin(), result.errors.end(),
                                  [](const ParseError& a, const ParseError& b) {
                                    return a.offset == b.offset && a.message == b.message;
                                  }),
                      result.errors.end());
  return result;
}

}  // namespace cxlint::parse::hcl
