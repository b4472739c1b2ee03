// Docs are tests: every rule has its page with the fixed sections, the page's example output is
// what cxlint prints for the example input, and README's rule table matches the registry.

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "cli/cli.h"
#include "rules/registry.h"
#include "rules/rule_pages.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

struct CodeBlock {
  std::string info;  // "yaml flow.yaml"
  std::string body;
};

// The fenced code blocks of one "## Section" of a page.
std::vector<CodeBlock> BlocksIn(const std::string& page, const std::string& section) {
  std::vector<CodeBlock> blocks;
  const size_t start = page.find("\n## " + section + "\n");
  if (start == std::string::npos) return blocks;
  const size_t end = page.find("\n## ", start + 4);
  std::istringstream lines(page.substr(start, end == std::string::npos ? std::string::npos : end - start));
  std::string line;
  CodeBlock* open = nullptr;
  while (std::getline(lines, line)) {
    if (line.rfind("```", 0) == 0) {
      if (open) {
        open = nullptr;
      } else {
        blocks.push_back({line.substr(3), ""});
        open = &blocks.back();
      }
    } else if (open) {
      open->body += line + "\n";
    }
  }
  return blocks;
}

std::string PagePath(const RuleMeta& rule) {
  return (SourceDir() / "rules" / (std::string(rule.code) + "-" + std::string(rule.name) + ".md")).string();
}

TEST_SUITE("docs") {
  TEST_CASE("every rule has its page, with the fixed sections in order") {
    for (const RuleMeta* rule : rules::AllRules()) {
      CAPTURE(rule->code);
      REQUIRE(fs::exists(PagePath(*rule)));
      const std::string page = ReadFile(PagePath(*rule));
      CHECK(page.rfind("# " + std::string(rule->code) + " " + std::string(rule->name) + "\n", 0) == 0);
      CHECK(page.find("Default severity: **" + std::string(SeverityName(rule->default_severity)) + "**") !=
            std::string::npos);
      size_t at = 0;
      for (const char* section :
           {"What it does", "Why is this bad?", "Example", "How to fix", "Options", "References"}) {
        CAPTURE(section);
        const size_t found = page.find(std::string("\n## ") + section + "\n", at);
        CHECK(found != std::string::npos);
        if (found != std::string::npos) at = found;
      }
      // The embedded copy is the page itself.
      CHECK(rules::RulePage(rule->code) == page);
    }
  }

  TEST_CASE("every page belongs to a registered rule") {
    for (const auto& entry : fs::directory_iterator(SourceDir() / "rules")) {
      const std::string name = entry.path().filename().string();
      CAPTURE(name);
      const std::string code = name.substr(0, name.find('-'));
      const RuleMeta* rule = rules::FindRule(code);
      REQUIRE(rule != nullptr);
      CHECK(entry.path().string() == PagePath(*rule));
    }
  }

  TEST_CASE("each page's example output is what cxlint prints for its example input") {
    for (const RuleMeta* rule : rules::AllRules()) {
      CAPTURE(rule->code);
      const std::vector<CodeBlock> blocks = BlocksIn(ReadFile(PagePath(*rule)), "Example");
      TempDir dir;
      std::string expected;
      int inputs = 0;
      for (const CodeBlock& block : blocks) {
        const size_t space = block.info.find(' ');
        if (block.info == "text") {
          expected = block.body;
        } else if (space != std::string::npos) {
          dir.Write(block.info.substr(space + 1), block.body);
          ++inputs;
        }
      }
      REQUIRE(inputs > 0);
      REQUIRE(!expected.empty());
      const fs::path previous = fs::current_path();
      fs::current_path(dir.path());
      std::ostringstream out, err;
      cli::RunCli({"lint", "--color", "never", "."}, out, err, false);
      fs::current_path(previous);
      CHECK(out.str() == expected);
    }
  }

  TEST_CASE("README's rule table is the registry") {
    const std::string readme = ReadFile(SourceDir() / "README.md");
    const std::regex row(R"(\| (CX\d{3}) \| ([a-z0-9-]+) \| (error|warning|note) \| (.+) \|)");
    std::vector<std::string> documented;
    for (auto it = std::sregex_iterator(readme.begin(), readme.end(), row); it != std::sregex_iterator(); ++it) {
      documented.push_back((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str() + " " + (*it)[4].str());
    }
    std::vector<std::string> registered;
    for (const RuleMeta* rule : rules::AllRules()) {
      registered.push_back(std::string(rule->code) + " " + std::string(rule->name) + " " +
                           std::string(SeverityName(rule->default_severity)) + " " + std::string(rule->summary));
    }
    CHECK(documented == registered);
  }

  // Comments and pages cite the domain facts as "docs/domain.md §N"; a citation must name a section
  // the page has, and nothing may point at the design notes outside the repository.
  TEST_CASE("every docs/domain.md citation names one of its sections") {
    const std::string domain = ReadFile(SourceDir() / "docs" / "domain.md");
    std::set<std::string> sections;
    const std::regex heading(R"(\n### (§\d+) )");
    for (auto it = std::sregex_iterator(domain.begin(), domain.end(), heading); it != std::sregex_iterator(); ++it) {
      sections.insert((*it)[1].str());
    }
    REQUIRE(!sections.empty());
    // "docs/domain.md §3", "docs/domain.md §3, §5", "docs/domain.md §3 and §5", split across a line.
    const std::regex citation(R"(docs/domain\.md(?:\s*\n\s*(?://+|#)?)?\s*((?:§\d+(?:,\s*|\s+and\s+)?)+))");
    const std::regex section(R"(§\d+)");
    int cited = 0;
    for (const char* folder : {"src", "tests", "rules", "docs", "testdata/rules"}) {
      for (const auto& entry : fs::recursive_directory_iterator(SourceDir() / folder)) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".h" && ext != ".cc" && ext != ".md" && ext != ".py" && ext != ".tf"))
          continue;
        if (entry.path().filename() == "docs_test.cc") continue;  // this test names the patterns it looks for
        const std::string file = entry.path().string();
        const std::string text = ReadFile(entry.path());
        CAPTURE(file);
        for (const char* outside :
             {"DOMAIN.md", "RULES.md", "ARCHITECTURE.md", "provider-docs/", "docs/sarif-output.md"}) {
          CAPTURE(outside);
          CHECK(text.find(outside) == std::string::npos);
        }
        for (auto it = std::sregex_iterator(text.begin(), text.end(), citation); it != std::sregex_iterator(); ++it) {
          const std::string list = (*it)[1].str();
          for (auto s = std::sregex_iterator(list.begin(), list.end(), section); s != std::sregex_iterator(); ++s) {
            CAPTURE(s->str());
            CHECK(sections.count(s->str()) == 1);
            ++cited;
          }
        }
      }
    }
    CHECK(cited > 50);
  }
}

}  // namespace
}  // namespace cxlint::testing
