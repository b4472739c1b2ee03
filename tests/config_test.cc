// The configuration: globs, rule settings with overrides, "did you mean", suppression comments,
// and the documented examples of .cxlint.yaml, which must read without errors.

#include <doctest/doctest.h>

#include <regex>

#include "base/edit_distance.h"
#include "base/glob.h"
#include "config/config.h"
#include "config/rule_options.h"
#include "lint/config_reader.h"
#include "lint/suppressions.h"
#include "rules/registry.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

// The value of option `name` of rule `code` for `path`, as the rule reads it.
double Option(const Config& config, std::string_view code, std::string_view name, const std::string& path) {
  const RuleMeta& rule = *rules::FindRule(code);
  return RuleOptionValue(config, rule, *rule.FindOption(name), path);
}

Config Load(const TempDir& dir, const std::string& text, std::vector<ConfigError>& errors) {
  return LoadConfig(dir.Write(".cxlint.yaml", text), errors);
}

TEST_SUITE("unit") {
  TEST_CASE("globs read like .gitignore") {
    CHECK(GlobMatch("*.i3", "exports/deep/a.i3"));
    CHECK(GlobMatch("legacy", "a/legacy/b/c.tf"));
    CHECK(GlobMatch("legacy/**", "legacy/b/c.tf"));
    CHECK_FALSE(GlobMatch("legacy/**", "a/legacy/c.tf"));
    CHECK(GlobMatch("modules/old", "modules/old/main.tf"));
    CHECK(GlobMatch("**/flows/*.yaml", "team/x/flows/a.yaml"));
    CHECK(GlobMatch("flows/*.yaml", "./flows/a.yaml"));
    CHECK_FALSE(GlobMatch("flows/*.yaml", "flows/sub/a.yaml"));
    CHECK(GlobMatch("flow?.yaml", "flow1.yaml"));
    CHECK_FALSE(GlobMatch("*.yaml", "a.yml"));
    CHECK_FALSE(GlobMatch("", "a.yml"));
  }

  TEST_CASE("did you mean: typos and truncations, not far-fetched guesses") {
    CHECK(DidYouMean("exlude", {"exclude", "rules"}) == " (did you mean 'exclude'?)");
    CHECK(DidYouMean("warn", {"off", "note", "warning", "error"}) == " (did you mean 'warning'?)");
    CHECK(DidYouMean("CX999", {"CX001", "CX101"}).empty());
    CHECK(DidYouMean("x", {}).empty());
  }

  TEST_CASE("a rule's effective settings: rules, then each matching override in order") {
    TempDir dir;
    std::vector<ConfigError> errors;
    const Config config = Load(dir,
                               "rules:\n"
                               "  CX103: {severity: error, options: {min_interval_ms: 1500}}\n"
                               "overrides:\n"
                               "  - files: [\"team/**\"]\n"
                               "    rules: {aggressive-retry-interval: {options: {min_interval_ms: 3000}}}\n"
                               "  - files: [\"team/lab/*\"]\n"
                               "    rules: {CX103: off}\n",
                               errors);
    REQUIRE(errors.empty());
    const std::string root = (dir.path() / "main.tf").string();
    const std::string team = (dir.path() / "team" / "main.tf").string();
    const std::string lab = (dir.path() / "team" / "lab" / "main.tf").string();
    CHECK(Option(config, "CX103", "min_interval_ms", root) == 1500);
    CHECK(Option(config, "CX103", "min_interval_ms", team) == 3000);
    CHECK(EffectiveRule(config, "CX103", team).severity == Severity::kError);
    CHECK(EffectiveRule(config, "CX103", lab).off);
    CHECK_FALSE(EffectiveRule(config, "CX103", team).off);
    CHECK(Option(config, "CX106", "max_retries", root) == 5);  // the default of rules/CX106-unbounded-retries.md
    CHECK(Option(Config{}, "CX107", "max_total_ms", root) == 60000);
  }

  TEST_CASE("option values are checked against their kind and minimum") {
    TempDir dir;
    std::vector<ConfigError> errors;
    Load(dir, "rules:\n  CX104: {options: {min_backoff_factor: 0.5}}\n  CX106: {options: {max_retries: [1]}}\n",
         errors);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].position.line == 2);
    CHECK(errors[0].message == "CX104 option 'min_backoff_factor' must be at least 1; got 0.5");
    CHECK(errors[1].position.line == 3);
    CHECK(errors[1].message == "CX106 option 'max_retries' must be a number; got a list");
  }

  TEST_CASE("suppression comments: where they are, what they name, what they cover") {
    TempDir dir;
    const std::string text =
        "# cxlint-ignore-file CX402: published by Archy\n"     // line 1
        "resource \"a\" \"b\" {\n"                             // line 2
        "  url = \"http://x#cxlint-ignore CX302\"\n"           // 3: in a string
        "  x = 1 // cxlint-ignore CX103, unbounded-retries\n"  // 4
        "  # cxlint-ignore\n"                                  // 5
        "\n"                                                   // 6
        "  webhook {\n"                                        // 7
        "    y = 2\n"                                          // 8
        "  }\n"                                                // 9
        "  # cxlint-ignored is another word\n"                 // 10
        "}\n";
    dir.Write("main.tf", text);
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.documents.size() == 1);
    const std::vector<Suppression> found = FindSuppressions(result.project.documents.front());
    REQUIRE(found.size() == 3);
    CHECK(found[0].whole_file);
    CHECK(found[0].reason == "published by Archy");
    REQUIRE(found[0].names.size() == 1);
    CHECK(found[0].names[0].rule == &rules::kMissingRequiredAttribute);
    REQUIRE(found[1].names.size() == 2);
    CHECK(found[1].names[1].rule == &rules::kUnboundedRetries);
    CHECK(found[1].reason.empty());
    CHECK(text.substr(found[1].covers.begin, found[1].covers.end - found[1].covers.begin) ==
          "  x = 1 // cxlint-ignore CX103, unbounded-retries");
    // On its own line, above a blank line and a block: the whole block.
    CHECK(found[2].names.empty());
    CHECK(text.substr(found[2].covers.begin, found[2].covers.end - found[2].covers.begin) ==
          "  webhook {\n    y = 2\n  }");
  }

  TEST_CASE("suppression comments: every comment that covers a finding is used, the first is credited") {
    TempDir dir;
    const std::string text =
        "# cxlint-ignore CX101: outer\n"            // 1: covers the block, lines 2-7
        "resource \"a\" \"b\" {\n"                  // 2
        "  x = 1 # cxlint-ignore CX102: other\n"    // 3: covers this line, where no CX102 is
        "  webhook {\n"                             // 4
        "    y = 2 # cxlint-ignore CX101: inner\n"  // 5: covers this line
        "  }\n"                                     // 6
        "}\n"                                       // 7
        "z = 3\n";                                  // 8: not covered
    dir.Write("main.tf", text);
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.documents.size() == 1);
    const SourcePtr& file = result.project.documents.front().source;
    const RuleMeta* cx101 = rules::FindRule("CX101");
    const RuleMeta* cx102 = rules::FindRule("CX102");
    REQUIRE(cx101);
    REQUIRE(cx102);
    const auto at = [&](const RuleMeta* rule, const std::string& where) {
      const auto offset = static_cast<uint32_t>(text.find(where));
      Finding finding;
      finding.rule = rule;
      finding.location = Location{file, {offset, offset + 1}, {}};
      finding.message = std::string(rule->code) + " at " + where;
      return finding;
    };
    std::vector<Finding> findings{at(cx101, "y = 2"), at(cx101, "x = 1"), at(cx101, "z = 3"), at(cx102, "y = 2")};
    const SuppressionOutcome outcome = ApplySuppressions(result.project, findings);
    REQUIRE(outcome.suppressed.size() == 2);
    // Inside both (the comment on line 3, between them, covers only its line): the comment first
    // in the file is the one named.
    CHECK(outcome.suppressed[0].finding.message == "CX101 at y = 2");
    CHECK(outcome.suppressed[0].by == "main.tf:1: cxlint-ignore");
    CHECK(outcome.suppressed[1].finding.message == "CX101 at x = 1");
    CHECK(outcome.suppressed[1].by == "main.tf:1: cxlint-ignore");
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].message == "CX101 at z = 3");
    CHECK(findings[1].message == "CX102 at y = 2");  // neither comment names CX102
    REQUIRE(outcome.comments.size() == 3);
    CHECK(outcome.comments[0].names[0].used);
    CHECK_FALSE(outcome.comments[1].names[0].used);
    CHECK(outcome.comments[2].names[0].used);  // covered by the outer comment too, still used
  }
}

TEST_SUITE("docs") {
  // Every ```yaml block of the configuration docs that looks like a .cxlint.yaml reads cleanly.
  TEST_CASE("the documented .cxlint.yaml examples are valid") {
    const std::regex block("```yaml\n([\\s\\S]*?)```");
    int checked = 0;
    for (const char* page : {"README.md", "docs/configuration.md"}) {
      const std::string text = ReadFile(SourceDir() / page);
      for (auto it = std::sregex_iterator(text.begin(), text.end(), block); it != std::sregex_iterator(); ++it) {
        const std::string yaml = (*it)[1].str();
        if (yaml.find("middleware_hosts:") == std::string::npos) continue;
        CAPTURE(page);
        CAPTURE(yaml);
        TempDir dir;
        std::vector<ConfigError> errors;
        Load(dir, yaml, errors);
        CHECK(errors.empty());
        ++checked;
      }
    }
    CHECK(checked == 2);
  }
}

}  // namespace
}  // namespace cxlint::testing
