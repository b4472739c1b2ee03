// The stable order of findings (base/finding.h): SortFindings orders by file, offset, rule and
// message, keeping findings equal in all four in the order they came, as a stable sort of the
// findings themselves would.

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "base/finding.h"
#include "base/source_file.h"

namespace cxlint {
namespace {

TEST_CASE("findings: sorted as a stable sort by file, offset, rule and message") {
  const RuleMeta rules[] = {{"CX101", "a", Severity::kError, "", nullptr},
                            {"CX305", "b", Severity::kNote, "", nullptr}};
  const SourcePtr files[] = {std::make_shared<SourceFile>("b.tf", "x"), std::make_shared<SourceFile>("a.tf", "x"),
                             nullptr};
  std::mt19937 random(7);
  std::vector<Finding> findings;
  for (int i = 0; i < 5000; ++i) {
    Finding finding;
    finding.rule = &rules[random() % 2];
    finding.location.file = files[random() % 3];
    finding.location.span = Span{static_cast<uint32_t>(random() % 20), 0};
    finding.message = "m" + std::to_string(random() % 3);
    finding.address = std::to_string(i);  // tells apart findings equal in every key
    findings.push_back(finding);
  }
  std::vector<Finding> expected = findings;
  std::stable_sort(expected.begin(), expected.end(), [](const Finding& a, const Finding& b) {
    const std::string pa = a.location.file ? a.location.file->path() : "",
                      pb = b.location.file ? b.location.file->path() : "";
    return std::tie(pa, a.location.span.begin, a.rule->code, a.message) <
           std::tie(pb, b.location.span.begin, b.rule->code, b.message);
  });
  SortFindings(findings);
  REQUIRE(findings.size() == expected.size());
  size_t different = 0;
  for (size_t i = 0; i < findings.size(); ++i) different += findings[i].address != expected[i].address;
  CHECK(different == 0);
  SortFindings(findings);  // sorted already: unchanged
  for (size_t i = 0; i < findings.size(); ++i) different += findings[i].address != expected[i].address;
  CHECK(different == 0);
}

}  // namespace
}  // namespace cxlint
