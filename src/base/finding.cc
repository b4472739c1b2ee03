#include "base/finding.h"

#include <algorithm>
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
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
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
