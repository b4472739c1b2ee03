// Templates (quoted strings and heredocs): literal text, `${}` interpolations, `%{}` directives,
// `~` strip markers, heredoc indentation, and matching if/else/endif and for/endfor.

#include <limits>

#include "base/utf8.h"
#include "parse/hcl/hcl_lexer.h"
#include "parse/hcl/hcl_parser_internal.h"
#include "parse/hcl/hcl_unicode.h"

namespace cxlint::parse::hcl {

namespace {

// Length in bytes of the leading white space of `text`, and its number of code points.
size_t LeadingSpace(std::string_view text, size_t* code_points) {
  size_t at = 0, count = 0;
  while (at < text.size()) {
    uint32_t code_point = 0;
    const uint32_t length = DecodeUtf8(text, at, &code_point);
    if (length == 0 || !IsUnicodeSpace(code_point)) break;
    at += length;
    ++count;
  }
  if (code_points) *code_points = count;
  return at;
}

void TrimLeft(std::string& text) { text.erase(0, LeadingSpace(text, nullptr)); }

void TrimRight(std::string& text) {
  size_t at = 0, keep = 0;
  while (at < text.size()) {
    uint32_t code_point = 0;
    uint32_t length = DecodeUtf8(text, at, &code_point);
    if (length == 0) length = 1, code_point = 0;  // not UTF-8: never white space
    at += length;
    if (!IsUnicodeSpace(code_point)) keep = at;
  }
  text.resize(keep);
}

Expression Leaf(ExprKind kind, Span span) {
  Expression node;
  node.kind = kind;
  node.span = span;
  return node;
}

}  // namespace

Expression Parser::ParseTemplate() {
  const Token& open = Read();
  const bool heredoc = open.kind == TokenKind::kOHeredoc;
  const TokenKind close_kind = heredoc ? TokenKind::kCHeredoc : TokenKind::kCQuote;
  if (!heredoc) {
    // Most strings are plain text: build them without the general machinery.
    const Token& first = tokens_[pos_];
    if (first.kind == TokenKind::kCQuote) {
      Read();
      return Leaf(ExprKind::kTemplate, Span{open.span.begin, first.span.end});
    }
    if (first.kind == TokenKind::kQuotedLit && tokens_[pos_ + 1].kind == TokenKind::kCQuote) {
      Read();
      const Token& close = Read();
      Expression part = Leaf(ExprKind::kLiteralPart, first.span);
      std::string text;
      DecodeQuotedLiteral(Text(first), first.span.begin, text, errors_);
      part.SetValue(KeepLiteral(text, first.span));
      Expression node = Leaf(ExprKind::kTemplate, Span{open.span.begin, close.span.end});
      node.SetValue(part.value());
      node.height = 2;
      SetChildren(node, {part});
      return node;
    }
  }
  std::vector<TemplatePiece> pieces;
  bool trim_next = false;         // the previous sequence ended with `~}`
  bool previous_literal = false;  // `${~` trims only a literal right before it
  uint32_t end = open.span.end;
  for (;;) {
    const Token& token = Read();
    const bool trim = trim_next;
    const bool after_literal = previous_literal;
    trim_next = previous_literal = false;
    if (token.kind == close_kind) {
      end = token.span.end;
      break;
    }
    switch (token.kind) {
      case TokenKind::kQuotedLit:
      case TokenKind::kHeredocLit: {
        TemplatePiece piece{TemplatePiece::Type::kLiteral, Leaf(ExprKind::kLiteralPart, token.span)};
        if (token.kind == TokenKind::kQuotedLit) {
          DecodeQuotedLiteral(Text(token), token.span.begin, piece.literal, errors_);
        } else {
          DecodeHeredocLiteral(Text(token), piece.literal);
        }
        if (trim) TrimLeft(piece.literal);
        pieces.push_back(std::move(piece));
        previous_literal = true;
        continue;
      }
      case TokenKind::kTemplateInterp: {
        if (token.strip && after_literal) TrimRight(pieces.back().literal);
        NewlineScope newlines(*this, false);
        Expression expression = ParseExpression();
        const Token& close = Peek();
        if (close.kind != TokenKind::kTemplateSeqEnd) {
          if (close.kind == TokenKind::kEof) {
            Fail(token, "unclosed interpolation: expected '}' before the end of the file");
          }
          if (close.kind == TokenKind::kCQuote || close.kind == TokenKind::kOQuote) {
            Fail(token, "unclosed interpolation: expected '}' before the end of the string");
          }
          Fail(close, "expected '}' to end the interpolation, " + Found(close) +
                          " (write $${ for a literal ${ meant for another language)");
        }
        Read();
        trim_next = close.strip;
        Expression node = Leaf(ExprKind::kInterpolation, Span{token.span.begin, close.span.end});
        node.strip_left = token.strip;
        node.strip_right = close.strip;
        SetChildren(node, {expression});
        Finish(node);
        pieces.push_back(TemplatePiece{TemplatePiece::Type::kInterpolation, std::move(node)});
        continue;
      }
      case TokenKind::kTemplateControl: {
        if (token.strip && after_literal) TrimRight(pieces.back().literal);
        TemplatePiece piece = ParseDirective(token);
        trim_next = piece.node.strip_right;
        pieces.push_back(std::move(piece));
        continue;
      }
      default:
        // The lexer closes every string and heredoc, so only a stray token gets here.
        Fail(token, std::string("unexpected ") + std::string(DescribeToken(token.kind)) + " in a " +
                        (heredoc ? "heredoc" : "string"));
    }
  }
  if (heredoc && open.strip) StripFlushIndent(pieces);
  // Neighbouring literal pieces (one per heredoc line, or split by strip markers) become one.
  size_t kept = 0;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (kept > 0 && pieces[i].type == TemplatePiece::Type::kLiteral &&
        pieces[kept - 1].type == TemplatePiece::Type::kLiteral) {
      TemplatePiece& into = pieces[kept - 1];
      into.literal += pieces[i].literal;
      into.node.span.end = pieces[i].node.span.end;
      continue;
    }
    if (kept != i) pieces[kept] = std::move(pieces[i]);
    ++kept;
  }
  pieces.resize(kept);

