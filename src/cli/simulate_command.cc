#include "cli/simulate_command.h"

#include <fstream>
#include <optional>
#include <sstream>

#include "base/file_read.h"
#include "base/rate.h"
#include "cli/cli.h"
#include "lint/linter.h"
#include "report/report.h"
#include "simulate/call_sites.h"
#include "simulate/reports.h"
#include "simulate/simulation.h"

namespace cxlint::cli {

namespace {

// A number option given as text: empty stays unset; anything but a number in range is an error.
bool NumberOption(const std::string& text, const std::string& option, bool zero_allowed, std::optional<double>& value,
                  std::ostream& err) {
  if (text.empty()) return true;
  const std::optional<double> seconds = ParseSeconds(text);  // a plain number reads as itself
  const bool plain = text.find_first_not_of("0123456789.") == std::string::npos;
  if (!plain || !seconds || (*seconds == 0 && !zero_allowed)) {
    err << "cxlint: error: " << option << " needs a number" << (zero_allowed ? "" : " above zero") << ", got '" << text
        << "'\n";
    return false;
  }
  value = *seconds;
  return true;
}

bool RateOption(const std::string& text, const std::string& option, std::optional<double>& value, std::ostream& err) {
  if (text.empty()) return true;
  value = ParseRatePerSecond(text);
  if (!value || *value <= 0) {
    err << "cxlint: error: " << option << " needs a rate above zero such as 20/s or 1200/min, got '" << text << "'\n";
    return false;
  }
  return true;
}

constexpr double kDefaultPeak = 10;                    // conversations per second
constexpr double kMaxDurationSeconds = 7 * 24 * 3600;  // a week
constexpr int64_t kMaxConversations = 5'000'000;       // per run: about 250 MB in memory at most

bool IsBuiltInProfile(const std::string& name) { return name == "flat" || name == "black-friday"; }

// The arrival profile named by --profile at `peak`; the built-in shapes are stretched over
// --duration when it is given.
std::optional<simulate::Profile> ReadProfile(const SimulateCommand& command, double peak,
                                             std::optional<double> duration, std::ostream& err) {
  const double length = duration.value_or(simulate::kDefaultProfileSeconds);
  if (command.profile == "flat") return simulate::Profile::Flat(peak, length);
  if (command.profile == "black-friday") return simulate::Profile::BlackFriday(peak, length);
  const FileReadResult read = ReadRegularFile(command.profile, command.max_file_size);
  if (!read.error.empty()) {
    err << "cxlint: error: --profile is flat, black-friday or a CSV file; cannot read " << command.profile << ": "
        << read.error << "\n";
    return std::nullopt;
  }
  std::string error;
  std::optional<simulate::Profile> profile = simulate::Profile::FromCsv(read.text, error);
  if (!profile) err << "cxlint: error: " << command.profile << ": " << error << "\n";
  return profile;
}

bool WriteFile(const std::string& path, const std::string& text, std::ostream& err) {
  std::ofstream file(path, std::ios::binary);
  if (file) file << text;
  if (!file) {
    err << "cxlint: error: cannot write " << path << "\n";
    return false;
  }
  return true;
}

// Says which files could not be read (the simulation goes on without their calls) and what the
// model could not evaluate (a remote module, an unrendered template).
void ReportUnreadFiles(const RunReport& result, std::ostream& err) {
  for (const Finding& finding : result.findings) {
    if (!finding.location.file) continue;
    const LineCol at = finding.location.file->Position(finding.location.span.begin);
    err << finding.location.file->path() << ":" << at.line << ":" << at.column << ": error: " << finding.message
        << " (its calls are not simulated)\n";
  }
  for (const Finding& note : result.not_checked) err << report::NotCheckedLine(note) << "\n";
}

}  // namespace

int RunSimulate(const SimulateCommand& command, std::ostream& out, std::ostream& err) {
  std::optional<double> peak, duration, limit, burst, retry_after, latency;
  if (!RateOption(command.peak, "--peak", peak, err) ||
      !RateOption(command.endpoint_limit, "--endpoint-limit", limit, err) ||
      !NumberOption(command.burst, "--burst", false, burst, err) ||
      !NumberOption(command.retry_after, "--retry-after", true, retry_after, err) ||
      !NumberOption(command.latency, "--latency", false, latency, err))
    return kExitUsage;
  if (!command.duration.empty()) {
    duration = ParseSeconds(command.duration);
    if (!duration || *duration <= 0 || *duration > kMaxDurationSeconds) {
      err << "cxlint: error: --duration needs a time above zero and at most a week, such as 3600, 90s, 15min or 1h; "
             "got '"
          << command.duration << "'\n";
      return kExitUsage;
    }
  }
  if (retry_after && *retry_after > 3600) {
    err << "cxlint: error: --retry-after is at most 3600 seconds, got '" << command.retry_after << "'\n";
    return kExitUsage;
  }
  if (command.format != "text" && command.format != "json") {
    err << "cxlint: error: --format is text or json, got '" << command.format << "'\n";
    return kExitUsage;
  }
  std::optional<simulate::Profile> profile = ReadProfile(command, peak.value_or(kDefaultPeak), duration, err);
  if (!profile) return kExitUsage;
  // A CSV holds its own rates; --peak rescales it so that its highest point is the peak.
  if (peak && !IsBuiltInProfile(command.profile)) profile = profile->ScaledToPeak(*peak);
  simulate::Scenario scenario;
  scenario.profile = std::move(*profile);
  scenario.duration_s = duration.value_or(scenario.profile.Length());
  scenario.genesys.concurrent_executions = command.genesys_concurrent;
  scenario.genesys.executions_per_minute = command.genesys_per_minute;
  scenario.seed = command.seed;
  // Every conversation is kept until the run ends: bound how many one run can make.
  if (scenario.profile.Max() * scenario.duration_s > kMaxConversations) {
    err << "cxlint: error: the peak and the duration make more than " << simulate::Count(kMaxConversations)
        << " conversations; simulate a shorter or smaller peak\n";
    return kExitUsage;
  }

  LintOptions options;
  if (!ReadOptions(command, options, err)) return kExitUsage;
  std::vector<simulate::CallSite> sites;
  const LintResult read = ForEachModel(options, [&](const model::Project& project) {
    for (simulate::CallSite& site : simulate::CollectCallSites(project)) sites.push_back(std::move(site));
  });
  for (const std::string& path : read.missing_paths) err << "cxlint: error: " << path << ": no such file or folder\n";
  for (const ConfigError& error : read.config_errors)
    err << error.path << ":" << error.position.line << ":" << error.position.column << ": error: " << error.message
        << "\n";
  for (const std::string& problem : read.internal_errors) err << "cxlint: internal error: " << problem << "\n";
  if (!read.internal_errors.empty()) return kExitInternal;
  if (!read.missing_paths.empty() || !read.config_errors.empty()) return kExitUsage;
  ReportUnreadFiles(read, err);
  if (!command.calls.empty()) {
    std::vector<simulate::CallSite> chosen;
    for (simulate::CallSite& site : sites) {
      for (const std::string& name : command.calls) {
        if (simulate::MatchesCallName(site, name)) {
          chosen.push_back(std::move(site));
          break;
        }
      }
    }
    if (chosen.empty()) {
      err << "cxlint: error: no call step or data action is called";
      for (const std::string& name : command.calls) err << " '" << name << "'";
      err << "; the calls are:";
      for (const simulate::CallSite& site : sites)
        err << "\n  " << site.step_name << " (" << site.data_action_name << ")";
      err << "\n";
      return kExitUsage;
    }
    sites = std::move(chosen);
  }

  simulate::EndpointOverrides overrides{limit, burst, retry_after, latency};
  const simulate::Simulation simulation =
      simulate::RunSimulation(std::move(sites), scenario, overrides, command.profile, options.jobs);
  std::ostringstream report;
  if (command.format == "json")
    simulate::WriteJson(simulation, report);
  else
    simulate::WriteText(simulation, report);
  if (!command.plot.empty()) {
    std::ostringstream svg;
    simulate::WriteSvg(simulation, svg);
    if (!WriteFile(command.plot, svg.str(), err)) return kExitUsage;
  }
  if (!command.output.empty()) return WriteFile(command.output, report.str(), err) ? kExitClean : kExitUsage;
  out << report.str();
  return kExitClean;
}

}  // namespace cxlint::cli
