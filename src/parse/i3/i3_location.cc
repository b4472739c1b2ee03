#include "parse/i3/i3_location.h"

namespace cxlint::parse {

namespace {

bool Contains(const Node& node, uint32_t offset) { return node.span.begin <= offset && offset < node.span.end; }

std::string Quoted(const Node* name) { return "'" + (name && name->IsScalar() ? name->text : std::string("?")) + "'"; }

// Actions nest inside other actions' branches only by id reference, so every action of a
// sequence is a direct item of its actionList; the innermost containing item is the action.
const Node* ItemContaining(const Node* list, uint32_t offset) {
  if (!list || !list->IsSequence()) return nullptr;
  for (const Node& item : list->items) {
    if (Contains(item, offset)) return &item;
  }
  return nullptr;
}

}  // namespace

std::string I3LogicalLocation(const Node& root, uint32_t offset) {
  std::string location = "flow " + Quoted(root.Find("name"));
  const Node* sequence = ItemContaining(root.Find("flowSequenceItemList"), offset);
  if (!sequence) return location;
  location += " > sequence " + Quoted(sequence->Find("name"));
  const Node* action = ItemContaining(sequence->Find("actionList"), offset);
  if (!action) return location;
  location += " > action " + Quoted(action->Find("name"));
  if (const Node* id = action->Find("id"); id && id->IsScalar()) location += " (id " + id->text + ")";
  return location;
}

}  // namespace cxlint::parse
