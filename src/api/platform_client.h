#pragma once
// GET requests to the Genesys Cloud Platform API, authorised, retried and read as JSON.

#include <nlohmann/json.hpp>

#include <string>

#include "api/http_client.h"
#include "api/oauth.h"
#include "api/request_loop.h"

namespace cxlint::api {

/// The Platform API of one org. Thread-safe; each thread brings its own connection.
class PlatformClient {
 public:
  PlatformClient(std::string api_base, TokenSource& tokens, RequestContext& context);

  /// GET `path` ("/api/v2/flows?pageNumber=1") as a JSON object. A 401 renews the token once.
  /// Throws ApiError naming the endpoint and the status on any other failure.
  nlohmann::json GetJson(HttpConnection& connection, const std::string& path);

  RequestContext& context() { return context_; }

 private:
  std::string api_base_;
  TokenSource& tokens_;
  RequestContext& context_;
};

/// A query value, percent-encoded (RFC 3986 unreserved characters stay as they are).
std::string EncodeQueryValue(const std::string& value);

}  // namespace cxlint::api
