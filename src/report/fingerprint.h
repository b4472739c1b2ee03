#pragma once
// A finding's stable identity across runs: what survives edits that only shift lines.

#include <string>
#include <vector>

#include "base/finding.h"

namespace cxlint::report {

/// The version of the fingerprint recipe; a change to the recipe changes the key, never the meaning.
inline constexpr const char* kFingerprintKey = "cxlint/v1";

/// One fingerprint per finding, from the rule code, the file (as `paths[i]`: relative to the
/// repository root) and the logical address (Finding::address), never from lines or columns;
/// a finding with no address (a file that did not parse) uses its message instead. Findings that
/// share all of these are told apart by their order: ":1", ":2"...
std::vector<std::string> StableFingerprints(const std::vector<Finding>& findings,
                                            const std::vector<std::string>& paths);

}  // namespace cxlint::report
