#include "lint/baseline.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace cxlint {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr int kBaselineVersion = 1;

std::string FileKey(const std::string& file, const std::string& baseline_path) {
  // Relative to the baseline, so the same baseline works from any current folder.
  std::error_code ignored;
  const fs::path base = fs::absolute(baseline_path, ignored).lexically_normal().parent_path();
  const fs::path relative = fs::absolute(file, ignored).lexically_normal().lexically_relative(base);
  return (relative.empty() ? fs::path(file) : relative).generic_string();
}

}  // namespace

std::string NormaliseMessage(const std::string& message) {
  static const std::regex kLineWord(R"(\b(lines?|columns?) \d+(-\d+)?)");
  static const std::regex kLineColumn(R"(\b\d+:\d+\b)");
  std::string out = std::regex_replace(message, kLineWord, "$1 N");
  return std::regex_replace(out, kLineColumn, "N:N");
}

BaselineKey KeyOf(const Finding& finding, const std::string& baseline_path) {
  return {std::string(finding.rule->code), finding.location.file ? FileKey(finding.location.file->path(), baseline_path) : "",
          finding.address, NormaliseMessage(finding.message)};
}

std::optional<Baseline> ReadBaseline(const std::string& path, std::vector<ConfigError>& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back({path, {}, "cannot read the baseline file"});
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const SourceFile file(path, buffer.str());
  Json json;
  try {
    json = Json::parse(file.text());
  } catch (const Json::parse_error& error) {
    errors.push_back({path, file.Position(static_cast<uint32_t>(error.byte > 0 ? error.byte - 1 : 0)),
                      "the baseline is not valid JSON"});
    return std::nullopt;
  }
  auto bad = [&](const std::string& message) {
    errors.push_back({path, {}, message + " (write it again with --write-baseline)"});
    return std::nullopt;
  };
  if (!json.is_object() || !json.contains("version") || json["version"] != kBaselineVersion)
    return bad("not a cxlint baseline of version " + std::to_string(kBaselineVersion));
  if (!json.contains("findings") || !json["findings"].is_array()) return bad("the baseline has no 'findings' list");
  Baseline baseline;
  baseline.path = path;
  size_t index = 0;
  for (const Json& entry : json["findings"]) {
    const std::string where = "finding " + std::to_string(++index) + " of the baseline";
    const bool complete = entry.is_object() && entry.value("rule", Json()).is_string() &&
                          entry.value("file", Json()).is_string() && entry.value("address", Json()).is_string() &&
                          entry.value("message", Json()).is_string();
    if (!complete) return bad(where + " needs the texts 'rule', 'file', 'address' and 'message'");
    const Json count = entry.value("count", Json(1));
    if (!count.is_number_integer() || count.get<int>() < 1) return bad(where + " has a 'count' that is not a positive whole number");
    const BaselineKey key{entry["rule"], entry["file"], entry["address"], NormaliseMessage(entry["message"])};
    baseline.counts[key] += count.get<int>();
  }
  return baseline;
}

bool WriteBaseline(const std::string& path, const std::vector<Finding>& findings, std::string& error) {
  std::map<BaselineKey, int> counts;
  for (const Finding& finding : findings) ++counts[KeyOf(finding, path)];
  Json entries = Json::array();
  for (const auto& [key, count] : counts) {
    Json entry = {{"rule", key.rule}, {"file", key.file}, {"address", key.address}, {"message", key.message}};
    if (count > 1) entry["count"] = count;
    entries.push_back(std::move(entry));
  }
  const Json document = {{"version", kBaselineVersion}, {"findings", std::move(entries)}};
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  out.flush();
  if (!out) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

int ApplyBaseline(const Baseline& baseline, std::vector<Finding>& findings) {
  std::map<BaselineKey, int> remaining = baseline.counts;
  std::vector<Finding> kept;
  int removed = 0;
  for (Finding& finding : findings) {
    auto found = remaining.find(KeyOf(finding, baseline.path));
    if (found != remaining.end() && found->second > 0) {
      --found->second;
      ++removed;
      continue;
    }
    kept.push_back(std::move(finding));
  }
  findings = std::move(kept);
  return removed;
}

}  // namespace cxlint
