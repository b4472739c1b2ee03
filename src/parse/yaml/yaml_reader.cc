#include "parse/yaml/yaml_reader.h"

#include <yaml.h>

#include <algorithm>
#include <unordered_map>

#include "parse/yaml/char_offsets.h"
#include "parse/yaml/placeholders.h"

namespace cxlint::parse {

namespace {

// Stops reading from inside the tree builder: a budget or the nesting limit was passed.
struct Abort {
  uint32_t offset;
  std::string message;
};

// Alias expansion copies subtrees; these budgets stop "billion laughs" documents. Both the nodes
// and the bytes an alias would create are counted before it is copied: a few nested anchors of
// long scalars reach gigabytes long before they reach the node limit.
constexpr size_t kMaxNodes = 5'000'000;
constexpr size_t kMaxAliasBytes = 64ull << 20;

struct Size {
  size_t nodes = 0;
  size_t bytes = 0;
};

Size SizeOf(const Node& root) {
  Size size;
  ForEachNode(root, [&](const Node& node, int) {
    ++size.nodes;
    size.bytes += sizeof(Node) + node.text.size() + node.items.size() * sizeof(Node);
    for (const MapEntry& entry : node.entries) size.bytes += sizeof(MapEntry) + entry.key.size();
  });
  return size;
}

// Where a scalar's text ends, for its span: after the closing quote of a quoted scalar; for a plain
// or block scalar, at the end of its first line's text (a caret underlines one line).
uint32_t ScalarEnd(std::string_view text, uint32_t begin, bool in_flow) {
  if (begin >= text.size()) return begin;
  const char first = text[begin];
  uint32_t i = begin + 1;
  if (first == '"') {
    while (i < text.size() && text[i] != '"') i += (text[i] == '\\') ? 2 : 1;
    return std::min<uint32_t>(i + 1, static_cast<uint32_t>(text.size()));
  }
  if (first == '\'') {
    while (i < text.size()) {
      if (text[i] == '\'' && (i + 1 >= text.size() || text[i + 1] != '\'')) return i + 1;
      i += (text[i] == '\'') ? 2 : 1;
    }
    return static_cast<uint32_t>(text.size());
  }
  i = begin;
  while (i < text.size() && text[i] != '\n' && text[i] != '\r') {
    const char c = text[i];
    const bool next_is_space =
        i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n' || text[i + 1] == '\r';
    if (c == ':' && (next_is_space || (in_flow && i + 1 < text.size() && text[i + 1] == ','))) break;
    if (c == '#' && i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) break;
    if (in_flow && (c == ',' || c == ']' || c == '}')) break;
    ++i;
  }
  while (i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i;
}

// Builds the tree from libyaml's events, one event at a time.
class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const SubstitutedText& substituted, Node& root)
      : text_(text), substituted_(substituted), root_(root), offsets_(text) {}

