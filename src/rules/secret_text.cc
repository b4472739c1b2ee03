#include "rules/secret_text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "base/strings.h"
#include "base/utf8.h"

namespace cxlint::rules {

namespace {

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// 8-4-4-4-12 hex digits: a Genesys Cloud id, an OAuth client id.
bool IsUuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !IsHex(text[i])) return false;
  }
  return true;
}

// MD5, SHA-1, SHA-256, SHA-384 and SHA-512 digests in hex (filesha256(), file_content_hash).
bool IsHexDigest(std::string_view text) {
  const size_t n = text.size();
  return (n == 32 || n == 40 || n == 64 || n == 96 || n == 128) && std::all_of(text.begin(), text.end(), IsHex);
}

// "client_secret", "clientSecret", "db-password" -> "client_secret", "client_secret", "db_password".
std::string SnakeCase(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (std::isupper(c) && i > 0 &&
        (std::islower(static_cast<unsigned char>(name[i - 1])) ||
         std::isdigit(static_cast<unsigned char>(name[i - 1]))))
      out += '_';
    out += c == '-' ? '_' : static_cast<char>(std::tolower(c));
  }
  return out;
}

}  // namespace

bool IsCredentialHeader(std::string_view name) {
  const std::string lower = AsciiLower(name);
  return lower == "authorization" || lower == "proxy-authorization" || lower == "api-key" || lower == "apikey" ||
         (lower.size() > 8 && lower.compare(lower.size() - 8, 8, "-api-key") == 0) || Contains(lower, "token") ||
         Contains(lower, "secret");
}

bool IsSecretField(std::string_view name) {
  const std::string lower = AsciiLower(name);
  return Contains(lower, "secret") || Contains(lower, "password") || Contains(lower, "token") ||
         Contains(lower, "apikey") || Contains(lower, "api_key") || lower == "key";
}

bool IsCredentialName(std::string_view name) {
  const std::string snake = SnakeCase(name);
  static constexpr std::array<std::string_view, 16> kLastWords = {
      "secret",      "password",   "passwd",     "pwd",         "token",    "passphrase",   "api_key",   "apikey",
      "private_key", "secret_key", "access_key", "signing_key", "auth_key", "clientsecret", "secretkey", "accesskey"};
  return std::any_of(kLastWords.begin(), kLastWords.end(),
                     [&](std::string_view word) { return snake == word || snake.ends_with("_" + std::string(word)); });
}

std::string_view SecretPart(std::string_view value) {
  for (std::string_view scheme : {"bearer ", "basic ", "token ", "apikey ", "api-key "}) {
    if (value.size() > scheme.size() && AsciiLower(value.substr(0, scheme.size())) == scheme)
      return value.substr(scheme.size());
  }
  return value;
}

bool IsPlaceholderText(std::string_view secret) {
  if (secret.empty()) return true;
  if (secret.size() >= 2 && secret.front() == '<' && secret.back() == '>') return true;
  return secret.find_first_not_of(secret.front()) == std::string_view::npos;
}

bool LooksLikeCommittedSecret(std::string_view value) {
  // A PEM private key spans lines, so it is judged apart: only a documentation stub is no secret.
  if (value.find("PRIVATE KEY-----") != std::string_view::npos) {
    return value.find('<') == std::string_view::npos && value.find("...") == std::string_view::npos &&
           AsciiLower(value).find("xxxx") == std::string::npos;
  }
  const std::string_view secret = SecretPart(value);
  if (secret.size() < 8 || IsPlaceholderText(secret)) return false;
  if (std::any_of(secret.begin(), secret.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
    return false;
  // References, not values: Terraform, Velocity, Archy substitutions.
  for (std::string_view reference : {"${", "%{", "$!{", "{{"}) {
    if (value.find(reference) != std::string_view::npos) return false;
  }
  const std::string lower = AsciiLower(secret);
  // What documentation and starter files put where the secret goes.
  for (std::string_view placeholder : {"changeme", "change_me", "change-me",  "changeit",     "placeholder", "example",
                                       "your_",    "your-",     "yoursecret", "yourpassword", "yourtoken",   "replace",
                                       "dummy",    "redacted",  "xxxx",       "****",         "...",         "<",
                                       ">",        "todo",      "insert_",    "fixme"}) {
    if (Contains(lower, placeholder)) return false;
  }
  // Counting runs: "1234567890", "12345678-1234-...", "abcdefgh".
  if (Contains(lower, "123456") || Contains(lower, "abcdef")) return false;
  // The word itself, decorated: "secret12", "Password1!", "testtoken", "some-api-key".
  std::string letters;
  for (char c : lower) {
    if (std::isalpha(static_cast<unsigned char>(c))) letters += c;
  }
  for (std::string_view prefix : {"test", "my", "your", "some", "dummy", "sample", "fake", "demo", "client", ""}) {
    if (letters.rfind(prefix, 0) != 0) continue;
    const std::string_view rest = std::string_view(letters).substr(prefix.size());
    for (std::string_view word : {"secret", "password", "passwd", "pass", "pwd", "token", "apikey", "key", "user",
                                  "clientsecret", "admin", "letmein", "qwerty", ""}) {
      if (rest == word) return false;
    }
  }
  // Random-looking, yet no secret: ids, digests, lock-file hashes, places, images.
  if (IsUuid(secret) || IsHexDigest(secret)) return false;
  for (std::string_view prefix : {"h1:", "zh:", "sha1:", "sha256:", "sha512:", "md5:", "arn:", "data:", "/", "./",
                                  "../", "~/", "ivborw0kggo", "/9j/", "r0lgod", "phn2zy"}) {
    if (lower.rfind(prefix, 0) == 0) return false;
  }
  return lower.find("://") == std::string::npos;
}

std::string Redacted(std::string_view value) {
  const std::string_view secret = SecretPart(value);
  const std::string_view scheme = value.substr(0, value.size() - secret.size());
  // Two characters, counted in code points so a multi-byte character is never cut.
  size_t shown = 0;
  for (int points = 0; shown < secret.size() && points < 2; ++points) {
    ++shown;
    while (shown < secret.size() && IsUtf8Continuation(secret[shown])) ++shown;
  }
  return "'" + std::string(scheme) + std::string(secret.substr(0, shown)) + "…' (" + std::to_string(secret.size()) +
         " characters)";
}

}  // namespace cxlint::rules
