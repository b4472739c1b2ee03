#include "api/retry_after.h"

#include <cctype>
#include <string>

#include "api/curl_library.h"
#include "base/strings.h"

namespace cxlint::api {

namespace {

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// An HTTP date has a weekday name, a month name and a colon-separated time; requiring a letter
// and a colon keeps curl_getdate's lenient parser from reading "soon" or "12abc" as a date.
bool LooksLikeHttpDate(std::string_view text) {
  bool letter = false;
  for (char c : text) letter = letter || std::isalpha(static_cast<unsigned char>(c));
  return letter && text.find(':') != std::string_view::npos;
}

}  // namespace

std::optional<double> ParseRetryAfter(std::string_view raw, std::time_t now) {
  const std::string_view value = Trim(raw);
  if (AllDigits(value)) {
    // Anything past a day is a server mistake; the retry budget refuses it later anyway.
    if (value.size() > 9) return 86400.0;
    return static_cast<double>(std::stol(std::string(value)));
  }
  if (!LooksLikeHttpDate(value)) return std::nullopt;
  // curl_getdate reads the three date forms RFC 9110 requires a recipient to accept
  // (IMF-fixdate, RFC 850, asctime).
  const std::string text(value);
  const std::time_t when = Curl().getdate(text.c_str(), nullptr);
  if (when == -1) return std::nullopt;
  return when > now ? static_cast<double>(when - now) : 0.0;
}

}  // namespace cxlint::api
