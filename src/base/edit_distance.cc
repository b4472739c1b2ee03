#include "base/edit_distance.h"

#include <algorithm>
#include <vector>

#include "base/name_index.h"

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
  // A rule asks about many names against one list (every unknown data action against the defined
  // ones): the index of the last list is kept per thread and used again while the list is the
  // same, so each question costs a comparison of the list, not an edit distance to every name.
  thread_local std::optional<NameIndex> last;
  if (!last || last->names() != candidates) last.emplace(candidates);
  return last->Closest(name);
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
