#include "model/terraform/regex.h"

#include <re2/re2.h>

#include <cctype>
#include <map>
#include <vector>

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

// The byte length of the UTF-8 character at `at` (1 for a byte that starts none).
size_t CharWidth(const std::string& text, size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  const size_t width = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return at + width <= text.size() ? width : 1;
}

}  // namespace

RegexReplaceStatus RegexReplaceAll(const std::string& text, const std::string& pattern, const std::string& replacement,
                                   uint64_t max_bytes, std::string& out) {
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
    if (!regex.Match(input, search, text.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()))) break;
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

}  // namespace cxlint::model
