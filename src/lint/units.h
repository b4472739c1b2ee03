#pragma once
// Splits a run into units, each linted as its own project: a repository (the nearest folder at or
// above a file that holds `.git`) is one unit; a file outside every repository belongs to the unit
// of the command-line path it was found under. Data actions, exports and pulled folders bind only
// within their unit, so what else a run lints never changes a unit's findings.

#include <string>
#include <vector>

#include "discover/walk.h"

namespace cxlint {

/// One repository, or one command-line path outside any repository.
struct Unit {
  /// The repository folder, or the command-line path; as the user would read it.
  std::string root;
  bool repository = false;
  /// The walked files of the unit, in walk order.
  std::vector<WalkEntry> files;
  /// The first command-line path that contributed files (its configuration is the unit's default).
  std::string first_argument;
};

/// Groups the walked `files` into units, in the order their first file was walked.
std::vector<Unit> SplitIntoUnits(const std::vector<std::string>& paths, std::vector<WalkEntry> files);

/// A `--var-file` sets variables of the root modules of every unit, as `terraform plan -var-file`
/// does, so each unit reads it: it is added to every unit that lacks it, and a unit that holds
/// nothing else is dropped (when another unit is left to read it).
void ShareVarFiles(const std::vector<std::string>& var_files, std::vector<Unit>& units);

}  // namespace cxlint
