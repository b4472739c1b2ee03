#pragma once
// The recursive-descent parser's state, shared by the body, expression and template parsers.
// Not part of the public API: use ParseHcl (hcl_parser.h).

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parse/hcl/hcl_ast.h"
#include "parse/hcl/hcl_syntax_store.h"
#include "parse/hcl/hcl_token.h"
#include "parse/parse_result.h"

namespace cxlint::parse::hcl {

/// Parses a token stream into a Body, collecting errors and recovering at body items.
class Parser {
 public:
  /// `eof_reported` says the lexer already reported a construct left open at the end of the file.
  Parser(std::string_view text, std::vector<Token> tokens, std::vector<ParseError>& errors, bool eof_reported,
         SyntaxStore& store)
      : text_(text), tokens_(std::move(tokens)), errors_(errors), store_(store), eof_reported_(eof_reported) {}

  /// Parses the whole file.
  Body ParseFile();

 private:
  // Thrown after an error has been recorded: unwinds to the body item being parsed, which then
  // skips to the next line at its nesting level.
  struct ItemFailure {};
  // Thrown when nesting exceeds kMaxDepth: parsing stops with that one error.
  struct DepthFailure {};

  // Keeps newlines significant (true) or skips them (false) until the end of the scope; HCL
  // ignores newlines inside (), [] and template sequences but not in bodies or objects.
  class NewlineScope {
   public:
    NewlineScope(Parser& parser, bool include) : parser_(parser) { parser_.newlines_.push_back(include); }
    ~NewlineScope() { parser_.newlines_.pop_back(); }
    NewlineScope(const NewlineScope&) = delete;
    NewlineScope& operator=(const NewlineScope&) = delete;

   private:
    Parser& parser_;
  };

  // Counts one level of nesting for the call stack bound.
  class DepthScope {
   public:
    DepthScope(Parser& parser, uint32_t offset) : parser_(parser) {
      if (++parser_.depth_ > kMaxDepth) {
        --parser_.depth_;  // the destructor of a scope whose constructor throws never runs
        parser_.DepthExceeded(offset);
      }
    }
    ~DepthScope() { --parser_.depth_; }
    DepthScope(const DepthScope&) = delete;
    DepthScope& operator=(const DepthScope&) = delete;

   private:
    Parser& parser_;
  };

  // One piece of a template before directives are matched up (hcl_template_parser.cc).
  struct TemplatePiece {
    enum class Type : uint8_t { kLiteral, kInterpolation, kIf, kElse, kEndIf, kFor, kEndFor };
    Type type;
    Expression node;           // kLiteral, kInterpolation, kIf (condition child), kFor (collection child)
    std::string literal = {};  // kLiteral: the text, decoded, trimmed and joined (KeepLiteral)
  };

  // Token cursor.
  size_t NextIndex() const {
    size_t at = pos_;
    if (!newlines_.back()) {
      while (tokens_[at].kind == TokenKind::kNewline) ++at;
    }
    return at;
  }
  const Token& Peek() const { return tokens_[NextIndex()]; }
  const Token& Read() {
    const size_t at = NextIndex();
    pos_ = tokens_[at].kind == TokenKind::kEof ? at : at + 1;
    return tokens_[at];
  }
  bool PeekKeyword(std::string_view keyword) const {
    const Token& token = Peek();
    return token.kind == TokenKind::kIdent && Text(token) == keyword;
  }
  std::string_view Text(const Token& token) const { return SourceText(text_, token.span); }
  std::string_view Text(Span span) const { return SourceText(text_, span); }

  // Errors.
  void Error(uint32_t offset, std::string message) { errors_.push_back(ParseError{offset, std::move(message)}); }
  [[noreturn]] void Fail(const Token& at, std::string message);
  [[noreturn]] void FailAt(uint32_t offset, std::string message);
  [[noreturn]] void DepthExceeded(uint32_t offset);
  // "found X" for messages, quoting names and numbers.
  std::string Found(const Token& token) const;
  // Sets the height of `node` from its children; too tall a tree is a depth error.
  void Finish(Expression& node);
  // Sets `node`'s children, copied into the store.
  void SetChildren(Expression& node, std::span<const Expression> children) { node.children = store_.Keep(children); }
  void SetChildren(Expression& node, std::initializer_list<Expression> children) {
    node.children = store_.Keep(std::span<const Expression>(children.begin(), children.size()));
  }
  // A literal's decoded text as the tree keeps it: a view of the source when it reads as written
  // at `span` (most do), else a copy in the store.
  std::string_view KeepLiteral(std::string_view text, Span span) {
    const std::string_view written = Text(span);
    return text == written ? written : store_.Keep(text);
  }

  // Bodies (hcl_body_parser.cc).
  Body ParseBody(const Token* open_brace, std::string_view block_type, bool* closed);
  void ParseBodyItem(Body& body);
  Block ParseBlock(const Token& type);
  Label ParseQuotedLabel();
  void Recover(size_t item_start, bool in_block);
  void CheckDuplicateAttributes(const Body& body);
  // Drops the spare capacity of a finished body's lists (see Finish).
  static void ShrinkToFit(Body& body);
  uint32_t LineOf(uint32_t offset) const;

  // Expressions (hcl_expression_parser.cc).
  Expression ParseExpression();
  Expression ParseBinary(int min_precedence);
  Expression ParseOperand();
  Expression ParseTerm();
  Expression ParseTraversals(Expression from);
  Expression ParseFunctionCall(const Token& name);
  Expression ParseTuple();
  Expression ParseObject();
  Expression ParseFor(const Token& open);
  Expression MakeNumber(const Token& token, ExprKind kind);
  // Adds `step` to the traversal steps after `source`.
  void AddStep(const Expression& source, std::vector<Expression>& steps, const Expression& step);
  // Makes `source` followed by `steps` one kTraversal (or leaves `source` when there are none).
  Expression MakeTraversal(const Expression& source, std::vector<Expression>& steps);

  // Templates (hcl_template_parser.cc).
  Expression ParseTemplate();
  TemplatePiece ParseDirective(const Token& open);
  void StripFlushIndent(std::vector<TemplatePiece>& pieces);
  // Builds the parts of template `into` from pieces[index...] until a directive that ends the
  // current branch; returns the index of that directive, or pieces.size() at the end.
  size_t BuildParts(std::vector<TemplatePiece>& pieces, size_t index, Expression& into);

  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<ParseError>& errors_;
  SyntaxStore& store_;
  size_t pos_ = 0;
  size_t error_index_ = 0;  // token index of the last failure, for recovery
  int depth_ = 0;
  // Binary operators in the attribute being parsed: chains do not count as nesting, so their
  // total bounds how deep a walk of the expression can go (nesting plus operators).
  size_t operators_ = 0;
  bool eof_reported_ = false;
  std::vector<bool> newlines_{true};
  std::vector<TokenKind> recover_stack_;
};

}  // namespace cxlint::parse::hcl
