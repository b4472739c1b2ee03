#include "lint/logical_address.h"

#include <string>
#include <unordered_map>

namespace cxlint {

namespace {

using parse::Node;

bool Contains(Span outer, uint32_t offset) { return outer.begin <= offset && offset < outer.end; }

// The `name` of a map, quoted, or empty: Archy actions, tasks and states are named this way.
std::string NameOf(const Node& node) {
  if (!node.IsMap()) return {};
  const Node* name = node.Find("name");
  if (!name || !name->IsScalar() || name->text.empty()) return {};
  return "'" + name->text + "'";
}

void Append(std::string& address, const std::string& segment) {
  if (segment.empty()) return;
  if (!address.empty()) address += " > ";
  address += segment;
}

// Walks down from the root to the innermost node holding `offset`; no recursion, so any depth
// the reader accepted is fine.
std::string TreeAddress(const Node& root, uint32_t offset) {
  std::string address;
  const Node* node = &root;
  while (node) {
    const Node* next = nullptr;
    if (node->IsMap()) {
      for (const parse::MapEntry& entry : node->entries) {
        if (!Contains(entry.key_span, offset) && !Contains(entry.value.span, offset)) continue;
        const std::string name = NameOf(entry.value);
        Append(address, name.empty() ? entry.key : entry.key + " " + name);
        next = Contains(entry.value.span, offset) ? &entry.value : nullptr;
        break;
      }
    } else if (node->IsSequence()) {
      for (size_t i = 0; i < node->items.size(); ++i) {
        const Node& item = node->items[i];
        if (!Contains(item.span, offset)) continue;
        // A single-key item (`- callData: {...}`) is named by its key, met on the next step.
        if (!(item.IsMap() && item.entries.size() == 1)) {
          const std::string name = NameOf(item);
          Append(address, name.empty() ? "[" + std::to_string(i) + "]" : name);
        }
        next = &item;
        break;
      }
    }
    node = next;
  }
  return address;
}

std::string BlockSegment(const parse::hcl::Block& block) {
  std::string segment(block.type);
  for (const parse::hcl::Label& label : block.labels) segment += "." + label.value;
  return segment;
}

std::string HclAddress(const parse::hcl::Body& file, uint32_t offset) {
  std::string address;
  const parse::hcl::Body* body = &file;
  while (body) {
    const parse::hcl::Body* next = nullptr;
    for (const parse::hcl::Attribute& attribute : body->attributes) {
      if (Contains(attribute.span, offset)) {
        Append(address, std::string(attribute.name));
        return address;
      }
    }
    for (const parse::hcl::Block& block : body->blocks) {
      if (!Contains(block.span, offset)) continue;
      Append(address, BlockSegment(block));
      next = &block.body;
      break;
    }
    body = next;
  }
  return address;
}

const Document* DocumentOf(const model::Project& project, const Location& location) {
  const Document* by_path = nullptr;
  for (const Document& document : project.documents) {
    if (document.source == location.file) return &document;
    // A flow deployed by Terraform is read again with its substitutions; either copy names the
    // same places, so the one not superseded is preferred.
    if (!by_path && document.source->path() == location.file->path() && !document.superseded) by_path = &document;
  }
  return by_path;
}

// The address of `location` in `document` (null when no document holds it).
std::string AddressIn(const Document* document, const Location& location) {
  if (!document) return {};
  if (document->hcl) return HclAddress(*document->hcl, location.span.begin);
  return TreeAddress(document->root, location.span.begin);
}

}  // namespace

std::string LogicalAddress(const model::Project& project, const Location& location) {
  if (!location.logical.empty()) return location.logical;
  if (!location.file) return {};
  return AddressIn(DocumentOf(project, location), location);
}

void AssignLogicalAddresses(const model::Project& project, std::vector<Finding>& findings) {
  // DocumentOf for every finding at once: a unit's documents are looked up by key, not searched
  // once per finding.
  std::unordered_map<const SourceFile*, const Document*> by_source;
  std::unordered_map<std::string, const Document*> by_path;
  for (const Document& document : project.documents) {
    by_source.emplace(document.source.get(), &document);
    if (!document.superseded) by_path.emplace(document.source->path(), &document);
  }
  for (Finding& finding : findings) {
    const Location& location = finding.location;
    if (!location.logical.empty()) {
      finding.address = location.logical;
      continue;
    }
    if (!location.file) continue;
    const auto source = by_source.find(location.file.get());
    const auto path = source == by_source.end() ? by_path.find(location.file->path()) : by_path.end();
    const Document* document = source != by_source.end() ? source->second
                               : path != by_path.end()   ? path->second
                                                         : nullptr;
    finding.address = AddressIn(document, location);
  }
}

}  // namespace cxlint
