#include "lint/suppressions.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "base/glob.h"
#include "rules/registry.h"

namespace cxlint {

namespace {

constexpr std::string_view kDirective = "cxlint-ignore";

struct Line {
  uint32_t begin, end;  // without the line break
};

std::vector<Line> Lines(const std::string& text) {
  std::vector<Line> lines;
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      uint32_t end = i;
      if (end > begin && text[end - 1] == '\r') --end;
      if (i < text.size() || end > begin) lines.push_back({begin, end});
      begin = i + 1;
    }
  }
  return lines;
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// True when the line holds nothing but a comment (or nothing at all): a suppression on such a
// line covers the next line with code.
bool IsCommentOrBlank(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return true;
  return line[first] == '#' || line.substr(first, 2) == "//";
}

// The end of everything that starts on each of `lines` (each a line, in order, none twice): a
// YAML entry or sequence item, an HCL block or attribute. A suppression on a block's first line
// covers the block. One pass over the syntax tree for all of a file's suppressions: a pass for
// each took 25 s on a 5 MB file of 40,000 suppressed blocks.
std::vector<uint32_t> CoveredEnds(const Document& document, const std::vector<Span>& lines) {
  std::vector<uint32_t> covered;
  for (const Span& line : lines) covered.push_back(line.end);
  const auto reach = [&](uint32_t start, uint32_t end) {
    const auto after = std::upper_bound(lines.begin(), lines.end(), start,
                                        [](uint32_t at, const Span& line) { return at < line.begin; });
    if (after == lines.begin()) return;
    const size_t index = static_cast<size_t>(after - lines.begin()) - 1;
    if (start < lines[index].end) covered[index] = std::max(covered[index], end);
  };
  if (document.hcl) {
    std::vector<const parse::hcl::Body*> bodies{document.hcl.get()};
    while (!bodies.empty()) {
      const parse::hcl::Body* body = bodies.back();
      bodies.pop_back();
      for (const parse::hcl::Attribute& attribute : body->attributes) reach(attribute.span.begin, attribute.span.end);
      for (const parse::hcl::Block& block : body->blocks) {
        reach(block.span.begin, block.span.end);
        bodies.push_back(&block.body);
      }
    }
    return covered;
  }
  parse::ForEachNode(document.root, [&](const parse::Node& node, int) {
    reach(node.span.begin, node.span.end);
    for (const parse::MapEntry& entry : node.entries) reach(entry.key_span.begin, entry.value.span.end);
  });
  return covered;
}

bool HoldsComments(const Document& document) {
  const std::string& path = document.source->path();
  const bool json = path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
  return !json && (document.kind == FileKind::kArchyFlow || document.kind == FileKind::kTerraform ||
                   document.kind == FileKind::kTerraformVars);
}

// The comment marker before `at` ("#", or "//" in HCL), or npos when `at` is not in a comment.
size_t CommentStart(std::string_view line, size_t at, bool hcl) {
  size_t i = at;
  while (i > 0 && IsBlank(line[i - 1])) --i;
  size_t marker = std::string_view::npos;
  if (i >= 1 && line[i - 1] == '#') marker = i - 1;
  if (hcl && i >= 2 && line.substr(i - 2, 2) == "//") marker = i - 2;
  // In YAML a '#' starts a comment only at the line start or after a space ("a#b" is text).
  if (marker != std::string_view::npos && marker > 0 && !IsBlank(line[marker - 1])) return std::string_view::npos;
  return marker;
}

bool Matches(const SourcePtr& a, const SourcePtr& b) {
  return a == b || (a && b && a->path() == b->path() && a->text() == b->text());
}

std::string Where(const SourceFile& file, uint32_t offset) {
  return file.path() + ":" + std::to_string(file.Position(offset).line);
}

// For each finding, the comments that cover it (indexes into `comments`, in their order), in one
// sweep per commented file: its findings in offset order meet its comments as they begin, and a
// comment leaves once a finding lies past its end. A finding reads only the comments that cover
// it, however the comments nest (a search back from each finding read every comment inside a
// covered block: 16,000 tasks under one comment took 4 s).
std::vector<std::vector<size_t>> CoveringComments(const std::vector<Suppression>& comments,
                                                  const std::vector<Finding>& findings) {
  std::map<const SourceFile*, std::vector<size_t>> by_file;  // each commented file's comments
  std::unordered_map<std::string, std::vector<const SourceFile*>> by_path;
  for (size_t i = 0; i < comments.size(); ++i) {
    const auto [group, added] = by_file.try_emplace(comments[i].file.get());
    if (added) by_path[comments[i].file->path()].push_back(comments[i].file.get());
    group->second.push_back(i);
  }
  // The findings of each commented file, or of a file of the same path and text (Matches),
  // compared once per file rather than once per finding.
  std::map<const SourceFile*, std::vector<std::pair<uint32_t, size_t>>> located;  // offset, finding
  std::unordered_map<const SourceFile*, std::vector<const SourceFile*>> matching;
  for (size_t i = 0; i < findings.size(); ++i) {
    const SourcePtr& file = findings[i].location.file;
    if (!file) continue;
    const auto [known, added] = matching.try_emplace(file.get());
    if (added) {
      if (const auto same_path = by_path.find(file->path()); same_path != by_path.end()) {
        for (const SourceFile* commented : same_path->second) {
          if (Matches(file, comments[by_file.at(commented).front()].file)) known->second.push_back(commented);
        }
      }
    }
    for (const SourceFile* commented : known->second)
      located[commented].emplace_back(findings[i].location.span.begin, i);
  }
  std::vector<std::vector<size_t>> covering(findings.size());
  for (auto& [file, at] : located) {
    std::vector<size_t> order = by_file.at(file);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return comments[a].covers.begin < comments[b].covers.begin; });
    std::sort(at.begin(), at.end());
    std::set<std::pair<uint32_t, size_t>> open;  // by end: the comments begun and not yet passed
    size_t next = 0;
    for (const auto& [offset, finding] : at) {
      for (; next < order.size() && comments[order[next]].covers.begin <= offset; ++next)
        open.emplace(comments[order[next]].covers.end, order[next]);
      while (!open.empty() && open.begin()->first < offset) open.erase(open.begin());
      for (const auto& [end, comment] : open) covering[finding].push_back(comment);
    }
  }
  for (std::vector<size_t>& list : covering) std::sort(list.begin(), list.end());
  return covering;
}

}  // namespace

