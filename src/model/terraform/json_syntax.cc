#include "model/terraform/json_syntax.h"

#include <set>
#include <string>

#include "model/terraform/block_schema.h"
#include "model/terraform/json_expression.h"

namespace cxlint::model {

namespace {

using parse::hcl::Attribute;
using parse::hcl::Block;
using parse::hcl::Body;
using parse::hcl::Label;

// The converted body and the store of its nodes and strings, owned together (see ReadTerraformJson).
struct JsonSyntaxTree {
  Body body;
  parse::hcl::SyntaxStore store;
};

// "a string", "an array", ... for messages about a value of the wrong JSON type.
std::string Describe(const parse::Node& node) {
  if (node.IsMap()) return "an object";
  if (node.IsSequence()) return "an array";
  switch (node.style) {
    case parse::Node::ScalarStyle::kNumber: return "a number";
    case parse::Node::ScalarStyle::kBool: return "a boolean";
    case parse::Node::ScalarStyle::kNull: return "null";
    default: return "a string";
  }
}

// Terraform's block-type-specific exceptions (language/syntax/json): which arguments are not
// templates. `path` names the enclosing blocks: "resource", "resource/lifecycle", "variable", ...
JsonStringMode ModeFor(const std::string& path, std::string_view name) {
  const std::string top = path.substr(0, path.find('/'));
  const std::string_view last = std::string_view(path).substr(path.rfind('/') + 1);
  if (top == "terraform") return JsonStringMode::kLiteral;  // no setting takes a reference
  if (path == "variable") return name == "type" ? JsonStringMode::kExpression : JsonStringMode::kLiteral;
  if (path == "output" && (name == "description" || name == "sensitive")) return JsonStringMode::kLiteral;
  if (path == "module" && (name == "source" || name == "version")) return JsonStringMode::kLiteral;
  if (path == "module" && name == "providers") return JsonStringMode::kExpression;
  if (path == "provider" && (name == "alias" || name == "version")) return JsonStringMode::kLiteral;
  if ((top == "resource" || top == "data") && path.find('/') == std::string::npos && name == "provider")
    return JsonStringMode::kExpression;
  if (name == "depends_on" && path.find('/') == std::string::npos) return JsonStringMode::kExpression;
  if (last == "lifecycle" && (name == "ignore_changes" || name == "replace_triggered_by"))
    return JsonStringMode::kExpression;
  if (last == "connection" && name == "type") return JsonStringMode::kLiteral;
  if ((path == "moved" || path == "removed") && (name == "from" || name == "to")) return JsonStringMode::kExpression;
  if (path == "import" && (name == "to" || name == "provider")) return JsonStringMode::kExpression;
  return JsonStringMode::kTemplate;
}

class Converter {
 public:
  Converter(const Document& document, JsonSyntaxTree& tree, std::vector<Finding>& findings)
      : document_(document), tree_(tree), reader_(document.source, tree.store, findings) {}

  void Run() {
    const parse::Node& root = document_.root;
    tree_.body.span = Span{0, static_cast<uint32_t>(document_.source->text().size())};
    if (!root.IsMap()) {
      reader_.Error(Start(root.span),
                    "a .tf.json file holds one JSON object whose properties are block types, not " + Describe(root));
      return;
    }
    for (const parse::MapEntry& entry : root.entries) {
      if (entry.key == "//") continue;
      if (entry.key == "resource" || entry.key == "data") {
        Expand(entry, BlockType{entry.key == "resource" ? "resource" : "data", 2, {}}, entry.value, {}, entry.key,
               nullptr, tree_.body.blocks);
      } else if (entry.key == "locals") {
        Expand(entry, BlockType{"locals", 0, {}}, entry.value, {}, "locals", nullptr, tree_.body.blocks);
      } else if (const BlockType* type = FindBlockType(TopLevelBlockTypes(), entry.key)) {
        Expand(entry, *type, entry.value, {}, std::string(type->name), nullptr, tree_.body.blocks);
      } else {
        reader_.Error(entry.key_span,
                      "\"" + entry.key +
                          "\" is not a Terraform block type; a .tf.json file holds "
                          "resource, data, variable, output, locals, module, provider and terraform blocks");
      }
    }
  }

