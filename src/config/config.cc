#include "config/config.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/edit_distance.h"
#include "parse/yaml/yaml_reader.h"

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

}  // namespace

std::optional<std::string> FindConfigFile(const std::string& start) {
  std::string dir = IsDirectory(start) ? start : start.substr(0, start.find_last_of('/') == std::string::npos ? 0 : start.find_last_of('/'));
  if (dir.empty()) dir = ".";
  // Walk up by absolute path, so ".." chains end at "/".
  char resolved[4096];
  if (!realpath(dir.c_str(), resolved)) return std::nullopt;
  std::string current = resolved;
  while (true) {
    const std::string candidate = (current == "/" ? "" : current) + "/.cxlint.yaml";
    if (IsFile(candidate)) return candidate;
    if (current == "/" || current.empty()) return std::nullopt;
    const size_t slash = current.find_last_of('/');
    current = slash == 0 ? "/" : current.substr(0, slash);
  }
}

Config LoadConfig(const std::string& path, std::vector<ConfigError>& errors) {
  Config config;
  config.path = path;
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const SourceFile file(path, buffer.str());
  const parse::ParseResult parsed = parse::ParseYaml(file.text());
  auto error = [&](uint32_t offset, std::string message) {
    errors.push_back({path, file.Position(offset), std::move(message)});
  };
  if (!parsed.ok()) {
    for (const parse::ParseError& problem : parsed.errors) error(problem.offset, problem.message);
    return config;
  }
  const parse::Node& root = parsed.root;
  if (root.IsScalar() && root.style == parse::Node::ScalarStyle::kNull) return config;  // an empty file
  if (!root.IsMap()) {
    error(root.span.begin, "the configuration must be a mapping of settings");
    return config;
  }
  static const std::vector<std::string> kKeys = {"middleware_hosts", "crm_hosts"};
  for (const parse::MapEntry& entry : root.entries) {
    std::vector<std::string>* list = entry.key == "middleware_hosts" ? &config.middleware_hosts
                                     : entry.key == "crm_hosts"      ? &config.crm_hosts
                                                                     : nullptr;
    if (!list) {
      std::string message = "unknown setting '" + entry.key + "'";
      const auto nearest = std::min_element(kKeys.begin(), kKeys.end(), [&](const std::string& a, const std::string& b) {
        return EditDistance(a, entry.key) < EditDistance(b, entry.key);
      });
      if (EditDistance(*nearest, entry.key) <= 3) message += " (did you mean '" + *nearest + "'?)";
      error(entry.key_span.begin, message);
      continue;
    }
    if (!entry.value.IsSequence()) {
      error(entry.value.span.begin, "'" + entry.key + "' must be a list of host names");
      continue;
    }
    for (const parse::Node& item : entry.value.items) {
      if (!item.IsScalar() || item.text.empty() || item.text.find('/') != std::string::npos) {
        error(item.span.begin, "'" + entry.key + "' entries are host names such as api.example.com");
        continue;
      }
      list->push_back(item.text);
    }
  }
  return config;
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

}  // namespace cxlint
