// Baselines: keys without line numbers, counts, and files named relative to the baseline.

#include <doctest/doctest.h>

#include <memory>

#include "lint/baseline.h"
#include "rules/registry.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

Finding Make(const RuleMeta& rule, const SourcePtr& file, uint32_t offset, std::string message, std::string address) {
  Finding finding;
  finding.rule = &rule;
  finding.severity = rule.default_severity;
  finding.location = {file, {offset, offset + 1}, ""};
  finding.message = std::move(message);
  finding.address = std::move(address);
  return finding;
}

TEST_SUITE("unit") {
  TEST_CASE("messages lose their positions, nothing else") {
    CHECK(NormaliseMessage("retried at line 12 and lines 3-9") == "retried at line N and lines N");
    CHECK(NormaliseMessage("decoded JSON 4:17: expected '}'") == "decoded JSON N:N: expected '}'");
    CHECK(NormaliseMessage("waits 250 ms, 3 times") == "waits 250 ms, 3 times");
  }

  TEST_CASE("a baseline accepts each recorded finding as often as it was recorded") {
    TempDir dir;
    const std::string baseline_path = (dir.path() / "cxlint-baseline.json").string();
    const auto file = std::make_shared<SourceFile>((dir.path() / "flow.yaml").string(), "a\nb\nc\nd\n");
    const Finding one = Make(rules::kUnhandledFailurePath, file, 0, "no Failure path", "flow > callData 'A'");
    std::string error;
    REQUIRE(WriteBaseline(baseline_path, {one}, error));
    std::vector<ConfigError> errors;
    const std::optional<Baseline> baseline = ReadBaseline(baseline_path, errors);
    REQUIRE(baseline);
    CHECK(errors.empty());
    // Two identical findings, one baselined: one is reported.
    std::vector<Finding> findings{one, one};
    CHECK(ApplyBaseline(*baseline, findings) == 1);
    CHECK(findings.size() == 1);
    // A shifted line keeps the key; another address, rule or message does not.
    std::vector<Finding> later{Make(rules::kUnhandledFailurePath, file, 6, "no Failure path", "flow > callData 'A'"),
                               Make(rules::kUnhandledFailurePath, file, 0, "no Failure path", "flow > callData 'B'"),
                               Make(rules::kUnhandledTimeoutPath, file, 0, "no Failure path", "flow > callData 'A'"),
                               Make(rules::kUnhandledFailurePath, file, 0, "no Timeout path", "flow > callData 'A'")};
    CHECK(ApplyBaseline(*baseline, later) == 1);
    REQUIRE(later.size() == 3);
    CHECK(later[0].address == "flow > callData 'B'");
  }

  TEST_CASE("counts are written and read back") {
    TempDir dir;
    const std::string baseline_path = (dir.path() / "b.json").string();
    const auto file = std::make_shared<SourceFile>((dir.path() / "sub" / "main.tf").string(), "x\n");
    const Finding finding = Make(rules::kDefaultActionTimeout, file, 0, "no timeout", "resource.a.b");
    std::string error;
    REQUIRE(WriteBaseline(baseline_path, {finding, finding, finding}, error));
    CHECK(ReadFile(baseline_path).find("\"file\": \"sub/main.tf\"") != std::string::npos);
    CHECK(ReadFile(baseline_path).find("\"count\": 3") != std::string::npos);
    std::vector<ConfigError> errors;
    const std::optional<Baseline> baseline = ReadBaseline(baseline_path, errors);
    REQUIRE(baseline);
    std::vector<Finding> findings{finding, finding, finding, finding};
    CHECK(ApplyBaseline(*baseline, findings) == 3);
    CHECK(findings.size() == 1);
  }

  TEST_CASE("a malformed baseline is an error with its file") {
    TempDir dir;
    std::vector<ConfigError> errors;
    CHECK(!ReadBaseline(dir.Write("a.json", R"({"version": 1, "findings": [{"rule": "CX201"}]})"), errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("finding 1 of the baseline needs the texts 'rule', 'file', 'address' and 'message'") ==
          0);
    CHECK(!ReadBaseline(dir.Write("b.json", R"({"version": 1, "findings": [{"rule": "CX201", "file": "f",
      "address": "", "message": "m", "count": 0}]})"),
                        errors));
    CHECK(errors.back().message.find("'count' that is not a positive whole number") != std::string::npos);
  }
}

}  // namespace
}  // namespace cxlint::testing
