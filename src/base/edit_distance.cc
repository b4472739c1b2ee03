#include "base/edit_distance.h"

#include <algorithm>
#include <vector>

namespace cxlint {

size_t EditDistance(std::string_view a, std::string_view b) {
  // One row of the dynamic-programming table is enough.
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> ClosestMatch(std::string_view name, const std::vector<std::string>& candidates) {
  size_t best_distance = std::max<size_t>(2, name.size() / 3) + 1;
  std::optional<std::string> best;
  for (const std::string& candidate : candidates) {
    // The lengths alone bound the distance from below: skip the table when they differ too much.
    const size_t length_gap = name.size() > candidate.size() ? name.size() - candidate.size() : candidate.size() - name.size();
    if (length_gap >= best_distance) continue;
    const size_t distance = EditDistance(name, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> nearest = ClosestMatch(word, candidates);
  // A longer distance is still a likely meaning when the word is the start of the name ("warn").
  for (size_t i = 0; !nearest && word.size() >= 3 && i < candidates.size(); ++i) {
    if (candidates[i].rfind(word, 0) == 0) nearest = candidates[i];
  }
  return nearest ? " (did you mean '" + *nearest + "'?)" : std::string();
}

}  // namespace cxlint
