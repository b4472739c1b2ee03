#include <array>

#include "report/report.h"

namespace cxlint::report {

namespace {

constexpr std::array<std::string_view, 8> kFormats = {"text",  "json",       "sarif",  "github",
                                                      "junit", "checkstyle", "gitlab", "compact"};

}  // namespace

std::span<const std::string_view> FormatNames() { return kFormats; }

bool WriteReport(std::string_view format, std::ostream& out, const RunReport& result, const ReportOptions& options) {
  if (format == "text") {
    WriteText(out, result, options);
  } else if (format == "json") {
    WriteJson(out, result, options);
  } else if (format == "sarif") {
    WriteSarif(out, result, options);
  } else if (format == "github") {
    WriteGithub(out, result, options);
  } else if (format == "junit") {
    WriteJunit(out, result);
  } else if (format == "checkstyle") {
    WriteCheckstyle(out, result);
  } else if (format == "gitlab") {
    WriteGitlab(out, result, options);
  } else if (format == "compact") {
    WriteCompact(out, result);
  } else {
    return false;
  }
  return true;
}

}  // namespace cxlint::report
