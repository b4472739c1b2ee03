#include "api/http_client.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>

#include "api/curl_library.h"
#include "base/strings.h"

namespace cxlint::api {

namespace {

struct Transfer {
  HttpResponse* response;
  size_t max_body_bytes;
  bool too_large = false;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  if (transfer->response->body.size() + bytes > transfer->max_body_bytes) {
    transfer->too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  transfer->response->body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  const std::string line(data, bytes);
  // A status line starts a new header block (an interim 100 Continue has its own).
  if (line.rfind("HTTP/", 0) == 0) {
    transfer->response->headers.clear();
    return bytes;
  }
  const size_t colon = line.find(':');
  if (colon == std::string::npos) return bytes;
  std::string name = line.substr(0, colon);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  transfer->response->headers[std::string(Trim(name))] = Trim(std::string_view(line).substr(colon + 1));
  return bytes;
}

bool IsPermanent(CURLcode code) {
  switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT: return true;
    default: return false;
  }
}

}  // namespace

std::string HttpResponse::Header(const std::string& name) const {
  const auto found = headers.find(name);
  return found == headers.end() ? "" : found->second;
}

void InitHttp() {
  Curl();
}

HttpConnection::HttpConnection(const HttpSettings& settings) : settings_(settings) {
  InitHttp();
  handle_ = Curl().easy_init();
  if (!handle_) throw std::runtime_error("cannot start libcurl");
}

HttpConnection::~HttpConnection() { Curl().easy_cleanup(handle_); }

HttpResponse HttpConnection::Perform(const HttpRequest& request) {
  HttpResponse response;
  Transfer transfer{&response, settings_.max_body_bytes};
  CURL* curl = handle_;
  Curl().easy_reset(curl);
  Curl().easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  // Only the web: no file://, no other schemes a server's nextUri could smuggle in.
  Curl().easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  // Redirects are not followed, so a bearer token never reaches another host.
  Curl().easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  Curl().easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  Curl().easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!settings_.ca_file.empty()) Curl().easy_setopt(curl, CURLOPT_CAINFO, settings_.ca_file.c_str());
  // Threads: no signals for timeouts.
  Curl().easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  const long timeout_ms = std::max(1L, std::lround(settings_.timeout_seconds * 1000));
  Curl().easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms);
  Curl().easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
  Curl().easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
  Curl().easy_setopt(curl, CURLOPT_USERAGENT, "cxlint");
  Curl().easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  Curl().easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
  Curl().easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  Curl().easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
  // libcurl's own words say more than its error code ("SSL certificate problem: self-signed ...").
  char detail[CURL_ERROR_SIZE] = "";
  Curl().easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
  if (request.method == "POST") {
    Curl().easy_setopt(curl, CURLOPT_POST, 1L);
    Curl().easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.c_str());
    Curl().easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
  } else {
    Curl().easy_setopt(curl, CURLOPT_HTTPGET, 1L);
  }
  if (!request.basic_user.empty()) {
    Curl().easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    Curl().easy_setopt(curl, CURLOPT_USERNAME, request.basic_user.c_str());
    Curl().easy_setopt(curl, CURLOPT_PASSWORD, request.basic_password.c_str());
  }
  curl_slist* headers = nullptr;
  for (const std::string& header : request.headers) headers = Curl().slist_append(headers, header.c_str());
  Curl().easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

  const CURLcode code = Curl().easy_perform(curl);
  Curl().slist_free_all(headers);
  // Forget the credentials and the header list pointer before the handle is reused.
  Curl().easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
  Curl().easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  Curl().easy_setopt(curl, CURLOPT_PASSWORD, "");
  double total = 0;
  Curl().easy_getinfo(curl, CURLINFO_TOTAL_TIME, &total);
  response.seconds = total;
  if (code != CURLE_OK) {
    response.status = 0;
    response.body.clear();
    response.timed_out = code == CURLE_OPERATION_TIMEDOUT;
    response.permanent = transfer.too_large || IsPermanent(code);
    response.transport_error =
        transfer.too_large  ? "the response is larger than " + std::to_string(settings_.max_body_bytes) + " bytes"
        : detail[0] != '\0' ? detail
                            : Curl().easy_strerror(code);
    if (code == CURLE_PEER_FAILED_VERIFICATION) response.transport_error += " (--ca-file adds a CA to trust)";
    return response;
  }
  Curl().easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

}  // namespace cxlint::api
