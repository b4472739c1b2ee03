#pragma once
// Terraform's JSON configuration syntax (`.tf.json`) read into the HCL syntax tree the native
// parser builds, so the Terraform model, the evaluator and every rule treat `.tf` and `.tf.json`
// alike.

#include <memory>
#include <vector>

#include "base/finding.h"
#include "model/project.h"
#include "parse/hcl/hcl_ast.h"

namespace cxlint::model {

/// Converts the JSON tree of a `.tf.json` document into the body of blocks and attributes a `.tf`
/// file with the same meaning parses to. Every span points into the `.tf.json` file: a block's
/// `type_span` is the innermost key that opened it (a resource's name key), so findings about
/// two resources never share a line; labels span their keys; attributes their key and value.
/// Nested blocks are told from attributes by the provider schema (block_schema.h). Structure
/// Terraform rejects (a block that is not an object, an unknown top-level key, a template that
/// does not parse) becomes a CX001 in `findings`, and that part is skipped or read literally.
///
/// The HCL tree views its names (`string_view`s) in the text it was parsed from; here that text
/// is the set of synthetic strings made during the conversion. They live in one owner with the
/// body, and the returned pointer aliases the body inside that owner, so whoever holds the body
/// keeps its strings alive, exactly as `Document::hcl` does for a `.tf` file and its source.
std::shared_ptr<const parse::hcl::Body> ReadTerraformJson(const Document& document, std::vector<Finding>& findings);

}  // namespace cxlint::model
