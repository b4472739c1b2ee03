#include "parse/yaml/yaml_reader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>

#include "parse/yaml/placeholders.h"

namespace cxlint::parse {

namespace {

// Stops the event stream from inside a handler; yaml-cpp unwinds cleanly.
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

// yaml-cpp marks only where a scalar starts; find where its text ends on that line.
uint32_t ScalarEnd(std::string_view text, uint32_t begin, bool in_flow) {
  if (begin >= text.size()) return begin;
  const char first = text[begin];
  uint32_t i = begin + 1;
  if (first == '"') {
    while (i < text.size() && text[i] != '"') i += (text[i] == '\\') ? 2 : 1;
    // yaml-cpp 0.7 accepts a double-quoted scalar cut off by the end of the file.
    if (i >= text.size()) throw Abort{begin, "invalid YAML: this quoted value is never closed (expected '\"')"};
    return i + 1;
  }
  if (first == '\'') {
    while (i < text.size()) {
      if (text[i] == '\'' && (i + 1 >= text.size() || text[i + 1] != '\'')) return i + 1;
      i += (text[i] == '\'') ? 2 : 1;
    }
    throw Abort{begin, "invalid YAML: this quoted value is never closed (expected \"'\")"};
  }
  i = begin;
  while (i < text.size() && text[i] != '\n' && text[i] != '\r') {
    const char c = text[i];
    const bool next_is_space = i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\t' ||
                               text[i + 1] == '\n' || text[i + 1] == '\r';
    if (c == ':' && (next_is_space || (in_flow && i + 1 < text.size() && text[i + 1] == ','))) break;
    if (c == '#' && i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) break;
    if (in_flow && (c == ',' || c == ']' || c == '}')) break;
    ++i;
  }
  while (i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const SubstitutedText& substituted, Node& root)
      : text_(text), substituted_(substituted), root_(root) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node node;
    node.style = Node::ScalarStyle::kNull;
    node.span = {Offset(mark), Offset(mark)};
    Finish(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw Abort{Offset(mark), "alias to an unknown anchor"};
    const Size size = SizeOf(it->second);
    node_count_ += size.nodes;
    alias_bytes_ += size.bytes;
    if (node_count_ > kMaxNodes) throw Abort{Offset(mark), "aliases expand to more than 5,000,000 nodes"};
    if (alias_bytes_ > kMaxAliasBytes) throw Abort{Offset(mark), "aliases expand to more than 64 MiB"};
    Node copy = it->second;
    Finish(std::move(copy), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node node;
    const uint32_t begin = Offset(mark);
    node.span = {begin, ScalarEnd(text_, begin, InFlow())};
    // yaml-cpp tags quoted and block scalars "!" and leaves plain ones "?"; only plain ones can be
    // numbers, booleans or null, and that is decided where the value is used.
    node.style = tag == "?" ? Node::ScalarStyle::kPlain : Node::ScalarStyle::kString;
    node.text = value;
    RestorePlaceholders(node.text, substituted_);
    Finish(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    Open(Node::Kind::kSequence, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    Open(Node::Kind::kMap, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { Close(); }

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
    YAML::anchor_t anchor = 0;
    bool flow = false;
    bool expecting_key = true;
    std::string key;
    Span key_span;
  };

  uint32_t Offset(const YAML::Mark& mark) const {
    return mark.pos < 0 ? 0 : static_cast<uint32_t>(std::min<size_t>(mark.pos, text_.size()));
  }

  bool InFlow() const { return !stack_.empty() && stack_.back().flow; }

  void Open(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor, bool flow) {
    if (static_cast<int>(stack_.size()) >= kMaxDepth)
      throw Abort{Offset(mark), "nesting deeper than " + std::to_string(kMaxDepth) + " levels"};
    Frame frame;
    frame.anchor = anchor;
    frame.flow = flow;
    frame.node.kind = kind;
    frame.node.span = {Offset(mark), Offset(mark)};
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
    Finish(std::move(frame.node), frame.anchor);
  }

  void Finish(Node node, YAML::anchor_t anchor) {
    if (++node_count_ > kMaxNodes) throw Abort{node.span.begin, "document has more than 5,000,000 nodes"};
    if (anchor != 0) anchors_[anchor] = node;
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
  bool have_root_ = false;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, Node> anchors_;
  size_t node_count_ = 0;
  size_t alias_bytes_ = 0;  // bytes created by alias copies
};

// yaml-cpp messages are terse ("illegal map value"); say what was expected in YAML terms.
std::string DescribeYamlError(const std::string& message) {
  if (message == YAML::ErrorMsg::MAP_VALUE)
    return "invalid YAML: a mapping value is not allowed here (a ':' inside a plain value, or wrong indentation?)";
  if (message == YAML::ErrorMsg::END_OF_MAP) return "invalid YAML: expected a mapping key at this indentation";
  if (message == YAML::ErrorMsg::END_OF_SEQ) return "invalid YAML: expected a sequence entry ('- ') at this indentation";
  if (message == YAML::ErrorMsg::END_OF_MAP_FLOW) return "invalid YAML: this flow mapping '{' is never closed (expected '}')";
  if (message == YAML::ErrorMsg::END_OF_SEQ_FLOW) return "invalid YAML: this flow sequence '[' is never closed (expected ']')";
  if (message == YAML::ErrorMsg::EOF_IN_SCALAR) return "invalid YAML: a quoted value is never closed (expected its closing quote)";
  if (message == YAML::ErrorMsg::BLOCK_ENTRY) return "invalid YAML: a sequence entry ('- ') is not allowed here (check indentation)";
  if (message == YAML::ErrorMsg::FLOW_END) return "invalid YAML: unexpected ']' or '}' with no open flow collection";
  if (message.rfind(YAML::ErrorMsg::TAB_IN_INDENTATION, 0) == 0) return "invalid YAML: a tab is used for indentation (use spaces)";
  return "invalid YAML: " + message;
}

// The offset of the first '[' or '{' nested deeper than kMaxDepth outside quotes and comments, or
// npos. yaml-cpp recurses per flow level (and reports some deep nestings as other errors), so
// this guard runs before it.
size_t FindTooDeepFlowNesting(std::string_view text) {
  int depth = 0;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      else if (c == '\\' && quote == '"') ++i;
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
      if (++depth > kMaxDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

}  // namespace

ParseResult ParseYaml(std::string_view text, const std::map<std::string, std::string>& values) {
  ParseResult result;
  // yaml-cpp skips a byte-order mark without counting it in its marks; drop it here and add
  // its length back when mapping offsets.
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const uint32_t bom = text.substr(0, kBom.size()) == kBom ? static_cast<uint32_t>(kBom.size()) : 0;
  text.remove_prefix(bom);
  if (const size_t deep = FindTooDeepFlowNesting(text); deep != std::string_view::npos) {
    result.errors.push_back({static_cast<uint32_t>(deep) + bom, "nesting deeper than " + std::to_string(kMaxDepth) + " levels"});
    return result;
  }
  SubstitutedText substituted = SubstitutePlaceholders(text, values);
  if (substituted.too_large) {
    result.errors.push_back({bom, "after {{key}} substitution the flow would be larger than " +
                                      std::to_string(kMaxSubstitutedSize) + " bytes; not read"});
    return result;
  }
  std::istringstream stream(substituted.text);
  TreeBuilder builder(substituted.text, substituted, result.root);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
  } catch (const Abort& abort) {
    result.errors.push_back({abort.offset, abort.message});
  } catch (const YAML::DeepRecursion& error) {
    result.errors.push_back({static_cast<uint32_t>(std::max(0, error.mark.pos)),
                             "nesting deeper than " + std::to_string(kMaxDepth) + " levels"});
  } catch (const YAML::Exception& error) {
    uint32_t offset = error.mark.pos < 0 ? 0 : static_cast<uint32_t>(error.mark.pos);
    // yaml-cpp notices an unclosed '{' or '[' at the end of the file; the opening bracket is
    // what the author needs to see.
    const bool unclosed_flow = error.msg == YAML::ErrorMsg::END_OF_MAP_FLOW || error.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW;
    if (const Node* open = builder.OpenFlowCollection(); unclosed_flow && open) offset = open->span.begin;
    result.errors.push_back({BeforeTrailingSpace(substituted.text, offset), DescribeYamlError(error.msg)});
  }
  if (!substituted.map.empty() || bom > 0) {
    RemapOffsets(result, [&](uint32_t offset) { return substituted.map.ToOriginal(offset) + bom; });
  }
  return result;
}

}  // namespace cxlint::parse
