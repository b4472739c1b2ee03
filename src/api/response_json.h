#pragma once
// Reading an API response body as JSON, with errors that name the endpoint.

#include <nlohmann/json.hpp>

#include <string>

#include "api/http_client.h"

namespace cxlint::api {

/// The body as a JSON object. Throws ApiError naming `label` when it is empty, malformed, too
/// deep, or not an object.
nlohmann::json ParseResponseJson(const HttpResponse& response, const std::string& label);

/// ": <the server's message>" from an error body ("message", or OAuth's "error" and
/// "error_description"), shortened; "" when there is none.
std::string ServerMessage(const HttpResponse& response);

}  // namespace cxlint::api
