// The template half of the lexer: the literal text of quoted strings and heredocs, where
// `${` and `%{` open sequences lexed as code, and the decoding of that text.

#include "parse/hcl/hcl_lexer.h"

#include "base/strings.h"
#include "base/utf8.h"
#include "parse/hcl/hcl_unicode.h"

namespace cxlint::parse::hcl {

namespace {}  // namespace

void Lexer::BeginTemplateSequence(TokenKind kind) {
  const bool strip = pos_ + 2 < text_.size() && text_[pos_ + 2] == '~';
  const uint32_t length = strip ? 3 : 2;
  // Whatever follows the sequence on this line cannot be a heredoc's closing marker.
  if (frames_.back().mode == Mode::kHeredoc) frames_.back().start_of_line = false;
  Emit(kind, pos_, pos_ + length, strip);
  ++braces_;
  frames_.emplace_back(Mode::kCode, braces_);
  pos_ += length;
}

void Lexer::LexQuoted() {
  const size_t size = text_.size();
  const uint32_t begin = pos_;
  auto flush_literal = [&] {
    if (pos_ > begin) Emit(TokenKind::kQuotedLit, begin, pos_);
  };
  while (pos_ < size) {
    const char c = text_[pos_];
    if (c == '"') {
      flush_literal();
      Emit(TokenKind::kCQuote, pos_, pos_ + 1);
      frames_.pop_back();
      ++pos_;
      return;
    }
    if (c == '\n' || c == '\r') {
      // Ending the string here keeps the next line parseable, so later errors still show.
      flush_literal();
      Error(frames_.back().opened_at,
            "unterminated string: a quoted string must end on its line (use \\n or a heredoc for multi-line text)");
      Emit(TokenKind::kCQuote, pos_, pos_);
      frames_.pop_back();
      return;
    }
    if (c == '\\') {
      // The escaped character is never special; a backslash before a newline leaves the newline
      // to end the string.
      pos_ += (pos_ + 1 < size && text_[pos_ + 1] != '\n' && text_[pos_ + 1] != '\r') ? 2 : 1;
      continue;
    }
    if ((c == '$' || c == '%') && pos_ + 1 < size) {
      const char next = text_[pos_ + 1];
      if (next == '{') {
        flush_literal();
        BeginTemplateSequence(c == '$' ? TokenKind::kTemplateInterp : TokenKind::kTemplateControl);
        return;
      }
      if (next == c && pos_ + 2 < size && text_[pos_ + 2] == '{') {
        pos_ += 3;  // `$${` or `%%{`: literal text
        continue;
      }
    }
    ++pos_;
  }
  flush_literal();
}

void Lexer::LexHeredoc() {
  const size_t size = text_.size();
  Frame& frame = frames_.back();
  if (frame.start_of_line) {
    // The closing marker is a whole line that reads the marker once spaces are trimmed, and
    // that line must end with a newline.
    const size_t newline = text_.find('\n', pos_);
    if (newline != std::string_view::npos && Trim(text_.substr(pos_, newline - pos_)) == frame.marker) {
      uint32_t end = static_cast<uint32_t>(newline);
      if (end > pos_ && text_[end - 1] == '\r') --end;
      Emit(TokenKind::kCHeredoc, pos_, end);
      Emit(TokenKind::kNewline, end, static_cast<uint32_t>(newline + 1));
      pos_ = static_cast<uint32_t>(newline + 1);
      frames_.pop_back();
      return;
    }
  }
  const uint32_t begin = pos_;
  while (pos_ < size) {
    const char c = text_[pos_];
    if (c == '\n') {
      ++pos_;
      Emit(TokenKind::kHeredocLit, begin, pos_);
      frame.start_of_line = true;
      return;
    }
    if (c == '\r' && (pos_ + 1 >= size || text_[pos_ + 1] != '\n')) {
      if (pos_ > begin) Emit(TokenKind::kHeredocLit, begin, pos_);
      frame.start_of_line = false;
      InvalidCharacter(pos_, 1);
      ++pos_;
      return;
    }
    if ((c == '$' || c == '%') && pos_ + 1 < size) {
      const char next = text_[pos_ + 1];
      if (next == '{') {
        if (pos_ > begin) Emit(TokenKind::kHeredocLit, begin, pos_);
        BeginTemplateSequence(c == '$' ? TokenKind::kTemplateInterp : TokenKind::kTemplateControl);
        return;
      }
      if (next == c && pos_ + 2 < size && text_[pos_ + 2] == '{') {
        pos_ += 3;
        continue;
      }
    }
    ++pos_;
  }
  if (pos_ > begin) Emit(TokenKind::kHeredocLit, begin, pos_);
  frame.start_of_line = false;
}

void Lexer::EndOfInput() {
  // Only the innermost open construct is reported here: an open `${` inside a string is the
  // parser's to report, at the point it expected the closing brace.
  const Frame& top = frames_.back();
  const uint32_t end = static_cast<uint32_t>(text_.size());
  if (top.mode != Mode::kCode) open_at_eof_ = true;
  if (top.mode == Mode::kQuoted) {
    Error(top.opened_at, "unterminated string: expected '\"' before the end of the file");
    Emit(TokenKind::kCQuote, end, end);
  } else if (top.mode == Mode::kHeredoc) {
    Error(top.opened_at, "unclosed heredoc <<" + std::string(top.marker) + ": expected a line reading \"" +
                             std::string(top.marker) + "\" (followed by a newline)");
    Emit(TokenKind::kCHeredoc, end, end);
  }
}

void DecodeQuotedLiteral(std::string_view raw, uint32_t base, std::string& out, std::vector<ParseError>& errors) {
  size_t i = 0;
  while (i < raw.size()) {
    // Copy the run up to the next character that may start an escape in one go.
    const size_t special = raw.find_first_of("\\$%", i);
    const size_t stop = special == std::string_view::npos ? raw.size() : special;
    out.append(raw.data() + i, stop - i);
    i = stop;
    if (i >= raw.size()) break;
    const char c = raw[i];
    if (c == '$' || c == '%') {
      if (i + 2 < raw.size() && raw[i + 1] == c && raw[i + 2] == '{') {
        out += c;
        out += '{';
        i += 3;
      } else {
        out += c;
        ++i;
      }
      continue;
    }
    const uint32_t at = base + static_cast<uint32_t>(i);
    if (i + 1 >= raw.size()) {
      errors.push_back({at, "invalid escape sequence: a backslash must be followed by an escape character"});
      ++i;
      continue;
    }
    const char selector = raw[i + 1];
    switch (selector) {
      case 'n':
        out += '\n';
        i += 2;
        continue;
      case 'r':
        out += '\r';
        i += 2;
        continue;
      case 't':
        out += '\t';
        i += 2;
        continue;
      case '"':
        out += '"';
        i += 2;
        continue;
      case '\\':
        out += '\\';
        i += 2;
        continue;
      case 'u':
      case 'U': {
        const size_t want = selector == 'u' ? 4 : 8;
        size_t digits = 0;
        while (digits < want && i + 2 + digits < raw.size() && HexValue(raw[i + 2 + digits]) >= 0) ++digits;
        if (digits != want) {
          errors.push_back({at, std::string("invalid escape sequence: \\") + selector + " must be followed by " +
                                    (want == 4 ? "four" : "eight") + " hexadecimal digits"});
          i += 2 + digits;
          continue;
        }
        uint32_t code_point = 0;
        for (size_t k = 0; k < want; ++k)
          code_point = (code_point << 4) | static_cast<uint32_t>(HexValue(raw[i + 2 + k]));
        if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
          errors.push_back({at, "invalid escape sequence: \\" + std::string(raw.substr(i + 1, 1 + want)) +
                                    " is not a Unicode character"});
        } else {
          AppendUtf8(out, code_point);
        }
        i += 2 + want;
        continue;
      }
      default: {
        // Name the whole (possibly multi-byte) character after the backslash.
        uint32_t code_point = 0;
        const uint32_t length = DecodeUtf8(raw, i + 1, &code_point);
        const std::string_view shown = raw.substr(i + 1, length == 0 ? 1 : length);
        errors.push_back({at, "invalid escape sequence \\" + std::string(shown) +
                                  ": use \\n, \\r, \\t, \\\", \\\\, \\uXXXX or \\UXXXXXXXX"});
        out.append(shown);
        i += 1 + shown.size();
        continue;
      }
    }
  }
}

void DecodeHeredocLiteral(std::string_view raw, std::string& out) {
  size_t i = 0;
  while (i < raw.size()) {
    const size_t special = raw.find_first_of("$%", i);
    const size_t stop = special == std::string_view::npos ? raw.size() : special;
    out.append(raw.data() + i, stop - i);
    i = stop;
    if (i >= raw.size()) break;
    const char c = raw[i];
    out += c;
    // `$${` reads as `${`: keep one sign and skip the doubled one.
    i += (i + 2 < raw.size() && raw[i + 1] == c && raw[i + 2] == '{') ? 2 : 1;
  }
}

}  // namespace cxlint::parse::hcl
