#pragma once
// The one line `cxlint lint` shows on a terminal while a long run works: units and files done, of
// how many. A run that ends within about a second shows nothing; the line is cleared at the end.

#include <chrono>
#include <mutex>
#include <ostream>

#include "lint/linter.h"

namespace cxlint::cli {

class ProgressLine {
 public:
  /// `delay`: how long a run goes on before the line appears.
  explicit ProgressLine(std::ostream& err, std::chrono::milliseconds delay = std::chrono::seconds(1))
      : err_(err), delay_(delay) {}
  ~ProgressLine() { Clear(); }

  /// Redraws the line (from any thread), at most ten times a second, once the delay is over.
  void Update(const LintProgress& progress);
  /// Removes the line, before anything else is printed.
  void Clear();

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  const std::chrono::milliseconds delay_;
  std::mutex mutex_;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool shown_ = false;
};

}  // namespace cxlint::cli
