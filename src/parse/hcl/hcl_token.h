#pragma once
// The tokens the HCL lexer produces for the parser.

#include <cstdint>
#include <string_view>

#include "base/source_file.h"

namespace cxlint::parse::hcl {

/// What a token is.
enum class TokenKind : uint8_t {
  kEof,
  kNewline,  // "\n" or "\r\n"; also ends a `#` or `//` comment (the comment itself is dropped)
  kIdent,
  kNumber,
  kOBrace,
  kCBrace,
  kOBrack,
  kCBrack,
  kOParen,
  kCParen,
  kOQuote,           // `"` opening a quoted template
  kCQuote,           // `"` closing it (zero-width when the lexer had to end an unterminated string)
  kOHeredoc,         // `<<EOT` or `<<-EOT` and the newline after it
  kCHeredoc,         // the closing marker line without its newline (which follows as kNewline)
  kQuotedLit,        // literal text of a quoted template, escapes not yet decoded
  kHeredocLit,       // literal text of one heredoc line (with its newline), `$${` not yet decoded
  kTemplateInterp,   // `${` or `${~`
  kTemplateControl,  // `%{` or `%{~`
  kTemplateSeqEnd,   // `}` or `~}` closing an interpolation or directive
  kDot,
  kComma,
  kStar,
  kSlash,
  kPercent,
  kPlus,
  kMinus,
  kEqual,     // =
  kEqualOp,   // ==
  kNotEqual,  // !=
  kLess,
  kLessEqual,
  kGreater,
  kGreaterEqual,
  kAnd,  // &&
  kOr,   // ||
  kBang,
  kQuestion,
  kColon,
  kDoubleColon,  // ::
  kEllipsis,     // ...
  kFatArrow,     // =>
  kInvalid,      // a character HCL does not use; the lexer has reported it
};

/// One token: its kind and its bytes in the source.
struct Token {
  TokenKind kind = TokenKind::kEof;
  /// For kTemplateInterp/kTemplateControl: opened with `~`; for kTemplateSeqEnd: closed with `~`;
  /// for kOHeredoc: the `<<-` form.
  bool strip = false;
  Span span;
};

/// How a token reads in a message: "'='", "a newline", "the end of the file", "a string".
std::string_view DescribeToken(TokenKind kind);

}  // namespace cxlint::parse::hcl
