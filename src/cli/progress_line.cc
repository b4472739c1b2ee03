#include "cli/progress_line.h"

#include <string>

namespace cxlint::cli {

void ProgressLine::Update(const LintProgress& progress) {
  const Clock::time_point now = Clock::now();
  const std::lock_guard lock(mutex_);
  if (now - start_ < delay_ || now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  shown_ = true;
  // "\r" and "erase line" redraw in place, so the line never scrolls.
  err_ << "\r\033[Kcxlint: " << progress.units_done.load() << "/" << progress.units << " units, "
       << progress.files_done.load() << "/" << progress.files << " files" << std::flush;
}

void ProgressLine::Clear() {
  const std::lock_guard lock(mutex_);
  if (!shown_) return;
  err_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace cxlint::cli