 private:
  static Span Start(Span span) { return Span{span.begin, span.begin + 1}; }

  // Walks the label levels of `type` in `value` (objects keyed by label, or arrays of them) and
  // builds one block per body object. `siblings` are the block types beside a `dynamic` block.
  void Expand(const parse::MapEntry& entry, const BlockType& type, const parse::Node& value, std::vector<Label> labels,
              const std::string& path, const std::vector<BlockType>* siblings, std::vector<Block>& out, Span key = {}) {
    if (labels.empty() && key.begin == key.end) key = entry.key_span;
    if (value.IsSequence()) {
      for (const parse::Node& item : value.items) Expand(entry, type, item, labels, path, siblings, out, key);
      return;
    }
    if (value.IsScalar() && value.style == parse::Node::ScalarStyle::kNull) return;  // no block
    if (!value.IsMap()) {
      reader_.Error(Start(value.span),
                    "\"" + std::string(type.name) + "\" is a block: expected " +
                        (static_cast<int>(labels.size()) < type.labels ? "an object keyed by its labels"
                                                                       : "an object or an array of objects") +
                        ", found " + Describe(value));
      return;
    }
    if (static_cast<int>(labels.size()) < type.labels) {
      for (const parse::MapEntry& label : value.entries) {
        if (label.key == "//") continue;
        std::vector<Label> more = labels;
        more.push_back(Label{label.key, label.key_span});
        Expand(entry, type, label.value, std::move(more), path, siblings, out, label.key_span);
      }
      return;
    }
    Block block;
    block.type = tree_.store.Keep(type.name);
    block.type_span = key;
    block.labels = std::move(labels);
    block.span = Span{key.begin, value.span.end};
    // Which names are nested blocks depends on the resource type, or for `dynamic` on its label.
    std::vector<BlockType> dynamic_content;
    const std::vector<BlockType>* nested = &type.nested;
    if (path == "resource") nested = &ResourceBlockTypes(block.labels[0].value);
    if (path == "data") nested = &DataBlockTypes();
    if (type.dynamic) {
      const BlockType* generated = siblings ? FindBlockType(*siblings, block.labels[0].value) : nullptr;
      dynamic_content.push_back(BlockType{"content", 0, generated ? generated->nested : std::vector<BlockType>{}});
      nested = &dynamic_content;
    }
    ReadBody(value, *nested, path, block.body);
    out.push_back(std::move(block));
  }

  void ReadBody(const parse::Node& object, const std::vector<BlockType>& nested, const std::string& path, Body& body) {
    body.span = object.span;
    std::set<std::string> seen;
    for (const parse::MapEntry& entry : object.entries) {
      if (entry.key == "//") continue;  // a comment property: ignored in block bodies
      if (const BlockType* type = FindBlockType(nested, entry.key)) {
        Expand(entry, *type, entry.value, {}, path + "/" + entry.key, &nested, body.blocks);
        continue;
      }
      if (!seen.insert(entry.key).second) {
        reader_.Error(entry.key_span, "duplicate argument \"" + entry.key + "\": an argument is set once per block");
        continue;
      }
      Attribute attribute;
      attribute.name = tree_.store.Keep(entry.key);
      attribute.name_span = entry.key_span;
      attribute.expression = reader_.Read(entry.value, ModeFor(path, entry.key));
      attribute.span = Span{entry.key_span.begin, entry.value.span.end};
      body.attributes.push_back(std::move(attribute));
    }
  }

  const Document& document_;
  JsonSyntaxTree& tree_;
  JsonExpressionReader reader_;
};

}  // namespace

std::shared_ptr<const Body> ReadTerraformJson(const Document& document, std::vector<Finding>& findings) {
  auto tree = std::make_shared<JsonSyntaxTree>();
  Converter(document, *tree, findings).Run();
  // An aliasing pointer: it points at the body and owns the whole tree with its strings.
  return std::shared_ptr<const Body>(tree, &tree->body);
}

}  // namespace cxlint::model
