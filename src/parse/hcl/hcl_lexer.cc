// The code half of the lexer: identifiers, numbers, operators, comments and brace counting.

#include "parse/hcl/hcl_lexer.h"

#include "base/utf8.h"
#include "parse/hcl/hcl_unicode.h"

namespace cxlint::parse::hcl {

namespace {

// A hostile file of junk would otherwise give one error per byte.
constexpr size_t kMaxInvalidCharacterErrors = 20;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAsciiIdStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

bool IsAsciiIdContinue(char c) { return IsAsciiIdStart(c) || IsDigit(c) || c == '-'; }

std::string CodePointName(uint32_t code_point) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string digits;
  for (uint32_t value = code_point; value != 0 || digits.size() < 4; value >>= 4)
    digits.insert(digits.begin(), kHex[value & 15]);
  return "U+" + digits;
}

}  // namespace

std::string_view DescribeToken(TokenKind kind) {
  switch (kind) {
    case TokenKind::kEof: return "the end of the file";
    case TokenKind::kNewline: return "a newline";
    case TokenKind::kIdent: return "a name";
    case TokenKind::kNumber: return "a number";
    case TokenKind::kOBrace: return "'{'";
    case TokenKind::kCBrace: return "'}'";
    case TokenKind::kOBrack: return "'['";
    case TokenKind::kCBrack: return "']'";
    case TokenKind::kOParen: return "'('";
    case TokenKind::kCParen: return "')'";
    case TokenKind::kOQuote: return "a string";
    case TokenKind::kCQuote: return "the end of the string";
    case TokenKind::kOHeredoc: return "a heredoc";
    case TokenKind::kCHeredoc: return "the end of the heredoc";
    case TokenKind::kQuotedLit: return "string text";
    case TokenKind::kHeredocLit: return "heredoc text";
    case TokenKind::kTemplateInterp: return "'${'";
    case TokenKind::kTemplateControl: return "'%{'";
    case TokenKind::kTemplateSeqEnd: return "'}'";
    case TokenKind::kDot: return "'.'";
    case TokenKind::kComma: return "','";
    case TokenKind::kStar: return "'*'";
    case TokenKind::kSlash: return "'/'";
    case TokenKind::kPercent: return "'%'";
    case TokenKind::kPlus: return "'+'";
    case TokenKind::kMinus: return "'-'";
    case TokenKind::kEqual: return "'='";
    case TokenKind::kEqualOp: return "'=='";
    case TokenKind::kNotEqual: return "'!='";
    case TokenKind::kLess: return "'<'";
    case TokenKind::kLessEqual: return "'<='";
    case TokenKind::kGreater: return "'>'";
    case TokenKind::kGreaterEqual: return "'>='";
    case TokenKind::kAnd: return "'&&'";
    case TokenKind::kOr: return "'||'";
    case TokenKind::kBang: return "'!'";
    case TokenKind::kQuestion: return "'?'";
    case TokenKind::kColon: return "':'";
    case TokenKind::kDoubleColon: return "'::'";
    case TokenKind::kEllipsis: return "'...'";
    case TokenKind::kFatArrow: return "'=>'";
    case TokenKind::kInvalid: return "an invalid character";
  }
  return "a token";
}

LexResult Lex(std::string_view text) { return Lexer(text).Run(); }

LexResult Lexer::Run() {
  if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
  // Most tokens are a few bytes long; one reservation avoids regrowing on typical files.
  tokens_.reserve(text_.size() / 5 + 16);
  frames_.emplace_back(Mode::kCode);
  while (pos_ < text_.size()) {
    switch (frames_.back().mode) {
      case Mode::kCode: LexCode(); break;
      case Mode::kQuoted: LexQuoted(); break;
      case Mode::kHeredoc: LexHeredoc(); break;
    }
  }
  EndOfInput();
  const uint32_t end = static_cast<uint32_t>(text_.size());
  Emit(TokenKind::kEof, end, end);
  return LexResult{std::move(tokens_), std::move(errors_), open_at_eof_};
}

void Lexer::InvalidCharacter(uint32_t offset, uint32_t length) {
  Emit(TokenKind::kInvalid, offset, offset + length);
  const char c = text_[offset];
  if (c == '\'' && quotes_seen_++ % 2 == 1) return;
  if (c == '`' && backticks_seen_++ % 2 == 1) return;
  if (++invalid_reported_ > kMaxInvalidCharacterErrors) return;
  std::string message;
  switch (c) {
    case '&': message = "invalid character '&': HCL has no bitwise operators (did you mean '&&'?)"; break;
    case '|': message = "invalid character '|': HCL has no bitwise operators (did you mean '||'?)"; break;
    case '~': message = "invalid character '~': HCL has no bitwise operators (did you mean '!'?)"; break;
    case '^': message = "invalid character '^': HCL has no bitwise operators"; break;
    case ';': message = "invalid character ';': separate attributes and blocks with newlines"; break;
    case '\'': message = "invalid character '\\'': strings use double quotes"; break;
    case '`': message = "invalid character '`': use a heredoc (<<EOT) for a multi-line string"; break;
    case '\r': message = "invalid character: a carriage return not followed by a newline"; break;
    default: {
      uint32_t code_point = 0;
      if (DecodeUtf8(text_, offset, &code_point) == 0) {
        message = "invalid character: a byte that is not UTF-8";
      } else if (code_point >= 0x20 && code_point < 0x7F) {
        message = std::string("invalid character '") + c + "'";
      } else {
        message = "invalid character " + CodePointName(code_point);
      }
    }
  }
  Error(offset, std::move(message));
}

