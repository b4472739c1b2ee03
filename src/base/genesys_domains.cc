#include "base/genesys_domains.h"

namespace cxlint {

bool IsGenesysCloudHost(std::string_view host) {
  for (const auto& [region, domain] : kGenesysRegionDomains) {
    if (host == domain) return true;
    if (host.size() > domain.size() && host.substr(host.size() - domain.size()) == domain &&
        host[host.size() - domain.size() - 1] == '.')
      return true;
  }
  return false;
}

}  // namespace cxlint
