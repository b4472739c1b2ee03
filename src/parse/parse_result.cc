#include "parse/parse_result.h"

namespace cxlint::parse {

namespace {

void RemapSpan(Span& span, const std::function<uint32_t(uint32_t)>& to_original) {
  const uint32_t begin = to_original(span.begin);
  // An end at the end of a replaced text maps to the end of what it replaced.
  const uint32_t end = span.end > span.begin ? to_original(span.end) : begin;
  span = {begin, end < begin ? begin : end};
}

}  // namespace

uint32_t BeforeTrailingSpace(std::string_view text, uint32_t offset) {
  uint32_t content_end = static_cast<uint32_t>(text.size());
  while (content_end > 0 && (text[content_end - 1] == ' ' || text[content_end - 1] == '\t' ||
                             text[content_end - 1] == '\n' || text[content_end - 1] == '\r'))
    --content_end;
  return offset > content_end ? content_end : offset;
}

void RemapOffsets(ParseResult& result, const std::function<uint32_t(uint32_t)>& to_original) {
  // Depth is bounded by the readers, so an explicit stack is only for uniformity with ForEachNode.
  std::vector<Node*> stack{&result.root};
  while (!stack.empty()) {
    Node* node = stack.back();
    stack.pop_back();
    RemapSpan(node->span, to_original);
    for (MapEntry& entry : node->entries) {
      RemapSpan(entry.key_span, to_original);
      stack.push_back(&entry.value);
    }
    for (Node& item : node->items) stack.push_back(&item);
  }
  for (ParseError& error : result.errors) error.offset = to_original(error.offset);
}

}  // namespace cxlint::parse
