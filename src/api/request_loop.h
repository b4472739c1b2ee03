#pragma once
// Sending one request as a good API citizen: retries within limits, Retry-After honoured, a
// shared pause when the server says it is overloaded, and counters for the summary.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>

#include "api/console.h"
#include "api/http_client.h"
#include "api/retry_schedule.h"

namespace cxlint::api {

/// A request that could not be completed; the message names the endpoint and the status.
class ApiError : public std::runtime_error {
 public:
  ApiError(const std::string& message, long status) : std::runtime_error(message), status_(status) {}
  long status() const { return status_; }

 private:
  long status_;
};

/// Counters for the summary line.
struct ApiStats {
  std::atomic<int> requests{0};
  std::atomic<int> retries{0};
  std::atomic<int> pages{0};
};

/// What every request of one pull shares.
class RequestContext {
 public:
  /// `time_scale` multiplies every wait (Retry-After and backoff); tests make it small.
  RequestContext(HttpSettings http, RetryLimits limits, double time_scale, Console& console);

  /// Sends `request` until it gets a response that is not worth retrying (any status but 429
  /// and 5xx), or the limits are reached; returns that response. A transport failure (timeout,
  /// reset, truncated body) is retried like a 5xx. Throws ApiError when giving up; `label` names
  /// the endpoint in messages ("GET /api/v2/flows?pageNumber=2").
  HttpResponse Send(HttpConnection& connection, const HttpRequest& request, const std::string& label);

  /// Stops every request of this context: waits end at once and no new attempt starts (each
  /// Send then throws). Called when one request has failed the pull.
  void Cancel();

  const HttpSettings& http() const { return http_; }
  Console& console() { return console_; }
  ApiStats& stats() { return stats_; }

 private:
  void WaitForPause();
  bool Cancelled();
  void PauseAll(double nominal_seconds);
  void SleepNominal(double nominal_seconds);
  double NextUniform();

  HttpSettings http_;
  RetryLimits limits_;
  double time_scale_;
  Console& console_;
  ApiStats stats_;
  std::mutex mutex_;              // guards resume_at_, random_ and cancelled_
  std::condition_variable wake_;  // ends waits early on Cancel
  bool cancelled_ = false;
  std::chrono::steady_clock::time_point resume_at_{};
  std::mt19937_64 random_;
};

/// "HTTP 503 (Service Unavailable)" or, without a status, the transport error.
std::string DescribeOutcome(const HttpResponse& response);

}  // namespace cxlint::api
