#include "lint/logical_address.h"

#include <algorithm>
#include <iterator>
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

// Whether a map's entries or a sequence's items lie in source order, apart, so that a binary
// search finds the one holding an offset (a flow of 16,000 tasks and as many findings once
// scanned the tasks for each finding). An alias carries its anchor's span, elsewhere in the
// file, so a node holding one is searched entry by entry. Worked out once per node.
class SourceOrder {
 public:
  bool Ordered(const Node& node) {
    const auto [known, added] = ordered_.try_emplace(&node, true);
    if (!added) return known->second;
    uint32_t end = 0;
    for (const parse::MapEntry& entry : node.entries) {
      if (entry.key_span.begin < end || entry.value.span.begin < entry.key_span.end) return known->second = false;
      end = std::max(entry.key_span.end, entry.value.span.end);
    }
    for (const Node& item : node.items) {
      if (item.span.begin < end) return known->second = false;
      end = item.span.end;
    }
    return true;
  }

 private:
  std::unordered_map<const Node*, bool> ordered_;
};

// The index of the first of `count` children whose spans (`begin_of`, `holds`) hold `offset`, or
// `count`: a binary search when `ordered`, else one by one.
template <typename BeginOf, typename Holds>
size_t FirstHolding(size_t count, bool ordered, uint32_t offset, BeginOf begin_of, Holds holds) {
  if (!ordered) {
    for (size_t i = 0; i < count; ++i) {
      if (holds(i)) return i;
    }
    return count;
  }
  size_t low = 0, high = count;  // the first child that begins after `offset`
  while (low < high) {
    const size_t middle = low + (high - low) / 2;
    if (begin_of(middle) <= offset) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low > 0 && holds(low - 1) ? low - 1 : count;
}

// Walks down from the root to the innermost node holding `offset`; no recursion, so any depth
// the reader accepted is fine.
std::string TreeAddress(const Node& root, uint32_t offset, SourceOrder& order) {
  std::string address;
  const Node* node = &root;
  while (node) {
    const Node* next = nullptr;
    if (node->IsMap()) {
      const std::vector<parse::MapEntry>& entries = node->entries;
      const size_t i = FirstHolding(
          entries.size(), order.Ordered(*node), offset, [&](size_t k) { return entries[k].key_span.begin; },
          [&](size_t k) { return Contains(entries[k].key_span, offset) || Contains(entries[k].value.span, offset); });
      if (i < entries.size()) {
        const parse::MapEntry& entry = entries[i];
        const std::string name = NameOf(entry.value);
        Append(address, name.empty() ? entry.key : entry.key + " " + name);
        next = Contains(entry.value.span, offset) ? &entry.value : nullptr;
      }
    } else if (node->IsSequence()) {
      const std::vector<Node>& items = node->items;
      const size_t i = FirstHolding(
          items.size(), order.Ordered(*node), offset, [&](size_t k) { return items[k].span.begin; },
          [&](size_t k) { return Contains(items[k].span, offset); });
      if (i < items.size()) {
        const Node& item = items[i];
        // A single-key item (`- callData: {...}`) is named by its key, met on the next step.
        if (!(item.IsMap() && item.entries.size() == 1)) {
          const std::string name = NameOf(item);
          Append(address, name.empty() ? "[" + std::to_string(i) + "]" : name);
        }
        next = &item;
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

// The item of `items` (in source order, spans apart) whose span holds `offset`, or null: a binary
// search, since a large .tf has thousands of blocks and as many findings.
template <typename Item>
const Item* Holding(const std::vector<Item>& items, uint32_t offset) {
  auto after = std::upper_bound(items.begin(), items.end(), offset,
                                [](uint32_t at, const Item& item) { return at < item.span.begin; });
  if (after == items.begin()) return nullptr;
  const Item& item = *std::prev(after);
  return Contains(item.span, offset) ? &item : nullptr;
}

std::string HclAddress(const parse::hcl::Body& file, uint32_t offset) {
  std::string address;
  const parse::hcl::Body* body = &file;
  while (body) {
    if (const parse::hcl::Attribute* attribute = Holding(body->attributes, offset)) {
      Append(address, std::string(attribute->name));
      return address;
    }
    const parse::hcl::Block* block = Holding(body->blocks, offset);
    if (!block) break;
    Append(address, BlockSegment(*block));
    body = &block->body;
  }
  return address;
}

// The document each finding is in, looked up by key rather than searched once per finding.
class DocumentIndex {
 public:
  explicit DocumentIndex(const model::Project& project) {
    for (const Document& document : project.documents) {
      by_source_.emplace(document.source.get(), &document);
      // A flow deployed by Terraform is read again with its substitutions; either copy names the
      // same places, so the one not superseded is preferred.
      if (!document.superseded) by_path_.emplace(document.source->path(), &document);
    }
  }

  /// The document read from `location.file`, else one read from a file of the same path; null
  /// when no document holds it.
  const Document* Of(const Location& location) const {
    if (const auto found = by_source_.find(location.file.get()); found != by_source_.end()) return found->second;
    const auto found = by_path_.find(location.file->path());
    return found == by_path_.end() ? nullptr : found->second;
  }

 private:
  std::unordered_map<const SourceFile*, const Document*> by_source_;
  std::unordered_map<std::string, const Document*> by_path_;
};

std::string LogicalAddress(const DocumentIndex& documents, SourceOrder& order, const Location& location) {
  if (!location.logical.empty()) return location.logical;
  if (!location.file) return {};
  const Document* document = documents.Of(location);
  if (!document) return {};
  if (document->hcl) return HclAddress(*document->hcl, location.span.begin);
  return TreeAddress(document->root, location.span.begin, order);
}

}  // namespace

void AssignLogicalAddresses(const model::Project& project, std::vector<Finding>& findings) {
  const DocumentIndex documents(project);
  SourceOrder order;
  for (Finding& finding : findings) finding.address = LogicalAddress(documents, order, finding.location);
}

}  // namespace cxlint
