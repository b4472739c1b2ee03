// A fixed sample of the shared corpus, for the run under AddressSanitizer and UBSan
// (`make test-sanitize`). The sanitizers look for memory errors and undefined behaviour along
// code paths, not for counts, so a few repositories that together hold every kind of file the
// corpus has, and take the paths those files take (flows deployed by Terraform with their
// substitutions, local modules, .tfvars, exports bound to data-action exports, the provider's
// examples of every resource type), stand in for the 70; the Debug build with the sanitizers runs
// several times slower than the release build. The whole corpus, with its counts, is the `corpus`
// suite of the release run.

#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "support/span_check.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kSample = {
    // An .i3 workflow export and its data-action export; .auto.tfvars; a flow deployed by a module.
    "GenesysCloudBlueprints__ani-blacklist",
    // Exports of several flow types whose Failure paths retry (the CX1xx paths).
    "GenesysCloudBlueprints__design-architect-flow-data-actions-for-resiliency",
    // An Archy flow deployed with `{{key}}` substitutions from Terraform data actions in modules.
    "GenesysCloudBlueprints__negative-sentiment-callback",
    // An Archy flow linted on its own, next to Terraform that does not deploy it.
    "GenesysCloudBlueprints__architect-flow-public-api-blueprint",
    // The provider's examples: every resource type (CX401-CX403), webhooks, open messaging.
    "MyPureCloud__terraform-provider-genesyscloud",
};

TEST_SUITE("corpus-sample") {
  TEST_CASE("the corpus sample lints without CX001 or internal errors, and holds every kind of corpus file") {
    const LintResult result = LintIn(CorpusDir(), kSample);
    CHECK(result.internal_errors.empty());
    CHECK(result.missing_paths.empty());
    for (const Finding& finding : result.findings) {
      CAPTURE(finding.location.file->path());
      CHECK(finding.rule->code != "CX001");
    }
    // The kinds the whole corpus holds (corpus suite); no .tf.json, plan or lock file is in it.
    for (FileKind kind : {FileKind::kArchyFlow, FileKind::kI3Export, FileKind::kDataActionJson, FileKind::kTerraform,
                          FileKind::kTerraformVars}) {
      CAPTURE(static_cast<int>(kind));
      CHECK(result.files_by_kind.count(kind) == 1);
    }
    int deployed = 0;
    for (const DocumentRead& document : result.documents) deployed += !document.deployed_by.empty();
    CHECK(deployed >= 2);
  }

  TEST_CASE("spans of every tree of the corpus sample re-read exactly") {
    std::set<std::string> kinds;
    for (const std::string& repository : kSample) {
      for (const auto& entry : fs::recursive_directory_iterator(CorpusDir() / repository)) {
        if (!entry.is_regular_file()) continue;
        CAPTURE(entry.path().string());
        const FileSpans spans = CheckFileSpans(entry.path());
        CHECK(spans.problem == "");
        if (!spans.kind.empty()) kinds.insert(spans.kind);
      }
    }
    CHECK(kinds == std::set<std::string>{"i3", "json", "yaml"});
  }
}

}  // namespace
}  // namespace cxlint::testing
