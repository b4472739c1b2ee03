#pragma once
// One HTTP connection through libcurl: a request in, a response (or a transport error) out.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

typedef void CURL;

namespace cxlint::api {

/// Settings every connection shares.
struct HttpSettings {
  double timeout_seconds = 30;  // per request, connection included
  std::string ca_file;          // extra trust anchors; verification itself is never turned off
  size_t max_body_bytes = 256u << 20;
};

/// One request. Basic credentials go to libcurl apart from the headers, so they are never in a
/// header list that could be printed.
struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::vector<std::string> headers;  // "Name: value"
  std::string body;
  std::string basic_user;
  std::string basic_password;
};

/// What came back: a status, or a transport error when no complete response arrived.
struct HttpResponse {
  long status = 0;                             // 0 when the transport failed
  std::map<std::string, std::string> headers;  // names in lower case; the last value wins
  std::string body;
  std::string transport_error;  // libcurl's description, when status is 0
  bool timed_out = false;
  /// A transport failure another try cannot mend: an untrusted certificate, a bad URL, a body
  /// past HttpSettings::max_body_bytes.
  bool permanent = false;
  double seconds = 0;  // time the request took

  /// The header `name` (lower case), or "".
  std::string Header(const std::string& name) const;
};

/// Prepares libcurl once per process; call before starting threads.
void InitHttp();

/// A connection (one libcurl easy handle, reused for keep-alive). One thread at a time.
class HttpConnection {
 public:
  explicit HttpConnection(const HttpSettings& settings);
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  /// Sends `request` and waits for the whole response, or the timeout.
  HttpResponse Perform(const HttpRequest& request);

 private:
  HttpSettings settings_;
  CURL* handle_ = nullptr;
};

}  // namespace cxlint::api
