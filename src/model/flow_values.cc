#include "model/flow_values.h"

#include "model/duration.h"

namespace cxlint::model {

namespace {

// The text of a node as written, for literals that are maps (`lit: {minutes: 1}`).
std::string RawText(const parse::Node& node, std::string_view source_text) {
  if (node.IsScalar()) return node.text;
  if (node.span.end > source_text.size() || node.span.begin > node.span.end) return {};
  return std::string(source_text.substr(node.span.begin, node.span.end - node.span.begin));
}

template <typename Parse>
FlowValue<int64_t> WithNumber(const FlowValue<std::string>& value, Parse&& parse) {
  FlowValue<int64_t> out;
  out.form = value.form;
  out.text = value.text;
  if (value.form == ValueForm::kLiteral) out.literal = parse(value.text);
  return out;
}

}  // namespace

FlowValue<std::string> ReadArchyValue(const parse::Node* node, std::string_view source_text) {
  FlowValue<std::string> value;
  if (!node) return value;
  if (node->IsScalar()) {
    // `timeout:` with nothing after it says nothing.
    if (node->style == parse::Node::ScalarStyle::kNull && node->text.empty()) return value;
    value.form = ValueForm::kLiteral;
    value.text = value.literal.emplace(node->text);
    return value;
  }
  if (!node->IsMap() || node->entries.empty()) return value;
  if (const parse::Node* lit = node->Find("lit")) {
    value.form = ValueForm::kLiteral;
    value.text = RawText(*lit, source_text);
    value.literal = value.text;
  } else if (const parse::Node* exp = node->Find("exp")) {
    value.form = ValueForm::kExpression;
    value.text = RawText(*exp, source_text);
  } else if (const parse::Node* var = node->Find("var")) {
    value.form = ValueForm::kExpression;
    value.text = RawText(*var, source_text);
  } else if (node->Find("noValue")) {
    value.form = ValueForm::kNoValue;
  } else {
    // `tts:`, `audio:` and other shapes: something is set, and only the platform can read it.
    value.form = ValueForm::kExpression;
    value.text = RawText(node->entries.front().value, source_text);
  }
  return value;
}

FlowValue<int64_t> ReadArchyDuration(const parse::Node* node, std::string_view source_text) {
  FlowValue<int64_t> out = WithNumber(ReadArchyValue(node, source_text), ParseDurationText);
  // A literal map is read from the tree, not from its text.
  const parse::Node* lit = node && node->IsMap() ? node->Find("lit") : nullptr;
  if (lit && lit->IsMap()) out.literal = ParseDurationMap(*lit);
  return out;
}

FlowValue<int64_t> ReadArchyInteger(const parse::Node* node, std::string_view source_text) {
  return WithNumber(ReadArchyValue(node, source_text), ParseInteger);
}

FlowValue<std::string> ReadI3Value(const parse::Node* node) {
  FlowValue<std::string> value;
  if (!node) return value;
  if (node->IsScalar()) {
    if (node->style == parse::Node::ScalarStyle::kNull) return value;
    value.form = ValueForm::kLiteral;
    value.text = value.literal.emplace(node->text);
    return value;
  }
  if (!node->IsMap()) return value;
  if (const parse::Node* text = node->Find("text"); text && text->IsScalar()) value.text = text->text;
  value.form = ValueForm::kExpression;
  const parse::Node* config = node->Find("config");
  if (config && config->IsMap() && !config->entries.empty()) {
    const std::string& op = config->entries.front().key;
    if (op == "lit") {
      value.form = ValueForm::kLiteral;
      value.literal = value.text;
    } else if (op == "emp") {
      value.form = ValueForm::kNoValue;
    }
  }
  return value;
}

FlowValue<int64_t> ReadI3Duration(const parse::Node* node) { return WithNumber(ReadI3Value(node), ParseDurationText); }

FlowValue<int64_t> ReadI3Integer(const parse::Node* node) { return WithNumber(ReadI3Value(node), ParseInteger); }

}  // namespace cxlint::model
