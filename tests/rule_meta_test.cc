// What each rule defines beside its Check (its options and traits) holds together: the config
// reader, `cxlint init`, --show-config and the reports read them through the RuleMeta alone.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "config/config.h"
#include "config/rule_options.h"
#include "report/rule_traits.h"
#include "rules/registry.h"

namespace cxlint::testing {
namespace {

TEST_SUITE("unit") {
  TEST_CASE("each rule's options are named once, with a default the reader would accept") {
    for (const RuleMeta* rule : rules::AllRules()) {
      CAPTURE(rule->code);
      std::set<std::string_view> names;
      for (const RuleOptionSpec& option : rule->options) {
        CAPTURE(option.name);
        CHECK(names.insert(option.name).second);
        CHECK(rule->FindOption(option.name) == &option);
        CHECK(option.default_value >= option.minimum);
        if (option.integer) CHECK(option.default_value == std::floor(option.default_value));
        CHECK_FALSE(option.meaning.empty());
      }
      CHECK(rule->FindOption("no_such_option") == nullptr);
    }
  }

  TEST_CASE("an option's value is the configured one, else its default") {
    const RuleMeta& rule = *rules::FindRule("CX104");
    const RuleOptionSpec& factor = *rule.FindOption("min_backoff_factor");
    Config config;
    CHECK(RuleOptionValue(config, rule, factor, "flow.yaml") == 1.5);
    config.rules["CX104"].options["min_backoff_factor"] = 2.5;
    CHECK(RuleOptionValue(config, rule, factor, "flow.yaml") == 2.5);
    // Another rule's setting of the same name is not this rule's.
    config.rules.clear();
    config.rules["CX103"].options["min_backoff_factor"] = 3;
    CHECK(RuleOptionValue(config, rule, factor, "flow.yaml") == 1.5);
  }

  TEST_CASE("each rule has tags and a precision; a security score only with the security tag") {
    const std::set<std::string_view> precisions = {"very-high", "high", "medium"};
    for (const RuleMeta* rule : rules::AllRules()) {
      CAPTURE(rule->code);
      const std::vector<std::string> tags = report::RuleTags(*rule);
      REQUIRE_FALSE(tags.empty());
      CHECK(precisions.count(report::RulePrecision(*rule)) == 1);
      const bool security = std::find(tags.begin(), tags.end(), "security") != tags.end();
      // GitHub shows security-severity only for rules tagged "security" (and needs it on them).
      CHECK(security == !report::SecuritySeverity(*rule).empty());
    }
    CHECK(report::SecuritySeverity(*rules::FindRule("CX303")) == "8.0");
    CHECK(report::RuleTags(*rules::FindRule("CX101")) == std::vector<std::string>{"retry", "reliability"});
  }
}

}  // namespace
}  // namespace cxlint::testing
