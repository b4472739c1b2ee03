#include "api/pull.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "api/atomic_file.h"
#include "api/paging.h"
#include "parse/json/json_reader.h"

namespace cxlint::api {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFlowsFolder = "flows";
constexpr const char* kActionsFolder = "data-actions";

std::string StringField(const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : "";
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// Runs `work(connection, i)` for i in [0, count) on up to `workers` threads, each with its own
// connection. The first exception cancels the others' requests and is rethrown.
void ForEachParallel(RequestContext& context, size_t count, int workers,
                     const std::function<void(HttpConnection&, size_t)>& work) {
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_error;
  std::mutex error_mutex;
  auto run = [&] {
    try {
      HttpConnection connection(context.http());
      for (size_t i = next++; i < count && !failed; i = next++) work(connection, i);
    } catch (...) {
      {
        std::lock_guard lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
        failed = true;
      }
      // The pull has failed: workers waiting out a Retry-After stop now, not minutes later.
      context.Cancel();
    }
  };
  std::vector<std::thread> threads;
  const size_t thread_count = std::min<size_t>(static_cast<size_t>(std::max(1, workers)), count);
  for (size_t t = 0; t < thread_count; ++t) threads.emplace_back(run);
  for (std::thread& thread : threads) thread.join();
  if (first_error) std::rethrow_exception(first_error);
}

// The files a previous pull listed in its index, so a new pull can remove those it no longer
// writes (a deleted flow must not be linted again). Only names inside our two folders count.
std::set<std::string> PreviousFiles(const fs::path& index_path) {
  std::set<std::string> files;
  std::ifstream in(index_path, std::ios::binary);
  if (!in) return files;
  std::stringstream text;
  text << in.rdbuf();
  if (!parse::ParseJson(text.str()).ok()) return files;
  const nlohmann::json index = nlohmann::json::parse(text.str(), nullptr, false);
  if (!index.is_object()) return files;
  for (const char* list : {"flows", "dataActions"}) {
    const auto items = index.find(list);
    if (items == index.end() || !items->is_array()) continue;
    for (const nlohmann::json& item : *items) {
      if (!item.is_object()) continue;
      const std::string file = StringField(item, "file");
      const fs::path path(file);
      const std::string folder = path.parent_path().string();
      const std::string name = path.filename().string();
      if ((folder == kFlowsFolder || folder == kActionsFolder) && !name.empty() && name[0] != '.') files.insert(file);
    }
  }
  return files;
}

class Puller {
 public:
  Puller(PlatformClient& client, const PullOptions& options)
      : client_(client), context_(client.context()), options_(options), out_(options.out_dir) {}

  PullResult Run() {
    PrepareFolders();
    HttpConnection connection(context_.http());
    const std::vector<nlohmann::json> flows = ListFlows(connection);
    const std::vector<nlohmann::json> actions = ListActions(connection);
    const std::map<std::string, std::string> integration_types = ListIntegrationTypes(connection);
    flows_total_ = flows.size();
    actions_total_ = actions.size();
    ForEachParallel(context_, flows.size(), options_.concurrency,
                    [&](HttpConnection& worker, size_t i) { PullFlow(worker, flows[i]); });
    ForEachParallel(context_, actions.size(), options_.concurrency,
                    [&](HttpConnection& worker, size_t i) { PullAction(worker, actions[i], integration_types); });
    RemoveStaleFiles();
    WriteIndex();
    return result_;
  }

 private:
  void PrepareFolders() {
    std::error_code error;
    for (const char* folder : {kFlowsFolder, kActionsFolder}) {
      fs::create_directories(out_ / folder, error);
      if (error) throw std::runtime_error("cannot create " + (out_ / folder).string() + ": " + error.message());
    }
    // Without its index the folder no longer claims to hold a finished pull, until this one ends.
    const fs::path index = out_ / kIndexFileName;
    previous_files_ = PreviousFiles(index);
    fs::remove(index, error);
    if (error) throw std::runtime_error("cannot remove the previous " + index.string() + ": " + error.message());
  }

  // `flows_done` and `actions_done` are the counts this worker just made, so lines never go back.
  void ShowProgress(size_t flows_done, size_t actions_done) {
    std::ostringstream text;
    text << "cxlint: pulled " << flows_done << "/" << flows_total_ << " flows, " << actions_done << "/"
         << actions_total_ << " data actions";
    const int retries = context_.stats().retries;
    if (retries > 0) text << ", " << retries << (retries == 1 ? " retry" : " retries");
    // The end of each half of the work is worth a line in a log.
    const bool milestone = actions_done == 0 ? flows_done == flows_total_ : actions_done == actions_total_;
    context_.console().Progress(text.str(), milestone);
  }

  std::vector<nlohmann::json> List(HttpConnection& connection, const std::string& path, const std::string& query,
                                   const std::string& what) {
    std::vector<nlohmann::json> items =
        ListAll(client_, connection, path, query, options_.page_size, [&](int page, int page_count) {
          context_.console().Progress("cxlint: listing " + what + ": page " + std::to_string(page) +
                                          (page_count > 0 ? "/" + std::to_string(page_count) : ""),
                                      false);
        });
    context_.console().Progress("cxlint: listed " + std::to_string(items.size()) + " " + what, true);
    return items;
  }

  std::vector<nlohmann::json> ListFlows(HttpConnection& connection) {
    std::string query;
    for (const std::string& type : options_.flow_types) query += "&type=" + EncodeQueryValue(type);
    if (!options_.flow_name.empty()) query += "&name=" + EncodeQueryValue(options_.flow_name);
    return List(connection, "/api/v2/flows", query, "flows");
  }

  std::vector<nlohmann::json> ListActions(HttpConnection& connection) {
    return List(connection, "/api/v2/integrations/actions", "", "data actions");
  }

  // Integration id → integration type ("purecloud-data-actions", ...): the action does not carry
  // it, and rules judge an action by it. Without permission the pull goes on, types unknown.
  std::map<std::string, std::string> ListIntegrationTypes(HttpConnection& connection) {
    std::map<std::string, std::string> types;
    std::vector<nlohmann::json> integrations;
    try {
      integrations = List(connection, "/api/v2/integrations", "", "integrations");
    } catch (const ApiError& error) {
      if (error.status() != 403) throw;
      context_.console().Line("cxlint: warning: " + std::string(error.what()) +
                              "; data actions are pulled without their integration type");
      return types;
    }
    for (const nlohmann::json& integration : integrations) {
      if (!integration.is_object()) continue;
      const auto type = integration.find("integrationType");
      if (type != integration.end() && type->is_object() && !StringField(*type, "id").empty())
        types[StringField(integration, "id")] = StringField(*type, "id");
    }
    return types;
  }

  // The id of a listed item, checked: it goes into a URL path and a file name.
  std::string ItemId(const nlohmann::json& item, const std::string& listing) {
    const std::string id = item.is_object() ? StringField(item, "id") : "";
    if (id.empty()) throw ApiError("GET " + listing + ": an entity has no \"id\"", 200);
    // "." and ".." would be read as path steps in the item's URL, not as an id.
    if (id == "." || id == "..") throw ApiError("GET " + listing + ": an entity has the id \"" + id + "\"", 200);
    return id;
  }

  // Returns false when the item is gone (404): it was deleted after the listing.
  bool FetchItem(HttpConnection& connection, const std::string& path, nlohmann::json* body) {
    try {
      *body = client_.GetJson(connection, path);
      return true;
    } catch (const ApiError& error) {
      if (error.status() != 404) throw;
      context_.console().Line("cxlint: warning: " + std::string(error.what()) + "; skipped");
      std::lock_guard lock(mutex_);
      ++result_.skipped;
      return false;
    }
  }

  void Save(const std::string& folder, const std::string& file_name, const nlohmann::json& body) {
    const std::string relative = folder + "/" + file_name;
    // Pretty-printed, so findings point at lines a person can read.
    const std::string error = WriteFileAtomically((out_ / relative).string(), body.dump(2) + "\n");
    if (!error.empty()) throw std::runtime_error(error);
    std::lock_guard lock(mutex_);
    written_files_.insert(relative);
  }

  void PullFlow(HttpConnection& connection, const nlohmann::json& flow) {
    const std::string id = ItemId(flow, "/api/v2/flows");
    const std::string name = StringField(flow, "name");
    nlohmann::json configuration;
    if (FetchItem(connection, "/api/v2/flows/" + EncodeQueryValue(id) + "/latestconfiguration", &configuration)) {
      const std::string file = ItemFileName(name.empty() ? StringField(configuration, "name") : name, id);
      Save(kFlowsFolder, file, configuration);
      std::lock_guard lock(mutex_);
      ++result_.flows;
      index_flows_.push_back({{"id", id},
                              {"name", name},
                              {"type", StringField(flow, "type")},
                              {"file", std::string(kFlowsFolder) + "/" + file}});
    }
    ShowProgress(++flows_done_, 0);
  }

  void PullAction(HttpConnection& connection, const nlohmann::json& listed,
                  const std::map<std::string, std::string>& integration_types) {
    const std::string id = ItemId(listed, "/api/v2/integrations/actions");
    nlohmann::json action;
    if (FetchItem(connection,
                  "/api/v2/integrations/actions/" + EncodeQueryValue(id) + "?expand=contract&includeConfig=true",
                  &action)) {
      // The export's shape: integrationType beside name, config and contract (docs/domain.md §12).
      const auto type = integration_types.find(StringField(action, "integrationId"));
      if (!action.contains("integrationType") && type != integration_types.end())
        action["integrationType"] = type->second;
      const std::string name = StringField(action, "name");
      const std::string file = ItemFileName(name, id);
      Save(kActionsFolder, file, action);
      std::lock_guard lock(mutex_);
      ++result_.data_actions;
      index_actions_.push_back({{"id", id},
                                {"name", name},
                                {"category", StringField(action, "category")},
                                {"integrationType", StringField(action, "integrationType")},
                                {"file", std::string(kActionsFolder) + "/" + file}});
    }
    ShowProgress(flows_total_, ++actions_done_);
  }

  void RemoveStaleFiles() {
    for (const std::string& file : previous_files_) {
      if (written_files_.count(file)) continue;
      std::error_code ignored;
      fs::remove(out_ / file, ignored);
    }
  }

  void WriteIndex() {
    auto by_file = [](const nlohmann::json& a, const nlohmann::json& b) { return a["file"] < b["file"]; };
    std::sort(index_flows_.begin(), index_flows_.end(), by_file);
    std::sort(index_actions_.begin(), index_actions_.end(), by_file);
    nlohmann::json index = {{"pulledAt", UtcNow()},           {"flowTypes", options_.flow_types},
                            {"flowName", options_.flow_name}, {"flows", index_flows_},
                            {"dataActions", index_actions_},  {"skipped", result_.skipped}};
    const std::string error = WriteFileAtomically((out_ / kIndexFileName).string(), index.dump(2) + "\n");
    if (!error.empty()) throw std::runtime_error(error);
  }

  PlatformClient& client_;
  RequestContext& context_;
  const PullOptions& options_;
  fs::path out_;
  std::mutex mutex_;  // guards result_, the index lists and written_files_
  PullResult result_;
  std::vector<nlohmann::json> index_flows_;
  std::vector<nlohmann::json> index_actions_;
  std::set<std::string> previous_files_;
  std::set<std::string> written_files_;
  size_t flows_total_ = 0;
  size_t actions_total_ = 0;
  std::atomic<size_t> flows_done_{0};
  std::atomic<size_t> actions_done_{0};
};

}  // namespace

std::string ItemFileName(const std::string& name, const std::string& id) {
  // Letters, digits and a few marks survive; anything else (slashes, control characters, bytes of
  // multi-byte characters) becomes '_', and the name is shortened, so any name makes a safe file.
  auto safe = [](const std::string& text, size_t limit) {
    std::string out;
    for (unsigned char c : text) {
      if (out.size() >= limit) break;
      out += std::isalnum(c) || c == '-' || c == '_' || c == ' ' ? static_cast<char>(c) : '_';
    }
    return out;
  };
  std::string stem = safe(name, 80);
  while (!stem.empty() && stem.back() == ' ') stem.pop_back();
  if (stem.empty()) stem = "unnamed";
  return stem + "." + safe(id, 100) + ".json";
}

PullResult Pull(PlatformClient& client, const PullOptions& options) { return Puller(client, options).Run(); }

}  // namespace cxlint::api
