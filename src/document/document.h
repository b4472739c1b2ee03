#pragma once
// One input file as the loader read it: its text, its kind and its syntax tree. The loader
// (discover/) makes documents and the model (model/) is built from them, so they sit below both.

#include <memory>
#include <string>

#include "base/source_file.h"
#include "document/file_kind.h"
#include "parse/hcl/hcl_ast.h"
#include "parse/i3/i3_decode.h"
#include "parse/tree.h"

namespace cxlint {

/// One input file that was read and recognised.
struct Document {
  SourcePtr source;
  FileKind kind;
  /// The positioned tree of JSON, YAML and `.i3` inputs (spans point into `source`).
  parse::Node root;
  /// For `.i3` exports: the decoded JSON, for logical locations and `cxlint decode`.
  std::shared_ptr<const parse::I3Decoded> i3 = nullptr;
  /// For `.tf` and `.tfvars` files: the HCL syntax tree (spans and names point into `source`).
  std::shared_ptr<const parse::hcl::Body> hcl = nullptr;
  /// For a flow file read through a `genesyscloud_flow` resource: that resource's address; the
  /// tree then holds the file with the resource's substitutions applied.
  std::string deployed_by = {};
  /// Set on a flow file found by the walk when a `genesyscloud_flow` deploys it: the deployed,
  /// substituted copy is linted instead, once.
  bool superseded = false;
};

}  // namespace cxlint
