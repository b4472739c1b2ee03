// The thread pool of a run (base/parallel.h): every item and every group done once, a group
// finished only after all its items, the order of groups kept where it matters for memory, and
// the first error passed on.

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/parallel.h"

namespace cxlint::testing {
namespace {

// What ParallelGroups did, recorded from its threads.
struct GroupsRecord {
  explicit GroupsRecord(const std::vector<size_t>& sizes) : items_done(sizes.size()), started(sizes.size()) {
    for (const size_t size : sizes) items.emplace_back(size);
  }

  void Item(size_t group, size_t index) {
    const std::lock_guard lock(mutex);
    if (!started[group]) {
      started[group] = true;
      max_open = std::max(max_open, ++open);
    }
    ++items[group][index];
    ++items_done[group];
  }

  void Finish(size_t group, size_t size) {
    const std::lock_guard lock(mutex);
    finished_complete.push_back(items_done[group] == size);
    if (!started[group]) {  // a group with no items opens when it is finished
      started[group] = true;
      max_open = std::max(max_open, ++open);
    }
    --open;
  }

  std::mutex mutex;
  std::vector<std::vector<int>> items;  // times each item ran
  std::vector<size_t> items_done;
  std::vector<bool> started;
  std::vector<bool> finished_complete;  // per finish, in finishing order: were all its items done?
  size_t open = 0, max_open = 0;
};

// `slow_finish` holds each finish a little, as building a unit's model does, so that idle threads
// would start later groups if nothing held them back.
void RunGroups(const std::vector<size_t>& sizes, unsigned jobs, GroupsRecord& record, bool slow_finish = false) {
  ParallelGroups(
      sizes, jobs, [&](size_t group, size_t index) { record.Item(group, index); },
      [&](size_t group) {
        if (slow_finish) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        record.Finish(group, sizes[group]);
      });
}

TEST_CASE("ParallelGroups runs every item once and finishes each group after its items") {
  const std::vector<size_t> sizes{3, 0, 17, 1, 40, 0, 5};
  for (const unsigned jobs : {1u, 2u, 4u, 8u}) {
    CAPTURE(jobs);
    GroupsRecord record(sizes);
    RunGroups(sizes, jobs, record);
    for (const auto& group : record.items) {
      for (const int times : group) CHECK(times == 1);
    }
    REQUIRE(record.finished_complete.size() == sizes.size());
    for (const bool complete : record.finished_complete) CHECK(complete);
  }
}

TEST_CASE("ParallelGroups keeps at most two groups of the largest size unfinished") {
  // Every group as large as the largest: a third may not start before one of two is finished,
  // however many threads there are.
  const std::vector<size_t> sizes(12, 30);
  for (const unsigned jobs : {2u, 4u, 8u}) {
    CAPTURE(jobs);
    GroupsRecord record(sizes);
    RunGroups(sizes, jobs, record, /*slow_finish=*/true);
    CHECK(record.max_open <= 2);
    CHECK(record.finished_complete.size() == sizes.size());
  }
}

TEST_CASE("ParallelGroups passes on the first error and stops") {
  const std::vector<size_t> sizes{4, 4, 4};
  for (const unsigned jobs : {1u, 2u, 4u}) {
    CAPTURE(jobs);
    std::atomic<bool> failed_group_finished{false};
    CHECK_THROWS_AS(ParallelGroups(
                        sizes, jobs,
                        [&](size_t group, size_t index) {
                          if (group == 1 && index == 2) throw std::runtime_error("item failed");
                        },
                        [&](size_t group) {
                          if (group == 1) failed_group_finished = true;
                        }),
                    std::runtime_error);
    CHECK_FALSE(failed_group_finished);
  }
}

}  // namespace
}  // namespace cxlint::testing
