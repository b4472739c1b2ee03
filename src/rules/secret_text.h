#pragma once
// What CX303 knows about secrets as text: which header, field and variable names carry one,
// which values are placeholders or random-looking non-secrets (ids, hashes, images), and how a
// secret is named in a message without showing it.

#include <string>
#include <string_view>

namespace cxlint::rules {

/// rules/CX303-hardcoded-credential.md: `Authorization`, `*-api-key`, `*token*`, `*secret*`.
bool IsCredentialHeader(std::string_view name);

/// Credential fields that hold the secret half (clientSecret, password, apiKey), not the
/// identifier half (clientId, userName).
bool IsSecretField(std::string_view name);

/// A variable or local named like a credential: its last word is secret, password, passwd, pwd,
/// token, passphrase, or a key with api/private/secret/access/signing before it (`client_secret`,
/// `apiToken`, `db-password`); `token_url`, `secret_name` and `client_id` are not.
bool IsCredentialName(std::string_view name);

/// The secret part of a header value: what follows an authentication scheme ("Bearer abc").
std::string_view SecretPart(std::string_view value);

/// Documentation placeholders hold no secret: "<YOUR TOKEN>", "XXXXXXXX", "********".
bool IsPlaceholderText(std::string_view secret);

/// A value committed where a credential goes that is worth reporting: at least 8 characters
/// with no whitespace, not a placeholder (`changeme`, `your-secret`, `xxxx`), not a Terraform or
/// Velocity reference, and not a random-looking non-secret (a UUID, a hex digest, a lock-file
/// hash, a URL or path, an ARN, a base64 image). A PEM private key always is one.
bool LooksLikeCommittedSecret(std::string_view value);

/// Never the secret: "'Bearer ab…' (40 characters)": the scheme, two characters, the length.
std::string Redacted(std::string_view value);

}  // namespace cxlint::rules
