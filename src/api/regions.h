#pragma once
// Genesys Cloud regions: the names the Terraform provider takes and the hosts they mean.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxlint::api {

/// Where one region's Platform API and login (OAuth) service live.
struct RegionHosts {
  std::string api_base;    // "https://api.mypurecloud.com"
  std::string login_base;  // "https://login.mypurecloud.com"
};

/// The hosts of a region named as the provider names it ("us-east-1", "eu-west-1", ...), or
/// nothing for an unknown name.
std::optional<RegionHosts> HostsForRegion(std::string_view region);

/// Every region name HostsForRegion knows, in the provider's order, for error messages.
std::vector<std::string_view> KnownRegions();

}  // namespace cxlint::api
