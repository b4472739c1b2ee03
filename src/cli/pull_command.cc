#include "cli/pull_command.h"

#include <unistd.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "api/console.h"
#include "api/oauth.h"
#include "api/platform_client.h"
#include "api/pull.h"
#include "api/regions.h"
#include "cli/cli.h"
#include "config/config.h"

namespace cxlint::cli {

namespace {

std::string Environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string WithoutTrailingSlash(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

// Everything a pull needs, checked before the first request.
struct Endpoints {
  std::string api_base;
  std::string login_base;
};

bool ResolveEndpoints(const ApiCommand& command, Endpoints* endpoints, std::ostream& err) {
  const std::string region = command.region.empty() ? Environment("GENESYSCLOUD_REGION") : command.region;
  if (!region.empty()) {
    const auto hosts = api::HostsForRegion(region);
    if (!hosts && command.api_base.empty()) {
      err << "cxlint: error: unknown region '" << region << "'; known regions:";
      for (std::string_view known : api::KnownRegions()) err << " " << known;
      err << "\n";
      return false;
    }
    if (hosts) *endpoints = {hosts->api_base, hosts->login_base};
  }
  if (!command.api_base.empty()) {
    endpoints->api_base = WithoutTrailingSlash(command.api_base);
    // A gateway named api.<domain> has its login service at login.<domain>; any other base is
    // taken to serve /oauth/token itself (as the test server does) unless --login-base says.
    const std::string scheme = "https://api.";
    endpoints->login_base = endpoints->api_base.rfind(scheme, 0) == 0
                                ? "https://login." + endpoints->api_base.substr(scheme.size())
                                : endpoints->api_base;
  }
  if (!command.login_base.empty()) endpoints->login_base = WithoutTrailingSlash(command.login_base);
  if (endpoints->api_base.empty()) {
    err << "cxlint: error: no region: give --region (or set GENESYSCLOUD_REGION), or --api-base\n";
    return false;
  }
  return true;
}

// CXLINT_API_TIME_SCALE multiplies every wait between attempts; the tests set it small so a
// 30-second Retry-After takes 0.3 s. Documented in README.md as a testing aid.
bool TimeScale(double* scale, std::ostream& err) {
  const std::string text = Environment("CXLINT_API_TIME_SCALE");
  *scale = 1;
  if (text.empty()) return true;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !(value > 0 && value <= 1)) {
    err << "cxlint: error: CXLINT_API_TIME_SCALE must be a number in (0, 1], got '" << text << "'\n";
    return false;
  }
  *scale = value;
  return true;
}

std::string Duration(double seconds) {
  std::ostringstream text;
  text.precision(1);
  text << std::fixed << seconds << " s";
  return text.str();
}

std::string Count(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

void AddApiOptions(CLI::App* app, ApiCommand& command) {
  app->add_option(
      "--region", command.region,
      "Genesys Cloud region as the provider names it (us-east-1, eu-west-1, ...); default GENESYSCLOUD_REGION");
  app->add_option("--api-base", command.api_base, "Platform API base URL, instead of the region's (gateways, tests)");
  app->add_option("--login-base", command.login_base,
                  "OAuth login base URL, instead of the region's (default: derived from --api-base)");
  app->add_option("--ca-file", command.ca_file, "Also trust the CA certificates in FILE (PEM)")
      ->check(CLI::ExistingFile);
  app->add_option("--flow-type", command.flow_types,
                  "Only flows of this type (inboundcall, workflow, ...; repeatable)");
  app->add_option("--name", command.flow_name, "Only flows with this name (the API's name filter)");
  app->add_option("--concurrency", command.concurrency, "Requests in flight at once")
      ->check(CLI::Range(1, 16))
      ->default_val(command.concurrency);
  app->add_option("--timeout", command.timeout, "Seconds one request may take")
      ->check(CLI::Range(0.1, 600.0))
      ->default_val(command.timeout);
  app->add_option("--max-attempts", command.max_attempts, "Attempts per request, the first included")
      ->check(CLI::Range(1, 20))
      ->default_val(command.max_attempts);
  app->add_option("--max-retry-time", command.max_retry_time, "Seconds one request may spend in attempts and waits")
      ->check(CLI::Range(0.0, 3600.0))
      ->default_val(command.max_retry_time);
  app->add_option("--page-size", command.page_size, "Entities per listing page")
      ->check(CLI::Range(1, 500))
      ->default_val(command.page_size);
}

int RunPull(const ApiCommand& command, const std::string& out_dir, std::ostream& err) {
  Endpoints endpoints;
  double time_scale = 1;
  if (!ResolveEndpoints(command, &endpoints, err) || !TimeScale(&time_scale, err)) return kExitUsage;
  const api::Credentials credentials = api::CredentialsFromEnvironment();
  const bool has_client = !credentials.client_id.empty() && !credentials.client_secret.empty();
  if (!has_client && credentials.access_token.empty()) {
    err << "cxlint: error: no credentials: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, "
           "or GENESYSCLOUD_ACCESS_TOKEN\n";
    return kExitUsage;
  }

  api::Console console(err, command.stderr_is_tty, command.verbose);
  api::HttpSettings http;
  http.timeout_seconds = command.timeout;
  http.ca_file = command.ca_file;
  api::RetryLimits limits;
  limits.max_attempts = command.max_attempts;
  limits.max_total = command.max_retry_time;
  api::RequestContext context(http, limits, time_scale, console);
  api::TokenSource tokens(endpoints.login_base, credentials, context);
  api::PlatformClient client(endpoints.api_base, tokens, context);
  api::PullOptions options;
  options.out_dir = out_dir;
  options.flow_types = command.flow_types;
  options.flow_name = command.flow_name;
  options.page_size = command.page_size;
  options.concurrency = command.concurrency;

  console.Verbose("cxlint: pulling from " + endpoints.api_base + " (login at " + endpoints.login_base + ")");
  const auto start = std::chrono::steady_clock::now();
  auto summary = [&](const std::string& outcome) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const api::ApiStats& stats = context.stats();
    return outcome + " (" + Count(stats.pages, "page", "pages") + ", " + Count(stats.requests, "request", "requests") +
           ", " + Count(stats.retries, "retry", "retries") + ", " + Duration(seconds) + ")";
  };
  try {
    const api::PullResult result = api::Pull(client, options);
    console.EndProgress();
    std::string outcome = "cxlint: pulled " + Count(result.flows, "flow", "flows") + " and " +
                          Count(result.data_actions, "data action", "data actions") + " into " + out_dir;
    if (result.skipped > 0) outcome += ", skipped " + std::to_string(result.skipped) + " gone since listed";
    console.Line(summary(outcome));
    return kExitClean;
  } catch (const std::exception& error) {
    // ApiError names the endpoint and status; a write error names the file.
    console.EndProgress();
    console.Line("cxlint: error: " + std::string(error.what()));
    console.Line(summary("cxlint: pull stopped; " + out_dir + " has no " + api::kIndexFileName));
    return kExitUsage;
  }
}

namespace {

// Lints the pulled folder from inside it, so findings name `flows/NAME.ID.json` rather than a
// temporary path that is gone when the command ends. The user's own files (outputs, baseline,
// settings) are made absolute first, and the settings are the project's: the nearest
// .cxlint.yaml above the current folder (its middleware_hosts matter as much for the org).
int LintPulledFolder(const LintCommand& lint, const std::string& folder, std::ostream& out, std::ostream& err) {
  auto absolute = [](const std::string& path) {
    return path.empty() ? path : std::filesystem::absolute(path).lexically_normal().string();
  };
  LintCommand pulled = lint;
  pulled.paths = {"."};
  pulled.output = absolute(lint.output);
  pulled.sarif_root = absolute(lint.sarif_root);
  pulled.baseline = absolute(lint.baseline);
  pulled.write_baseline = absolute(lint.write_baseline);
  pulled.config = lint.config.empty() ? FindConfigFile(".").value_or("") : lint.config;
  pulled.config = absolute(pulled.config);
  for (std::string& file : pulled.var_files) file = absolute(file);
  for (std::string& format : pulled.formats) {
    const size_t equals = format.find('=');
    if (equals != std::string::npos && equals + 1 < format.size())
      format = format.substr(0, equals + 1) + absolute(format.substr(equals + 1));
  }
  std::error_code error;
  const std::filesystem::path previous = std::filesystem::current_path(error);
  std::filesystem::current_path(folder, error);
  if (error) {
    err << "cxlint: error: cannot enter " << folder << ": " << error.message() << "\n";
    return kExitUsage;
  }
  int code = kExitInternal;
  try {
    code = RunLint(pulled, out, err);
  } catch (...) {
    std::filesystem::current_path(previous, error);
    throw;
  }
  std::filesystem::current_path(previous, error);
  return code;
}

}  // namespace

int RunLintOrg(const ApiCommand& command, const LintCommand& lint, std::ostream& out, std::ostream& err) {
  std::error_code error;
  const std::filesystem::path temp = std::filesystem::temp_directory_path(error);
  std::string pattern = (temp / "cxlint-org-XXXXXX").string();
  if (error || !mkdtemp(pattern.data())) {
    err << "cxlint: error: cannot create a temporary folder under " << temp.string() << "\n";
    return kExitUsage;
  }
  const std::string folder = pattern;
  int code = RunPull(command, folder, err);
  if (code == kExitClean) code = LintPulledFolder(lint, folder, out, err);
  std::filesystem::remove_all(folder, error);
  return code;
}

}  // namespace cxlint::cli
