// Every YAML, JSON and .i3 file of the shared corpus of real projects is read: the valid ones
// give no CX001, and the spans of every tree re-read exactly.

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "support/corpus_lint.h"
#include "support/span_check.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

TEST_SUITE("corpus") {
  TEST_CASE("the whole corpus lints without CX001 or internal errors") {
    const LintResult& result = CorpusLint();
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
    // The one run of its own in the suite: it is the 4-thread run compared with the shared one.
    LintOptions options;
    options.paths = {"corpus"};
    options.jobs = 4;
    const LintResult parallel = LintIn(CorpusDir().parent_path(), options);
    const LintResult& serial = CorpusLint();
    CHECK(GoldenLines(parallel.findings) == GoldenLines(serial.findings));
    CHECK(SuppressedLines(parallel.suppressed) == SuppressedLines(serial.suppressed));
    CHECK(parallel.files_by_kind == serial.files_by_kind);
    CHECK(parallel.skipped == serial.skipped);
  }

  TEST_CASE("spans of every corpus tree re-read exactly") {
    std::map<std::string, int> read;  // by kind
    for (const auto& entry : fs::recursive_directory_iterator(CorpusDir())) {
      if (!entry.is_regular_file()) continue;
      CAPTURE(entry.path().string());
      const FileSpans spans = CheckFileSpans(entry.path());
      CHECK(spans.problem == "");
      if (!spans.kind.empty()) ++read[spans.kind];
    }
    CHECK(read["yaml"] == 68);
    CHECK(read["json"] == 93);
    CHECK(read["i3"] == 42);
  }
}

}  // namespace
}  // namespace cxlint::testing
