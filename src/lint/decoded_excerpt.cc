#include "lint/decoded_excerpt.h"

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace cxlint {

namespace {

using parse::MapEntry;
using parse::Node;

// Enough to recognise the object; the logical location ("in flow > sequence > action") and the
// JSON path say where it is, `cxlint decode` shows the rest.
constexpr size_t kMaxMembers = 8;
constexpr size_t kMaxScalarBytes = 80;

bool Holds(const Node& node, Span span) { return node.span.begin <= span.begin && span.end <= node.span.end; }

// A scalar as JSON, cut short when long: strings quoted and escaped, numbers, booleans, null.
std::string ScalarJson(const Node& node) {
  if (node.style != Node::ScalarStyle::kString && node.style != Node::ScalarStyle::kPlain) return node.text;
  std::string text = node.text;
  const bool cut = text.size() > kMaxScalarBytes;
  if (cut) {
    text.resize(kMaxScalarBytes);
    // Never end inside a UTF-8 sequence.
    while (!text.empty() && IsUtf8Continuation(text.back())) text.pop_back();
    if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0x80)) text.pop_back();
  }
  std::string quoted = nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (cut) quoted.insert(quoted.size() - 1, "…");
  return quoted;
}

std::string Summary(const Node& node) {
  if (node.IsScalar()) return ScalarJson(node);
  if (node.IsMap()) return node.entries.empty() ? "{}" : "{…}";
  if (node.items.empty()) return "[]";
  return "[… " + std::to_string(node.items.size()) + (node.items.size() == 1 ? " item]" : " items]");
}

std::vector<std::string> Render(const Node& node, const std::string& path) {
  std::vector<std::string> lines{"decoded at " + (path.empty() ? std::string("the top") : path) + ":"};
  const bool map = node.IsMap();
  lines.push_back(map ? "{" : "[");
  const size_t count = map ? node.entries.size() : node.items.size();
  for (size_t i = 0; i < count && i < kMaxMembers; ++i) {
    const std::string comma = i + 1 < count ? "," : "";
    if (map) {
      const MapEntry& entry = node.entries[i];
      lines.push_back("  " + nlohmann::json(entry.key).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
                      ": " + Summary(entry.value) + comma);
    } else {
      lines.push_back("  " + Summary(node.items[i]) + comma);
    }
  }
  if (count > kMaxMembers) lines.push_back("  … " + std::to_string(count - kMaxMembers) + " more");
  lines.push_back(map ? "}" : "]");
  return lines;
}

// The innermost object or list of `root` that holds `span`, and its JSON path.
std::vector<std::string> ExcerptOf(const Node& root, Span span) {
  if (!Holds(root, span) || root.IsScalar()) return {};
  const Node* at = &root;
  std::string path;
  for (int depth = 0; depth < parse::kMaxDepth; ++depth) {
    const Node* inner = nullptr;
    std::string step;
    if (at->IsMap()) {
      for (const MapEntry& entry : at->entries) {
        if (!entry.value.IsScalar() && Holds(entry.value, span)) {
          inner = &entry.value;
          step = "." + entry.key;
          break;
        }
      }
    } else if (at->IsSequence()) {
      for (size_t i = 0; i < at->items.size(); ++i) {
        if (!at->items[i].IsScalar() && Holds(at->items[i], span)) {
          inner = &at->items[i];
          step = "[" + std::to_string(i) + "]";
          break;
        }
      }
    }
    if (!inner) break;
    at = inner;
    path += step;
  }
  if (!path.empty() && path.front() == '.') path.erase(0, 1);
  return Render(*at, path);
}

}  // namespace

void AddDecodedExcerpts(const model::Project& project, std::vector<Finding>& findings) {
  std::map<const SourceFile*, const Document*> exports;
  for (const Document& document : project.documents) {
    if (document.i3 && document.source) exports.emplace(document.source.get(), &document);
  }
  if (exports.empty()) return;
  for (Finding& finding : findings) {
    const auto found = exports.find(finding.location.file.get());
    // A secret is never shown, decoded or not.
    if (found == exports.end() || !finding.excerpt.empty() || finding.secret_span) continue;
    finding.excerpt = ExcerptOf(found->second->root, finding.location.span);
  }
}

}  // namespace cxlint
