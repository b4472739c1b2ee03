#include "api/curl_library.h"

#include <dlfcn.h>

#include <stdexcept>
#include <string>

namespace cxlint::api {

namespace {

constexpr const char* kLibrary = "libcurl.so.4";

template <typename Function>
void Bind(void* library, const char* name, Function& function) {
  function = reinterpret_cast<Function>(dlsym(library, name));
  if (!function) throw std::runtime_error(std::string(kLibrary) + " has no " + name);
}

CurlLibrary Load() {
  // Never unloaded: its handles live until the process ends.
  void* library = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    const char* reason = dlerror();
    throw std::runtime_error(std::string("cannot load ") + kLibrary +
                             " (Debian package libcurl4), which `pull` needs: " + (reason ? reason : "unknown reason"));
  }
  CurlLibrary curl{};
  Bind(library, "curl_global_init", curl.global_init);
  Bind(library, "curl_easy_init", curl.easy_init);
  Bind(library, "curl_easy_cleanup", curl.easy_cleanup);
  Bind(library, "curl_easy_reset", curl.easy_reset);
  Bind(library, "curl_easy_setopt", curl.easy_setopt);
  Bind(library, "curl_easy_perform", curl.easy_perform);
  Bind(library, "curl_easy_getinfo", curl.easy_getinfo);
  Bind(library, "curl_easy_strerror", curl.easy_strerror);
  Bind(library, "curl_slist_append", curl.slist_append);
  Bind(library, "curl_slist_free_all", curl.slist_free_all);
  Bind(library, "curl_getdate", curl.getdate);
  curl.global_init(CURL_GLOBAL_DEFAULT);
  return curl;
}

}  // namespace

const CurlLibrary& Curl() {
  // Thread-safe, once; a load that throws is tried again at the next call.
  static const CurlLibrary curl = Load();
  return curl;
}

}  // namespace cxlint::api