  /// Takes one event; false once the first document is complete (the rest of the file is not read).
  bool Handle(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_SCALAR_EVENT: Scalar(event); return true;
      case YAML_ALIAS_EVENT: Alias(event); return true;
      case YAML_SEQUENCE_START_EVENT:
        Open(Node::Kind::kSequence, event.start_mark, Anchor(event.data.sequence_start.anchor),
             event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
        return true;
      case YAML_MAPPING_START_EVENT:
        Open(Node::Kind::kMap, event.start_mark, Anchor(event.data.mapping_start.anchor),
             event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
        return true;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: Close(); return true;
      case YAML_DOCUMENT_END_EVENT:
      case YAML_STREAM_END_EVENT: return false;
      default: return true;  // the stream's and the document's start
    }
  }

  /// The byte offset in the parsed text of a libyaml mark.
  uint32_t Offset(const yaml_mark_t& mark) { return offsets_.ToByte(mark.index); }

  /// The innermost flow collection ('{' or '[') still open, for "not closed" errors; null if none.
  const Node* OpenFlowCollection() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->flow) return &it->node;
    }
    return nullptr;
  }

 private:
  struct Frame {
    Node node;
    std::string anchor;
    bool flow = false;
    bool expecting_key = true;
    std::string key;
    Span key_span;
  };

  static std::string Anchor(const yaml_char_t* anchor) {
    return anchor ? std::string(reinterpret_cast<const char*>(anchor)) : std::string();
  }

  // Plain `null`, `~` and empty values are nulls, as YAML's core schema reads them; any other plain
  // scalar keeps its text (whether it is a number or a boolean is decided where it is used).
  static bool IsNullText(std::string_view text) {
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
  }

  void Scalar(const yaml_event_t& event) {
    const auto& scalar = event.data.scalar;
    const std::string_view value(reinterpret_cast<const char*>(scalar.value), scalar.length);
    // Quotes, block scalars and explicit tags (`!!str 1`) make strings; only untagged plain
    // scalars are left untyped.
    const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nullptr;
    Node node;
    const uint32_t begin = Offset(event.start_mark);
    if (plain && IsNullText(value)) {
      node.style = Node::ScalarStyle::kNull;
      node.span = {begin, begin};
    } else {
      node.style = plain ? Node::ScalarStyle::kPlain : Node::ScalarStyle::kString;
      node.span = {begin, ScalarEnd(text_, begin, InFlow())};
      node.text = value;
      RestorePlaceholders(node.text, substituted_);
    }
    Finish(std::move(node), Anchor(scalar.anchor));
  }

  void Alias(const yaml_event_t& event) {
    const uint32_t at = Offset(event.start_mark);
    auto it = anchors_.find(Anchor(event.data.alias.anchor));
    if (it == anchors_.end()) throw Abort{at, "alias to an unknown anchor"};
    const Size size = SizeOf(it->second);
    node_count_ += size.nodes;
    alias_bytes_ += size.bytes;
    if (node_count_ > kMaxNodes) throw Abort{at, "aliases expand to more than 5,000,000 nodes"};
    if (alias_bytes_ > kMaxAliasBytes) throw Abort{at, "aliases expand to more than 64 MiB"};
    Node copy = it->second;
    Finish(std::move(copy), {});
  }

  bool InFlow() const { return !stack_.empty() && stack_.back().flow; }

  void Open(Node::Kind kind, const yaml_mark_t& mark, std::string anchor, bool flow) {
    const uint32_t at = Offset(mark);
    if (static_cast<int>(stack_.size()) >= kMaxDepth)
      throw Abort{at, "nesting deeper than " + std::to_string(kMaxDepth) + " levels"};
    Frame frame;
    frame.anchor = std::move(anchor);
    frame.flow = flow;
    frame.node.kind = kind;
    frame.node.span = {at, at};
    stack_.push_back(std::move(frame));
  }

  void Close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    // A container ends where its last child ends.
    const Node& node = frame.node;
    uint32_t end = node.span.begin + 1;
    if (!node.items.empty()) end = std::max(end, node.items.back().span.end);
    if (!node.entries.empty()) end = std::max(end, node.entries.back().value.span.end);
    frame.node.span.end = std::max(end, frame.node.span.begin);
    // A finished container keeps only what it holds (vectors grow by doubling).
    frame.node.entries.shrink_to_fit();
    frame.node.items.shrink_to_fit();
    Finish(std::move(frame.node), frame.anchor);
  }

  void Finish(Node node, const std::string& anchor) {
    if (++node_count_ > kMaxNodes) throw Abort{node.span.begin, "document has more than 5,000,000 nodes"};
    if (!anchor.empty()) anchors_[anchor] = node;
    if (stack_.empty()) {
      if (!have_root_) root_ = std::move(node);
      have_root_ = true;
      return;
    }
    Frame& parent = stack_.back();
    if (parent.node.kind == Node::Kind::kSequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (parent.expecting_key) {
      // Complex keys (maps or sequences as keys) keep an empty key text.
      parent.key = node.IsScalar() ? node.text : std::string();
      parent.key_span = node.span;
      parent.expecting_key = false;
      return;
    }
    parent.node.entries.push_back(MapEntry{std::move(parent.key), parent.key_span, std::move(node)});
    parent.expecting_key = true;
  }

  std::string_view text_;
  const SubstitutedText& substituted_;
  Node& root_;
  CharOffsets offsets_;
  bool have_root_ = false;
  std::vector<Frame> stack_;
  std::unordered_map<std::string, Node> anchors_;
  size_t node_count_ = 0;
  size_t alias_bytes_ = 0;  // bytes created by alias copies
};

// libyaml's messages name the grammar ("did not find expected key"); say what was expected in
// YAML terms, at the position the author needs to see: an unclosed bracket or quote at its
// opening, everything else where libyaml stopped.
ParseError DescribeYamlError(const yaml_parser_t& parser, std::string_view text, TreeBuilder& builder) {
  if (parser.error == YAML_READER_ERROR) {
    // Reader errors (bytes that are not UTF-8, control characters) carry a byte offset.
    return {static_cast<uint32_t>(std::min<size_t>(parser.problem_offset, text.size())),
            std::string("invalid YAML: ") + (parser.problem ? parser.problem : "unreadable text")};
  }
  const std::string_view problem = parser.problem ? parser.problem : "";
  const std::string_view context = parser.context ? parser.context : "";
  const uint32_t at = builder.Offset(parser.problem_mark);
  const auto here = [&](std::string message) { return ParseError{BeforeTrailingSpace(text, at), std::move(message)}; };
  const auto at_opening = [&](std::string message) {
    return ParseError{builder.Offset(parser.context_mark), std::move(message)};
  };
  if (problem == "mapping values are not allowed in this context")
    return here(
        "invalid YAML: a mapping value is not allowed here (a ':' inside a plain value, or wrong indentation?)");
  if (problem == "did not find expected key") return here("invalid YAML: expected a mapping key at this indentation");
  if (problem == "did not find expected '-' indicator")
    return here("invalid YAML: expected a sequence entry ('- ') at this indentation");
  // A file that ends inside '[' or '{' ends where a value was expected: the bracket is the news.
  const bool at_end = text.find_first_not_of(" \t\r\n", at) == std::string_view::npos;
  if (const Node* open = builder.OpenFlowCollection(); open && at_end) {
    return {open->span.begin, open->IsMap() ? "invalid YAML: this flow mapping '{' is never closed (expected '}')"
                                            : "invalid YAML: this flow sequence '[' is never closed (expected ']')"};
  }
  if (problem == "did not find expected node content") return here("invalid YAML: expected a value here");
  if (problem == "did not find expected ',' or '}'")
    return at_opening("invalid YAML: this flow mapping '{' is never closed (expected '}')");
  if (problem == "did not find expected ',' or ']'")
    return at_opening("invalid YAML: this flow sequence '[' is never closed (expected ']')");
  if (context == "while scanning a quoted scalar" && problem == "found unexpected end of stream")
    return at_opening("invalid YAML: this quoted value is never closed (expected its closing quote)");
  if (problem == "block sequence entries are not allowed in this context")
    return here("invalid YAML: a sequence entry ('- ') is not allowed here (check indentation)");
  const bool tab = at < text.size() && text[at] == '\t';
  if (problem.find("tab character") != std::string_view::npos ||
      (tab && problem == "found character that cannot start any token"))
    return here("invalid YAML: a tab is used for indentation (use spaces)");
  return here("invalid YAML: " + std::string(problem));
}

