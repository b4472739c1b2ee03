#include "api/response_json.h"

#include "api/request_loop.h"
#include "parse/json/json_reader.h"

namespace cxlint::api {

namespace {

// Server text goes into one line of an error message: no control characters, bounded length.
std::string OneLine(const std::string& text) {
  constexpr size_t kMaxLength = 200;
  std::string line;
  for (char c : text) {
    if (line.size() >= kMaxLength) {
      line += "...";
      break;
    }
    line += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  }
  return line;
}

}  // namespace

nlohmann::json ParseResponseJson(const HttpResponse& response, const std::string& label) {
  const std::string where = label + ": " + DescribeOutcome(response) + " but ";
  if (response.body.empty()) throw ApiError(where + "the body is empty, not JSON", response.status);
  // Our reader first: it bounds nesting, which nlohmann's recursive parser does not.
  const parse::ParseResult checked = parse::ParseJson(response.body);
  if (!checked.ok()) {
    const parse::ParseError& error = checked.errors.front();
    throw ApiError(where + "the body is not valid JSON: " + error.message + " at byte " + std::to_string(error.offset) +
                       " of " + std::to_string(response.body.size()),
                   response.status);
  }
  nlohmann::json json = nlohmann::json::parse(response.body, nullptr, false);
  if (json.is_discarded()) throw ApiError(where + "the body is not valid JSON", response.status);
  if (!json.is_object())
    throw ApiError(where + "the body is " + json.type_name() + ", not a JSON object", response.status);
  return json;
}

std::string ServerMessage(const HttpResponse& response) {
  if (response.body.empty() || !parse::ParseJson(response.body).ok()) return "";
  const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
  if (!body.is_object()) return "";
  std::string message;
  for (const char* key : {"message", "error", "error_description"}) {
    const auto found = body.find(key);
    if (found == body.end() || !found->is_string()) continue;
    if (!message.empty()) message += ": ";
    message += found->get<std::string>();
  }
  return message.empty() ? "" : ": " + OneLine(message);
}

}  // namespace cxlint::api
