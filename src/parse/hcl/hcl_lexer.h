#pragma once
// Turns HCL source into tokens in one pass, with an explicit mode stack (code, quoted template,
// heredoc) instead of recursion, so nesting depth never grows the call stack.

#include <string>
#include <string_view>
#include <vector>

#include "parse/hcl/hcl_token.h"
#include "parse/parse_result.h"

namespace cxlint::parse::hcl {

/// The tokens of a whole file, always ending with kEof, and the lexical errors met.
struct LexResult {
  std::vector<Token> tokens;
  std::vector<ParseError> errors;
  bool open_at_eof = false;  // a string or heredoc was still open at the end (and was reported)
};

/// Lexes `text`; a UTF-8 byte order mark at the start is skipped (offsets still count it).
/// Expects valid UTF-8 (the loader checks); invalid bytes in code are invalid characters.
LexResult Lex(std::string_view text);

/// Appends the value of a kQuotedLit token's text `raw` to `out`: backslash escapes, `$${` and
/// `%%{` decoded. Bad escapes become errors at their offsets (`raw` starts at offset `base`).
void DecodeQuotedLiteral(std::string_view raw, uint32_t base, std::string& out, std::vector<ParseError>& errors);

/// Appends the value of a kHeredocLit token's text: `$${` and `%%{` decoded, backslashes literal.
void DecodeHeredocLiteral(std::string_view raw, std::string& out);

/// The lexer's state; the template half (quoted strings, heredocs) lives in hcl_template_lexer.cc.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  /// Runs the lexer over the whole text.
  LexResult Run();

 private:
  enum class Mode : uint8_t { kCode, kQuoted, kHeredoc };
  // One entry of the mode stack. A kCode frame above a template frame is an interpolation or
  // directive, which ends at the `}` that brings `braces_` back to `return_braces`.
  struct Frame {
    explicit Frame(Mode frame_mode, int braces = 0, std::string_view heredoc_marker = {}, uint32_t opened = 0)
        : mode(frame_mode), return_braces(braces), marker(heredoc_marker), opened_at(opened) {}
    Mode mode;
    int return_braces;
    std::string_view marker;    // kHeredoc: the closing marker
    uint32_t opened_at;         // offset of the `"` or `<<`, for unterminated-string messages
    bool start_of_line = true;  // kHeredoc: the next literal starts a line
  };

  void LexCode();
  void LexQuoted();
  void LexHeredoc();
  void LexNumber();
  void LexIdent();
  bool TryHeredocStart();
  // Pushes a kCode frame for `${` or `%{` at the current position.
  void BeginTemplateSequence(TokenKind kind);
  void EndOfInput();

  void Emit(TokenKind kind, uint32_t begin, uint32_t end, bool strip = false) {
    tokens_.push_back(Token{kind, strip, Span{begin, end}});
  }
  void Error(uint32_t offset, std::string message) { errors_.push_back(ParseError{offset, std::move(message)}); }
  void InvalidCharacter(uint32_t offset, uint32_t length);

  std::string_view text_;
  uint32_t pos_ = 0;
  int braces_ = 0;
  std::vector<Frame> frames_;
  std::vector<Token> tokens_;
  std::vector<ParseError> errors_;
  size_t invalid_reported_ = 0;
  size_t quotes_seen_ = 0;  // `'` and backtick: only the opening one of each pair is reported
  size_t backticks_seen_ = 0;
  bool open_at_eof_ = false;
};

}  // namespace cxlint::parse::hcl
