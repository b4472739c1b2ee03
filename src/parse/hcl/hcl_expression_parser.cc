// Expressions: operators by precedence, conditionals, terms, traversals and splats, function
// calls, tuples, objects and for expressions.

#include <charconv>
#include <limits>

#include "parse/hcl/hcl_parser_internal.h"

namespace cxlint::parse::hcl {

namespace {

// HCL's binary operators, loosest first: || then && then == != then < > <= >= then + - then * / %.
int Precedence(TokenKind kind) {
  switch (kind) {
    case TokenKind::kOr: return 1;
    case TokenKind::kAnd: return 2;
    case TokenKind::kEqualOp:
    case TokenKind::kNotEqual: return 3;
    case TokenKind::kLess:
    case TokenKind::kLessEqual:
    case TokenKind::kGreater:
    case TokenKind::kGreaterEqual: return 4;
    case TokenKind::kPlus:
    case TokenKind::kMinus: return 5;
    case TokenKind::kStar:
    case TokenKind::kSlash:
    case TokenKind::kPercent: return 6;
    default: return 0;
  }
}

Operator BinaryOperator(TokenKind kind) {
  switch (kind) {
    case TokenKind::kOr: return Operator::kOr;
    case TokenKind::kAnd: return Operator::kAnd;
    case TokenKind::kEqualOp: return Operator::kEqual;
    case TokenKind::kNotEqual: return Operator::kNotEqual;
    case TokenKind::kLess: return Operator::kLess;
    case TokenKind::kLessEqual: return Operator::kLessEqual;
    case TokenKind::kGreater: return Operator::kGreater;
    case TokenKind::kGreaterEqual: return Operator::kGreaterEqual;
    case TokenKind::kPlus: return Operator::kAdd;
    case TokenKind::kMinus: return Operator::kSubtract;
    case TokenKind::kStar: return Operator::kMultiply;
    case TokenKind::kSlash: return Operator::kDivide;
    case TokenKind::kPercent: return Operator::kModulo;
    default: return Operator::kNone;
  }
}

// What Go's big.ParseFloat accepts from HCL's number tokens: digits, an optional fraction
// (possibly empty, as in "1.e5"), an optional exponent.
bool IsValidNumber(std::string_view text) {
  size_t i = 0;
  auto digits = [&] {
    const size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > start;
  };
  if (!digits()) return false;
  if (i < text.size() && text[i] == '.') {
    ++i;
    digits();
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == text.size();
}

Expression Leaf(ExprKind kind, Span span) {
  Expression node;
  node.kind = kind;
  node.span = span;
  return node;
}

}  // namespace

Expression Parser::ParseExpression() {
  DepthScope depth(*this, Peek().span.begin);
  Expression condition = ParseBinary(1);
  if (Peek().kind != TokenKind::kQuestion) return condition;
  Read();
  Expression if_true = ParseExpression();
  const Token& colon = Peek();
  if (colon.kind != TokenKind::kColon) {
    Fail(colon, "expected ':' and a false value in the conditional (c ? a : b), " + Found(colon));
  }
  Read();
  Expression if_false = ParseExpression();
  Expression node = Leaf(ExprKind::kConditional, Span{condition.span.begin, if_false.span.end});
  SetChildren(node, {condition, if_true, if_false});
  Finish(node);
  return node;
}

Expression Parser::ParseBinary(int min_precedence) {
  // Precedence climbing: operators of one level combine left to right, a + b + c = (a + b) + c.
  Expression left = ParseOperand();
  for (;;) {
    const Token& token = Peek();
    const int precedence = Precedence(token.kind);
    if (precedence == 0 || precedence < min_precedence) return left;
    // A flat chain a + b + c + ... is not nesting (HCL accepts any length), but each operator
    // adds a level to the tree's left spine; the evaluator follows that spine without
    // recursing, and the operators of one attribute are bounded on their own.
    if (++operators_ > kMaxChainOperators) {
      Error(token.span.begin, "more than " + std::to_string(kMaxChainOperators) + " operators in one expression");
      throw DepthFailure{};
    }
    Read();
    Expression right = ParseBinary(precedence + 1);
    Expression node = Leaf(ExprKind::kBinary, Span{left.span.begin, right.span.end});
    node.op = BinaryOperator(token.kind);
    // Only the left operand of the same chain adds no level.
    node.height = left.kind == ExprKind::kBinary
                      ? std::max<uint16_t>(left.height, static_cast<uint16_t>(right.height + 1))
                      : static_cast<uint16_t>(std::max(left.height, right.height) + 1);
    if (node.height > kMaxDepth) DepthExceeded(node.span.begin);
    SetChildren(node, {left, right});
    left = node;
  }
}

Expression Parser::ParseOperand() { return ParseTraversals(ParseTerm()); }

Expression Parser::ParseTerm() {
  const Token& token = Peek();
  switch (token.kind) {
    case TokenKind::kOParen: {
      Read();
      NewlineScope newlines(*this, false);
      Expression inner = ParseExpression();
      const Token& close = Peek();
      if (close.kind != TokenKind::kCParen) Fail(close, "expected ')' to close '(', " + Found(close));
      Read();
      Expression node = Leaf(ExprKind::kParens, Span{token.span.begin, close.span.end});
      SetChildren(node, {inner});
      Finish(node);
      return node;
    }
    case TokenKind::kNumber: Read(); return MakeNumber(token, ExprKind::kNumber);
    case TokenKind::kIdent: {
      Read();
      const TokenKind next = Peek().kind;
      if (next == TokenKind::kOParen || next == TokenKind::kDoubleColon) return ParseFunctionCall(token);
      const std::string_view name = Text(token);
      if (name == "true" || name == "false") {
        Expression node = Leaf(ExprKind::kBool, token.span);
        node.bool_value = name == "true";
        return node;
      }
      if (name == "null") return Leaf(ExprKind::kNull, token.span);
      Expression node = Leaf(ExprKind::kVariable, token.span);
      node.SetName(name);
      return node;
    }
    case TokenKind::kOQuote:
    case TokenKind::kOHeredoc: return ParseTemplate();
    case TokenKind::kMinus:
    case TokenKind::kBang: {
      // The operand takes traversals but no binary operators: -a.b * c is (-(a.b)) * c.
      Read();
      DepthScope depth(*this, token.span.begin);
      Expression operand = ParseOperand();
      Expression node = Leaf(ExprKind::kUnary, Span{token.span.begin, operand.span.end});
      node.op = token.kind == TokenKind::kMinus ? Operator::kNegate : Operator::kNot;
      SetChildren(node, {operand});
      Finish(node);
      return node;
    }
    case TokenKind::kOBrack: return ParseTuple();
    case TokenKind::kOBrace: return ParseObject();
    default: Fail(token, "expected an expression, " + Found(token));
  }
}

Expression Parser::MakeNumber(const Token& token, ExprKind kind) {
  const std::string_view digits = Text(token);
  Expression node = Leaf(kind, token.span);
  node.SetValue(digits);
  if (kind == ExprKind::kLegacyIndex && digits.find('.') != std::string_view::npos) {
    // `a.0.1` reads as attribute `0.1`: HCL refuses the ambiguity.
    const size_t dot = digits.find('.');
    Error(token.span.begin, "legacy index \"." + std::string(digits) + "\" chains two indexes: write [" +
                                std::string(digits.substr(0, dot)) + "][" + std::string(digits.substr(dot + 1)) + "]");
  } else if (!IsValidNumber(digits)) {
    Error(token.span.begin, "invalid number \"" + std::string(digits) + "\"");
  }
  return node;
}

void Parser::AddStep(const Expression& source, std::vector<Expression>& steps, const Expression& step) {
  // A traversal is one level above its tallest part: too tall at the step that makes it so.
  if (std::max(source.height, step.height) + 1 > kMaxDepth) DepthExceeded(step.span.begin);
  steps.push_back(step);
}

Expression Parser::MakeTraversal(const Expression& source, std::vector<Expression>& steps) {
  if (steps.empty()) return source;
  Expression chain = Leaf(ExprKind::kTraversal, Span{source.span.begin, steps.back().span.end});
  steps.insert(steps.begin(), source);
  SetChildren(chain, steps);
  steps.clear();
  Finish(chain);
  return chain;
}

Expression Parser::ParseTraversals(Expression from) {
  Expression result = from;
  std::vector<Expression> steps;  // of `result`, made one traversal before a splat takes it
  for (;;) {
    const Token& token = Peek();
    if (token.kind == TokenKind::kDot) {
      Read();
      const Token& next = Peek();
      if (next.kind == TokenKind::kIdent) {
        Read();
        Expression step = Leaf(ExprKind::kGetAttr, Span{token.span.begin, next.span.end});
        step.SetName(Text(next));
        AddStep(result, steps, step);
      } else if (next.kind == TokenKind::kNumber) {
        Read();
        Expression step = MakeNumber(next, ExprKind::kLegacyIndex);
        step.span.begin = token.span.begin;
        AddStep(result, steps, step);
      } else if (next.kind == TokenKind::kStar) {
        // `.*` applies only the attribute names and legacy indexes that follow it to each element.
        const Token& star = Read();
        const Expression item = Leaf(ExprKind::kSplatItem, Span{token.span.begin, star.span.end});
        std::vector<Expression> each_steps;
        while (Peek().kind == TokenKind::kDot) {
          const Token& dot = Read();
          const Token& name = Peek();
          if (name.kind == TokenKind::kNumber) {
            Read();
            Expression step = MakeNumber(name, ExprKind::kLegacyIndex);
            step.span.begin = dot.span.begin;
            AddStep(item, each_steps, step);
          } else if (name.kind == TokenKind::kIdent) {
            Read();
            Expression step = Leaf(ExprKind::kGetAttr, Span{dot.span.begin, name.span.end});
            step.SetName(Text(name));
            AddStep(item, each_steps, step);
          } else if (name.kind == TokenKind::kStar) {
            Fail(name, "a splat cannot follow an attribute-only splat (.*): write [*] for the outer one");
          } else {
            Fail(name, "expected an attribute name after '.', " + Found(name));
          }
        }
        const Expression each = MakeTraversal(item, each_steps);
        result = MakeTraversal(result, steps);
        Expression splat = Leaf(ExprKind::kSplat, Span{result.span.begin, each.span.end});
        splat.attr_only = true;
        SetChildren(splat, {result, each});
        Finish(splat);
        result = splat;
      } else {
        Fail(next, "expected an attribute name after '.', " + Found(next));
      }
    } else if (token.kind == TokenKind::kOBrack) {
      Read();
      if (Peek().kind == TokenKind::kStar) {
        // `[*]` applies every traversal that follows it to each element.
        Read();
        const Token& close = Read();
        if (close.kind != TokenKind::kCBrack) Fail(close, "expected ']' after '[*', " + Found(close));
        DepthScope depth(*this, token.span.begin);
        Expression each = ParseTraversals(Leaf(ExprKind::kSplatItem, Span{token.span.begin, close.span.end}));
        result = MakeTraversal(result, steps);
        Expression splat = Leaf(ExprKind::kSplat, Span{result.span.begin, each.span.end});
        SetChildren(splat, {result, each});
        Finish(splat);
        result = splat;
      } else {
        NewlineScope newlines(*this, false);
        Expression key = ParseExpression();
        const Token& close = Peek();
        if (close.kind != TokenKind::kCBrack) Fail(close, "expected ']' to close the index, " + Found(close));
        Read();
        Expression step = Leaf(ExprKind::kIndex, Span{token.span.begin, close.span.end});
        SetChildren(step, {key});
        Finish(step);
        AddStep(result, steps, step);
      }
    } else {
      return MakeTraversal(result, steps);
    }
  }
}

Expression Parser::ParseFunctionCall(const Token& name) {
  uint32_t name_end = name.span.end;
  while (Peek().kind == TokenKind::kDoubleColon) {
    Read();
    const Token& part = Read();
    if (part.kind != TokenKind::kIdent) Fail(part, "expected a function name after '::', " + Found(part));
    name_end = part.span.end;
  }
  const std::string function = "\"" + std::string(Text(Span{name.span.begin, name_end})) + "\"";
  const Token& open = Peek();
  if (open.kind != TokenKind::kOParen) Fail(open, "expected '(' after function name " + function + ", " + Found(open));
  Read();
  NewlineScope newlines(*this, false);
  Expression call = Leaf(ExprKind::kFunctionCall, name.span);
  call.SetName(Text(Span{name.span.begin, name_end}));
  std::vector<Expression> arguments;
  for (;;) {
    if (Peek().kind == TokenKind::kCParen) {
      call.span.end = Read().span.end;
      break;
    }
    if (Peek().kind == TokenKind::kEof) {
      Fail(open, "unclosed call of " + function + ": expected ')' before the end of the file");
    }
    arguments.push_back(ParseExpression());
    const Token& separator = Read();
    if (separator.kind == TokenKind::kCParen) {
      call.span.end = separator.span.end;
      break;
    }
    if (separator.kind == TokenKind::kEllipsis) {
      call.expand_final = true;
      const Token& close = Peek();
      if (close.kind != TokenKind::kCParen) {
        Fail(close, "expected ')' right after '...': only the last argument of " + function + " can be expanded");
      }
      call.span.end = Read().span.end;
      break;
    }
    if (separator.kind == TokenKind::kEof) {
      Fail(open, "unclosed call of " + function + ": expected ')' before the end of the file");
    }
    if (separator.kind != TokenKind::kComma) {
      Fail(separator, "expected ',' or ')' after an argument of " + function + ", " + Found(separator));
    }
  }
  SetChildren(call, arguments);
  Finish(call);
  return call;
}

Expression Parser::ParseTuple() {
  const Token& open = Read();
  NewlineScope newlines(*this, false);
  if (PeekKeyword("for")) return ParseFor(open);
  Expression tuple = Leaf(ExprKind::kTuple, open.span);
  std::vector<Expression> elements;
  for (;;) {
    if (Peek().kind == TokenKind::kCBrack) {
      tuple.span.end = Read().span.end;
      break;
    }
    if (Peek().kind == TokenKind::kEof) Fail(open, "unclosed '[': expected ']' before the end of the file");
    elements.push_back(ParseExpression());
    const Token& next = Peek();
    if (next.kind == TokenKind::kCBrack) {
      tuple.span.end = Read().span.end;
      break;
    }
    if (next.kind == TokenKind::kEof) Fail(open, "unclosed '[': expected ']' before the end of the file");
    if (next.kind != TokenKind::kComma) Fail(next, "expected ',' or ']' after a tuple element, " + Found(next));
    Read();
  }
  SetChildren(tuple, elements);
  Finish(tuple);
  return tuple;
}

Expression Parser::ParseObject() {
  const Token& open = Read();
  bool is_for = false;
  {
    // `{ for ...` may put the keyword on the next line, though objects mind newlines.
    NewlineScope newlines(*this, false);
    is_for = PeekKeyword("for");
  }
  if (is_for) return ParseFor(open);
  NewlineScope newlines(*this, true);
  Expression object = Leaf(ExprKind::kObject, open.span);
  std::vector<Expression> items;  // key, value, key, value, ...
  for (;;) {
    const Token& next = Peek();
    if (next.kind == TokenKind::kNewline) {
      Read();
      continue;
    }
    if (next.kind == TokenKind::kCBrace) {
      object.span.end = Read().span.end;
      break;
    }
    if (next.kind == TokenKind::kEof) Fail(open, "unclosed '{': expected '}' before the end of the file");
    Expression key = ParseExpression();
    const Token& separator = Peek();
    if (separator.kind == TokenKind::kEof) Fail(open, "unclosed '{': expected '}' before the end of the file");
    if (separator.kind != TokenKind::kEqual && separator.kind != TokenKind::kColon) {
      std::string message = "expected '=' or ':' after an object key, " + Found(separator);
      // `foo.1bar = x` was a valid key in HCL 1; HCL 2 needs it quoted.
      if (separator.kind == TokenKind::kIdent) message += " (quote a key that holds dots or spaces)";
      Fail(separator, message);
    }
    Read();
    Expression value = ParseExpression();
    items.push_back(key);
    items.push_back(value);
    const Token& after = Peek();
    if (after.kind == TokenKind::kCBrace) {
      object.span.end = Read().span.end;
      break;
    }
    if (after.kind == TokenKind::kEof) Fail(open, "unclosed '{': expected '}' before the end of the file");
    if (after.kind != TokenKind::kComma && after.kind != TokenKind::kNewline) {
      Fail(after, "expected ',' or a newline after an object item, " + Found(after));
    }
    Read();
  }
  SetChildren(object, items);
  Finish(object);
  return object;
}

Expression Parser::ParseFor(const Token& open) {
  NewlineScope newlines(*this, false);
  const bool object = open.kind == TokenKind::kOBrace;
  const TokenKind close_kind = object ? TokenKind::kCBrace : TokenKind::kCBrack;
  const char* close_text = object ? "'}'" : "']'";
  Read();  // `for`
  Expression node = Leaf(ExprKind::kFor, open.span);
  node.object_for = object;
  const Token& first = Peek();
  if (first.kind != TokenKind::kIdent) Fail(first, "expected a variable name after 'for', " + Found(first));
  Read();
  std::string_view key_variable, value_variable = Text(first);
  if (Peek().kind == TokenKind::kComma) {
    Read();
    const Token& second = Peek();
    if (second.kind != TokenKind::kIdent) Fail(second, "expected a value variable name after ',', " + Found(second));
    Read();
    key_variable = value_variable;
    value_variable = Text(second);
  }
  node.SetForNames(store_.KeepPair(key_variable, value_variable));
  if (!PeekKeyword("in")) Fail(Peek(), "expected 'in' after the variables of a for expression, " + Found(Peek()));
  Read();
  std::vector<Expression> parts{ParseExpression()};
  const Token& colon = Peek();
  if (colon.kind != TokenKind::kColon)
    Fail(colon, "expected ':' after the collection of a for expression, " + Found(colon));
  Read();
  Expression value = ParseExpression();
  if (Peek().kind == TokenKind::kFatArrow) {
    Read();
    node.has_key = true;
    parts.push_back(value);
    value = ParseExpression();
  }
  parts.push_back(value);
  uint32_t ellipsis = 0;
  if (Peek().kind == TokenKind::kEllipsis) {
    ellipsis = Read().span.begin;
    node.group = true;
  }
  if (PeekKeyword("if")) {
    Read();
    node.has_condition = true;
    parts.push_back(ParseExpression());
  }
  const Token& close = Peek();
  if (close.kind == TokenKind::kEof) {
    Fail(open, std::string("unclosed for expression: expected ") + close_text + " before the end of the file");
  }
  if (close.kind != close_kind) {
    Fail(close, std::string("expected ") + close_text + " to close the for expression, " + Found(close));
  }
  node.span.end = Read().span.end;
  SetChildren(node, parts);
  // HCL rejects these after reading the whole expression; so does this parser, and carries on.
  if (!object && node.has_key) {
    Error(node.children[1].span.begin,
          "a [for ...] expression builds a tuple and takes no key (=>): use {for ...} "
          "to build an object");
  }
  if (!object && node.group) Error(ellipsis, "grouping with '...' needs an object: use {for ...}");
  if (object && !node.has_key) {
    Error(node.ForValue().span.begin, "a {for ...} expression needs a key: {for k, v in x : k => v}");
  }
  Finish(node);
  return node;
}

}  // namespace cxlint::parse::hcl
