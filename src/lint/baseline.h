#pragma once
// Baselines: `--write-baseline FILE` records today's findings so that `--baseline FILE` reports
// only new ones. An entry is rule + file + logical address + normalised message, never a line
// number, so edits that only shift lines keep a finding baselined; counts make it exact (two
// identical findings, one baselined: one is reported).

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "base/file_read.h"
#include "base/finding.h"
#include "config/config.h"

namespace cxlint {

/// What identifies a finding in a baseline.
struct BaselineKey {
  std::string rule;     // "CX103"
  std::string file;     // relative to the baseline file's folder, '/'-separated
  std::string address;  // Finding::address
  std::string message;  // NormaliseMessage(Finding::message)
  auto operator<=>(const BaselineKey&) const = default;
};

/// A read baseline: how many findings of each key it accepts.
struct Baseline {
  std::string path;
  std::map<BaselineKey, int> counts;
};

/// The message with positions made line-free: "line 12" → "line N", "12:5" → "N:N".
std::string NormaliseMessage(const std::string& message);

/// The key of `finding` for a baseline stored at `baseline_path`.
BaselineKey KeyOf(const Finding& finding, const std::string& baseline_path);

/// Reads a baseline file; problems (with positions) go to `errors`.
/// A baseline larger than `max_file_size` is not read.
std::optional<Baseline> ReadBaseline(const std::string& path, std::vector<ConfigError>& errors,
                                     uint64_t max_file_size = kDefaultMaxFileSize);

/// Writes `findings` as a baseline to `path`; false (with `error` set) when it cannot.
bool WriteBaseline(const std::string& path, const std::vector<Finding>& findings, std::string& error);

/// Removes the findings the baseline accepts from `findings` (each entry as often as its count)
/// and returns how many it removed.
int ApplyBaseline(const Baseline& baseline, std::vector<Finding>& findings);

}  // namespace cxlint
