#include "model/terraform/plan_values.h"

#include <algorithm>
#include <set>

namespace cxlint::model {

namespace {

using parse::hcl::Expression;
using parse::hcl::ExprKind;

const parse::Node* Child(const parse::Node* node, const std::string& key) {
  return node && node->IsMap() ? node->Find(key) : nullptr;
}

const parse::Node* Index(const parse::Node* node, size_t index) {
  return node && node->IsSequence() && index < node->items.size() ? &node->items[index] : nullptr;
}

bool IsTrue(const parse::Node* node) {
  return node && node->IsScalar() && node->style == parse::Node::ScalarStyle::kBool && node->text == "true";
}

bool IsNull(const parse::Node& node) { return node.IsScalar() && node.style == parse::Node::ScalarStyle::kNull; }

void SetHeight(Expression& node) {
  uint16_t height = 0;
  for (const Expression& child : node.children) height = std::max(height, child.height);
  node.height = static_cast<uint16_t>(height + 1);
}

}  // namespace

ValueMarks ValueMarks::Attribute(const std::string& key) const {
  return {Child(unknown, key), Child(sensitive, key), Child(sensitive_values, key), Child(config, key)};
}

ValueMarks ValueMarks::Key(const std::string& key) const {
  return {Child(unknown, key), Child(sensitive, key), Child(sensitive_values, key), config};
}

ValueMarks ValueMarks::Item(size_t index) const {
  return {Index(unknown, index), Index(sensitive, index), Index(sensitive_values, index), config};
}

ValueMarks ValueMarks::Block(size_t index) const {
  // A block nested as "single" is one object in the configuration, not a list of them.
  const parse::Node* block_config = config && config->IsMap() && index == 0 ? config : Index(config, index);
  return {Index(unknown, index), Index(sensitive, index), Index(sensitive_values, index), block_config};
}

bool ValueMarks::Unknown() const { return IsTrue(unknown); }

bool ValueMarks::Sensitive() const { return IsTrue(sensitive) || IsTrue(sensitive_values); }

void PlanValueReader::ReadBody(const parse::Node& values, const ValueMarks& marks, const std::vector<BlockType>& blocks,
                               const std::string& path, parse::hcl::Body& body) {
  body.span = values.span;
  if (!values.IsMap()) {
    reader_.Error(Span{values.span.begin, values.span.begin + 1}, "plan values of " + path + " are not a JSON object");
    return;
  }
  std::set<std::string> seen;
  for (const parse::MapEntry& entry : values.entries) {
    seen.insert(entry.key);
    const ValueMarks child = marks.Attribute(entry.key);
    if (const BlockType* type = FindBlockType(blocks, entry.key)) {
      ReadBlocks(entry, child, *type, path, body);
      continue;
    }
    // Null is an argument left unset, as absent from a .tf body; unless it stands for an unknown.
    if (IsNull(entry.value) && !child.Unknown() && !child.Sensitive()) continue;
    parse::hcl::Attribute attribute;
    attribute.name = reader_.store().Keep(entry.key);
    attribute.name_span = entry.key_span;
    attribute.expression = ReadValue(entry.value, child, path + "." + entry.key);
    attribute.span = Span{entry.key_span.begin, entry.value.span.end};
    body.attributes.push_back(std::move(attribute));
  }
  // Unknown values are left out of `values`; `after_unknown` names them. Only those the
  // configuration sets are arguments; the rest are computed (`id`) and a .tf body lacks them too.
  if (!marks.unknown || !marks.unknown->IsMap()) return;
  for (const parse::MapEntry& entry : marks.unknown->entries) {
    if (seen.count(entry.key) || !IsTrue(&entry.value) || FindBlockType(blocks, entry.key)) continue;
    const ValueMarks child = marks.Attribute(entry.key);
    if (marks.config ? !child.config : entry.key == "id") continue;
    parse::hcl::Attribute attribute;
    attribute.name = reader_.store().Keep(entry.key);
    attribute.name_span = entry.key_span;
    attribute.expression = unknown_(path + "." + entry.key, child.config, false, entry.value.span);
    attribute.span = Span{entry.key_span.begin, entry.value.span.end};
    body.attributes.push_back(std::move(attribute));
  }
}

void PlanValueReader::ReadBlocks(const parse::MapEntry& entry, const ValueMarks& marks, const BlockType& type,
                                 const std::string& path, parse::hcl::Body& body) {
  // A block list that is unknown as a whole (an Optional+Computed block left unset) has no
  // blocks cxlint can build; null or [] means none.
  if (marks.Unknown() || IsNull(entry.value)) return;
  std::vector<const parse::Node*> items;
  if (entry.value.IsSequence()) {
    for (const parse::Node& item : entry.value.items) items.push_back(&item);
  } else {
    items.push_back(&entry.value);
  }
  for (size_t i = 0; i < items.size(); ++i) {
    const parse::Node& item = *items[i];
    if (!item.IsMap()) {
      reader_.Error(Span{item.span.begin, item.span.begin + 1},
                    "\"" + entry.key + "\" is a nested block: expected objects in the plan values");
      continue;
    }
    parse::hcl::Block block;
    block.type = reader_.store().Keep(entry.key);
    block.type_span = entry.key_span;
    block.span = Span{entry.key_span.begin, item.span.end};
    const ValueMarks item_marks = entry.value.IsSequence() ? marks.Block(i) : marks.Block(0);
    ReadBody(item, item_marks, type.nested, path + "." + entry.key, block.body);
    body.blocks.push_back(std::move(block));
  }
}

Expression PlanValueReader::ReadValue(const parse::Node& value, const ValueMarks& marks, const std::string& path) {
  if (marks.Unknown() || marks.Sensitive()) return unknown_(path, marks.config, !marks.Unknown(), value.span);
  Expression out;
  out.span = value.span;
  std::vector<Expression> children;
  if (value.IsMap()) {
    out.kind = ExprKind::kObject;
    std::set<std::string> seen;
    for (const parse::MapEntry& entry : value.entries) {
      seen.insert(entry.key);
      children.push_back(reader_.LiteralString(entry.key, entry.key_span));
      children.push_back(ReadValue(entry.value, marks.Key(entry.key), path + "." + entry.key));
    }
    if (marks.unknown && marks.unknown->IsMap()) {
      for (const parse::MapEntry& entry : marks.unknown->entries) {
        if (seen.count(entry.key) || !IsTrue(&entry.value)) continue;
        children.push_back(reader_.LiteralString(entry.key, entry.key_span));
        children.push_back(unknown_(path + "." + entry.key, marks.config, false, entry.value.span));
      }
    }
  } else if (value.IsSequence()) {
    out.kind = ExprKind::kTuple;
    for (size_t i = 0; i < value.items.size(); ++i)
      children.push_back(ReadValue(value.items[i], marks.Item(i), path + "[" + std::to_string(i) + "]"));
  } else {
    // Plan values are evaluated: a string is its text, never a template.
    return reader_.Read(value, JsonStringMode::kLiteral);
  }
  out.children = reader_.store().Keep(children);
  SetHeight(out);
  if (out.height > parse::kMaxDepth) {
    reader_.Error(Span{value.span.begin, value.span.begin + 1},
                  "nesting deeper than " + std::to_string(parse::kMaxDepth) + " levels");
    out = Expression{};
    out.span = value.span;
  }
  return out;
}

}  // namespace cxlint::model
