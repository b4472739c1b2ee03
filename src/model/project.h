#pragma once
// Everything the rules see: the documents that were read, by kind.

#include <memory>
#include <vector>

#include "base/source_file.h"
#include "discover/file_kind.h"
#include "parse/i3/i3_decode.h"
#include "parse/tree.h"

namespace cxlint::model {

/// One input file that was read and recognised.
struct Document {
  SourcePtr source;
  FileKind kind;
  /// The positioned tree of JSON, YAML and `.i3` inputs (spans point into `source`).
  parse::Node root;
  /// For `.i3` exports: the decoded JSON, for logical locations and `cxlint decode`.
  std::shared_ptr<const parse::I3Decoded> i3;
};

/// The linted project.
struct Project {
  std::vector<Document> documents;
};

}  // namespace cxlint::model
