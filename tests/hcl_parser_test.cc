// The HCL parser: exact spans of every kind of node, decoded values, error messages and their
// offsets, recovery after an error, and the depth bound. tests/hcl_conformance.sh checks the
// parser against HashiCorp's on whole files; these pin the details.

#include <doctest/doctest.h>

#include <deque>
#include <limits>
#include <string>
#include <vector>

#include "discover/load.h"
#include "parse/hcl/hcl_parser.h"
#include "support/test_support.h"

namespace cxlint::parse::hcl {

namespace {

std::string Under(std::string_view text, Span span) { return std::string(SourceText(text, span)); }

// A parsed text with its tree, kept for the whole run: trees view their text and store.
struct KeptParse {
  std::string text;
  HclParseResult result;
};

// Parses `text`, which must be valid, and returns its body.
const Body& Valid(const std::string& text) {
  static std::deque<KeptParse> kept;
  KeptParse& parse = kept.emplace_back(KeptParse{text, {}});
  parse.result = ParseHcl(parse.text);
  for (const ParseError& error : parse.result.errors) FAIL_CHECK(error.offset << ": " << error.message);
  REQUIRE(parse.result.ok());
  return parse.result.body;
}

// The one expression of `a = <expression>`.
Expression ValueOf(const std::string& text) {
  const Body& body = Valid(text);
  REQUIRE(body.attributes.size() == 1);
  return body.attributes[0].expression;
}

// "offset: message" of each error.
std::vector<std::string> Errors(const std::string& text) {
  std::vector<std::string> out;
  for (const ParseError& error : ParseHcl(text).errors)
    out.push_back(std::to_string(error.offset) + ": " + error.message);
  return out;
}

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("hcl: attributes and blocks have exact spans") {
    const std::string text =
        "name = \"value\" # comment\n"
        "resource \"genesyscloud_flow\" flow {\n"
        "  filepath = var.path\n"
        "  nested { x = 1 }\n"
        "}\n";
    const Body body = Valid(text);
    CHECK(body.span.begin == 0);
    CHECK(body.span.end == text.size());
    REQUIRE(body.attributes.size() == 1);
    const Attribute& name = body.attributes[0];
    CHECK(name.name == "name");
    CHECK(Under(text, name.name_span) == "name");
    CHECK(Under(text, name.span) == "name = \"value\"");
    CHECK(Under(text, name.expression.span) == "\"value\"");
    CHECK(name.expression.value() == "value");

    REQUIRE(body.blocks.size() == 1);
    const Block& resource = body.blocks[0];
    CHECK(resource.type == "resource");
    CHECK(Under(text, resource.type_span) == "resource");
    REQUIRE(resource.labels.size() == 2);
    CHECK(resource.labels[0].value == "genesyscloud_flow");
    CHECK(Under(text, resource.labels[0].span) == "\"genesyscloud_flow\"");
    CHECK(resource.labels[1].value == "flow");
    CHECK(Under(text, resource.labels[1].span) == "flow");
    CHECK(Under(text, resource.span).rfind("resource \"genesyscloud_flow\" flow {", 0) == 0);
    CHECK(Under(text, resource.span).back() == '}');
    CHECK(Under(text, resource.body.span).front() == '{');
    const Attribute* filepath = resource.body.FindAttribute("filepath");
    REQUIRE(filepath != nullptr);
    CHECK(Under(text, filepath->span) == "filepath = var.path");
    const Block* nested = resource.body.FindBlock("nested");
    REQUIRE(nested != nullptr);
    CHECK(Under(text, nested->span) == "nested { x = 1 }");
    CHECK(Under(text, nested->body.span) == "{ x = 1 }");
    CHECK(Under(text, nested->body.attributes[0].span) == "x = 1");
  }

  TEST_CASE("hcl: a byte order mark is skipped and offsets still count it") {
    const std::string text =
        "\xEF\xBB\xBF"
        "a = 1\n";
    const Body body = Valid(text);
    CHECK(body.attributes[0].name_span.begin == 3);
    CHECK(Under(text, body.attributes[0].expression.span) == "1");
  }

