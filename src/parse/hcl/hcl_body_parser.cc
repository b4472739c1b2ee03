// Bodies: attributes, blocks and their labels, one-line blocks, and recovery after an error.

#include <algorithm>
#include <numeric>

#include "parse/hcl/hcl_lexer.h"
#include "parse/hcl/hcl_parser_internal.h"

namespace cxlint::parse::hcl {

namespace {

bool IsOpener(TokenKind kind) {
  switch (kind) {
    case TokenKind::kOBrace:
    case TokenKind::kOBrack:
    case TokenKind::kOParen:
    case TokenKind::kOQuote:
    case TokenKind::kOHeredoc:
    case TokenKind::kTemplateInterp:
    case TokenKind::kTemplateControl: return true;
    default: return false;
  }
}

// The opener a closing token matches, or kEof for tokens that close nothing.
TokenKind OpenerOf(TokenKind kind) {
  switch (kind) {
    case TokenKind::kCBrace: return TokenKind::kOBrace;
    case TokenKind::kCBrack: return TokenKind::kOBrack;
    case TokenKind::kCParen: return TokenKind::kOParen;
    case TokenKind::kCQuote: return TokenKind::kOQuote;
    case TokenKind::kCHeredoc: return TokenKind::kOHeredoc;
    case TokenKind::kTemplateSeqEnd: return TokenKind::kTemplateInterp;
    default: return TokenKind::kEof;
  }
}

std::string Quoted(std::string_view name) { return "\"" + std::string(name) + "\""; }

}  // namespace

Body Parser::ParseBody(const Token* open_brace, std::string_view block_type, bool* closed) {
  Body body;
  const bool in_block = open_brace != nullptr;
  body.span.begin = in_block ? open_brace->span.begin : 0;
  *closed = false;
  for (;;) {
    const Token& token = Peek();
    switch (token.kind) {
      case TokenKind::kNewline: Read(); continue;
      case TokenKind::kCBrace:
        if (!in_block) break;
        Read();
        body.span.end = token.span.end;
        *closed = true;
        CheckDuplicateAttributes(body);
        ShrinkToFit(body);
        return body;
      case TokenKind::kEof:
        if (in_block && !eof_reported_) {
          Error(open_brace->span.begin,
                "unclosed block " + Quoted(block_type) + ": expected '}' before the end of the file");
          eof_reported_ = true;
        }
        body.span.end = token.span.end;
        CheckDuplicateAttributes(body);
        ShrinkToFit(body);
        return body;
      case TokenKind::kIdent: {
        const size_t start = NextIndex();
        try {
          ParseBodyItem(body);
        } catch (const ItemFailure&) {
          Recover(start, in_block);
        }
        continue;
      }
      default: break;
    }
    const size_t start = NextIndex();
    try {
      if (token.kind == TokenKind::kOQuote) Fail(token, "attribute and block names must not be quoted");
      if (token.kind == TokenKind::kCBrace) Fail(token, "unexpected '}': no block is open here");
      Fail(token, "expected an attribute or block name, " + Found(token));
    } catch (const ItemFailure&) {
      Recover(start, in_block);
    }
  }
}

void Parser::ParseBodyItem(Body& body) {
  const Token& name = Read();
  const Token& next = Peek();
  switch (next.kind) {
    case TokenKind::kEqual: {
      Read();
      operators_ = 0;
      Expression value = ParseExpression();
      const Token& end = Peek();
      if (end.kind == TokenKind::kComma) {
        Fail(end, "unexpected ',' after attribute " + Quoted(Text(name)) + ": put each attribute on a line of its own");
      }
      if (end.kind != TokenKind::kNewline && end.kind != TokenKind::kEof) {
        Fail(end, "expected a newline after the value of attribute " + Quoted(Text(name)) + ", " + Found(end));
      }
      Read();
      const Span span{name.span.begin, value.span.end};
      body.attributes.push_back(Attribute{Text(name), name.span, std::move(value), span});
      return;
    }
    case TokenKind::kOQuote:
    case TokenKind::kOBrace:
    case TokenKind::kIdent: body.blocks.push_back(ParseBlock(name)); return;
    default: Fail(next, "expected '=' or '{' after attribute or block name " + Quoted(Text(name)) + ", " + Found(next));
  }
}

Block Parser::ParseBlock(const Token& type) {
  DepthScope depth(*this, type.span.begin);
  Block block;
  block.type = Text(type);
  block.type_span = type.span;
  const std::string type_name = Quoted(block.type);
  for (;;) {
    const Token& token = Peek();
    if (token.kind == TokenKind::kOBrace) break;
    if (token.kind == TokenKind::kOQuote) {
      block.labels.push_back(ParseQuotedLabel());
      continue;
    }
    if (token.kind == TokenKind::kIdent) {
      Read();
      block.labels.push_back(Label{std::string(Text(token)), token.span});
      continue;
    }
    if (token.kind == TokenKind::kEqual) {
      Fail(token,
           "unexpected '=' after the labels of block " + type_name + ": an attribute is a single name followed by '='");
    }
    if (token.kind == TokenKind::kNewline) {
      size_t next = NextIndex();
      while (tokens_[next].kind == TokenKind::kNewline) ++next;
      if (tokens_[next].kind == TokenKind::kOBrace) {
        // Report the misplaced brace, then read the block anyway so its contents are checked too.
        Error(token.span.begin, "expected '{' on the same line as block " + type_name);
        pos_ = next;
        continue;
      }
      if (block.labels.size() == 1 && text_[block.labels[0].span.begin] == '"') {
        // `name "value"` is far more likely an attribute missing its '=' than a block.
        FailAt(block.labels[0].span.begin,
               "expected '=' or '{' after attribute or block name " + type_name + ", found a string");
      }
      Fail(token, "expected '{' on the same line as block " + type_name);
    }
    Fail(token, "expected a label or '{' after block type " + type_name + ", " + Found(token));
  }
  const Token& open = Read();
  const Token& first = Peek();
  if (first.kind == TokenKind::kNewline || first.kind == TokenKind::kEof || first.kind == TokenKind::kCBrace) {
    bool closed = false;
    block.body = ParseBody(&open, block.type, &closed);
    block.span = Span{type.span.begin, block.body.span.end};
    if (!closed) return block;  // the end of the file, already reported
  } else {
    // A one-line block `name { attr = value }` holds exactly one attribute.
    block.body.span.begin = open.span.begin;
    const Token& name = Peek();
    if (name.kind != TokenKind::kIdent) {
      Fail(name, "expected an attribute name or '}' after the '{' of block " + type_name + ", " + Found(name));
    }
    Read();
    const Token& equals = Peek();
    if (equals.kind == TokenKind::kOQuote || equals.kind == TokenKind::kOBrace || equals.kind == TokenKind::kIdent) {
      Fail(name, "a one-line block holds a single attribute: put the nested block " + Quoted(Text(name)) +
                     " on a line of its own");
    }
    if (equals.kind != TokenKind::kEqual) {
      Fail(equals, "expected '=' after attribute name " + Quoted(Text(name)) + ", " + Found(equals));
    }
    Read();
    operators_ = 0;
    Expression value = ParseExpression();
    const Token& close = Peek();
    if (close.kind == TokenKind::kComma) {
      Fail(close, "a one-line block holds a single attribute: put each attribute on a line of its own");
    }
    if (close.kind == TokenKind::kNewline) Fail(close, "a one-line block must end with '}' on the same line");
    if (close.kind == TokenKind::kEof) {
      Fail(close, "unclosed block " + type_name + ": expected '}' before the end of the file");
    }
    if (close.kind != TokenKind::kCBrace) {
      Fail(close, "expected '}' to close the one-line block " + type_name + ", " + Found(close));
    }
    Read();
    const Span span{name.span.begin, value.span.end};
    block.body.attributes.push_back(Attribute{Text(name), name.span, std::move(value), span});
    block.body.span.end = close.span.end;
    block.span = Span{type.span.begin, close.span.end};
  }
  const Token& end = Peek();
  if (end.kind == TokenKind::kNewline) {
    Read();
  } else if (end.kind != TokenKind::kEof) {
    Fail(end, "expected a newline after the closing '}' of block " + type_name + ", " + Found(end));
  }
  return block;
}

Label Parser::ParseQuotedLabel() {
  const Token& open = Read();
  Label label;
  for (;;) {
    const Token& token = Read();
    switch (token.kind) {
      case TokenKind::kCQuote: label.span = Span{open.span.begin, token.span.end}; return label;
      case TokenKind::kQuotedLit: DecodeQuotedLiteral(Text(token), token.span.begin, label.value, errors_); continue;
      case TokenKind::kTemplateInterp:
      case TokenKind::kTemplateControl:
        Fail(token, "a block label cannot hold template sequences: write $${ or %%{ for a literal ${ or %{");
      default: Fail(token, "unterminated block label: expected '\"'");
    }
  }
}

void Parser::Recover(size_t item_start, bool in_block) {
  // Skip to the newline that ends the failed item at this body's nesting level, matching
  // brackets, quotes and template sequences on the way.
  recover_stack_.clear();
  size_t at = item_start;
  for (;; ++at) {
    const TokenKind kind = tokens_[at].kind;
    if (kind == TokenKind::kEof) break;
    if (kind == TokenKind::kNewline) {
      if (recover_stack_.empty()) {
        pos_ = at + 1;
        return;
      }
      continue;
    }
    if (IsOpener(kind)) {
      // A directive closes like an interpolation.
      recover_stack_.push_back(kind == TokenKind::kTemplateControl ? TokenKind::kTemplateInterp : kind);
      continue;
    }
    const TokenKind opener = OpenerOf(kind);
    if (opener == TokenKind::kEof) continue;
    const auto match = std::find(recover_stack_.rbegin(), recover_stack_.rend(), opener);
    if (match != recover_stack_.rend()) {
      recover_stack_.erase(std::prev(match.base()), recover_stack_.end());
    } else if (kind == TokenKind::kCBrace && in_block && at > item_start) {
      pos_ = at;  // the enclosing block's own closing brace
      return;
    }
  }
  if (!recover_stack_.empty()) {
    // A bracket left open runs to the end of the file: resume at the line of the error (or the
    // next one) instead, so the rest of the file is still checked.
    const size_t failed = std::max(error_index_, item_start);
    for (size_t k = failed; k > item_start; --k) {
      if (tokens_[k].kind == TokenKind::kNewline) {
        pos_ = k + 1;
        return;
      }
    }
    for (size_t k = failed + 1; k < tokens_.size(); ++k) {
      if (tokens_[k].kind == TokenKind::kNewline) {
        pos_ = k + 1;
        return;
      }
    }
  }
  pos_ = at;
}

void Parser::CheckDuplicateAttributes(const Body& body) {
  const std::vector<Attribute>& attributes = body.attributes;
  const size_t count = attributes.size();
  if (count < 2) return;
  auto report = [&](const Attribute& first, const Attribute& again) {
    Error(again.name_span.begin, "attribute " + Quoted(again.name) + " is already set on line " +
                                     std::to_string(LineOf(first.name_span.begin)) + "; set each attribute once");
  };
  if (count <= 16) {
    for (size_t i = 1; i < count; ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (attributes[j].name == attributes[i].name) {
          report(attributes[j], attributes[i]);
          break;
        }
      }
    }
    return;
  }
  // Large bodies (a big .tfvars) sort instead of comparing every pair.
  std::vector<uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return attributes[a].name < attributes[b].name; });
  for (size_t i = 1, first = 0; i < count; ++i) {
    if (attributes[order[i]].name == attributes[order[first]].name) {
      report(attributes[order[first]], attributes[order[i]]);
    } else {
      first = i;
    }
  }
}

uint32_t Parser::LineOf(uint32_t offset) const {
  return 1 + static_cast<uint32_t>(std::count(text_.begin(), text_.begin() + offset, '\n'));
}

}  // namespace cxlint::parse::hcl
