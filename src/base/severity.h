#pragma once
// The three finding severities, ordered, plus "off" for configuration.

#include <optional>
#include <string_view>

namespace cxlint {

/// How serious a finding is; the order matters for --fail-on comparisons.
enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

/// "note", "warning" or "error".
std::string_view SeverityName(Severity severity);
/// Parses "note", "warning" or "error"; nullopt otherwise.
std::optional<Severity> ParseSeverity(std::string_view text);

}  // namespace cxlint