  TEST_CASE("hcl: numbers in every form") {
    const Expression big = ValueOf("a = 1e3\n");
    CHECK(big.kind == ExprKind::kNumber);
    CHECK(big.number() == 1000);
    CHECK(big.value() == "1e3");
    CHECK(ValueOf("a = 1.5E-2\n").number() == doctest::Approx(0.015));
    CHECK(ValueOf("a = 2e+2\n").number() == 200);
    CHECK(ValueOf("a = 007\n").number() == 7);
    CHECK(ValueOf("a = 1.e5\n").number() == 100000);
    CHECK(ValueOf("a = 1e400\n").number() == std::numeric_limits<double>::infinity());
    const Expression negative = ValueOf("a = -5\n");
    CHECK(negative.kind == ExprKind::kUnary);
    CHECK(negative.op == Operator::kNegate);
    CHECK(negative.children[0].number() == 5);
    CHECK(ValueOf("a = true\n").bool_value);
    CHECK(ValueOf("a = false\n").kind == ExprKind::kBool);
    CHECK(ValueOf("a = null\n").kind == ExprKind::kNull);
  }

  TEST_CASE("hcl: string escapes are decoded") {
    CHECK(ValueOf(R"(a = "t\tn\nr\rq\"b\\")"
                  "\n")
              .value() == "t\tn\nr\rq\"b\\");
    CHECK(ValueOf(R"(a = "\u00e9\U0001F600")"
                  "\n")
              .value() == "\xC3\xA9\xF0\x9F\x98\x80");
    CHECK(ValueOf(R"(a = "$${x} %%{y} $$ %")"
                  "\n")
              .value() == "${x} %{y} $$ %");
    const Expression empty = ValueOf("a = \"\"\n");
    CHECK(empty.IsStringLiteral());
    CHECK(empty.children.empty());
    CHECK(empty.value().empty());
  }

  TEST_CASE("hcl: template parts have exact spans") {
    const std::string text = "a = \"Hi ${var.name}, $${raw} ${x}\"\n";
    const Expression value = ValueOf(text);
    REQUIRE(value.kind == ExprKind::kTemplate);
    CHECK(!value.IsStringLiteral());
    REQUIRE(value.children.size() == 4);
    CHECK(value.children[0].kind == ExprKind::kLiteralPart);
    CHECK(Under(text, value.children[0].span) == "Hi ");
    CHECK(value.children[1].kind == ExprKind::kInterpolation);
    CHECK(Under(text, value.children[1].span) == "${var.name}");
    CHECK(Under(text, value.children[1].children[0].span) == "var.name");
    CHECK(Under(text, value.children[2].span) == ", $${raw} ");
    CHECK(value.children[2].value() == ", ${raw} ");
    CHECK(Under(text, value.children[3].span) == "${x}");
  }

  TEST_CASE("hcl: strip markers trim the literal text beside them") {
    const Expression value = ValueOf("a = \"a  ${~ x ~}  b\"\n");
    REQUIRE(value.children.size() == 3);
    CHECK(value.children[0].value() == "a");
    CHECK(value.children[1].strip_left);
    CHECK(value.children[1].strip_right);
    CHECK(value.children[2].value() == "b");
  }

  TEST_CASE("hcl: template directives nest if/else and for") {
    const std::string text = "a = \"%{for k, v in m}%{if v}${k}%{else}-%{endif}%{endfor}\"\n";
    const Expression value = ValueOf(text);
    REQUIRE(value.children.size() == 1);
    const Expression& loop = value.children[0];
    CHECK(loop.kind == ExprKind::kTemplateFor);
    CHECK(loop.key_name() == "k");
    CHECK(loop.name() == "v");
    CHECK(Under(text, loop.span) == "%{for k, v in m}%{if v}${k}%{else}-%{endif}%{endfor}");
    CHECK(Under(text, loop.children[0].span) == "m");
    const Expression& body = loop.children[1];
    REQUIRE(body.children.size() == 1);
    const Expression& branch = body.children[0];
    CHECK(branch.kind == ExprKind::kTemplateIf);
    CHECK(Under(text, branch.span) == "%{if v}${k}%{else}-%{endif}");
    CHECK(Under(text, branch.children[0].span) == "v");
    CHECK(Under(text, branch.children[1].span) == "${k}");
    CHECK(branch.children[2].value() == "-");
  }

