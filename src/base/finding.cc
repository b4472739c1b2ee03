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

void RemoveRepeatedFindings(std::vector<Finding>& findings) {
  auto same_file = [](const Finding& a, const Finding& b) {
    if (!a.location.file || !b.location.file) return a.location.file == b.location.file;
    return a.location.file->path() == b.location.file->path();
  };
  auto same = [&](const Finding& a, const Finding& b) {
    return a.rule == b.rule && same_file(a, b) && a.location.span.begin == b.location.span.begin &&
           a.location.span.end == b.location.span.end && a.message == b.message;
  };
  findings.erase(std::unique(findings.begin(), findings.end(), same), findings.end());
}

}  // namespace cxlint
