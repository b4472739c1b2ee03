#pragma once
// The parts of a data-action URL template that the rules judge.

#include <string>
#include <string_view>

namespace cxlint::model {

/// A URL template split into scheme, host and path. Velocity references (`${input.Domain}`)
/// stay in the host text: "${input.Domain}.service-now.com".
struct UrlParts {
  bool relative = false;        // "/api/v2/...": the integration supplies the base URL
  std::string scheme;           // "https", "http"; empty when relative
  std::string host;             // lowercase, without port and credentials
  std::string host_as_written;  // the same with its case kept, for messages ("${input.Domain}...")
  std::string path;             // from the first '/' after the host

  /// The host's fixed suffix after its last Velocity reference: ".service-now.com" for
  /// "${input.Domain}.service-now.com"; the whole host when it has none.
  std::string FixedHostSuffix() const;
  /// True for Genesys Cloud's own API paths ("/api/v2/...").
  bool IsGenesysApiPath() const { return relative && path.rfind("/api/v2/", 0) == 0; }
};

/// Splits a URL template; an empty host when the text is not a URL.
UrlParts ParseUrl(std::string_view url);

}  // namespace cxlint::model
