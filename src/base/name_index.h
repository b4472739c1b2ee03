#pragma once
// An index of names for "did you mean": the closest name to a misspelt one without computing the
// edit distance to every name. Names are indexed by length and by their pairs of adjacent
// characters (bigrams); a name within k edits of the query has a length within k of it and shares
// at least max(length) + 1 - 2k of its padded bigrams (each edit changes at most two), so only
// the names that pass both tests are compared. The answer is exactly that of comparing all.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cxlint {

class NameIndex {
 public:
  explicit NameIndex(std::vector<std::string> names);

  /// The name closest to `name` within max(2, |name| / 3) edits, ties going to the earlier name;
  /// the contract of ClosestMatch (base/edit_distance.h).
  std::optional<std::string> Closest(std::string_view name) const;

  const std::vector<std::string>& names() const { return names_; }

 private:
  struct Posting {
    uint32_t name;   // index into names_
    uint32_t count;  // how often the bigram occurs in it
  };
  std::vector<std::string> names_;
  /// (length, bigram) -> the names of that length holding that bigram.
  std::unordered_map<uint64_t, std::vector<Posting>> postings_;
  /// length -> the names of that length, for queries too short for the bigram test.
  std::unordered_map<size_t, std::vector<uint32_t>> by_length_;
};

}  // namespace cxlint
