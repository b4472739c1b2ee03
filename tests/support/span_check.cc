#include "support/span_check.h"

#include <nlohmann/json.hpp>

#include "parse/i3/i3_decode.h"
#include "parse/json/json_reader.h"
#include "parse/yaml/yaml_reader.h"
#include "support/test_support.h"

namespace cxlint::testing {

namespace {

std::string Describe(const char* what, Span span, std::string_view text, const std::string& expected) {
  const size_t length = std::min<size_t>(span.end - span.begin, 60);
  return std::string(what) + " at [" + std::to_string(span.begin) + "," + std::to_string(span.end) + ") reads '" +
         std::string(text.substr(span.begin, length)) + "', expected '" + expected.substr(0, 60) + "'";
}

// The value of a JSON string literal, or nullopt if `literal` is not exactly one.
std::optional<std::string> JsonStringValue(std::string_view literal) {
  auto parsed = nlohmann::json::parse(literal, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_string()) return std::nullopt;
  return parsed.get<std::string>();
}

bool InBounds(Span span, std::string_view text) { return span.begin <= span.end && span.end <= text.size(); }

}  // namespace

std::string CheckJsonSpans(const parse::Node& root, std::string_view text) {
  std::string problem;
  parse::ForEachNode(root, [&](const parse::Node& node, int) {
    if (!problem.empty()) return;
    if (!InBounds(node.span, text)) {
      problem = "span out of bounds";
      return;
    }
    const std::string_view under = text.substr(node.span.begin, node.span.end - node.span.begin);
    for (const parse::MapEntry& entry : node.entries) {
      if (!InBounds(entry.key_span, text)) {
        problem = "key span out of bounds";
        return;
      }
      const auto key = JsonStringValue(text.substr(entry.key_span.begin, entry.key_span.end - entry.key_span.begin));
      if (!key || *key != entry.key) {
        problem = Describe("key", entry.key_span, text, entry.key);
        return;
      }
    }
    switch (node.kind) {
      case parse::Node::Kind::kMap:
        if (under.empty() || under.front() != '{' || under.back() != '}')
          problem = Describe("object", node.span, text, "{...}");
        return;
      case parse::Node::Kind::kSequence:
        if (under.empty() || under.front() != '[' || under.back() != ']')
          problem = Describe("array", node.span, text, "[...]");
        return;
      case parse::Node::Kind::kScalar:
        if (node.style == parse::Node::ScalarStyle::kString) {
          const auto value = JsonStringValue(under);
          if (!value || *value != node.text) problem = Describe("string", node.span, text, node.text);
        } else if (under != node.text) {
          problem = Describe("literal", node.span, text, node.text);
        }
        return;
    }
  });
  return problem;
}

std::string CheckYamlSpans(const parse::Node& root, std::string_view text) {
  std::string problem;
  parse::ForEachNode(root, [&](const parse::Node& node, int) {
    if (!problem.empty()) return;
    for (const parse::MapEntry& entry : node.entries) {
      if (!InBounds(entry.key_span, text) || entry.key.empty()) continue;
      const std::string_view under = text.substr(entry.key_span.begin, entry.key_span.end - entry.key_span.begin);
      const bool quoted = !under.empty() && (under.front() == '"' || under.front() == '\'');
      if (quoted ? under.size() < entry.key.size() : under != entry.key) {
        problem = Describe("key", entry.key_span, text, entry.key);
        return;
      }
    }
    if (!node.IsScalar() || node.style == parse::Node::ScalarStyle::kNull) return;
    if (!InBounds(node.span, text)) {
      problem = "scalar span out of bounds";
      return;
    }
    const std::string_view under = text.substr(node.span.begin, node.span.end - node.span.begin);
    if (under.find('\n') != std::string_view::npos || node.text.find('\n') != std::string::npos) return;
    if (node.style == parse::Node::ScalarStyle::kPlain && under != node.text) {
      problem = Describe("plain scalar", node.span, text, node.text);
    } else if (node.style == parse::Node::ScalarStyle::kString && !under.empty() &&
               (under.front() == '"' || under.front() == '\'') && under.back() != under.front()) {
      problem = Describe("quoted scalar", node.span, text, node.text);
    }
  });
  return problem;
}

FileSpans CheckFileSpans(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  if (ext == ".yaml" || ext == ".yml") {
    const std::string text = ReadFile(path);
    const parse::ParseResult result = parse::ParseYaml(text);
    return {"yaml", result.ok() ? CheckYamlSpans(result.root, text) : "does not parse"};
  }
  if (ext == ".json") {
    const std::string text = ReadFile(path);
    const parse::ParseResult result = parse::ParseJson(text);
    return {"json", result.ok() ? CheckJsonSpans(result.root, text) : "does not parse"};
  }
  if (ext.rfind(".i3", 0) == 0) {
    parse::I3DecodeError error{};
    const auto decoded = parse::DecodeI3(ReadFile(path), &error);
    if (!decoded) return {"i3", "does not decode"};
    const parse::ParseResult result = parse::ParseJson(decoded->json);
    return {"i3", result.ok() ? CheckJsonSpans(result.root, decoded->json) : "does not parse"};
  }
  return {};
}

}  // namespace cxlint::testing
