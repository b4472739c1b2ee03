#include "base/finding.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace cxlint {

const RuleOptionSpec* RuleMeta::FindOption(std::string_view wanted) const {
  for (const RuleOptionSpec& option : options) {
    if (option.name == wanted) return &option;
  }
  return nullptr;
}

Finding& Sink::Report(Location location, std::string message, std::vector<RelatedLocation> related) {
  return out_.emplace_back(
      Finding{&rule_, rule_.default_severity, std::move(location), std::move(message), std::move(related)});
}

void SortFindings(std::vector<Finding>& findings) {
  static const std::string kNoPath;
  auto key = [](const Finding& f) {
    const std::string& path = f.location.file ? f.location.file->path() : kNoPath;
    // Byte offsets order like (line, column) within one file, without building the line index.
    return std::tie(path, f.location.span.begin, f.rule->code, f.message);
  };
  // Sorts positions, then moves each finding once along its cycle of the permutation: sorting
  // the findings themselves takes a buffer as large as all of them, at the lint's peak.
  std::vector<size_t> order(findings.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(findings[a]) < key(findings[b]); });
  // Position i takes the finding at order[i]; a position once filled is marked order[i] == i.
  for (size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    Finding held = std::move(findings[start]);
    size_t at = start;
    while (order[at] != start) {
      const size_t from = order[at];
      findings[at] = std::move(findings[from]);
      order[at] = at;
      at = from;
    }
    findings[at] = std::move(held);
    order[at] = at;
  }
}

void MergeSamePosition(std::vector<Finding>& findings) {
  // In place: a second vector would double the findings' memory at the lint's peak.
  size_t kept_count = 0;
  for (Finding& finding : findings) {
    if (kept_count > 0) {
      Finding& kept = findings[kept_count - 1];
      const bool same_file = kept.location.file && finding.location.file
                                 ? kept.location.file->path() == finding.location.file->path()
                                 : kept.location.file == finding.location.file;
      if (kept.rule == finding.rule && same_file && kept.location.span.begin == finding.location.span.begin &&
          kept.location.span.end == finding.location.span.end) {
        if (kept.message != finding.message) kept.related.push_back({finding.location, "also: " + finding.message});
        continue;
      }
    }
    if (&finding != &findings[kept_count]) findings[kept_count] = std::move(finding);
    ++kept_count;
  }
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept_count), findings.end());
}

}  // namespace cxlint
