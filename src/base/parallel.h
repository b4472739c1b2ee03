#pragma once
// A small pool of threads for independent work items (files to parse, units to lint).

#include <cstddef>
#include <functional>

namespace cxlint {

/// The default number of jobs: the machine's cores (at least 1).
unsigned DefaultJobs();

/// Calls `body(i)` for every i in [0, count) on up to `jobs` threads (the calling thread is one
/// of them), and returns when all are done. Items are taken in index order; callers that need a
/// deterministic result write item i's output to slot i. The first exception a body throws is
/// rethrown here once every thread has stopped; the items not yet started are then skipped.
void ParallelFor(size_t count, unsigned jobs, const std::function<void(size_t)>& body);

}  // namespace cxlint
