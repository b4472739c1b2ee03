#pragma once
// The modules `terraform init` downloaded for a root: `.terraform/modules/modules.json` maps each
// module call ("a" for `module.a`, "a.b" for a call inside it) to the folder it was written to.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/finding.h"

namespace cxlint::model {

/// One module call of modules.json.
struct ManifestEntry {
  std::string source;  // as written in the call: "git::https://...", "./modules/x"
  /// The folder as a path usable from the linting folder ("root/.terraform/modules/a"); empty
  /// when the entry cannot be used (`problem` says why).
  std::string dir;
  std::string problem;
  Location location;  // the entry in modules.json
};

/// A root's modules.json, read once.
struct ModuleManifest {
  /// False when the root has no modules.json (`terraform init` never ran there).
  bool present = false;
  std::string path;  // "root/.terraform/modules/modules.json"
  /// Why the file could not be used as a whole (a CX001 at the file says where); empty when read.
  std::string broken;
  std::map<std::string, ManifestEntry> entries;  // by key
};

/// The folder downloaded modules live in, below a root: "root/.terraform/modules".
std::string DownloadedModulesDir(const std::string& root_dir);

/// Reads `root_dir/.terraform/modules/modules.json` (at most `max_file_size` bytes). A file that
/// cannot be read or is not the manifest Terraform writes is a CX001 naming its position; an
/// entry whose folder is not inside `.terraform/modules` (an absolute path, a `..` escape, a
/// symbolic link out) keeps a `problem` instead of a folder, unless the folder is one the walk
/// linted (`linted_dirs`: a local module Terraform lists too).
ModuleManifest ReadModuleManifest(const std::string& root_dir, uint64_t max_file_size,
                                  const std::vector<std::string>& linted_dirs, std::vector<Finding>& findings);

/// True when `dir` (a lexically normal path as walked) is `parent` or inside it, lexically and
/// after following symbolic links.
bool IsInside(const std::string& dir, const std::string& parent);

}  // namespace cxlint::model