  TEST_CASE("hcl: heredocs keep their lines and <<- removes the common indentation") {
    const std::string text = "a = <<EOT\nhello\n  world\nEOT\nb = 1\n";
    const Body body = Valid(text);
    const Expression& plain = body.attributes[0].expression;
    CHECK(plain.heredoc);
    CHECK(!plain.flush);
    CHECK(plain.value() == "hello\n  world\n");
    CHECK(Under(text, plain.span) == "<<EOT\nhello\n  world\nEOT");
    CHECK(body.attributes[1].name == "b");

    const std::string indented = "a = <<-EOT\n    first\n      second\n\n    ${x}\n    EOT\n";
    const Expression flush = ValueOf(indented);
    CHECK(flush.flush);
    REQUIRE(flush.children.size() == 3);
    CHECK(flush.children[0].value() == "first\n  second\n\n");
    // The literal's span starts after the indentation that was removed.
    CHECK(Under(indented, flush.children[0].span) == "first\n      second\n\n    ");
    CHECK(flush.children[1].kind == ExprKind::kInterpolation);
    CHECK(flush.children[2].value() == "\n");

    CHECK(ValueOf("a = <<EOT\r\nx\r\nEOT\r\n").value() == "x\r\n");
    CHECK(ValueOf("a = <<EOT\nEOT\n").value().empty());
    CHECK(ValueOf("a = <<EOT\nback\\slash $${x}\n  EOT\n").value() == "back\\slash ${x}\n");
  }

  TEST_CASE("hcl: traversals, indexes and splats") {
    const std::string text = "a = var.list[0].name\n";
    const Expression chain = ValueOf(text);
    REQUIRE(chain.kind == ExprKind::kTraversal);
    REQUIRE(chain.children.size() == 4);
    CHECK(chain.children[0].kind == ExprKind::kVariable);
    CHECK(chain.children[0].name() == "var");
    CHECK(chain.children[1].kind == ExprKind::kGetAttr);
    CHECK(Under(text, chain.children[1].span) == ".list");
    CHECK(chain.children[2].kind == ExprKind::kIndex);
    CHECK(Under(text, chain.children[2].span) == "[0]");
    CHECK(Under(text, chain.children[3].span) == ".name");
    CHECK(IsStaticTraversal(chain));
    CHECK(!IsStaticTraversal(ValueOf("a = var.list[count.index]\n")));

    const std::string legacy_text = "a = aws_instance.web.0.id\n";
    const Expression legacy = ValueOf(legacy_text);
    CHECK(legacy.children[2].kind == ExprKind::kLegacyIndex);
    CHECK(legacy.children[2].number() == 0);
    CHECK(Under(legacy_text, legacy.children[2].span) == ".0");

    const std::string splat_text = "a = x[*].b[0]\n";
    const Expression splat = ValueOf(splat_text);
    REQUIRE(splat.kind == ExprKind::kSplat);
    CHECK(!splat.attr_only);
    CHECK(Under(splat_text, splat.span) == "x[*].b[0]");
    const Expression& each = splat.children[1];
    CHECK(each.kind == ExprKind::kTraversal);
    CHECK(each.children[0].kind == ExprKind::kSplatItem);
    CHECK(Under(splat_text, each.children[0].span) == "[*]");
    CHECK(each.children.size() == 3);

    // `.*` takes only attribute names: the index applies to the splat's result.
    const std::string attr_text = "a = x.*.b[0]\n";
    const Expression attr = ValueOf(attr_text);
    REQUIRE(attr.kind == ExprKind::kTraversal);
    CHECK(attr.children[0].kind == ExprKind::kSplat);
    CHECK(attr.children[0].attr_only);
    CHECK(Under(attr_text, attr.children[0].span) == "x.*.b");
  }

  TEST_CASE("hcl: operators bind by HCL's precedence") {
    const std::string text = "a = !x || y && b == c < d + e * f\n";
    const Expression top = ValueOf(text);
    CHECK(top.op == Operator::kOr);
    CHECK(Under(text, top.children[0].span) == "!x");
    const Expression& conjunction = top.children[1];
    CHECK(conjunction.op == Operator::kAnd);
    const Expression& equality = conjunction.children[1];
    CHECK(equality.op == Operator::kEqual);
    const Expression& less = equality.children[1];
    CHECK(less.op == Operator::kLess);
    CHECK(less.children[1].op == Operator::kAdd);
    CHECK(Under(text, less.children[1].children[1].span) == "e * f");

    const Expression left = ValueOf("a = 1 - 2 - 3\n");
    CHECK(left.children[0].op == Operator::kSubtract);  // (1 - 2) - 3

    const std::string conditional_text = "a = x ? 1 : y ? 2 : 3\n";
    const Expression conditional = ValueOf(conditional_text);
    CHECK(conditional.kind == ExprKind::kConditional);
    CHECK(conditional.children[2].kind == ExprKind::kConditional);
    CHECK(Under(conditional_text, conditional.span) == "x ? 1 : y ? 2 : 3");

    const std::string negated_text = "a = -x.y * 2\n";
    const Expression negated = ValueOf(negated_text);
    CHECK(negated.op == Operator::kMultiply);
    CHECK(Under(negated_text, negated.children[0].span) == "-x.y");
    CHECK(ValueOf("a = (1 + 2) * 3\n").children[0].kind == ExprKind::kParens);
  }

