#pragma once
// HCL2 native syntax (Terraform .tf and .tfvars) to a syntax tree with exact byte spans.

#include <string_view>
#include <vector>

#include "parse/hcl/hcl_ast.h"
#include "parse/parse_result.h"

namespace cxlint::parse::hcl {

/// A parsed file; `body` is complete only when `errors` is empty.
struct HclParseResult {
  Body body;
  std::vector<ParseError> errors;  // sorted by offset
  bool ok() const { return errors.empty(); }
};

/// Parses `text` as an HCL2 native-syntax file. Accepts what HashiCorp's hclsyntax accepts, spans
/// are byte offsets into `text`, names in the tree view `text` (keep it alive), and nesting deeper
/// than kMaxDepth is an error rather than a deep recursion. After an error the parser resumes at
/// the next attribute or block, so later errors are reported too.
HclParseResult ParseHcl(std::string_view text);

}  // namespace cxlint::parse::hcl
