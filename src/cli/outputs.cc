#include "cli/outputs.h"

#include <algorithm>
#include <fstream>

namespace cxlint::cli {

namespace {

bool KnownFormat(const std::string& name) {
  const auto names = report::FormatNames();
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string FormatList() {
  std::string list;
  for (std::string_view name : report::FormatNames()) list += (list.empty() ? "" : ", ") + std::string(name);
  return list;
}

}  // namespace

std::optional<std::vector<OutputTarget>> ParseOutputTargets(const std::vector<std::string>& formats,
                                                            const std::string& output, std::string& error) {
  std::vector<OutputTarget> targets;
  for (const std::string& value : formats.empty() ? std::vector<std::string>{"text"} : formats) {
    const size_t equals = value.find('=');
    OutputTarget target{value.substr(0, equals), equals == std::string::npos ? "" : value.substr(equals + 1)};
    if (!KnownFormat(target.format)) {
      error = "unknown --format '" + target.format + "' (one of: " + FormatList() + ")";
      return std::nullopt;
    }
    if (equals != std::string::npos && target.path.empty()) {
      error = "--format " + target.format + "= needs a file name after '='";
      return std::nullopt;
    }
    targets.push_back(std::move(target));
  }
  const auto on_stdout = [](const OutputTarget& target) { return target.path.empty(); };
  if (!output.empty()) {
    // -o keeps its meaning from before formats could be combined: the file of the one report.
    if (std::count_if(targets.begin(), targets.end(), on_stdout) != 1 || targets.size() != 1) {
      error = "-o names the file of a single --format; with several, give each its file: --format NAME=FILE";
      return std::nullopt;
    }
    targets.front().path = output;
  }
  // Two reports interleaved on one stream would be neither.
  if (std::count_if(targets.begin(), targets.end(), on_stdout) > 1) {
    error = "only one --format can write to standard output; give the others a file: --format NAME=FILE";
    return std::nullopt;
  }
  return targets;
}

bool WriteOutputs(const std::vector<OutputTarget>& targets, const RunReport& result,
                  const report::ReportOptions& options, bool color_files, std::ostream& out, std::ostream& err) {
  bool ok = true;
  for (const OutputTarget& target : targets) {
    report::ReportOptions target_options = options;
    std::ofstream file;
    std::ostream* sink = &out;
    if (!target.path.empty()) {
      target_options.color = color_files;
      file.open(target.path, std::ios::binary | std::ios::trunc);
      if (!file) {
        err << "cxlint: error: cannot write " << target.path << "\n";
        ok = false;
        continue;
      }
      sink = &file;
    }
    report::WriteReport(target.format, *sink, result, target_options);
    sink->flush();
    if (!*sink) {
      err << "cxlint: error: cannot write " << (target.path.empty() ? "standard output" : target.path) << "\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace cxlint::cli
