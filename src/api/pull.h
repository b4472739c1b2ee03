#pragma once
// `cxlint pull`: an org's flows and data actions, written as files cxlint reads.

#include <string>
#include <vector>

#include "api/platform_client.h"

namespace cxlint::api {

/// What to pull and where.
struct PullOptions {
  std::string out_dir;
  std::vector<std::string> flow_types;  // GET /api/v2/flows `type` values; empty: every type
  std::string flow_name;                // GET /api/v2/flows `name` filter; empty: every flow
  int page_size = 100;
  int concurrency = 4;
};

/// What a pull did, for the summary.
struct PullResult {
  int flows = 0;
  int data_actions = 0;
  int skipped = 0;  // items listed but gone (404) by the time they were fetched
};

/// The index file's name, written last in the output folder.
inline constexpr const char* kIndexFileName = "cxlint-pull.json";

/// Pulls into `options.out_dir`: flows/<name>.<id>.json (each flow's latest configuration),
/// data-actions/<name>.<id>.json (each action with config and contract, plus its integration
/// type), then the index. Each file is complete or absent; without an index the pull did not
/// finish. Throws ApiError when the API fails, std::runtime_error when the folder cannot be written.
PullResult Pull(PlatformClient& client, const PullOptions& options);

/// A file name for an item: its name made safe for every file system, then its id.
std::string ItemFileName(const std::string& name, const std::string& id);

}  // namespace cxlint::api
