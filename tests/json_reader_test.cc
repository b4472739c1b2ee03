#include <doctest/doctest.h>

#include <string>

#include "parse/json/json_reader.h"
#include "support/span_check.h"

namespace cxlint::parse {

namespace {
std::string Under(std::string_view text, Span span) {
  return std::string(text.substr(span.begin, span.end - span.begin));
}
}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("json: every key and value has its exact span") {
    const std::string text = R"({ "name" : "Get \"Order\"", "n": -1.5e3, "ok": true, "list": [1, null, {"k": "v"}] })";
    const ParseResult result = ParseJson(text);
    REQUIRE(result.ok());
    const Node& root = result.root;
    CHECK(root.IsMap());
    CHECK(Under(text, root.span) == text);
    CHECK(Under(text, root.entries[0].key_span) == "\"name\"");
    CHECK(root.Find("name")->text == "Get \"Order\"");
    CHECK(Under(text, root.Find("name")->span) == R"("Get \"Order\"")");
    CHECK(Under(text, root.Find("n")->span) == "-1.5e3");
    CHECK(root.Find("n")->style == Node::ScalarStyle::kNumber);
    CHECK(Under(text, root.Find("ok")->span) == "true");
    const Node& list = *root.Find("list");
    CHECK(Under(text, list.span) == R"([1, null, {"k": "v"}])");
    CHECK(Under(text, list.items[1].span) == "null");
    CHECK(Under(text, list.items[2].span) == R"({"k": "v"})");
    CHECK(testing::CheckJsonSpans(root, text).empty());
  }

  TEST_CASE("json: a number at the very end of the input") {
    const ParseResult result = ParseJson("  42");
    REQUIRE(result.ok());
    CHECK(result.root.span.begin == 2);
    CHECK(result.root.span.end == 4);
  }

  TEST_CASE("json: non-ASCII keys and values keep byte spans") {
    const std::string text = "{\"état\": \"çà\"}";
    const ParseResult result = ParseJson(text);
    REQUIRE(result.ok());
    CHECK(testing::CheckJsonSpans(result.root, text).empty());
  }

  TEST_CASE("json: errors name the offending byte and what was expected") {
    const std::string text = "{\"a\": 1,\n \"b\" 2}";
    const ParseResult result = ParseJson(text);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].offset == 14);  // the '2' where ':' was expected
    CHECK(result.errors[0].message.find("expected ':'") != std::string::npos);
  }

  TEST_CASE("json: an unexpected end points just after the last character") {
    const std::string text = "{\"a\": [1, 2\n\n";
    const ParseResult result = ParseJson(text);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].offset == 11);
    CHECK(result.errors[0].message.find("unexpected end of input") != std::string::npos);
  }

  TEST_CASE("json: nesting is bounded") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const ParseResult result = ParseJson(deep);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].offset == static_cast<uint32_t>(kMaxDepth));
    CHECK(result.errors[0].message == "nesting deeper than 512 levels");
    const std::string ok = std::string(kMaxDepth, '[') + std::string(kMaxDepth, ']');
    CHECK(ParseJson(ok).ok());
  }

  TEST_CASE("json: duplicate keys are kept in order; Find returns the first") {
    const ParseResult result = ParseJson(R"({"a": 1, "a": 2})");
    REQUIRE(result.ok());
    CHECK(result.root.entries.size() == 2);
    CHECK(result.root.Find("a")->text == "1");
  }
}

}  // namespace cxlint::parse
