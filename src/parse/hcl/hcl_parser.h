#pragma once
// HCL2 native syntax (Terraform .tf and .tfvars) to a syntax tree with exact byte spans.

#include <memory>
#include <string_view>
#include <vector>

#include "parse/hcl/hcl_ast.h"
#include "parse/hcl/hcl_syntax_store.h"
#include "parse/parse_result.h"

namespace cxlint::parse::hcl {

/// A parsed file; `body` is complete only when `errors` is empty.
struct HclParseResult {
  Body body;
  std::vector<ParseError> errors;  // sorted by offset
  /// Where the tree's nodes live, when ParseHcl made the store (keep it with the tree).
  std::shared_ptr<SyntaxStore> store;
  bool ok() const { return errors.empty(); }
};

/// Parses `text` as an HCL2 native-syntax file. Accepts what HashiCorp's hclsyntax accepts, spans
/// are byte offsets into `text`, names and literal text in the tree view `text` (keep it alive),
/// and nesting deeper than kMaxDepth is an error rather than a deep recursion. After an error the
/// parser resumes at the next attribute or block, so later errors are reported too.
HclParseResult ParseHcl(std::string_view text);
/// As above, with the tree's nodes kept in `store`, which must outlive it.
HclParseResult ParseHcl(std::string_view text, SyntaxStore& store);

}  // namespace cxlint::parse::hcl
