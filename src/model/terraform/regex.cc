#include "model/terraform/regex.h"

#include <re2/re2.h>

#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <vector>

#include "base/utf8.h"

namespace cxlint::model {

namespace {

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Appends `replacement` with Go's template expansion (regexp.Expand) for one match.
void Expand(const std::string& replacement, const std::vector<re2::StringPiece>& groups,
            const std::map<std::string, int>& named, std::string& out) {
  for (size_t i = 0; i < replacement.size(); ++i) {
    if (replacement[i] != '$' || i + 1 >= replacement.size()) {
      out += replacement[i];
      continue;
    }
    if (replacement[i + 1] == '$') {
      out += '$';
      ++i;
      continue;
    }
    std::string name;
    size_t end = i + 1;
    if (replacement[end] == '{') {
      const size_t close = replacement.find('}', end);
      name = close == std::string::npos ? std::string() : replacement.substr(end + 1, close - end - 1);
      bool valid = !name.empty();
      for (const char c : name) valid &= IsNameChar(c);
      if (!valid) {
        out += '$';  // malformed: the dollar is plain text, as in Go
        continue;
      }
      end = close + 1;
    } else {
      while (end < replacement.size() && IsNameChar(replacement[end])) ++end;
      name = replacement.substr(i + 1, end - i - 1);
      if (name.empty()) {
        out += '$';
        continue;
      }
    }
    int group = -1;
    bool numeric = name.size() <= 6;
    for (const char c : name) numeric &= std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (numeric) {
      group = std::stoi(name);
    } else if (auto it = named.find(name); it != named.end()) {
      group = it->second;
    }
    if (group >= 0 && static_cast<size_t>(group) < groups.size() && groups[group].data())
      out.append(groups[group].data(), groups[group].size());
    i = end - 1;
  }
}

// The byte length of the UTF-8 character at `at`, as Go's utf8.DecodeRuneInString steps over
// it: 1 for a byte that starts no complete, well-formed sequence.
size_t CharWidth(const std::string& text, size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  const size_t width = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (at + width > text.size()) return 1;
  for (size_t i = 1; i < width; ++i) {
    if (!IsUtf8Continuation(text[at + i])) return 1;
  }
  return width;
}

// Takes the bytes one search may read from what is left; false, taking nothing, when they exceed it.
bool TakeSearch(uint64_t bytes, uint64_t& search_left) {
  if (bytes > search_left) return false;
  search_left -= bytes;
  return true;
}

// One group of a match as Terraform gives it: null when the group took no part in the match.
Value GroupValue(const re2::StringPiece& group) {
  return group.data() ? Value::String(std::string(group.data(), group.size())) : Value::Null();
}

// One match shaped as regex() returns it (see RegexFind); `names` maps group numbers to names.
Value ShapeMatch(const std::vector<re2::StringPiece>& groups, const std::map<int, std::string>& names) {
  if (groups.size() == 1) return GroupValue(groups[0]);
  if (names.empty()) {
    std::vector<Value> items;
    for (size_t i = 1; i < groups.size(); ++i) items.push_back(GroupValue(groups[i]));
    return Value::Tuple(std::move(items));
  }
  // Keys in name order, the order Terraform iterates an object in.
  std::map<std::string, Value> sorted;
  for (const auto& [number, name] : names) sorted.emplace(name, GroupValue(groups[static_cast<size_t>(number)]));
  Value::Entries entries(std::make_move_iterator(sorted.begin()), std::make_move_iterator(sorted.end()));
  return Value::Object(std::move(entries));
}

}  // namespace

RegexReplaceStatus RegexReplaceAll(const std::string& text, const std::string& pattern, const std::string& replacement,
                                   uint64_t max_bytes, uint64_t& search_left, std::string& out) {
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 regex(pattern, options);
  if (!regex.ok()) return RegexReplaceStatus::kBadPattern;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(regex.NumberOfCapturingGroups()) + 1);
  const std::map<std::string, int>& named = regex.NamedCapturingGroups();
  out.clear();
  const re2::StringPiece input(text);
  size_t search = 0, last_end = 0;
  // Go's ReplaceAll loop: an empty match right after a match is not replaced, and the search
  // always moves on by at least one character.
  while (search <= text.size()) {
    if (!TakeSearch(text.size() - search, search_left)) return RegexReplaceStatus::kSearchBudget;
    if (!regex.Match(input, search, text.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size())))
      break;
    const size_t begin = static_cast<size_t>(groups[0].data() - text.data());
    const size_t end = begin + groups[0].size();
    out.append(text, last_end, begin - last_end);
    if (end > last_end || begin == 0) Expand(replacement, groups, named, out);
    if (out.size() > max_bytes) return RegexReplaceStatus::kTooLarge;
    last_end = end;
    const size_t width = search < text.size() ? CharWidth(text, search) : 1;
    search = search + width > end ? search + width : end;
  }
  out.append(text, last_end, std::string::npos);
  return out.size() > max_bytes ? RegexReplaceStatus::kTooLarge : RegexReplaceStatus::kOk;
}

RegexFindStatus RegexFind(const std::string& text, const std::string& pattern, bool all, uint64_t max_bytes,
                          uint64_t& search_left, Value& out) {
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 regex(pattern, options);
  if (!regex.ok()) return RegexFindStatus::kBadPattern;
  const std::map<int, std::string>& names = regex.CapturingGroupNames();
  const int group_count = regex.NumberOfCapturingGroups();
  if (!names.empty() && static_cast<int>(names.size()) < group_count) return RegexFindStatus::kMixedGroups;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(group_count) + 1);
  const re2::StringPiece input(text);
  std::vector<Value> matches;
  uint64_t weight = sizeof(Value);
  // Go's allMatches loop: an empty match right where the previous match ended is skipped, and
  // after an empty match the search moves on by one character. Matching starts at `search` with
  // the whole text as context, so ^ and \b see the characters before it, as in Go.
  std::optional<size_t> previous_end;
  for (size_t search = 0; search <= text.size();) {
    if (!TakeSearch(text.size() - search, search_left)) return RegexFindStatus::kSearchBudget;
    if (!regex.Match(input, search, text.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size())))
      break;
    const size_t begin = static_cast<size_t>(groups[0].data() - text.data());
    const size_t end = begin + groups[0].size();
    const bool accept = end != search || begin != previous_end;
    if (end == search) {
      search += search < text.size() ? CharWidth(text, search) : 1;
    } else {
      search = end;
    }
    previous_end = end;
    if (!accept) continue;
    matches.push_back(ShapeMatch(groups, names));
    weight += matches.back().Weight();
    if (weight > max_bytes) return RegexFindStatus::kTooLarge;
    if (!all) break;
  }
  if (all) {
    out = Value::Tuple(std::move(matches));
  } else if (matches.empty()) {
    return RegexFindStatus::kNoMatch;
  } else {
    out = std::move(matches.front());
  }
  return RegexFindStatus::kOk;
}

}  // namespace cxlint::model
