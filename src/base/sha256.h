#pragma once
// SHA-256 (FIPS 180-4), for fingerprints that must not change between builds or platforms.

#include <string>
#include <string_view>

namespace cxlint {

/// The SHA-256 digest of `bytes` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace cxlint
