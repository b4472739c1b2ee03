#include "api/console.h"

namespace cxlint::api {

Console::Console(std::ostream& err, bool tty, bool verbose) : err_(err), tty_(tty), verbose_(verbose) {}

void Console::Redact(const std::string& secret) {
  std::lock_guard lock(mutex_);
  if (!secret.empty()) secrets_.push_back(secret);
}

std::string Console::Clean(std::string text) const {
  for (const std::string& secret : secrets_) {
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at))
      text.replace(at, secret.size(), "[redacted]");
  }
  return text;
}

void Console::ClearProgressLocked() {
  if (tty_ && progress_shown_) err_ << "\r\033[K";
  progress_shown_ = false;
}

void Console::Line(const std::string& text) {
  std::lock_guard lock(mutex_);
  ClearProgressLocked();
  err_ << Clean(text) << "\n";
  // The progress line comes back under the log line.
  if (tty_ && !last_progress_.empty()) {
    err_ << last_progress_;
    progress_shown_ = true;
  }
  err_.flush();
}

void Console::Verbose(const std::string& text) {
  if (verbose_) Line(text);
}

void Console::Progress(const std::string& text, bool milestone) {
  std::lock_guard lock(mutex_);
  const std::string clean = Clean(text);
  const auto now = std::chrono::steady_clock::now();
  if (!tty_) {
    if (milestone || now - last_plain_ >= std::chrono::seconds(5)) {
      err_ << clean << "\n" << std::flush;
      last_plain_ = now;
    }
    return;
  }
  last_progress_ = clean;
  if (!milestone && progress_shown_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  err_ << "\r\033[K" << clean << std::flush;
  progress_shown_ = true;
}

void Console::EndProgress() {
  std::lock_guard lock(mutex_);
  ClearProgressLocked();
  last_progress_.clear();
  err_.flush();
}

}  // namespace cxlint::api