  TEST_CASE("hcl: calls, collections and for expressions") {
    const std::string text = "a = merge(var.tags, { Name = \"x\", \"k\": 1, (var.k) = 2 }, rest...)\n";
    const Expression call = ValueOf(text);
    CHECK(call.kind == ExprKind::kFunctionCall);
    CHECK(call.name() == "merge");
    CHECK(call.expand_final);
    REQUIRE(call.children.size() == 3);
    const Expression& object = call.children[1];
    REQUIRE(object.ObjectSize() == 3);
    CHECK(object.ObjectKey(0).kind == ExprKind::kVariable);
    CHECK(object.ObjectKey(0).name() == "Name");
    CHECK(object.ObjectKey(1).value() == "k");
    CHECK(object.ObjectKey(2).kind == ExprKind::kParens);
    CHECK(Under(text, object.ObjectValue(2).span) == "2");

    CHECK(ValueOf("a = provider::terraform::encode_tfvars({})\n").name() == "provider::terraform::encode_tfvars");

    const std::string tuple_text = "a = [\n  1,\n  2, # two\n]\n";
    const Expression tuple = ValueOf(tuple_text);
    CHECK(tuple.kind == ExprKind::kTuple);
    CHECK(tuple.children.size() == 2);
    CHECK(Under(tuple_text, tuple.span) == "[\n  1,\n  2, # two\n]");

    const std::string for_text = "a = {for k, v in var.m : upper(k) => v... if v != null}\n";
    const Expression loop = ValueOf(for_text);
    CHECK(loop.kind == ExprKind::kFor);
    CHECK(loop.object_for);
    CHECK(loop.group);
    CHECK(loop.key_name() == "k");
    CHECK(loop.name() == "v");
    CHECK(Under(for_text, loop.ForCollection().span) == "var.m");
    REQUIRE(loop.ForKey() != nullptr);
    CHECK(Under(for_text, loop.ForKey()->span) == "upper(k)");
    CHECK(Under(for_text, loop.ForValue().span) == "v");
    REQUIRE(loop.ForCondition() != nullptr);
    CHECK(Under(for_text, loop.ForCondition()->span) == "v != null");

    const Expression list = ValueOf("a = [for s in xs : s]\n");
    CHECK(!list.object_for);
    CHECK(list.ForKey() == nullptr);
    CHECK(list.ForCondition() == nullptr);
  }

  TEST_CASE("hcl: one-line blocks, bare labels and comments of every style") {
    const std::string text =
        "// line comment\n"
        "a { b = 1 }\n"
        "c d \"e\" { /* inline */ }\n"
        "f {\n"
        "  # hash comment\n"
        "}\n";
    const Body body = Valid(text);
    REQUIRE(body.blocks.size() == 3);
    CHECK(body.blocks[0].body.attributes[0].name == "b");
    CHECK(body.blocks[1].labels.size() == 2);
    CHECK(body.blocks[1].labels[0].value == "d");
    CHECK(body.blocks[2].body.attributes.empty());
  }

  TEST_CASE("hcl: the source text of an expression") {
    const std::string text = "a = format(\"%s-%s\",\n  var.a,\n  var.b)\n";
    const Expression value = ValueOf(text);
    CHECK(SourceText(text, value.span) == "format(\"%s-%s\",\n  var.a,\n  var.b)");
  }

