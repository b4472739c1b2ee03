#pragma once
// `cxlint pull` and `cxlint lint --org`: the org's flows and data actions from the Platform API.

#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace CLI {
class App;
}

namespace cxlint::cli {

/// Where the API is, what to pull, and how patiently.
struct ApiCommand {
  std::string region;      // --region, else GENESYSCLOUD_REGION
  std::string api_base;    // --api-base: overrides the region's API host
  std::string login_base;  // --login-base: overrides the region's login host
  std::string ca_file;
  std::vector<std::string> flow_types;
  std::string flow_name;
  int concurrency = 4;
  double timeout = 30;
  int max_attempts = 5;
  double max_retry_time = 120;
  int page_size = 100;
  bool verbose = false;
  bool stderr_is_tty = false;
};

/// Adds the API options (region, hosts, filters, limits) to `app`.
void AddApiOptions(CLI::App* app, ApiCommand& command);

/// `cxlint pull --out DIR`: writes the org's flows and data actions into DIR.
int RunPull(const ApiCommand& command, const std::string& out_dir, std::ostream& err);

/// `cxlint lint --org`: pulls into a temporary folder, lints it, and removes it.
int RunLintOrg(const ApiCommand& command, const LintCommand& lint, std::ostream& out, std::ostream& err);

}  // namespace cxlint::cli