  Expression node = Leaf(ExprKind::kTemplate, Span{open.span.begin, end});
  node.heredoc = heredoc;
  node.flush = heredoc && open.strip;
  const size_t stop = BuildParts(pieces, 0, node);
  if (stop != pieces.size()) {
    const TemplatePiece& stray = pieces[stop];
    FailAt(stray.node.span.begin, "unexpected " + std::string(Text(stray.node.span)) + " with no open " +
                                      (stray.type == TemplatePiece::Type::kEndFor ? "%{for}" : "%{if}"));
  }
  Finish(node);
  return node;
}

Parser::TemplatePiece Parser::ParseDirective(const Token& open) {
  NewlineScope newlines(*this, false);
  const Token& keyword = Peek();
  if (keyword.kind != TokenKind::kIdent) {
    Fail(keyword, "expected a directive (if, for, else, endif or endfor) after '%{', " + Found(keyword));
  }
  Read();
  const std::string_view word = Text(keyword);
  TemplatePiece piece{TemplatePiece::Type::kLiteral, Leaf(ExprKind::kTemplateIf, open.span)};
  if (word == "if") {
    piece.type = TemplatePiece::Type::kIf;
    SetChildren(piece.node, {ParseExpression()});
  } else if (word == "else") {
    piece.type = TemplatePiece::Type::kElse;
  } else if (word == "endif") {
    piece.type = TemplatePiece::Type::kEndIf;
  } else if (word == "endfor") {
    piece.type = TemplatePiece::Type::kEndFor;
  } else if (word == "for") {
    piece.type = TemplatePiece::Type::kFor;
    piece.node.kind = ExprKind::kTemplateFor;
    const Token& first = Peek();
    if (first.kind != TokenKind::kIdent) Fail(first, "expected a variable name after '%{for', " + Found(first));
    Read();
    std::string_view key, value = Text(first);
    if (Peek().kind == TokenKind::kComma) {
      Read();
      const Token& second = Peek();
      if (second.kind != TokenKind::kIdent) {
        Fail(second, "expected a value variable name after ',' in '%{for', " + Found(second));
      }
      Read();
      key = value;
      value = Text(second);
    }
    piece.node.SetForNames(store_.KeepPair(key, value));
    if (!PeekKeyword("in")) Fail(Peek(), "expected 'in' after the variables of '%{for', " + Found(Peek()));
    Read();
    SetChildren(piece.node, {ParseExpression()});
  } else {
    Fail(keyword, "unknown template directive \"" + std::string(word) + "\": expected if, for, else, endif or endfor");
  }
  const Token& close = Peek();
  if (close.kind != TokenKind::kTemplateSeqEnd) {
    Fail(close, "expected '}' to end the %{" + std::string(word) + "} directive, " + Found(close));
  }
  Read();
  piece.node.span = Span{open.span.begin, close.span.end};
  piece.node.strip_left = open.strip;
  piece.node.strip_right = close.strip;
  return piece;
}