  TEST_CASE("hcl: errors say what was expected, where") {
    CHECK(Errors("x\n") ==
          std::vector<std::string>{"1: expected '=' or '{' after attribute or block name \"x\", found a newline"});
    CHECK(Errors("name \"value\"\n") ==
          std::vector<std::string>{"5: expected '=' or '{' after attribute or block name \"name\", found a string"});
    CHECK(Errors("a = \"abc\nb = 1\n") ==
          std::vector<std::string>{"4: unterminated string: a quoted string must end on its line (use \\n or a heredoc "
                                   "for multi-line text)"});
    CHECK(Errors("a = \"abc") ==
          std::vector<std::string>{"4: unterminated string: expected '\"' before the end of the file"});
    CHECK(
        Errors("a = <<EOT\nabc\n") ==
        std::vector<std::string>{"4: unclosed heredoc <<EOT: expected a line reading \"EOT\" (followed by a newline)"});
    CHECK(Errors("a = [1, 2\n") ==
          std::vector<std::string>{"4: unclosed '[': expected ']' before the end of the file"});
    CHECK(Errors("r \"x\" {\n  a = 1\n") ==
          std::vector<std::string>{"6: unclosed block \"r\": expected '}' before the end of the file"});
    CHECK(Errors("a = 1\na = 2\n") ==
          std::vector<std::string>{"6: attribute \"a\" is already set on line 1; set each attribute once"});
    CHECK(Errors("a = 1, b = 2\n") ==
          std::vector<std::string>{"5: unexpected ',' after attribute \"a\": put each attribute on a line of its own"});
    CHECK(Errors("a = \"\\q\"\n") ==
          std::vector<std::string>{
              "5: invalid escape sequence \\q: use \\n, \\r, \\t, \\\", \\\\, \\uXXXX or \\UXXXXXXXX"});
    CHECK(Errors("a = b & c\n") ==
          std::vector<std::string>{"6: invalid character '&': HCL has no bitwise operators (did you mean '&&'?)"});
    CHECK(Errors("a = 'x'\n") == std::vector<std::string>{"4: invalid character '\\'': strings use double quotes"});
    CHECK(Errors("a = 1.5.3\n") == std::vector<std::string>{"4: invalid number \"1.5.3\""});
    CHECK(Errors("a = b.0.1\n") ==
          std::vector<std::string>{"6: legacy index \".0.1\" chains two indexes: write [0][1]"});
    CHECK(Errors("a = [for k, v in x : k => v]\n") ==
          std::vector<std::string>{
              "21: a [for ...] expression builds a tuple and takes no key (=>): use {for ...} to build "
              "an object"});
    CHECK(Errors("a = \"%{if x}yes\"\n") == std::vector<std::string>{"5: missing %{endif} for this %{if}"});
    CHECK(Errors("a = \"${x y}\"\n") ==
          std::vector<std::string>{
              "9: expected '}' to end the interpolation, found \"y\" (write $${ for a literal ${ meant "
              "for another language)"});
    CHECK(Errors("a { b = 1, c = 2 }\n") ==
          std::vector<std::string>{
              "9: a one-line block holds a single attribute: put each attribute on a line of its own"});
    CHECK(Errors("r \"x\"\n{\n}\n") == std::vector<std::string>{"5: expected '{' on the same line as block \"r\""});
    CHECK(Errors("a = { b = 1 +\n 2 }\n") == std::vector<std::string>{"13: expected an expression, found a newline"});
    CHECK(Errors("a = 1 /* no end\n") == std::vector<std::string>{"6: unterminated /* comment: expected */"});
  }

