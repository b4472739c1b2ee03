#include "api/platform_client.h"

#include <cctype>

#include "api/response_json.h"

namespace cxlint::api {

namespace {

std::string Hint(long status) {
  if (status == 403)
    return "; the OAuth client lacks a permission this call needs (see README: architect:flow:view, "
           "integrations:action:view, integrations:integration:view)";
  if (status == 401) return "; the access token was refused again after a new one was fetched";
  return "";
}

}  // namespace

PlatformClient::PlatformClient(std::string api_base, TokenSource& tokens, RequestContext& context)
    : api_base_(std::move(api_base)), tokens_(tokens), context_(context) {}

nlohmann::json PlatformClient::GetJson(HttpConnection& connection, const std::string& path) {
  const std::string label = "GET " + path;
  std::string token = tokens_.Token(connection);
  for (int authorisation = 1;; ++authorisation) {
    HttpRequest request;
    request.url = api_base_ + path;
    request.headers = {"Authorization: Bearer " + token, "Accept: application/json"};
    const HttpResponse response = context_.Send(connection, request, label);
    // An expired or revoked token: one new token, then one more try.
    if (response.status == 401 && authorisation == 1) {
      context_.console().Verbose("cxlint: " + label + ": HTTP 401, fetching a new access token");
      token = tokens_.Renew(connection, token);
      continue;
    }
    if (response.status < 200 || response.status > 299)
      throw ApiError(label + ": " + DescribeOutcome(response) + ServerMessage(response) + Hint(response.status),
                     response.status);
    return ParseResponseJson(response, label);
  }
}

std::string EncodeQueryValue(const std::string& value) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  return encoded;
}

}  // namespace cxlint::api
