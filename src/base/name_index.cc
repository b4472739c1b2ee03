#include "base/name_index.h"

#include <algorithm>

#include "base/edit_distance.h"

namespace cxlint {

namespace {

// The padded bigrams of a name ("ab" gives ^a, ab, b$) with their counts, as keys without length.
std::unordered_map<uint32_t, uint32_t> Bigrams(std::string_view name) {
  constexpr uint32_t kPad = 256;  // outside every byte value
  std::unordered_map<uint32_t, uint32_t> grams;
  uint32_t previous = kPad;
  for (const char c : name) {
    const uint32_t current = static_cast<unsigned char>(c);
    ++grams[previous * 257 + current];
    previous = current;
  }
  ++grams[previous * 257 + kPad];
  return grams;
}

uint64_t Key(size_t length, uint32_t gram) { return static_cast<uint64_t>(length) * 257 * 257 + gram; }

size_t MaxEdits(std::string_view name) { return std::max<size_t>(2, name.size() / 3); }

}  // namespace

NameIndex::NameIndex(std::vector<std::string> names) : names_(std::move(names)) {
  for (uint32_t i = 0; i < names_.size(); ++i) {
    by_length_[names_[i].size()].push_back(i);
    for (const auto& [gram, count] : Bigrams(names_[i])) postings_[Key(names_[i].size(), gram)].push_back({i, count});
  }
}

std::optional<std::string> NameIndex::Closest(std::string_view name) const {
  const size_t limit = MaxEdits(name);
  const size_t shortest = name.size() > limit ? name.size() - limit : 0;
  // Candidates by index, so ties still go to the earlier name.
  std::vector<uint32_t> candidates;
  const std::unordered_map<uint32_t, uint32_t> grams = Bigrams(name);
  for (size_t length = shortest; length <= name.size() + limit; ++length) {
    const size_t longer = std::max(length, name.size());
    if (longer + 1 <= 2 * limit) {
      // Too short for the bigram test to exclude anything: every name of this length is a candidate.
      if (auto found = by_length_.find(length); found != by_length_.end())
        candidates.insert(candidates.end(), found->second.begin(), found->second.end());
      continue;
    }
    const uint32_t needed = static_cast<uint32_t>(longer + 1 - 2 * limit);
    std::unordered_map<uint32_t, uint32_t> shared;
    for (const auto& [gram, count] : grams) {
      const auto postings = postings_.find(Key(length, gram));
      if (postings == postings_.end()) continue;
      for (const Posting& posting : postings->second) shared[posting.name] += std::min(count, posting.count);
    }
    for (const auto& [index, count] : shared) {
      if (count >= needed) candidates.push_back(index);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  size_t best_distance = limit + 1;
  std::optional<uint32_t> best;
  for (const uint32_t index : candidates) {
    const std::string& candidate = names_[index];
    const size_t gap = name.size() > candidate.size() ? name.size() - candidate.size() : candidate.size() - name.size();
    if (gap >= best_distance) continue;
    const size_t distance = EditDistance(name, candidate);
    if (distance < best_distance) {
      best = index;
      best_distance = distance;
    }
  }
  if (!best) return std::nullopt;
  return names_[*best];
}

}  // namespace cxlint
