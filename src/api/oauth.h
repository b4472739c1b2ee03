#pragma once
// Credentials as the Terraform provider takes them, and the bearer token they buy.

#include <mutex>
#include <string>

#include "api/http_client.h"
#include "api/request_loop.h"

namespace cxlint::api {

/// An OAuth client (client-credentials grant), or a ready access token, or both.
struct Credentials {
  std::string client_id;
  std::string client_secret;
  std::string access_token;
};

/// GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET and GENESYSCLOUD_ACCESS_TOKEN.
Credentials CredentialsFromEnvironment();

/// The bearer token of a pull, shared by every worker. A token that got 401 is replaced once by
/// a new client-credentials token, when there is a client to ask for one.
class TokenSource {
 public:
  TokenSource(std::string login_base, Credentials credentials, RequestContext& context);

  /// The current token, fetched at the first call.
  std::string Token(HttpConnection& connection);
  /// A token to use instead of `rejected`: the one another worker already fetched, or a new one.
  /// Throws ApiError when no new token can be had.
  std::string Renew(HttpConnection& connection, const std::string& rejected);

 private:
  std::string FetchLocked(HttpConnection& connection);

  std::string login_base_;
  Credentials credentials_;
  RequestContext& context_;
  std::mutex mutex_;
  std::string token_;
};

}  // namespace cxlint::api
