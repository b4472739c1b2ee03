#pragma once
// libcurl, loaded the first time `cxlint pull` (or `lint --org`) talks to the API. Linked, it
// and the thirty libraries it brings (TLS, Kerberos, LDAP, ...) were loaded and bound at every
// start, 8 ms that `cxlint lint` never needed: a quarter of linting a small repository.

#include <curl/curl.h>

#include <ctime>

namespace cxlint::api {

/// The libcurl functions cxlint calls.
struct CurlLibrary {
  CURLcode (*global_init)(long flags);
  CURL* (*easy_init)();
  void (*easy_cleanup)(CURL* handle);
  void (*easy_reset)(CURL* handle);
  CURLcode (*easy_setopt)(CURL* handle, CURLoption option, ...);
  CURLcode (*easy_perform)(CURL* handle);
  CURLcode (*easy_getinfo)(CURL* handle, CURLINFO info, ...);
  const char* (*easy_strerror)(CURLcode code);
  curl_slist* (*slist_append)(curl_slist* list, const char* text);
  void (*slist_free_all)(curl_slist* list);
  time_t (*getdate)(const char* text, const time_t* unused);
};

/// libcurl (libcurl.so.4, Debian's libcurl4), loaded and initialised once. Throws
/// std::runtime_error naming the library and the loader's reason when it cannot be loaded.
const CurlLibrary& Curl();

}  // namespace cxlint::api
