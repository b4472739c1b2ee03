#include "config/config.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "base/glob.h"

namespace cxlint {

namespace {

bool IsFile(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

bool IsDirectory(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

void Merge(RuleSetting& into, const RuleSetting& from) {
  if (from.off || from.severity) {
    into.off = from.off;
    into.severity = from.severity;
    into.origin = from.origin;
  }
  for (const auto& [name, value] : from.options) {
    into.options[name] = value;
    const auto origin = from.option_origins.find(name);
    if (origin != from.option_origins.end()) into.option_origins[name] = origin->second;
  }
}

}  // namespace

std::optional<std::string> FindConfigFile(const std::string& start) {
  const size_t slash = start.find_last_of('/');
  // A file's folder: "." for a bare name, "/" for a file at the root.
  const std::string dir = IsDirectory(start)           ? start
                          : slash == std::string::npos ? std::string(".")
                          : slash == 0                 ? std::string("/")
                                                       : start.substr(0, slash);
  // Walk up by absolute path, so ".." chains end at "/".
  char resolved[4096];
  if (!realpath(dir.c_str(), resolved)) return std::nullopt;
  return NearestConfigFile(resolved);
}

std::optional<std::string> NearestConfigFile(const std::string& folder,
                                             std::map<std::string, std::optional<std::string>>* answers) {
  std::vector<std::string> unanswered;
  std::optional<std::string> found;
  std::string current = folder;
  while (true) {
    if (answers) {
      if (const auto known = answers->find(current); known != answers->end()) {
        found = known->second;
        break;
      }
      unanswered.push_back(current);
    }
    const std::string candidate = (current == "/" ? "" : current) + "/.cxlint.yaml";
    if (IsFile(candidate)) {
      found = candidate;
      break;
    }
    if (current == "/" || current.empty()) break;
    const size_t slash = current.find_last_of('/');
    current = slash == 0 ? "/" : current.substr(0, slash);
  }
  for (const std::string& each : unanswered) answers->emplace(each, found);
  return found;
}

std::string PathForConfig(const Config& config, const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ignored;
  const fs::path absolute = fs::absolute(path, ignored).lexically_normal();
  if (config.path.empty()) return fs::path(path).lexically_normal().generic_string();
  const fs::path base = fs::absolute(config.path, ignored).lexically_normal().parent_path();
  const fs::path relative = absolute.lexically_relative(base);
  // A file outside the config's folder (named with --config) is matched by its path as given.
  if (relative.empty() || *relative.begin() == "..") return fs::path(path).lexically_normal().generic_string();
  return relative.generic_string();
}

bool IsExcluded(const Config& config, const std::string& path) {
  if (config.exclude.empty()) return false;
  const std::string relative = PathForConfig(config, path);
  return std::any_of(config.exclude.begin(), config.exclude.end(),
                     [&](const std::string& glob) { return GlobMatch(glob, relative); });
}

RuleSetting EffectiveRule(const Config& config, std::string_view code, const std::string& path) {
  RuleSetting effective;
  if (const auto found = config.rules.find(std::string(code)); found != config.rules.end())
    Merge(effective, found->second);
  if (config.overrides.empty()) return effective;
  const std::string relative = PathForConfig(config, path);
  for (const Override& item : config.overrides) {
    const auto rule = item.rules.find(std::string(code));
    if (rule == item.rules.end()) continue;
    if (std::none_of(item.files.begin(), item.files.end(),
                     [&](const std::string& glob) { return GlobMatch(glob, relative); }))
      continue;
    Merge(effective, rule->second);
  }
  return effective;
}

const SimulateHost* SimulateHostFor(const Config& config, std::string_view host) {
  for (const SimulateHost& entry : config.simulate_hosts) {
    if (HostMatches(host, entry.host)) return &entry;
  }
  return nullptr;
}

bool HostMatches(std::string_view host, std::string_view pattern) {
  auto lower = [](std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
  };
  const std::string h = lower(host), p = lower(pattern.substr(0, 2) == "*." ? pattern.substr(2) : pattern);
  if (h == p) return true;
  return h.size() > p.size() && h.compare(h.size() - p.size(), p.size(), p) == 0 && h[h.size() - p.size() - 1] == '.';
}

bool IsMiddlewareHost(const Config& config, std::string_view host) {
  return std::any_of(config.middleware_hosts.begin(), config.middleware_hosts.end(),
                     [&](const std::string& middleware) { return HostMatches(host, middleware); });
}

}  // namespace cxlint