  TEST_CASE("hcl: after an error, parsing resumes at the next attribute or block") {
    const std::string text =
        "a = [1,, 2]\n"  // error at offset 7
        "b = 1\n"
        "block {\n"
        "  c = = 3\n"  // error inside a block: the block still closes
        "  d = 4\n"
        "}\n"
        "e = \"fine\"\n"
        "f = ]\n";  // a third error after the block
    const HclParseResult result = ParseHcl(text);
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors[0].offset == 7);
    CHECK(result.errors[0].message == "expected an expression, found ','");
    CHECK(Under(text, Span{result.errors[1].offset, result.errors[1].offset + 1}) == "=");
    CHECK(result.errors[1].offset == text.find("= 3"));
    CHECK(result.errors[2].offset == text.find("]\n", text.find("f =")));
    // What parsed cleanly is kept.
    CHECK(result.body.FindAttribute("b") != nullptr);
    CHECK(result.body.FindAttribute("e") != nullptr);
    const Block* block = result.body.FindBlock("block");
    REQUIRE(block != nullptr);
    CHECK(block->body.FindAttribute("d") != nullptr);
  }

  TEST_CASE("hcl: an unclosed bracket does not hide the errors after it") {
    const HclParseResult result = ParseHcl("a = [1, 2\nb = 3\nc = @\n");
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].message == "expected ',' or ']' after a tuple element, found \"b\"");
    CHECK(result.errors[1].message == "invalid character '@'");
  }

  TEST_CASE("hcl: nesting deeper than kMaxDepth is one error, never a stack overflow") {
    const std::string message = "nesting deeper than " + std::to_string(kMaxDepth) + " levels";
    for (const std::string& open : {std::string("["), std::string("("), std::string("{a="), std::string("!"),
                                    std::string("-"), std::string("\"${"), std::string("f(")}) {
      CAPTURE(open);
      std::string text = "a = ";
      for (int i = 0; i < 100000; ++i) text += open;
      const HclParseResult result = ParseHcl(text);
      REQUIRE(result.errors.size() == 1);
      CHECK(result.errors[0].message == message);
    }
    std::string splats = "a = x";
    for (int i = 0; i < 100000; ++i) splats += "[*]";
    const HclParseResult deep_splats = ParseHcl(splats);
    REQUIRE(deep_splats.errors.size() == 1);
    CHECK(deep_splats.errors[0].message == message);

    std::string directives = "a = \"";
    for (int i = 0; i < 100000; ++i) directives += "%{if x}";
    const HclParseResult deep_directives = ParseHcl(directives + "\"\n");
    REQUIRE(deep_directives.errors.size() == 1);
    CHECK(deep_directives.errors[0].message == message);

    std::string blocks;
    for (int i = 0; i < 100000; ++i) blocks += "b {\n";
    const HclParseResult deep_blocks = ParseHcl(blocks);
    REQUIRE(deep_blocks.errors.size() == 1);
    CHECK(deep_blocks.errors[0].message == message);

    // A long chain of operators builds a tall tree without recursing; it is not nesting (HCL
    // accepts any length), so its length has a bound of its own.
    std::string chain = "a = 1";
    for (int i = 0; i < 100000; ++i) chain += " + 1";
    const HclParseResult long_chain = ParseHcl(chain + "\n");
    REQUIRE(long_chain.errors.size() == 1);
    CHECK(long_chain.errors[0].message == "more than 4096 operators in one expression");

    // Within the bound, deep nesting parses.
    std::string fine = "a = ";
    for (int i = 0; i < 100; ++i) fine += "[";
    for (int i = 0; i < 100; ++i) fine += "]";
    CHECK(ParseHcl(fine + "\n").ok());
  }

  TEST_CASE("hcl: the loader keeps the tree of a .tf file and turns each parse error into CX001") {
    testing::TempDir dir;
    const std::string good = dir.Write("main.tf", "resource \"a\" \"b\" {\n  x = 1\n}\n");
    const LoadOutcome loaded = LoadFile(WalkEntry{good, true, ""}, LoadOptions{});
    REQUIRE(loaded.document.has_value());
    CHECK(loaded.findings.empty());
    REQUIRE(loaded.document->hcl != nullptr);
    CHECK(loaded.document->hcl->blocks.at(0).labels.at(1).value == "b");

    const std::string vars = dir.Write("prod.tfvars", "region = \"eu-west-1\"\n");
    const LoadOutcome tfvars = LoadFile(WalkEntry{vars, true, ""}, LoadOptions{});
    REQUIRE(tfvars.document.has_value());
    REQUIRE(tfvars.document->hcl != nullptr);
    CHECK(tfvars.document->hcl->FindAttribute("region") != nullptr);

    const std::string bad = dir.Write("bad.tf", "a = [1,, 2]\nb = \"open\n");
    const LoadOutcome broken = LoadFile(WalkEntry{bad, true, ""}, LoadOptions{});
    CHECK(!broken.document.has_value());
    REQUIRE(broken.findings.size() == 2);
    CHECK(broken.findings[0].rule->code == "CX001");
    CHECK(broken.findings[0].location.span.begin == 7);
    CHECK(broken.findings[1].message.rfind("unterminated string", 0) == 0);
  }

  TEST_CASE("hcl: every node's height stays within kMaxDepth") {
    // A flat chain of 600 terms is one level of nesting, as HashiCorp's parser sees it.
    std::string text = "a = 1";
    for (int i = 0; i < 600; ++i) text += " + 1";
    const Expression value = ValueOf(text + "\n");
    CHECK(value.height == 2);
    std::string nested = "a = 1";
    // Parentheses are nesting: each level here adds two (the parentheses and their operator).
    for (int i = 0; i < 200; ++i) nested = "a = (" + nested.substr(4) + " + 1)";
    const Expression parenthesised = ValueOf(nested + "\n");
    CHECK(parenthesised.height == 401);
    CHECK(parenthesised.height <= kMaxDepth);
  }
}

}  // namespace cxlint::parse::hcl
