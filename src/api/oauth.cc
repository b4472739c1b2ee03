#include "api/oauth.h"

#include <cstdlib>

#include "api/response_json.h"

namespace cxlint::api {

namespace {

std::string Environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

Credentials CredentialsFromEnvironment() {
  return {Environment("GENESYSCLOUD_OAUTHCLIENT_ID"), Environment("GENESYSCLOUD_OAUTHCLIENT_SECRET"),
          Environment("GENESYSCLOUD_ACCESS_TOKEN")};
}

TokenSource::TokenSource(std::string login_base, Credentials credentials, RequestContext& context)
    : login_base_(std::move(login_base)), credentials_(std::move(credentials)), context_(context) {
  context_.console().Redact(credentials_.client_secret);
  context_.console().Redact(credentials_.access_token);
  token_ = credentials_.access_token;
}

std::string TokenSource::FetchLocked(HttpConnection& connection) {
  const std::string url = login_base_ + "/oauth/token";
  const std::string label = "POST " + url;
  HttpRequest request;
  request.method = "POST";
  request.url = url;
  request.headers = {"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"};
  request.body = "grant_type=client_credentials";
  // The client id and secret travel as HTTP Basic credentials (docs/domain.md §15), set apart from
  // the header list so no log of headers could show them.
  request.basic_user = credentials_.client_id;
  request.basic_password = credentials_.client_secret;
  const HttpResponse response = context_.Send(connection, request, label);
  if (response.status < 200 || response.status > 299) {
    throw ApiError(label + ": " + DescribeOutcome(response) + ServerMessage(response) +
                       "; the login service refused the OAuth client (check GENESYSCLOUD_OAUTHCLIENT_ID, "
                       "GENESYSCLOUD_OAUTHCLIENT_SECRET and the region)",
                   response.status);
  }
  const nlohmann::json body = ParseResponseJson(response, label);
  const auto token = body.find("access_token");
  if (token == body.end() || !token->is_string() || token->get<std::string>().empty())
    throw ApiError(label + ": the response has no access_token", response.status);
  token_ = token->get<std::string>();
  context_.console().Redact(token_);
  return token_;
}

std::string TokenSource::Token(HttpConnection& connection) {
  std::lock_guard lock(mutex_);
  if (!token_.empty()) return token_;
  return FetchLocked(connection);
}

std::string TokenSource::Renew(HttpConnection& connection, const std::string& rejected) {
  std::lock_guard lock(mutex_);
  // Several workers may see the same token expire; the first one renews it for all.
  if (token_ != rejected) return token_;
  if (credentials_.client_id.empty() || credentials_.client_secret.empty())
    throw ApiError("the access token was refused (HTTP 401) and no OAuth client is set to get a new one", 401);
  return FetchLocked(connection);
}

}  // namespace cxlint::api
