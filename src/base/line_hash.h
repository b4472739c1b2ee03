#pragma once
// GitHub's primaryLocationLineHash: the rolling hash its upload action (github/codeql-action,
// fingerprints.ts) computes for each line, so the fingerprints cxlint writes equal the ones
// GitHub would add itself and alerts keep their identity across uploads.

#include <string>
#include <string_view>
#include <vector>

namespace cxlint {

/// One "hash:occurrence" per line of `text` (index 0 is line 1), as GitHub's upload action
/// computes them: over UTF-16 code units, skipping spaces and tabs, CR and CRLF read as LF, each
/// hash covering the next 100 characters from the line's first one.
std::vector<std::string> GithubLineHashes(std::string_view text);

}  // namespace cxlint
