#include "lint/report_excerpts.h"

#include <functional>
#include <map>

namespace cxlint {

namespace {

// Calls `visit` with every location of one finding: where it is, then each related location.
void ForEachLocation(Finding& finding, const std::function<void(Location&)>& visit) {
  visit(finding.location);
  for (RelatedLocation& related : finding.related) visit(related.location);
}

}  // namespace

void KeepOnlyReportExcerpts(std::vector<Finding>& findings, std::vector<SuppressedFinding>& suppressed,
                            bool line_hashes) {
  std::vector<Finding*> all;
  for (Finding& finding : findings) all.push_back(&finding);
  for (SuppressedFinding& hidden : suppressed) all.push_back(&hidden.finding);

  // Every offset a report may ask a file for: where each location starts and ends.
  std::map<const SourceFile*, std::vector<uint32_t>> offsets;
  for (Finding* finding : all) {
    ForEachLocation(*finding, [&](Location& location) {
      if (!location.file) return;
      std::vector<uint32_t>& list = offsets[location.file.get()];
      list.push_back(location.span.begin);
      list.push_back(location.span.end);
    });
  }
  std::map<const SourceFile*, SourcePtr> excerpts;
  for (auto& [file, list] : offsets)
    excerpts[file] = file->ExcerptForReport(std::move(list), kMaxShownLineBytes, line_hashes);
  for (Finding* finding : all) {
    ForEachLocation(*finding, [&](Location& location) {
      if (location.file) location.file = excerpts.at(location.file.get());
    });
  }
}

}  // namespace cxlint
