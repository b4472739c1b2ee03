// Every YAML, JSON and .i3 file of the shared corpus of real projects is read: the valid ones
// give no CX001, and the spans of every tree re-read exactly.

#include <doctest/doctest.h>

#include <filesystem>

#include "discover/load.h"
#include "parse/json/json_reader.h"
#include "parse/yaml/yaml_reader.h"
#include "support/span_check.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

// The corpus linted on one thread, once for the cases that read it.
const LintResult& CorpusOnOneThread() {
  static const LintResult result = LintIn(CorpusDir().parent_path(), {"corpus"});
  return result;
}

TEST_SUITE("corpus") {
  TEST_CASE("the whole corpus lints without CX001 or internal errors") {
    const LintResult& result = CorpusOnOneThread();
    CHECK(result.internal_errors.empty());
    CHECK(result.missing_paths.empty());
    for (const Finding& finding : result.findings) {
      CAPTURE(finding.location.file->path());
      CHECK(finding.rule->code != "CX001");
    }
    // docs/domain.md §18 counts: 68 Archy flows, 42 exports, 93 data-action exports.
    CHECK(result.files_by_kind.at(FileKind::kArchyFlow) == 68);
    CHECK(result.files_by_kind.at(FileKind::kI3Export) == 42);
    CHECK(result.files_by_kind.at(FileKind::kDataActionJson) == 93);
    CHECK(result.files_by_kind.at(FileKind::kTerraform) == 1107);
    CHECK(result.files_by_kind.at(FileKind::kTerraformVars) == 26);
  }

  TEST_CASE("the corpus gives the same findings on 4 threads as on one") {
    LintOptions options;
    options.paths = {"corpus"};
    options.jobs = 4;
    const LintResult parallel = LintIn(CorpusDir().parent_path(), options);
    const LintResult& serial = CorpusOnOneThread();
    CHECK(GoldenLines(parallel.findings) == GoldenLines(serial.findings));
    CHECK(SuppressedLines(parallel.suppressed) == SuppressedLines(serial.suppressed));
    CHECK(parallel.files_by_kind == serial.files_by_kind);
    CHECK(parallel.skipped == serial.skipped);
  }

  TEST_CASE("spans of every corpus tree re-read exactly") {
    int yaml = 0, json = 0, i3 = 0;
    for (const auto& entry : fs::recursive_directory_iterator(CorpusDir())) {
      if (!entry.is_regular_file()) continue;
      const std::string path = entry.path().string();
      const std::string ext = entry.path().extension().string();
      CAPTURE(path);
      if (ext == ".yaml" || ext == ".yml") {
        const std::string text = ReadFile(entry.path());
        const parse::ParseResult result = parse::ParseYaml(text);
        REQUIRE(result.ok());
        CHECK(CheckYamlSpans(result.root, text) == "");
        ++yaml;
      } else if (ext == ".json") {
        const std::string text = ReadFile(entry.path());
        const parse::ParseResult result = parse::ParseJson(text);
        REQUIRE(result.ok());
        CHECK(CheckJsonSpans(result.root, text) == "");
        ++json;
      } else if (ext.rfind(".i3", 0) == 0) {
        parse::I3DecodeError error{};
        const auto decoded = parse::DecodeI3(ReadFile(entry.path()), &error);
        REQUIRE(decoded.has_value());
        const parse::ParseResult result = parse::ParseJson(decoded->json);
        REQUIRE(result.ok());
        CHECK(CheckJsonSpans(result.root, decoded->json) == "");
        ++i3;
      }
    }
    CHECK(yaml == 68);
    CHECK(json == 93);
    CHECK(i3 == 42);
  }
}

}  // namespace
}  // namespace cxlint::testing
