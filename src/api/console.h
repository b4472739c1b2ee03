#pragma once
// Everything a pull says on standard error: log lines, a progress line, and never a secret.

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

namespace cxlint::api {

/// A thread-safe writer to standard error. On a terminal the progress line is redrawn in place;
/// elsewhere progress is written as plain lines, only when asked to. Every text passes through
/// the redaction list first, so a secret echoed by a server is never printed.
class Console {
 public:
  Console(std::ostream& err, bool tty, bool verbose);

  /// Adds a text that must never be printed (a client secret, a token).
  void Redact(const std::string& secret);
  /// The text with every redacted string replaced by "[redacted]".
  std::string Clean(std::string text) const;

  /// A line that stays ("cxlint: warning: ...").
  void Line(const std::string& text);
  /// A line only --verbose shows.
  void Verbose(const std::string& text);
  /// The current state of a long job. On a terminal it replaces the previous progress line (at
  /// most ten times a second); otherwise it is printed as a plain line when `milestone` is true
  /// or five seconds have passed since the last one, so a log gets a heartbeat, not a flood.
  void Progress(const std::string& text, bool milestone);
  /// Clears the progress line, before the summary.
  void EndProgress();

  bool verbose() const { return verbose_; }

 private:
  void ClearProgressLocked();

  std::ostream& err_;
  bool tty_;
  bool verbose_;
  std::vector<std::string> secrets_;
  std::mutex mutex_;
  bool progress_shown_ = false;
  std::string last_progress_;
  std::chrono::steady_clock::time_point last_draw_{};
  std::chrono::steady_clock::time_point last_plain_ = std::chrono::steady_clock::now();
};

}  // namespace cxlint::api
