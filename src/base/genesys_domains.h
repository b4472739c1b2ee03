#pragma once
// Genesys Cloud's regions and their domains: one table for the API client (`cxlint pull`) and for
// the rules that tell Genesys Cloud's own hosts from external ones.

#include <array>
#include <string_view>
#include <utility>

namespace cxlint {

/// The provider's region map (genesyscloud/provider/provider.go, docs/domain.md §14): region → domain;
/// the API is at api.<domain>, the token service at login.<domain>, web apps at apps.<domain>.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kGenesysRegionDomains = {{
    {"us-east-1", "mypurecloud.com"},
    {"us-east-2", "use2.us-gov-pure.cloud"},
    {"us-west-2", "usw2.pure.cloud"},
    {"ca-central-1", "cac1.pure.cloud"},
    {"sa-east-1", "sae1.pure.cloud"},
    {"mx-central-1", "mxc1.pure.cloud"},
    {"eu-west-1", "mypurecloud.ie"},
    {"eu-west-2", "euw2.pure.cloud"},
    {"eu-central-1", "mypurecloud.de"},
    {"eu-central-2", "euc2.pure.cloud"},
    {"eusc-de-east-1", "edee1.eusc-pure.cloud"},
    {"me-central-1", "mec1.pure.cloud"},
    {"ap-south-1", "aps1.pure.cloud"},
    {"ap-southeast-1", "apse1.pure.cloud"},
    {"ap-southeast-2", "mypurecloud.com.au"},
    {"ap-northeast-1", "mypurecloud.jp"},
    {"ap-northeast-2", "apne2.pure.cloud"},
    {"ap-northeast-3", "apne3.pure.cloud"},
}};

/// True when `host` (lower case) is a region domain or a name under one ("apps.mypurecloud.com").
bool IsGenesysCloudHost(std::string_view host);

}  // namespace cxlint