void Lexer::LexCode() {
  const uint32_t begin = pos_;
  const size_t size = text_.size();
  const char c = text_[pos_];
  const char next = pos_ + 1 < size ? text_[pos_ + 1] : '\0';
  auto single = [&](TokenKind kind) {
    Emit(kind, begin, begin + 1);
    pos_ = begin + 1;
  };
  auto pair = [&](TokenKind kind) {
    Emit(kind, begin, begin + 2);
    pos_ = begin + 2;
  };
  switch (c) {
    case ' ':
    case '\t':
      while (pos_ < size && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
      return;
    case '\n': return single(TokenKind::kNewline);
    case '\r':
      if (next == '\n') return pair(TokenKind::kNewline);
      InvalidCharacter(begin, 1);
      pos_ = begin + 1;
      return;
    case '#': {
      // A line comment ends its line, so the parser sees the newline that ends it.
      const size_t newline = text_.find('\n', begin);
      if (newline == std::string_view::npos) {
        pos_ = static_cast<uint32_t>(size);
      } else {
        Emit(TokenKind::kNewline, static_cast<uint32_t>(newline), static_cast<uint32_t>(newline + 1));
        pos_ = static_cast<uint32_t>(newline + 1);
      }
      return;
    }
    case '/':
      if (next == '/') {
        const size_t newline = text_.find('\n', begin);
        if (newline == std::string_view::npos) {
          pos_ = static_cast<uint32_t>(size);
        } else {
          Emit(TokenKind::kNewline, static_cast<uint32_t>(newline), static_cast<uint32_t>(newline + 1));
          pos_ = static_cast<uint32_t>(newline + 1);
        }
        return;
      }
      if (next == '*') {
        const size_t close = text_.find("*/", begin + 2);
        if (close == std::string_view::npos) {
          Error(begin, "unterminated /* comment: expected */");
          pos_ = static_cast<uint32_t>(size);
        } else {
          pos_ = static_cast<uint32_t>(close + 2);
        }
        return;
      }
      return single(TokenKind::kSlash);
    case '"':
      Emit(TokenKind::kOQuote, begin, begin + 1);
      frames_.emplace_back(Mode::kQuoted, 0, std::string_view(), begin);
      pos_ = begin + 1;
      return;
    case '<':
      if (next == '<' && TryHeredocStart()) return;
      if (next == '=') return pair(TokenKind::kLessEqual);
      return single(TokenKind::kLess);
    case '{': ++braces_; return single(TokenKind::kOBrace);
    case '}':
      if (frames_.size() > 1 && frames_.back().return_braces == braces_) {
        frames_.pop_back();
        --braces_;
        return single(TokenKind::kTemplateSeqEnd);
      }
      --braces_;
      return single(TokenKind::kCBrace);
    case '~':
      if (next == '}') {
        // Even without an open sequence this stays a sequence end, so the parser can say that
        // `~}` closes nothing.
        if (frames_.size() > 1 && frames_.back().return_braces == braces_) frames_.pop_back();
        --braces_;
        Emit(TokenKind::kTemplateSeqEnd, begin, begin + 2, /*strip=*/true);
        pos_ = begin + 2;
        return;
      }
      InvalidCharacter(begin, 1);
      pos_ = begin + 1;
      return;
    case '=':
      if (next == '=') return pair(TokenKind::kEqualOp);
      if (next == '>') return pair(TokenKind::kFatArrow);
      return single(TokenKind::kEqual);
    case '!':
      if (next == '=') return pair(TokenKind::kNotEqual);
      return single(TokenKind::kBang);
    case '>':
      if (next == '=') return pair(TokenKind::kGreaterEqual);
      return single(TokenKind::kGreater);
    case '&':
      if (next == '&') return pair(TokenKind::kAnd);
      break;
    case '|':
      if (next == '|') return pair(TokenKind::kOr);
      break;
    case ':':
      if (next == ':') return pair(TokenKind::kDoubleColon);
      return single(TokenKind::kColon);
    case '.':
      if (next == '.' && pos_ + 2 < size && text_[pos_ + 2] == '.') {
        Emit(TokenKind::kEllipsis, begin, begin + 3);
        pos_ = begin + 3;
        return;
      }
      return single(TokenKind::kDot);
    case ',': return single(TokenKind::kComma);
    case '*': return single(TokenKind::kStar);
    case '%': return single(TokenKind::kPercent);
    case '+': return single(TokenKind::kPlus);
    case '-': return single(TokenKind::kMinus);
    case '?': return single(TokenKind::kQuestion);
    case '[': return single(TokenKind::kOBrack);
    case ']': return single(TokenKind::kCBrack);
    case '(': return single(TokenKind::kOParen);
    case ')': return single(TokenKind::kCParen);
    default:
      if (IsDigit(c)) return LexNumber();
      if (IsAsciiIdStart(c)) return LexIdent();
      if (static_cast<unsigned char>(c) >= 0x80) {
        uint32_t code_point = 0;
        const uint32_t length = DecodeUtf8(text_, begin, &code_point);
        if (length != 0 && IsIdStartNonAscii(code_point)) return LexIdent();
        InvalidCharacter(begin, length == 0 ? 1 : length);
        pos_ = begin + (length == 0 ? 1 : length);
        return;
      }
      break;
  }
  InvalidCharacter(begin, 1);
  pos_ = begin + 1;
}

void Lexer::LexNumber() {
  // HCL's number token: a digit, then digits, dots and exponents, never ending in a dot. Odd
  // shapes such as "1.2.3" stay one token that the parser rejects, as HCL does; "1." is "1"
  // followed by a dot (an attribute access).
  const size_t size = text_.size();
  const uint32_t begin = pos_;
  uint32_t at = begin + 1;
  uint32_t end = at;
  while (at < size) {
    const char c = text_[at];
    if (IsDigit(c)) {
      end = ++at;
    } else if (c == '.') {
      ++at;
    } else if ((c == 'e' || c == 'E') && at + 1 < size &&
               (IsDigit(text_[at + 1]) ||
                ((text_[at + 1] == '+' || text_[at + 1] == '-') && at + 2 < size && IsDigit(text_[at + 2])))) {
      at += IsDigit(text_[at + 1]) ? 2 : 3;
      end = at;
    } else {
      break;
    }
  }
  Emit(TokenKind::kNumber, begin, end);
  pos_ = end;
}

void Lexer::LexIdent() {
  const size_t size = text_.size();
  const uint32_t begin = pos_;
  uint32_t code_point = 0;
  pos_ += static_cast<unsigned char>(text_[pos_]) < 0x80 ? 1 : DecodeUtf8(text_, pos_, &code_point);
  while (pos_ < size) {
    const char c = text_[pos_];
    if (IsAsciiIdContinue(c)) {
      ++pos_;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) break;
    const uint32_t length = DecodeUtf8(text_, pos_, &code_point);
    if (length == 0 || !IsIdContinueNonAscii(code_point)) break;
    pos_ += length;
  }
  Emit(TokenKind::kIdent, begin, pos_);
}

bool Lexer::TryHeredocStart() {
  // `<<` or `<<-`, an identifier, then the end of the line: anything else is not a heredoc.
  const size_t size = text_.size();
  const uint32_t begin = pos_;
  uint32_t at = begin + 2;
  const bool flush = at < size && text_[at] == '-';
  if (flush) ++at;
  const uint32_t marker_begin = at;
  uint32_t code_point = 0;
  if (at >= size) return false;
  if (IsAsciiIdStart(text_[at])) {
    ++at;
  } else if (const uint32_t length = DecodeUtf8(text_, at, &code_point);
             length != 0 && code_point >= 0x80 && IsIdStartNonAscii(code_point)) {
    at += length;
  } else {
    return false;
  }
  while (at < size) {
    if (IsAsciiIdContinue(text_[at])) {
      ++at;
      continue;
    }
    const uint32_t length = static_cast<unsigned char>(text_[at]) >= 0x80 ? DecodeUtf8(text_, at, &code_point) : 0;
    if (length == 0 || !IsIdContinueNonAscii(code_point)) break;
    at += length;
  }
  const std::string_view marker = text_.substr(marker_begin, at - marker_begin);
  uint32_t line_end = at;
  if (line_end < size && text_[line_end] == '\r') ++line_end;
  if (line_end >= size || text_[line_end] != '\n') {
    Error(begin, "expected a newline right after the heredoc introducer <<" + std::string(flush ? "-" : "") +
                     std::string(marker));
    Emit(TokenKind::kInvalid, begin, at);
    pos_ = at;
    return true;
  }
  Emit(TokenKind::kOHeredoc, begin, line_end + 1, flush);
  frames_.emplace_back(Mode::kHeredoc, 0, marker, begin);
  pos_ = line_end + 1;
  return true;
}

}  // namespace cxlint::parse::hcl
