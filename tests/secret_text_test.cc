// The secret detector of CX303: credential names, placeholders, random-looking non-secrets, and
// the redaction that never shows more than two characters.

#include "rules/secret_text.h"

#include <doctest/doctest.h>

#include <string>

namespace cxlint::testing {
namespace {

using rules::IsCredentialName;
using rules::LooksLikeCommittedSecret;
using rules::Redacted;

// The shape of a Genesys Cloud OAuth client secret: 43 characters of base64url (made up here).
constexpr const char* kClientSecret = "q7Vd2pLk9XzR4mTn8bWc1YhJ6sFg3QaE0uKo5iNvT_w";

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("credential names: the last word says secret, password, token or a kind of key") {
    for (const char* name :
         {"client_secret", "clientSecret", "oauth_client_secret", "password", "db-password", "smtp_passwd", "api_key",
          "apiKey", "ApiKey", "hubspot_apikey", "bearer_token", "accessToken", "private_key", "aws_secret_key",
          "aws_access_key", "signing_key", "gpg_passphrase", "TOKEN", "clientsecret"})
      CHECK_MESSAGE(IsCredentialName(name), name);
    for (const char* name : {"client_id", "clientId", "token_url", "secret_name", "password_policy", "secret_arn",
                             "token_endpoint", "tokenizer", "keyword", "key", "monkey", "secretary", "region",
                             "integration_credential_name", "passwords_file"})
      CHECK_MESSAGE(!IsCredentialName(name), name);
  }

  TEST_CASE("committed secrets: what a real secret looks like") {
    CHECK(LooksLikeCommittedSecret(kClientSecret));
    CHECK(LooksLikeCommittedSecret("Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo"));
    CHECK(LooksLikeCommittedSecret("S3cr3t!Passw0rd"));
    CHECK(LooksLikeCommittedSecret("pat-na1-7Kq2Lm9Xv4Rt8Bz1Wc6Nd3Fh0Js5Gy"));
    CHECK(LooksLikeCommittedSecret(
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1L\n-----END RSA PRIVATE KEY-----\n"));
  }

  TEST_CASE("committed secrets: placeholders are not secrets") {
    for (const char* placeholder : {"",
                                    "   ",
                                    "<client secret>",
                                    "<YOUR_CLIENT_SECRET>",
                                    "changeme",
                                    "CHANGE_ME_PLEASE",
                                    "xxxxxxxxxxxx",
                                    "XXXX-XXXX-XXXX",
                                    "************",
                                    "your-client-secret",
                                    "your_api_key_here",
                                    "my-example-token",
                                    "replace-with-secret",
                                    "TODO-set-me",
                                    "dummysecret123",
                                    "abc",
                                    "secret12",
                                    "${var.client_secret}",
                                    "Bearer ${var.token}",
                                    "$${credentials.token}",
                                    "{{client_secret}}",
                                    "%{if x}y%{endif}",
                                    "Bearer <token>",
                                    "1234567890",
                                    "testpassword",
                                    "testtoken",
                                    "some-api-key",
                                    "client_secret",
                                    "Bearer 123-abc-12345678-1234-1234-1234-1234567890ab",
                                    "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"})
      CHECK_MESSAGE(!LooksLikeCommittedSecret(placeholder), placeholder);
  }

  TEST_CASE("committed secrets: random-looking values that are not secrets") {
    // A UUID used as an id (an OAuth client id, an org id), digests as file_content_hash holds
    // them, a lock-file hash, a base64 image, places.
    for (const char* value :
         {"c0ffee00-0000-4000-8000-000000000000", "0d2fbd3d-6b53-4bbf-9c39-3a0d0d3a71c2",
          "5d41402abc4b2a76b9719d911017c592", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d",
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "h1:2wTf8gJbCT+1d8Ub4pFCfGaKnzuWM+9ObGzSd0P4dZw=", "sha256:9f86d081884c7d659a2feaa0c55ad015",
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
          "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", "https://login.mypurecloud.com/oauth/token",
          "arn:aws:secretsmanager:us-east-1:123456789012:secret:x", "./secrets/client_secret.txt",
          "a sentence with spaces in it"})
      CHECK_MESSAGE(!LooksLikeCommittedSecret(value), value);
  }

  TEST_CASE("redaction shows two characters and the length, never more") {
    const std::string shown = Redacted(kClientSecret);
    CHECK(shown == "'q7…' (43 characters)");
    CHECK(shown.find("q7V") == std::string::npos);
    CHECK(Redacted("Bearer abcdefgh") == "'Bearer ab…' (8 characters)");
    // A multi-byte character is never cut.
    CHECK(Redacted("ééééééééé").rfind("'éé…'", 0) == 0);
  }
}

}  // namespace cxlint::testing
