#include "api/regions.h"

#include "base/genesys_domains.h"

namespace cxlint::api {

std::optional<RegionHosts> HostsForRegion(std::string_view region) {
  for (const auto& [name, domain] : kGenesysRegionDomains) {
    if (name == region)
      return RegionHosts{"https://api." + std::string(domain), "https://login." + std::string(domain)};
  }
  return std::nullopt;
}

std::vector<std::string_view> KnownRegions() {
  std::vector<std::string_view> names;
  for (const auto& entry : kGenesysRegionDomains) names.push_back(entry.first);
  return names;
}

}  // namespace cxlint::api
