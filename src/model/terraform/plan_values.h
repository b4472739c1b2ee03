#pragma once
// A plan's values for one resource (`values` / `change.after`) read as an HCL body: attributes as
// literal expressions, nested blocks (arrays of objects in the plan) as blocks by the provider
// schema, and leaves Terraform marks unknown or sensitive as unknown values.

#include <functional>
#include <string>
#include <vector>

#include "model/terraform/block_schema.h"
#include "model/terraform/json_expression.h"
#include "parse/hcl/hcl_ast.h"
#include "parse/tree.h"

namespace cxlint::model {

/// The trees Terraform prints beside a resource's values, walked in step with them: which
/// leaves are unknown (`after_unknown`), which are sensitive (`after_sensitive`,
/// `sensitive_values`), and the configuration's expressions (for the references of unknowns).
struct ValueMarks {
  const parse::Node* unknown = nullptr;
  const parse::Node* sensitive = nullptr;
  const parse::Node* sensitive_values = nullptr;
  /// A block-expressions object at block level; an attribute's expression below it.
  const parse::Node* config = nullptr;

  /// The marks of attribute or block `key` of a block body.
  ValueMarks Attribute(const std::string& key) const;
  /// The marks of object key `key` inside an attribute's value.
  ValueMarks Key(const std::string& key) const;
  /// The marks of item `index` of a list inside an attribute's value.
  ValueMarks Item(size_t index) const;
  /// The marks of block `index` of a nested block list (the configuration descends too).
  ValueMarks Block(size_t index) const;
  bool Unknown() const;
  bool Sensitive() const;
};

/// Makes the expression that stands for an unknown leaf: `path` names it ("genesyscloud_flow.x.
/// substitutions.name"), `config` is the configuration expression of its attribute (or null),
/// `at` the span it points at.
using UnknownLeaf =
    std::function<parse::hcl::Expression(const std::string& path, const parse::Node* config, bool sensitive, Span at)>;

/// Reads plan values into HCL bodies.
class PlanValueReader {
 public:
  PlanValueReader(JsonExpressionReader& reader, UnknownLeaf unknown) : reader_(reader), unknown_(std::move(unknown)) {}

  /// Fills `body` from the values object `values` of a block whose nested block types are
  /// `blocks`. Null attributes are left out (unset, as in a .tf body), and so are unknown ones
  /// the configuration does not set (computed attributes such as `id`).
  void ReadBody(const parse::Node& values, const ValueMarks& marks, const std::vector<BlockType>& blocks,
                const std::string& path, parse::hcl::Body& body);

 private:
  parse::hcl::Expression ReadValue(const parse::Node& value, const ValueMarks& marks, const std::string& path);
  void ReadBlocks(const parse::MapEntry& entry, const ValueMarks& marks, const BlockType& type, const std::string& path,
                  parse::hcl::Body& body);

  JsonExpressionReader& reader_;
  UnknownLeaf unknown_;
};

}  // namespace cxlint::model