void Parser::StripFlushIndent(std::vector<TemplatePiece>& pieces) {
  // `<<-` removes the smallest indentation among the lines from each line. Only literal text that
  // starts a line counts; a line that starts with an interpolation has no indentation, and a line
  // of nothing but white space neither counts nor changes.
  size_t smallest = std::numeric_limits<size_t>::max();
  std::vector<size_t> adjust;
  bool line_start = true;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const bool literal = pieces[i].type == TemplatePiece::Type::kLiteral;
    if (line_start) {
      line_start = false;
      size_t spaces = 0;
      if (literal) {
        const std::string& value = pieces[i].literal;
        size_t code_points = 0;
        const size_t bytes = LeadingSpace(value, &code_points);
        if (bytes == value.size() && !value.empty() && value.back() == '\n') {
          spaces = std::numeric_limits<size_t>::max();
        } else {
          spaces = code_points;
          adjust.push_back(i);
        }
      }
      if (spaces < smallest) smallest = spaces;
    }
    if (literal && !pieces[i].literal.empty() && pieces[i].literal.back() == '\n') line_start = true;
  }
  for (size_t i : adjust) {
    std::string& literal = pieces[i].literal;
    size_t bytes = 0;
    for (size_t removed = 0; removed < smallest && bytes < literal.size(); ++removed) {
      uint32_t code_point = 0;
      const uint32_t length = DecodeUtf8(literal, bytes, &code_point);
      bytes += length == 0 ? 1 : length;
    }
    literal.erase(0, bytes);
    pieces[i].node.span.begin += static_cast<uint32_t>(bytes);
  }
}

size_t Parser::BuildParts(std::vector<TemplatePiece>& pieces, size_t index, Expression& into) {
  using Type = TemplatePiece::Type;
  std::vector<Expression> parts;
  // Sets the parts built so far as `into`'s children; a template of literal text alone (one part,
  // neighbouring literals being joined) has that text as its value.
  auto finish = [&](size_t stop) {
    SetChildren(into, parts);
    if (into.IsStringLiteral()) into.SetValue(store_.KeepJoined(into.children));
    return stop;
  };
  while (index < pieces.size()) {
    TemplatePiece& piece = pieces[index];
    switch (piece.type) {
      case Type::kLiteral:
        piece.node.SetValue(KeepLiteral(piece.literal, piece.node.span));
        parts.push_back(piece.node);
        ++index;
        continue;
      case Type::kInterpolation:
        parts.push_back(piece.node);
        ++index;
        continue;
      case Type::kElse:
      case Type::kEndIf:
      case Type::kEndFor: return finish(index);
      case Type::kIf: {
        DepthScope depth(*this, piece.node.span.begin);
        Expression node = piece.node;
        const std::string opened = "the %{if} on line " + std::to_string(LineOf(node.span.begin));
        Expression then_branch = Leaf(ExprKind::kTemplate, Span{node.span.end, node.span.end});
        size_t stop = BuildParts(pieces, index + 1, then_branch);
        if (stop == pieces.size()) FailAt(node.span.begin, "missing %{endif} for this %{if}");
        then_branch.span.end = pieces[stop].node.span.begin;
        Expression else_branch;
        if (pieces[stop].type == Type::kElse) {
          else_branch = Leaf(ExprKind::kTemplate, Span{pieces[stop].node.span.end, pieces[stop].node.span.end});
          stop = BuildParts(pieces, stop + 1, else_branch);
          if (stop == pieces.size()) FailAt(node.span.begin, "missing %{endif} for this %{if}");
          if (pieces[stop].type == Type::kElse) {
            FailAt(pieces[stop].node.span.begin, "a second %{else} for " + opened);
          }
          else_branch.span.end = pieces[stop].node.span.begin;
        } else {
          const uint32_t at = pieces[stop].node.span.begin;
          else_branch = Leaf(ExprKind::kTemplate, Span{at, at});
        }
        if (pieces[stop].type != Type::kEndIf) {
          FailAt(pieces[stop].node.span.begin, "unexpected %{endfor}: expected %{endif} for " + opened);
        }
        node.span.end = pieces[stop].node.span.end;
        Finish(then_branch);
        Finish(else_branch);
        SetChildren(node, {node.children.front(), then_branch, else_branch});
        Finish(node);
        parts.push_back(node);
        index = stop + 1;
        continue;
      }
      case Type::kFor: {
        DepthScope depth(*this, piece.node.span.begin);
        Expression node = piece.node;
        const std::string opened = "the %{for} on line " + std::to_string(LineOf(node.span.begin));
        Expression body = Leaf(ExprKind::kTemplate, Span{node.span.end, node.span.end});
        const size_t stop = BuildParts(pieces, index + 1, body);
        if (stop == pieces.size()) FailAt(node.span.begin, "missing %{endfor} for this %{for}");
        if (pieces[stop].type != Type::kEndFor) {
          FailAt(pieces[stop].node.span.begin,
                 "unexpected " + std::string(Text(pieces[stop].node.span)) + ": expected %{endfor} for " + opened);
        }
        body.span.end = pieces[stop].node.span.begin;
        node.span.end = pieces[stop].node.span.end;
        Finish(body);
        SetChildren(node, {node.children.front(), body});
        Finish(node);
        parts.push_back(node);
        index = stop + 1;
        continue;
      }
    }
  }
  return finish(index);
}

}  // namespace cxlint::parse::hcl
