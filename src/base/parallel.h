#pragma once
// A small pool of threads for independent work items (files to parse, units to lint).

#include <cstddef>
#include <functional>
#include <vector>

namespace cxlint {

/// The default number of jobs: the machine's cores (at least 1).
unsigned DefaultJobs();

/// Calls `body(i)` for every i in [0, count) on up to `jobs` threads (the calling thread is one
/// of them), and returns when all are done. Items are taken in index order; callers that need a
/// deterministic result write item i's output to slot i. The first exception a body throws is
/// rethrown here once every thread has stopped; the items not yet started are then skipped.
void ParallelFor(size_t count, unsigned jobs, const std::function<void(size_t)>& body);

/// Runs groups of items in two stages on up to `jobs` threads: `item(g, i)` for each of the
/// `sizes[g]` items of group g, then `finish(g)` once they are all done. Groups start in index
/// order and a finish is taken before any new item, so what a group's items build is released
/// soon. A group's items start only while fewer than two groups are unfinished, or while the
/// unfinished groups and it hold no more items than the largest group: at most about one large
/// group is being read while another is finished, where two would double the memory; small
/// groups run side by side. Errors are handled as in ParallelFor.
void ParallelGroups(const std::vector<size_t>& sizes, unsigned jobs, const std::function<void(size_t, size_t)>& item,
                    const std::function<void(size_t)>& finish);

}  // namespace cxlint
