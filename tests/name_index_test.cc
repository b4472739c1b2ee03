// "Did you mean" through the name index: the same answer as comparing the name with every
// candidate, on lists where the bigram and length tests exclude most names and on short names
// they cannot judge.

#include <doctest/doctest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "base/edit_distance.h"
#include "base/name_index.h"

namespace cxlint::testing {
namespace {

// The definition ClosestMatch had before the index: every candidate compared, ties to the earlier.
std::optional<std::string> ByComparingAll(const std::string& name, const std::vector<std::string>& candidates) {
  size_t best_distance = std::max<size_t>(2, name.size() / 3) + 1;
  std::optional<std::string> best;
  for (const std::string& candidate : candidates) {
    const size_t distance = EditDistance(name, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

// Names like data actions' ("Get Customer By Phone 3"), and misspellings of them.
std::string RandomName(std::mt19937& random, size_t min_length, size_t max_length) {
  static const std::string kLetters = "abcdeghilmnoprstu _-";
  std::uniform_int_distribution<size_t> length(min_length, max_length);
  std::uniform_int_distribution<size_t> letter(0, kLetters.size() - 1);
  std::string name(length(random), ' ');
  for (char& c : name) c = kLetters[letter(random)];
  return name;
}

std::string Misspell(std::mt19937& random, std::string name) {
  std::uniform_int_distribution<int> edits(0, 4);
  for (int n = edits(random); n > 0 && !name.empty(); --n) {
    std::uniform_int_distribution<size_t> at(0, name.size() - 1);
    switch (n % 3) {
      case 0: name[at(random)] = 'x'; break;
      case 1: name.erase(at(random), 1); break;
      default: name.insert(at(random), 1, 'y'); break;
    }
  }
  return name;
}

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("name index: the answers of comparing every candidate") {
    std::mt19937 random(13);
    for (const auto& [min_length, max_length] : {std::pair<size_t, size_t>{1, 6}, {4, 14}, {10, 40}}) {
      std::vector<std::string> names;
      for (int i = 0; i < 300; ++i) names.push_back(RandomName(random, min_length, max_length));
      names.push_back(names[7]);  // a repeated name: the earlier one wins the tie
      const NameIndex index(names);
      for (int i = 0; i < 300; ++i) {
        const std::string query =
            i % 2 == 0 ? Misspell(random, names[i % names.size()]) : RandomName(random, min_length, max_length);
        CAPTURE(query);
        const std::optional<std::string> expected = ByComparingAll(query, names);
        CHECK(index.Closest(query) == expected);
        CHECK(ClosestMatch(query, names) == expected);
      }
    }
  }

  TEST_CASE("name index: the pinned suggestions") {
    CHECK(ClosestMatch("Get Custmer", {"Get Customer", "Get Customers"}) == "Get Customer");
    CHECK(ClosestMatch("abc", {"xyz"}) == std::nullopt);
    CHECK(ClosestMatch("", {"ab", "cd"}) == "ab");  // two edits are always allowed; ties to the earlier
    CHECK(ClosestMatch("name", {}) == std::nullopt);
    // A new list after another: the kept index is not the old one's.
    CHECK(ClosestMatch("queue_id", {"queue_ids"}) == "queue_ids");
    CHECK(ClosestMatch("queue_id", {"flow_id"}) == std::nullopt);
    CHECK(NameIndex({"retry_count", "retry_delay"}).Closest("retry_cuont") == "retry_count");
  }
}

}  // namespace cxlint::testing
