#pragma once
// A unit's findings keep only what reports need of its files, so the files go with its model.

#include <vector>

#include "base/finding.h"
#include "lint/suppressions.h"

namespace cxlint {

/// Points every location of `findings` and `suppressed` (related ones too) at an excerpt of its
/// file (SourceFile::ExcerptForReport): the positions, shown lines and, with `line_hashes`, line
/// hashes of those locations only. A run's memory then grows with its findings, not with the bytes
/// it reads.
void KeepOnlyReportExcerpts(std::vector<Finding>& findings, std::vector<SuppressedFinding>& suppressed,
                            bool line_hashes);

}  // namespace cxlint
