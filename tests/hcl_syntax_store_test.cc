// Where an HCL tree lives (parse/hcl/hcl_syntax_store.h): children kept side by side and valid
// while the store lives, however many are kept, and literal text viewing the source unless
// decoding changed it.

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "parse/hcl/hcl_parser.h"
#include "parse/hcl/hcl_syntax_store.h"

namespace cxlint::parse::hcl {
namespace {

bool Inside(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

TEST_CASE("syntax store: kept lists and texts stay as kept, small and large, across many chunks") {
  SyntaxStore store;
  std::vector<ExprList> lists;
  std::vector<std::string_view> texts;
  // Enough to fill many chunks, with lists larger than a chunk of their own now and then.
  for (uint32_t i = 0; i < 20000; ++i) {
    std::vector<Expression> nodes(i % 997 == 0 ? 5000 : 1 + i % 4);
    for (size_t k = 0; k < nodes.size(); ++k) nodes[k].span = Span{i, static_cast<uint32_t>(k)};
    lists.push_back(store.Keep(nodes));
    texts.push_back(store.Keep(std::string(1 + i % 70, static_cast<char>('a' + i % 26))));
  }
  size_t wrong = 0;
  for (uint32_t i = 0; i < lists.size(); ++i) {
    const ExprList& list = lists[i];
    REQUIRE(list.size() == (i % 997 == 0 ? 5000u : 1 + i % 4));
    if (reinterpret_cast<uintptr_t>(list.begin()) % alignof(Expression) != 0) ++wrong;
    for (size_t k = 0; k < list.size(); ++k) {
      if (list[k].span.begin != i || list[k].span.end != k) ++wrong;
    }
    if (texts[i] != std::string(1 + i % 70, static_cast<char>('a' + i % 26))) ++wrong;
  }
  CHECK(wrong == 0);
  CHECK(store.Keep(std::span<const Expression>()).empty());
  CHECK(store.Keep(std::string_view()).empty());
}

TEST_CASE("syntax store: a text or list larger than the next chunk still fits, every size up to its own chunk") {
  // A fresh store's first chunks are small: each request must get a chunk it fits in.
  for (size_t size = 1; size <= 80 * 1024; size = size * 3 / 2 + 1) {
    SyntaxStore store;
    const std::string text(size, 'x');
    const std::string_view kept = store.Keep(text);
    CHECK(kept == text);
    const std::vector<Expression> nodes(size / sizeof(Expression) + 1);
    CHECK(store.Keep(nodes).size() == nodes.size());
  }
}

TEST_CASE("syntax store: a literal that reads as written views the source, a decoded one is kept") {
  const std::string text = "a = \"plain text\"\nb = \"tab\\there\"\nc = <<EOT\n  line one\n  line two\nEOT\n";
  const HclParseResult result = ParseHcl(text);
  REQUIRE(result.ok());
  const Expression& plain = result.body.attributes[0].expression;
  CHECK(plain.value() == "plain text");
  CHECK(Inside(plain.value(), text));
  CHECK(Inside(plain.children[0].value(), text));
  const Expression& escaped = result.body.attributes[1].expression;
  CHECK(escaped.value() == "tab\there");
  CHECK(!Inside(escaped.value(), text));
  // Heredoc lines are one literal, contiguous in the source.
  const Expression& heredoc = result.body.attributes[2].expression;
  CHECK(heredoc.value() == "  line one\n  line two\n");
  CHECK(Inside(heredoc.value(), text));
}

TEST_CASE("syntax store: a tree parsed into a caller's store outlives the parse result") {
  SyntaxStore store;
  const std::string text = "a = [1, \"x\", { k = f(2) }]\n";
  Expression kept;
  {
    const HclParseResult result = ParseHcl(text, store);
    REQUIRE(result.ok());
    CHECK(result.store == nullptr);
    kept = result.body.attributes[0].expression;
  }
  REQUIRE(kept.children.size() == 3);
  CHECK(kept.children[0].number() == 1);
  CHECK(kept.children[1].value() == "x");
  const Expression& object = kept.children[2];
  REQUIRE(object.ObjectSize() == 1);
  CHECK(object.ObjectKey(0).name() == "k");
  CHECK(object.ObjectValue(0).name() == "f");
  CHECK(object.ObjectValue(0).children.at(0).number() == 2);
  CHECK_THROWS_AS(object.ObjectValue(0).children.at(1), std::out_of_range);
}

}  // namespace
}  // namespace cxlint::parse::hcl
