#include <doctest/doctest.h>

#include <string>

#include "parse/yaml/placeholders.h"
#include "parse/yaml/yaml_reader.h"
#include "support/span_check.h"

namespace cxlint::parse {

namespace {
std::string Under(std::string_view text, Span span) {
  return std::string(text.substr(span.begin, span.end - span.begin));
}
}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("yaml: keys and scalars carry their exact spans") {
    const std::string text =
        "workflow:\n"
        "  name: Create case  # comment\n"
        "  timeout: {lit: {minutes: 1}}\n"
        "  quoted: \"a: b\"\n"
        "  list:\n"
        "    - one\n"
        "    - 'two'\n";
    const ParseResult result = ParseYaml(text);
    REQUIRE(result.ok());
    const Node& flow = *result.root.Find("workflow");
    CHECK(Under(text, result.root.entries[0].key_span) == "workflow");
    CHECK(Under(text, flow.FindEntry("name")->key_span) == "name");
    CHECK(Under(text, flow.Find("name")->span) == "Create case");
    CHECK(Under(text, flow.FindPath({"timeout", "lit", "minutes"})->span) == "1");
    CHECK(Under(text, flow.Find("quoted")->span) == "\"a: b\"");
    CHECK(flow.Find("quoted")->text == "a: b");
    CHECK(flow.Find("quoted")->style == Node::ScalarStyle::kString);
    CHECK(flow.Find("name")->style == Node::ScalarStyle::kPlain);
    CHECK(Under(text, flow.Find("list")->items[1].span) == "'two'");
    CHECK(testing::CheckYamlSpans(result.root, text).empty());
  }

  TEST_CASE("yaml: bare and quoted yes/no both stay the strings yes and no") {
    const std::string text = "decision:\n  outputs:\n    yes: {actions: []}\n    \"no\": {actions: []}\n";
    const ParseResult result = ParseYaml(text);
    REQUIRE(result.ok());
    const Node& outputs = *result.root.FindPath({"decision", "outputs"});
    CHECK(outputs.Find("yes") != nullptr);
    CHECK(outputs.Find("no") != nullptr);
    CHECK(Under(text, outputs.FindEntry("no")->key_span) == "\"no\"");
  }

  TEST_CASE("yaml: {{key}} placeholders parse as keys and point at the file's bytes") {
    const std::string text =
        "workflow:\n"
        "  name: \"{{flow_name}}\"\n"
        "  category:\n"
        "    {{data_action_category}}:\n"
        "      dataAction:\n"
        "        {{data_action_name}}: {inputs: {}}\n";
    const ParseResult result = ParseYaml(text);
    REQUIRE(result.ok());
    const Node& flow = *result.root.Find("workflow");
    CHECK(flow.Find("name")->text == "{{flow_name}}");
    const MapEntry& category = flow.Find("category")->entries.at(0);
    CHECK(category.key == "{{data_action_category}}");
    CHECK(Under(text, category.key_span) == "{{data_action_category}}");
    const MapEntry& action = category.value.Find("dataAction")->entries.at(0);
    CHECK(action.key == "{{data_action_name}}");
    CHECK(Under(text, action.key_span) == "{{data_action_name}}");
    // The value after the placeholder key is shifted back correctly too.
    CHECK(Under(text, action.value.span).rfind("{inputs", 0) == 0);
    CHECK(testing::CheckYamlSpans(result.root, text).empty());
  }

  TEST_CASE("yaml: known substitutions replace placeholders as the provider does") {
    const std::string text = "workflow:\n  category:\n    {{cat}}:\n      x: 1\n";
    const ParseResult result = ParseYaml(text, {{"cat", "CRM Actions"}});
    REQUIRE(result.ok());
    const MapEntry& category = result.root.FindPath({"workflow", "category"})->entries.at(0);
    CHECK(category.key == "CRM Actions");
    CHECK(Under(text, category.key_span) == "{{cat}}");
  }

  TEST_CASE("yaml: placeholder substitution is a plain replace with an exact offset map") {
    const SubstitutedText out = SubstitutePlaceholders("a {{x}} b {{ y }} {{x}}", {{"x", "12345"}});
    CHECK(out.text == "a 12345 b {{ y }} 12345");  // no whitespace tolerance, like the provider
    CHECK(out.map.ToOriginal(8) == 8);
    CHECK(out.map.ToOriginal(18) == 18);
    CHECK(out.map.ToOriginal(22) == 22);
  }

