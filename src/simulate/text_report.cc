// WriteText: the table a contact-centre lead reads.

#include <iomanip>
#include <sstream>

#include "base/rate.h"
#include "model/retry_policy.h"
#include "simulate/reports.h"

namespace cxlint::simulate {

namespace {

const char* EndingPhrase(Ending ending) {
  switch (ending) {
    case Ending::kHandOff: return "hands the customer to a person";
    case Ending::kDisconnect: return "cuts the customer off";
    case Ending::kContinue: return "goes on without an answer";
  }
  return "";
}

std::string FarEnd(const EndpointSettings& endpoint) {
  std::string text = endpoint.limit_per_s
                         ? "accepts " + FormatRate(*endpoint.limit_per_s) + " (burst " +
                               Count(static_cast<int64_t>(endpoint.burst.value_or(*endpoint.limit_per_s))) +
                               "), then answers 429"
                         : "no rate limit";
  if (endpoint.limit_per_s)
    text += endpoint.retry_after_s
                ? " with Retry-After " + model::FormatDuration(static_cast<int64_t>(*endpoint.retry_after_s * 1000))
                : " without Retry-After";
  return text + "; median response " + model::FormatDuration(static_cast<int64_t>(endpoint.latency_median_ms));
}

// "71,020 (56%)"
std::string Share(int64_t part, int64_t total) { return Count(part) + " (" + Percent(part, total) + ")"; }

std::string Amplification(const RunStats& stats) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(2) << stats.Amplification();
  return text.str();
}

std::string Times(const RunStats& stats) {
  if (stats.times_to_answer.empty()) return "-";
  return Seconds(stats.Percentile(0.50)) + " / " + Seconds(stats.Percentile(0.95)) + " / " +
         Seconds(stats.Percentile(0.99));
}

std::string Worst(const RunStats& stats) {
  const WorstSecond worst = stats.Worst();
  if (worst.second < 0) return "none: all answered";
  return "at " + ClockTime(worst.second) + ", " + Count(worst.not_answered) + " not answered";
}

void Row(std::ostream& out, const std::string& label, const std::string& written, const std::string& recommended) {
  out << "  " << std::left << std::setw(42) << label << std::right << std::setw(28) << written << std::setw(28)
      << recommended << "\n";
}

void WriteSite(const SiteRun& run, std::ostream& out) {
  const CallSite& site = run.site;
  const RunStats& a = run.as_written;
  const RunStats& b = run.recommended;
  out << site.subject << "\n";
  out << "  at " << (site.where.empty() ? "(unknown)" : site.where) << ", host "
      << (site.host.empty() ? "(unknown)" : site.host) << "\n";
  out << "  far end: " << FarEnd(run.scenario.endpoint) << "\n";
  out << "  as written:  " << site.as_written.description << "; when the call fails the flow "
      << EndingPhrase(site.as_written.on_failure) << "\n";
  out << "  recommended: " << site.recommended.description << "\n\n";
  Row(out, "", "as written", "recommended");
  Row(out, "conversations", Count(a.conversations), Count(b.conversations));
  Row(out, "answered first time", Share(a.answered_first_time, a.conversations),
      Share(b.answered_first_time, b.conversations));
  Row(out, "answered after retries", Share(a.answered_after_retries, a.conversations),
      Share(b.answered_after_retries, b.conversations));
  Row(out, "handed to a person", Share(a.handed_off, a.conversations), Share(b.handed_off, b.conversations));
  Row(out, "LOST: cut off", Share(a.disconnected, a.conversations), Share(b.disconnected, b.conversations));
  Row(out, "LOST: went on without an answer", Share(a.continued, a.conversations), Share(b.continued, b.conversations));
  Row(out, "requests to the far end per conversation", Amplification(a), Amplification(b));
  Row(out, "HTTP 429 responses", Count(a.responses_429), Count(b.responses_429));
  Row(out, "refused by Genesys Cloud's limits", Count(a.genesys_refusals), Count(b.genesys_refusals));
  Row(out, "timed out", Count(a.timeouts), Count(b.timeouts));
  Row(out, "time to answer (p50 / p95 / p99)", Times(a), Times(b));
  Row(out, "worst second (minutes:seconds in)", Worst(a), Worst(b));
  out << "\n  In short: as written, " << Count(a.Lost()) << " of " << Count(a.conversations) << " conversations ("
      << Percent(a.Lost(), a.conversations) << ") are lost and " << Count(a.handed_off) << " handed to a person; "
      << "with the recommended policy, " << Count(b.Lost()) << " (" << Percent(b.Lost(), b.conversations)
      << ") are lost and " << Count(b.handed_off) << " handed to a person.\n\n";
}

}  // namespace

void WriteText(const Simulation& simulation, std::ostream& out) {
  if (simulation.sites.empty()) {
    out << "No outbound call to simulate.\n";
    return;
  }
  const Scenario& scenario = simulation.sites.front().scenario;
  out << "Simulated " << model::FormatDuration(static_cast<int64_t>(scenario.duration_s * 1000)) << " of the "
      << simulation.profile_name << " profile, peak " << FormatRate(simulation.peak_per_s) << " conversations, seed "
      << scenario.seed << ".\n";
  out << "Genesys Cloud data action limits: " << Count(scenario.genesys.concurrent_executions)
      << " concurrent executions, " << Count(scenario.genesys.executions_per_minute) << " executions per minute.\n\n";
  for (const SiteRun& run : simulation.sites) WriteSite(run, out);
}

}  // namespace cxlint::simulate
