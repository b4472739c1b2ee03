#include "lint/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace cxlint {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr int kBaselineVersion = 1;
// More findings than any project has; keeps counts and their sums inside an int.
constexpr int64_t kMaxCount = 1'000'000'000;

std::string FileKey(const std::string& file, const std::string& baseline_path) {
  // Relative to the baseline, so the same baseline works from any current folder.
  std::error_code ignored;
  const fs::path base = fs::absolute(baseline_path, ignored).lexically_normal().parent_path();
  const fs::path relative = fs::absolute(file, ignored).lexically_normal().lexically_relative(base);
  return (relative.empty() ? fs::path(file) : relative).generic_string();
}

}  // namespace

namespace {

// Plain scanning, linear in the message (a 50,000-digit message once overflowed the stack of a
// backtracking regex).
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool StartsWord(const std::string& text, size_t i) { return i == 0 || !IsWordChar(text[i - 1]); }

size_t DigitsEnd(const std::string& text, size_t i) {
  while (i < text.size() && IsDigit(text[i])) ++i;
  return i;
}

// "line 12" -> "line N", "lines 3-9" -> "lines N" (also "column", "columns").
std::string NormaliseLineWords(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (StartsWord(text, i)) {
      bool replaced = false;
      for (const std::string_view word : {"lines ", "line ", "columns ", "column "}) {
        const size_t digits = i + word.size();
        if (text.compare(i, word.size(), word) != 0 || digits >= text.size() || !IsDigit(text[digits])) continue;
        size_t end = DigitsEnd(text, digits);
        if (end + 1 < text.size() && text[end] == '-' && IsDigit(text[end + 1])) end = DigitsEnd(text, end + 1);
        out.append(word).append("N");
        i = end;
        replaced = true;
        break;
      }
      if (replaced) continue;
    }
    out += text[i++];
  }
  return out;
}

// "4:17" -> "N:N", where both numbers are whole words.
std::string NormaliseLineColumns(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (IsDigit(text[i]) && StartsWord(text, i)) {
      const size_t colon = DigitsEnd(text, i);
      const size_t end = colon + 1 < text.size() && text[colon] == ':' ? DigitsEnd(text, colon + 1) : colon;
      if (end > colon + 1 && (end == text.size() || !IsWordChar(text[end]))) {
        out += "N:N";
        i = end;
        continue;
      }
      out.append(text, i, colon - i);  // a number that is not a position: copied whole
      i = colon;
      continue;
    }
    out += text[i++];
  }
  return out;
}

}  // namespace

std::string NormaliseMessage(const std::string& message) { return NormaliseLineColumns(NormaliseLineWords(message)); }

BaselineKey KeyOf(const Finding& finding, const std::string& baseline_path) {
  return {std::string(finding.rule->code),
          finding.location.file ? FileKey(finding.location.file->path(), baseline_path) : "", finding.address,
          NormaliseMessage(finding.message)};
}

std::optional<Baseline> ReadBaseline(const std::string& path, std::vector<ConfigError>& errors,
                                     uint64_t max_file_size) {
  FileReadResult read = ReadRegularFile(path, max_file_size);
  if (!read.error.empty()) {
    errors.push_back({path, {}, "cannot read the baseline file: " + read.error});
    return std::nullopt;
  }
  const SourceFile file(path, std::move(read.text));
  Json json;
  try {
    json = Json::parse(file.text());
  } catch (const Json::parse_error& error) {
    errors.push_back({path, file.Position(static_cast<uint32_t>(error.byte > 0 ? error.byte - 1 : 0)),
                      "the baseline is not valid JSON"});
    return std::nullopt;
  } catch (const Json::exception&) {
    // nlohmann reports a number such as 1e999 as out_of_range; its text is not for users.
    errors.push_back({path, {}, "the baseline is not valid JSON: a number out of range"});
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
    // Read as a signed 64-bit number and bounded, so neither the conversion nor the sum overflows.
    if (!count.is_number_integer() || count.get<int64_t>() < 1 || count.get<int64_t>() > kMaxCount)
      return bad(where + " has a 'count' that is not a positive whole number (at most " + std::to_string(kMaxCount) +
                 ")");
    const BaselineKey key{entry["rule"], entry["file"], entry["address"], NormaliseMessage(entry["message"])};
    int& total = baseline.counts[key];
    total = static_cast<int>(std::min<int64_t>(int64_t{total} + count.get<int64_t>(), kMaxCount));
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
