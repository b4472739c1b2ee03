#include "report/fingerprint.h"

#include <map>

#include "base/sha256.h"

namespace cxlint::report {

std::vector<std::string> StableFingerprints(const std::vector<Finding>& findings,
                                            const std::vector<std::string>& paths) {
  std::vector<std::string> fingerprints;
  fingerprints.reserve(findings.size());
  std::map<std::string, int> seen;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& finding = findings[i];
    // NUL separates the parts: none of them can contain it, so no two inputs run together.
    std::string input(kFingerprintKey);
    input += '\0';
    input += finding.rule->code;
    input += '\0';
    input += i < paths.size() ? paths[i] : std::string();
    input += '\0';
    input += finding.address.empty() ? finding.message : finding.address;
    // 32 hex digits (128 bits) is plenty to tell findings apart and keeps reports short.
    const std::string digest = Sha256Hex(input).substr(0, 32);
    fingerprints.push_back(digest + ":" + std::to_string(++seen[digest]));
  }
  return fingerprints;
}

}  // namespace cxlint::report
