#include "model/url.h"

#include <algorithm>

namespace cxlint::model {

std::string UrlParts::FixedHostSuffix() const {
  const size_t close = host.rfind('}');
  return close == std::string::npos ? host : host.substr(close + 1);
}

UrlParts ParseUrl(std::string_view url) {
  UrlParts parts;
  const size_t first = url.find_first_not_of(" \t");
  if (first == std::string_view::npos) return parts;
  url.remove_prefix(first);
  if (!url.empty() && url[0] == '/') {
    parts.relative = true;
    parts.path = std::string(url);
    return parts;
  }
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return parts;
  parts.scheme = std::string(url.substr(0, scheme_end));
  std::transform(parts.scheme.begin(), parts.scheme.end(), parts.scheme.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  std::string_view rest = url.substr(scheme_end + 3);
  // The authority ends at the first '/', '?' or '#' outside a ${...} reference.
  size_t end = 0;
  int depth = 0;
  for (; end < rest.size(); ++end) {
    const char c = rest[end];
    if (c == '{') ++depth;
    if (c == '}' && depth > 0) --depth;
    if (depth == 0 && (c == '/' || c == '?' || c == '#')) break;
  }
  std::string_view authority = rest.substr(0, end);
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  // A port follows the last ':' outside a reference.
  if (const size_t colon = authority.rfind(':');
      colon != std::string_view::npos && authority.find('}', colon) == std::string_view::npos)
    authority = authority.substr(0, colon);
  parts.host_as_written = std::string(authority);
  parts.host = parts.host_as_written;
  std::transform(parts.host.begin(), parts.host.end(), parts.host.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  parts.path = std::string(rest.substr(end));
  return parts;
}

}  // namespace cxlint::model
