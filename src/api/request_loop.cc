#include "api/request_loop.h"

#include <ctime>
#include <sstream>
#include <thread>

#include "api/retry_after.h"

namespace cxlint::api {

namespace {

std::string ReasonPhrase(long status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
  }
}

}  // namespace

std::string DescribeOutcome(const HttpResponse& response) {
  if (response.status == 0)
    return response.timed_out ? "timed out (" + response.transport_error + ")" : response.transport_error;
  const std::string phrase = ReasonPhrase(response.status);
  return "HTTP " + std::to_string(response.status) + (phrase.empty() ? "" : " (" + phrase + ")");
}

RequestContext::RequestContext(HttpSettings http, RetryLimits limits, double time_scale, Console& console)
    : http_(std::move(http)),
      limits_(limits),
      time_scale_(time_scale),
      console_(console),
      random_(std::random_device{}()) {}

double RequestContext::NextUniform() {
  std::lock_guard lock(mutex_);
  return std::uniform_real_distribution<double>(0.0, 1.0)(random_);
}

void RequestContext::SleepNominal(double nominal_seconds) {
  if (nominal_seconds <= 0) return;
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, std::chrono::duration<double>(nominal_seconds * time_scale_), [this] { return cancelled_; });
}

void RequestContext::WaitForPause() {
  std::unique_lock lock(mutex_);
  wake_.wait_until(lock, resume_at_, [this] { return cancelled_ || resume_at_ <= std::chrono::steady_clock::now(); });
}

void RequestContext::Cancel() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  wake_.notify_all();
}

bool RequestContext::Cancelled() {
  std::lock_guard lock(mutex_);
  return cancelled_;
}

void RequestContext::PauseAll(double nominal_seconds) {
  // A 429 or 503 speaks for the whole org's quota, so every worker holds back, not only the
  // request that got it.
  const auto until =
      std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                             std::chrono::duration<double>(nominal_seconds * time_scale_));
  std::lock_guard lock(mutex_);
  if (until > resume_at_) resume_at_ = until;
}

HttpResponse RequestContext::Send(HttpConnection& connection, const HttpRequest& request, const std::string& label) {
  RetrySchedule schedule(limits_, [this] { return NextUniform(); });
  double spent = 0;  // nominal seconds: waits as asked, plus the real time of the requests
  for (int attempt = 1;; ++attempt) {
    WaitForPause();
    if (Cancelled()) throw ApiError(label + ": cancelled, another request failed", 0);
    ++stats_.requests;
    HttpResponse response = connection.Perform(request);
    spent += response.seconds;
    console_.Verbose("cxlint: " + label + ": " + DescribeOutcome(response) + " in " + FormatSeconds(response.seconds));
    const bool retryable = response.status == 0 ? !response.permanent : IsRetryableStatus(response.status);
    if (!retryable) {
      if (response.status == 0) throw ApiError(label + ": " + DescribeOutcome(response), 0);
      return response;
    }
    std::optional<double> retry_after;
    if (HonoursRetryAfter(response.status)) {
      const std::string header = response.Header("retry-after");
      if (!header.empty()) retry_after = ParseRetryAfter(header, std::time(nullptr));
    }
    const RetryDecision decision = schedule.AfterFailure(attempt, retry_after, spent);
    if (!decision.retry)
      throw ApiError(label + ": " + DescribeOutcome(response) + "; gave up " + decision.why_not, response.status);
    if (retry_after) PauseAll(*retry_after);
    ++stats_.retries;
    console_.Verbose("cxlint: " + label + ": retry " + std::to_string(attempt) + " in " +
                     FormatSeconds(decision.delay) + (retry_after ? " (Retry-After)" : " (backoff)"));
    SleepNominal(decision.delay);
    spent += decision.delay;
  }
}

}  // namespace cxlint::api