std::vector<Suppression> FindSuppressions(const Document& document) {
  std::vector<Suppression> found;
  if (!HoldsComments(document) || document.superseded) return found;
  const std::string& text = document.source->text();
  if (text.find(kDirective) == std::string::npos) return found;
  const bool hcl = document.kind != FileKind::kArchyFlow;
  const std::vector<Line> lines = Lines(text);
  for (size_t index = 0; index < lines.size(); ++index) {
    const std::string_view line =
        std::string_view(text).substr(lines[index].begin, lines[index].end - lines[index].begin);
    const size_t at = line.find(kDirective);
    if (at == std::string_view::npos) continue;
    const size_t marker = CommentStart(line, at, hcl);
    if (marker == std::string_view::npos) continue;
    Suppression suppression;
    suppression.file = document.source;
    size_t after = at + kDirective.size();
    if (line.substr(after, 5) == "-file") {
      suppression.whole_file = true;
      after += 5;
    }
    // "cxlint-ignored" or "cxlint-ignore-next" is some other word, not ours.
    if (after < line.size() && !IsBlank(line[after]) && line[after] != ':' && line[after] != ',') continue;
    suppression.directive = {lines[index].begin + static_cast<uint32_t>(at),
                             lines[index].begin + static_cast<uint32_t>(after)};
    const std::string_view rest = line.substr(after);
    const size_t colon = rest.find(':');
    const std::string_view names = rest.substr(0, colon);
    if (colon != std::string_view::npos) {
      std::string_view reason = rest.substr(colon + 1);
      while (!reason.empty() && IsBlank(reason.front())) reason.remove_prefix(1);
      while (!reason.empty() && IsBlank(reason.back())) reason.remove_suffix(1);
      suppression.reason = reason;
    }
    for (size_t i = 0; i < names.size();) {
      if (IsBlank(names[i]) || names[i] == ',') {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < names.size() && !IsBlank(names[end]) && names[end] != ',') ++end;
      const std::string name(names.substr(i, end - i));
      const uint32_t begin = suppression.directive.end + static_cast<uint32_t>(i);
      suppression.names.push_back({name, {begin, begin + static_cast<uint32_t>(end - i)}, rules::FindRule(name)});
      i = end;
    }
    if (suppression.whole_file) {
      suppression.covers = {0, static_cast<uint32_t>(text.size())};
    } else {
      const bool own_line = line.substr(0, marker).find_first_not_of(" \t") == std::string_view::npos;
      size_t target = index;
      if (own_line) {
        // A comment on its own line covers the next line with code (other comments in between
        // are allowed, so two suppressions can stack).
        target = index + 1;
        while (target < lines.size() && IsCommentOrBlank(std::string_view(text).substr(
                                            lines[target].begin, lines[target].end - lines[target].begin)))
          ++target;
        if (target == lines.size()) target = index;
      }
      // The line for now; CoveredEnds extends it below, once for all of the file's comments.
      suppression.covers = {lines[target].begin, lines[target].end};
    }
    found.push_back(std::move(suppression));
  }
  // Comments come in line order and each targets its own line or a later one, so the targets are
  // in order; stacked comments share one.
  std::vector<Span> targets;
  std::vector<size_t> target_of(found.size());
  for (size_t i = 0; i < found.size(); ++i) {
    if (found[i].whole_file) continue;
    if (targets.empty() || targets.back().begin != found[i].covers.begin) targets.push_back(found[i].covers);
    target_of[i] = targets.size() - 1;
  }
  const std::vector<uint32_t> ends = CoveredEnds(document, targets);
  for (size_t i = 0; i < found.size(); ++i) {
    if (!found[i].whole_file) found[i].covers.end = ends[target_of[i]];
  }
  return found;
}

