#include "base/finding.h"

#include <algorithm>
#include <tuple>

namespace cxlint {

Finding& Sink::Report(Location location, std::string message, std::vector<RelatedLocation> related) {
  return out_.emplace_back(Finding{&rule_, rule_.default_severity, std::move(location), std::move(message),
                                   std::move(related)});
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

}  // namespace cxlint