  TEST_CASE("yaml: error positions and messages") {
    SUBCASE("unclosed flow mapping points at its opening brace") {
      const std::string text = "workflow:\n  timeout: {lit: {minutes: 1}\n";
      const ParseResult result = ParseYaml(text);
      REQUIRE(result.errors.size() == 1);
      CHECK(result.errors[0].offset == text.find("{lit"));
      CHECK(result.errors[0].message.find("never closed") != std::string::npos);
    }
    SUBCASE("a colon inside a plain value") {
      const std::string text = "workflow:\n  name: a: b\n";
      const ParseResult result = ParseYaml(text);
      REQUIRE(result.errors.size() == 1);
      CHECK(result.errors[0].offset == text.find(": b"));
    }
    SUBCASE("an unclosed quote at the end of the file") {
      const std::string text = "workflow:\n  name: \"abc\n";
      const ParseResult result = ParseYaml(text);
      REQUIRE(result.errors.size() == 1);
      CHECK(result.errors[0].offset == text.find('"'));
    }
    SUBCASE("an error after a placeholder maps back through it") {
      const std::string text = "workflow:\n  {{k}}: [1, 2\n";
      const ParseResult result = ParseYaml(text);
      REQUIRE(result.errors.size() == 1);
      CHECK(result.errors[0].offset == text.find('['));
    }
  }

  TEST_CASE("yaml: nesting and alias expansion are bounded") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "- ";
    deep += "x\n";
    const ParseResult block = ParseYaml(deep);
    REQUIRE(block.errors.size() == 1);
    CHECK(block.errors[0].message.find("nesting deeper than") != std::string::npos);
    const ParseResult flow = ParseYaml(std::string(100000, '[') + std::string(100000, ']'));
    REQUIRE(flow.errors.size() == 1);
    CHECK(flow.errors[0].message.find("nesting deeper than") != std::string::npos);
    // "billion laughs": each level doubles the size.
    std::string laughs = "a0: &a0 [x, x]\n";
    for (int i = 1; i < 40; ++i) {
      laughs += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) + ", *a" +
                std::to_string(i - 1) + "]\n";
    }
    const ParseResult bomb = ParseYaml(laughs);
    REQUIRE(bomb.errors.size() == 1);
    // Stopped by the bytes the copies would make, long before the 5,000,000-node limit.
    CHECK(bomb.errors[0].message == "aliases expand to more than 64 MiB");
  }

  TEST_CASE("yaml: aliases copy the anchored node") {
    const ParseResult result = ParseYaml("base: &b {x: 1}\nother: *b\n");
    REQUIRE(result.ok());
    CHECK(result.root.FindPath({"other", "x"})->text == "1");
  }

  TEST_CASE("yaml: CRLF line ends and a byte-order mark keep exact spans") {
    const std::string crlf = "workflow:\r\n  name: Case\r\n  list: [a, b]\r\n";
    const ParseResult result = ParseYaml(crlf);
    REQUIRE(result.ok());
    CHECK(Under(crlf, result.root.FindPath({"workflow", "name"})->span) == "Case");
    CHECK(testing::CheckYamlSpans(result.root, crlf).empty());
    const std::string bom = "\xEF\xBB\xBFworkflow:\n  name: Case\n";
    const ParseResult with_bom = ParseYaml(bom);
    REQUIRE(with_bom.ok());
    CHECK(Under(bom, with_bom.root.FindPath({"workflow", "name"})->span) == "Case");
  }

  TEST_CASE("yaml: spans after multi-byte characters are byte offsets") {
    // libyaml counts characters; the tree counts bytes.
    const std::string text =
        "workflow:\n  name: \"Caf\xC3\xA9 \xF0\x9F\x93\x9E\"\n  next: [\xC3\xA9t\xC3\xA9, b]\n  last: z\n";
    const ParseResult result = ParseYaml(text);
    REQUIRE(result.ok());
    const Node& flow = *result.root.Find("workflow");
    CHECK(Under(text, flow.Find("name")->span) == "\"Caf\xC3\xA9 \xF0\x9F\x93\x9E\"");
    CHECK(Under(text, flow.Find("next")->items[0].span) == "\xC3\xA9t\xC3\xA9");
    CHECK(Under(text, flow.FindEntry("last")->key_span) == "last");
    CHECK(Under(text, flow.Find("last")->span) == "z");
    CHECK(testing::CheckYamlSpans(result.root, text).empty());
  }

  TEST_CASE("yaml: a file that ends inside a bracket blames the bracket; bytes that are not UTF-8 are named") {
    const std::string open = "workflow:\n  name: [\n";
    const ParseResult unclosed = ParseYaml(open);
    REQUIRE(unclosed.errors.size() == 1);
    CHECK(unclosed.errors[0].offset == open.find('['));
    CHECK(unclosed.errors[0].message == "invalid YAML: this flow sequence '[' is never closed (expected ']')");
    const ParseResult missing = ParseYaml("a: [1, :]\n");
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors[0].message == "invalid YAML: expected a value here");
    const std::string latin1 = "a: caf\xE9\n";
    const ParseResult bytes = ParseYaml(latin1);
    REQUIRE(bytes.errors.size() == 1);
    CHECK(bytes.errors[0].offset == latin1.find('\xE9'));
    CHECK(bytes.errors[0].message.rfind("invalid YAML: ", 0) == 0);
  }

  TEST_CASE("yaml: only the first document is read") {
    const ParseResult result = ParseYaml("a: 1\n---\nb: 2\n");
    REQUIRE(result.ok());
    CHECK(result.root.Find("a") != nullptr);
    CHECK(result.root.Find("b") == nullptr);
  }
}

}  // namespace cxlint::parse
