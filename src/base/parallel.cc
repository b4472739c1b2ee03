#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace cxlint {

unsigned DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void ParallelFor(size_t count, unsigned jobs, const std::function<void(size_t)>& body) {
  const size_t threads = std::min<size_t>(std::max(1u, jobs), count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_error;
  std::mutex error_mutex;
  auto work = [&] {
    for (size_t i = next++; i < count && !failed; i = next++) {
      try {
        body(i);
      } catch (...) {
        const std::lock_guard lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
        failed = true;
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
    work();
  }  // the jthreads join here
  if (first_error) std::rethrow_exception(first_error);
}

namespace {

// The shared state of ParallelGroups, under one mutex: which item starts next, which groups wait
// to be finished, and how much is unfinished.
class GroupScheduler {
 public:
  GroupScheduler(const std::vector<size_t>& sizes, const std::function<void(size_t, size_t)>& item,
                 const std::function<void(size_t)>& finish)
      : sizes_(sizes), item_(item), finish_(finish), items_left_(sizes) {
    for (const size_t size : sizes) largest_ = std::max(largest_, size);
  }

  void Work() {
    std::unique_lock lock(mutex_);
    while (!failed_ && finished_ < sizes_.size()) {
      if (!ready_.empty()) {
        const size_t group = ready_.front();
        ready_.pop_front();
        Run(lock, [&] { finish_(group); });
        --open_;
        open_items_ -= sizes_[group];
        ++finished_;
        changed_.notify_all();
      } else if (next_group_ < sizes_.size() && MayStartNext()) {
        StartNextItem(lock);
      } else {
        changed_.wait(lock);
      }
    }
    changed_.notify_all();
  }

  void RethrowError() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  // Whether the next item may start: its group has started, or may start now.
  bool MayStartNext() const { return next_item_ > 0 || open_ < 2 || open_items_ + sizes_[next_group_] <= largest_; }

  void StartNextItem(std::unique_lock<std::mutex>& lock) {
    const size_t group = next_group_;
    if (next_item_ == 0) {
      ++open_;
      open_items_ += sizes_[group];
    }
    if (sizes_[group] == 0) {  // nothing to read: ready to finish at once
      ++next_group_;
      ready_.push_back(group);
      return;
    }
    const size_t index = next_item_++;
    if (next_item_ == sizes_[group]) {
      ++next_group_;
      next_item_ = 0;
    }
    Run(lock, [&] { item_(group, index); });
    if (--items_left_[group] == 0) {
      ready_.push_back(group);
      changed_.notify_all();
    }
  }

  // Calls `body` without the lock; the first exception stops every thread.
  template <typename Body>
  void Run(std::unique_lock<std::mutex>& lock, Body body) {
    lock.unlock();
    std::exception_ptr error;
    try {
      body();
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    if (error && !error_) {
      error_ = error;
      failed_ = true;
      changed_.notify_all();
    }
  }

  const std::vector<size_t>& sizes_;
  const std::function<void(size_t, size_t)>& item_;
  const std::function<void(size_t)>& finish_;
  std::vector<size_t> items_left_;  // per group, items not yet done
  size_t largest_ = 0;
  size_t next_group_ = 0, next_item_ = 0;
  std::deque<size_t> ready_;          // groups whose items are all done
  size_t open_ = 0, open_items_ = 0;  // groups started and not finished, and their items
  size_t finished_ = 0;
  bool failed_ = false;
  std::exception_ptr error_;
  std::mutex mutex_;
  std::condition_variable changed_;
};

}  // namespace

void ParallelGroups(const std::vector<size_t>& sizes, unsigned jobs, const std::function<void(size_t, size_t)>& item,
                    const std::function<void(size_t)>& finish) {
  if (jobs <= 1) {
    for (size_t group = 0; group < sizes.size(); ++group) {
      for (size_t i = 0; i < sizes[group]; ++i) item(group, i);
      finish(group);
    }
    return;
  }
  GroupScheduler scheduler(sizes, item, finish);
  {
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < jobs; ++t) helpers.emplace_back([&] { scheduler.Work(); });
    scheduler.Work();
  }  // the jthreads join here
  scheduler.RethrowError();
}

}  // namespace cxlint