// libyaml looks at every open '[' and '{' level again for each token it reads, so flow nesting
// multiplies the cost of a long file. Flows nest a few levels; the depth is checked before
// libyaml starts, outside quotes and comments.
constexpr int kMaxFlowDepth = 64;

// The offset of the first '[' or '{' nested deeper than kMaxFlowDepth, or npos.
size_t FindTooDeepFlowNesting(std::string_view text) {
  int depth = 0;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote)
        quote = 0;
      else if (c == '\\' && quote == '"')
        ++i;
      continue;
    }
    const char before = i == 0 ? '\n' : text[i - 1];
    const bool at_token_start = before == ' ' || before == '\t' || before == '\n' || before == '[' || before == '{' ||
                                before == ',' || before == ':';
    if ((c == '"' || c == '\'') && at_token_start) {
      quote = c;
    } else if (c == '#' && (before == ' ' || before == '\t' || before == '\n')) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxFlowDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

// Owns a libyaml parser and frees it on every path out.
struct LibyamlParser {
  yaml_parser_t parser;
  explicit LibyamlParser(std::string_view text) {
    yaml_parser_initialize(&parser);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~LibyamlParser() { yaml_parser_delete(&parser); }
  LibyamlParser(const LibyamlParser&) = delete;
  LibyamlParser& operator=(const LibyamlParser&) = delete;
};

// Owns one event until the next is read.
struct Event {
  yaml_event_t event{};
  ~Event() { yaml_event_delete(&event); }
};

// Parses the first document of the substituted text into result.root, or adds the error.
void ReadEvents(const SubstitutedText& substituted, ParseResult& result) {
  TreeBuilder builder(substituted.text, substituted, result.root);
  LibyamlParser libyaml(substituted.text);
  try {
    for (bool more = true; more;) {
      Event next;
      if (!yaml_parser_parse(&libyaml.parser, &next.event)) {
        // libyaml leaves the event empty on failure; deleting it is still safe.
        result.errors.push_back(DescribeYamlError(libyaml.parser, substituted.text, builder));
        return;
      }
      more = builder.Handle(next.event);
    }
  } catch (const Abort& abort) {
    result.errors.push_back({abort.offset, abort.message});
  }
}

}  // namespace

ParseResult ParseYaml(std::string_view text, const std::map<std::string, std::string>& values) {
  ParseResult result;
  // The byte-order mark is dropped here and its length added back when mapping offsets, so the
  // marks count from the first character after it.
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const uint32_t bom = text.substr(0, kBom.size()) == kBom ? static_cast<uint32_t>(kBom.size()) : 0;
  text.remove_prefix(bom);
  SubstitutedText substituted = SubstitutePlaceholders(text, values);
  if (substituted.too_large) {
    result.errors.push_back({bom, "after {{key}} substitution the flow would be larger than " +
                                      std::to_string(kMaxSubstitutedSize) + " bytes; not read"});
    return result;
  }
  // Checked after substitution: a value may hold brackets of its own.
  if (const size_t deep = FindTooDeepFlowNesting(substituted.text); deep != std::string_view::npos) {
    result.errors.push_back({static_cast<uint32_t>(deep),
                             "nesting deeper than " + std::to_string(kMaxFlowDepth) + " levels of '[' and '{'"});
  } else {
    ReadEvents(substituted, result);
  }
  if (!substituted.map.empty() || bom > 0) {
    RemapOffsets(result, [&](uint32_t offset) { return substituted.map.ToOriginal(offset) + bom; });
  }
  return result;
}

}  // namespace cxlint::parse
