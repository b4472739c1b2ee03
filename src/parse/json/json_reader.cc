#include "parse/json/json_reader.h"

#include <nlohmann/json.hpp>

#include <iterator>

#include "base/utf8.h"

namespace cxlint::parse {

namespace {

// nlohmann 3.11 reports no positions to SAX handlers. This iterator counts the bytes the lexer
// has pulled, which at each SAX event is the end of the token just read (numbers excepted: the
// lexer reads one byte past them). The token's begin is found by skipping the whitespace and
// separators that follow the previous token. tests/json_reader_test.cc re-reads every span, so
// a library change to this behaviour fails loudly.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* position, size_t* consumed) : position_(position), consumed_(consumed) {}
  reference operator*() const { return *position_; }
  CountingIterator& operator++() {
    ++position_;
    ++*consumed_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator copy = *this;
    ++*this;
    return copy;
  }
  bool operator==(const CountingIterator& other) const { return position_ == other.position_; }
  bool operator!=(const CountingIterator& other) const { return position_ != other.position_; }

 private:
  const char* position_;
  size_t* consumed_;
};

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  TreeBuilder(std::string_view text, const size_t* consumed, ParseResult& result)
      : text_(text), consumed_(consumed), result_(result) {}

  bool null() override { return Scalar(Node::ScalarStyle::kNull, "null", TokenEnd()); }
  bool boolean(bool value) override { return Scalar(Node::ScalarStyle::kBool, value ? "true" : "false", TokenEnd()); }
  bool number_integer(number_integer_t) override { return Number(); }
  bool number_unsigned(number_unsigned_t) override { return Number(); }
  bool number_float(number_float_t, const string_t&) override { return Number(); }
  bool string(string_t& value) override { return Scalar(Node::ScalarStyle::kString, std::move(value), TokenEnd()); }
  bool binary(binary_t&) override { return true; }  // not produced by the JSON format

  bool start_object(std::size_t) override { return Open(Node::Kind::kMap); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override { return Open(Node::Kind::kSequence); }
  bool end_array() override { return Close(); }

  bool key(string_t& value) override {
    const uint32_t begin = NextTokenBegin();
    const uint32_t end = TokenEnd();
    Node& map = *stack_.back();
    map.entries.push_back(MapEntry{std::move(value), {begin, end}, Node{}});
    cursor_ = end;
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
    // nlohmann counts the offending byte as read; step back onto it.
    uint32_t offset = position > 0 ? static_cast<uint32_t>(position - 1) : 0;
    offset = BeforeTrailingSpace(text_, offset);
    result_.errors.push_back({offset, DescribeError(error.what())});
    return false;
  }

 private:
  uint32_t TokenEnd() const { return static_cast<uint32_t>(*consumed_); }

  uint32_t NextTokenBegin() const {
    uint32_t i = cursor_;
    while (i < text_.size() && (IsJsonSpace(text_[i]) || text_[i] == ',' || text_[i] == ':')) ++i;
    return i;
  }

  bool Number() {
    const uint32_t begin = NextTokenBegin();
    uint32_t end = begin;
    while (end < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[end])) || text_[end] == '-' ||
                                  text_[end] == '+' || text_[end] == '.' || text_[end] == 'e' || text_[end] == 'E'))
      ++end;
    Node node;
    node.style = Node::ScalarStyle::kNumber;
    node.span = {begin, end};
    node.text = std::string(text_.substr(begin, end - begin));
    cursor_ = end;
    return Place(std::move(node));
  }

  bool Scalar(Node::ScalarStyle style, std::string text, uint32_t end) {
    Node node;
    node.style = style;
    node.span = {NextTokenBegin(), end};
    node.text = std::move(text);
    cursor_ = end;
    return Place(std::move(node));
  }

  bool Open(Node::Kind kind) {
    const uint32_t begin = NextTokenBegin();
    if (static_cast<int>(stack_.size()) >= kMaxDepth) {
      result_.errors.push_back({begin, "nesting deeper than " + std::to_string(kMaxDepth) + " levels"});
      return false;
    }
    Node node;
    node.kind = kind;
    node.span = {begin, begin + 1};
    cursor_ = begin + 1;
    Node* placed = PlaceAndGet(std::move(node));
    stack_.push_back(placed);
    return true;
  }

  bool Close() {
    const uint32_t end = TokenEnd();
    Node& closed = *stack_.back();
    closed.span.end = end;
    // Vectors grow by doubling; a finished container keeps only what it holds (an export's
    // tree is mostly small objects, and half-empty vectors were a third of a corpus run's peak).
    closed.entries.shrink_to_fit();
    closed.items.shrink_to_fit();
    stack_.pop_back();
    cursor_ = end;
    return true;
  }

  bool Place(Node node) {
    PlaceAndGet(std::move(node));
    return true;
  }

  // Puts a finished or opened node where it belongs: the document root, the next array item, or
  // the value of the key read last.
  Node* PlaceAndGet(Node node) {
    if (stack_.empty()) {
      result_.root = std::move(node);
      return &result_.root;
    }
    Node& parent = *stack_.back();
    if (parent.kind == Node::Kind::kSequence) {
      parent.items.push_back(std::move(node));
      return &parent.items.back();
    }
    parent.entries.back().value = std::move(node);
    return &parent.entries.back().value;
  }

  // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing
  // value - unexpected end of input; expected '[', '{', or a literal" -> the part after " - ",
  // followed by what was being parsed.
  static std::string DescribeError(const std::string& what) {
    // Never the library's exception id, nor a whole (possibly megabyte-long) number token.
    if (what.find("number overflow") != std::string::npos) return "invalid JSON: a number out of range";
    const std::string marker = "syntax error while parsing ";
    const size_t at = what.find(marker);
    if (at == std::string::npos) {
      const size_t colon = what.find(": ");
      const size_t id_end = what.rfind("] ", colon);
      return "invalid JSON: " + CutQuoted(colon != std::string::npos    ? what.substr(colon + 2)
                                          : id_end != std::string::npos ? what.substr(id_end + 2)
                                                                        : what);
    }
    const size_t dash = what.find(" - ", at);
    const std::string context = what.substr(at + marker.size(), dash - at - marker.size());
    std::string detail = dash == std::string::npos ? std::string() : what.substr(dash + 3);
    return "invalid JSON " + context + ": " + CutQuoted(detail);
  }

  // "last read: '<a long token>'" keeps the token's first characters only.
  static std::string CutQuoted(const std::string& text) {
    constexpr size_t kShown = 40;
    const size_t open = text.find('\'');
    const size_t close = open == std::string::npos ? open : text.rfind('\'');
    if (open == std::string::npos || close <= open + 1 + kShown) return text;
    size_t cut = open + 1 + kShown;
    while (cut > open + 1 && IsUtf8Continuation(text[cut])) --cut;  // whole characters
    return text.substr(0, cut) + "...'" + text.substr(close + 1);
  }

  std::string_view text_;
  const size_t* consumed_;
  ParseResult& result_;
  std::vector<Node*> stack_;
  uint32_t cursor_ = 0;
};

}  // namespace

ParseResult ParseJson(std::string_view text) {
  ParseResult result;
  size_t consumed = 0;
  TreeBuilder builder(text, &consumed, result);
  CountingIterator first(text.data(), &consumed);
  CountingIterator last(text.data() + text.size(), &consumed);
  const bool ok = nlohmann::json::sax_parse(first, last, &builder);
  if (!ok && result.errors.empty()) result.errors.push_back({0, "invalid JSON"});
  return result;
}

}  // namespace cxlint::parse