SuppressionOutcome ApplySuppressions(const model::Project& project, std::vector<Finding>& findings) {
  SuppressionOutcome outcome;
  for (const Document& document : project.documents) {
    for (Suppression& suppression : FindSuppressions(document)) outcome.comments.push_back(std::move(suppression));
  }
  // The ignore entries of every configuration in use, each file once: `project.config` is a copy
  // of the first path's file, so it counts only when no read file uses that configuration.
  std::map<std::string, const Config*> by_path;
  for (const auto& [path, config] : project.file_configs) by_path.emplace(config->path, config.get());
  by_path.emplace(project.config.path, &project.config);
  std::vector<const Config*> configs;
  for (const auto& [path, config] : by_path) configs.push_back(config);
  std::set<const IgnoreEntry*> used_entries;
  for (const Suppression& comment : outcome.comments) outcome.without_reason += comment.reason.empty();
  for (const Config* config : configs) {
    for (const IgnoreEntry& entry : config->ignore) outcome.without_reason += entry.reason.empty();
  }

  const std::vector<std::vector<size_t>> covering_of = CoveringComments(outcome.comments, findings);
  std::vector<Finding> kept;
  kept.reserve(findings.size());  // growing by doubling would hold the findings three times over
  for (size_t index = 0; index < findings.size(); ++index) {
    Finding& finding = findings[index];
    const SourcePtr& file = finding.location.file;
    std::optional<SuppressedFinding> hidden;
    for (const size_t covering : covering_of[index]) {
      Suppression& comment = outcome.comments[covering];
      bool applies = comment.names.empty();
      if (applies) comment.used_by_any = true;
      for (Suppression::Name& name : comment.names) {
        if (name.rule != finding.rule) continue;
        name.used = true;
        applies = true;
      }
      if (applies && !hidden) {
        hidden = SuppressedFinding{{},
                                   Where(*comment.file, comment.directive.begin) + ": " +
                                       std::string(comment.whole_file ? "cxlint-ignore-file" : "cxlint-ignore"),
                                   comment.reason};
      }
    }
    if (!hidden && file) {
      const Config& config = project.ConfigFor(*file);
      const std::string path = PathForConfig(config, file->path());
      for (const IgnoreEntry& entry : config.ignore) {
        if (entry.rule != finding.rule || !GlobMatch(entry.path, path)) continue;
        if (!entry.address.empty() && finding.address.rfind(entry.address, 0) != 0) continue;
        used_entries.insert(&entry);
        hidden = SuppressedFinding{{}, entry.origin + ": ignore entry", entry.reason};
        break;
      }
    }
    if (hidden) {
      hidden->finding = std::move(finding);
      outcome.suppressed.push_back(std::move(*hidden));
    } else {
      kept.push_back(std::move(finding));
    }
  }
  findings = std::move(kept);
  for (const Config* config : configs) {
    for (const IgnoreEntry& entry : config->ignore) {
      if (!used_entries.count(&entry) && config->source) outcome.unused_ignores.push_back({config->source, &entry});
    }
  }
  return outcome;
}

}  // namespace cxlint
