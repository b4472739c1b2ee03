// Provider versions: Terraform's version and constraint syntax, version sets, and which versions a
// project can get (lock file, required_providers of the root and its modules, or the latest).

#include "model/terraform/provider_version.h"

#include <doctest/doctest.h>

#include <string>

#include "model/terraform/terraform_model.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

using model::Coverage;
using model::CoverageOf;
using model::ParseConstraint;
using model::ParseVersion;
using model::ProviderVersions;
using model::Version;
using model::VersionSet;

// The versions a constraint allows; fails the test when it does not parse.
VersionSet Allowed(const std::string& constraint) {
  const auto set = ParseConstraint(constraint);
  REQUIRE_MESSAGE(set.has_value(), constraint);
  return *set;
}

bool Allows(const std::string& constraint, const std::string& version) {
  const auto parsed = ParseVersion(version);
  REQUIRE(parsed.has_value());
  return Allowed(constraint).Contains(*parsed);
}

// file_content_hash: read-only from 1.68.5 on (docs/domain.md §14).
const VersionSet kReadOnly = VersionSet::Between(Version{1, 68, 5}, std::nullopt);

// A `terraform` block that requires the genesyscloud provider at `version` (on line 5).
std::string Requiring(const std::string& version, const std::string& source = "mypurecloud/genesyscloud") {
  return "terraform {\n  required_providers {\n    genesyscloud = {\n      source  = \"" + source +
         "\"\n      version = \"" + version + "\"\n    }\n  }\n}\n";
}

// The provider versions of the only root module of `dir`.
const ProviderVersions& VersionsIn(const LintResult& result) {
  REQUIRE(result.project.terraform);
  REQUIRE(result.project.terraform->roots().size() == 1);
  return result.project.terraform->GenesysCloudVersions(*result.project.terraform->roots()[0]);
}

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("versions: one to three parts, an optional v, nothing else") {
    int parts = 0;
    CHECK(ParseVersion("1.68.5", &parts) == Version{1, 68, 5});
    CHECK(parts == 3);
    CHECK(ParseVersion("1.62", &parts) == Version{1, 62, 0});
    CHECK(parts == 2);
    CHECK(ParseVersion("v2", &parts) == Version{2, 0, 0});
    CHECK(parts == 1);
    CHECK(Version{1, 9, 0} < Version{1, 10, 0});
    CHECK(Version{1, 68, 5}.Text() == "1.68.5");
    for (const char* bad : {"", "1.", ".1", "1.2.3.4", "1.2.3-beta", "1.x", "latest", "-1.0", "1..2", "99999999999"})
      CHECK_MESSAGE(!ParseVersion(bad), bad);
  }

  TEST_CASE("constraints: each operator, as Terraform reads it") {
    CHECK(Allows("1.62.0", "1.62.0"));
    CHECK_FALSE(Allows("1.62.0", "1.62.1"));
    CHECK(Allows("= 1.62.0", "1.62.0"));
    CHECK_FALSE(Allows("=1.62.0", "1.61.9"));
    CHECK(Allows("!= 1.68.5", "1.68.4"));
    CHECK_FALSE(Allows("!= 1.68.5", "1.68.5"));
    CHECK(Allows("!= 1.68.5", "1.68.6"));
    CHECK(Allows("> 1.67", "1.67.1"));
    CHECK_FALSE(Allows("> 1.67", "1.67.0"));
    CHECK(Allows(">=1.17.0", "1.17.0"));
    CHECK(Allows(">=1.17.0", "9.0.0"));
    CHECK_FALSE(Allows(">=1.17.0", "1.16.99"));
    CHECK(Allows("< 1.68.5", "1.68.4"));
    CHECK_FALSE(Allows("< 1.68.5", "1.68.5"));
    CHECK(Allows("<= 1.68.5", "1.68.5"));
    CHECK_FALSE(Allows("<= 1.68.5", "1.68.6"));
  }

  TEST_CASE("constraints: ~> lets only the rightmost given part grow") {
    CHECK(Allows("~> 1.62.0", "1.62.9"));
    CHECK_FALSE(Allows("~> 1.62.0", "1.63.0"));
    CHECK_FALSE(Allows("~> 1.62.1", "1.62.0"));
    CHECK(Allows("~> 1.62", "1.99.0"));
    CHECK(Allows("~> 1.62", "1.62.0"));
    CHECK_FALSE(Allows("~> 1.62", "2.0.0"));
    CHECK_FALSE(Allows("~> 1.62", "1.61.5"));
    CHECK(Allows("~> 1", "3.0.0"));
    CHECK(Allowed("~> 1.68.0") == VersionSet::Between(Version{1, 68, 0}, Version{1, 69, 0}));
  }

  TEST_CASE("constraints: comma-separated conditions must all hold; bad text is not read") {
    CHECK(Allowed(">= 1.60, < 1.70, != 1.65.0") ==
          VersionSet::Between(Version{1, 60, 0}, Version{1, 65, 0})
              .Union(VersionSet::Between(Version{1, 65, 1}, Version{1, 70, 0})));
    CHECK(Allowed(">= 1.70, < 1.60").Empty());
    // Many conditions are not read (each != splits the set): bounded work on hostile input.
    std::string many = ">= 1.0.0";
    for (int i = 0; i < 63; ++i) many += ", != 1.0." + std::to_string(2 * i + 1);
    CHECK(Allowed(many).intervals().size() == 64);
    CHECK_FALSE(ParseConstraint(many + ", != 2.0.0"));
    for (const char* bad : {"", ">=", "~> 1.2.3-beta", ">= 1.0,", "=> 1.0", "1.0 || 2.0", "latest"})
      CHECK_MESSAGE(!ParseConstraint(bad), bad);
  }

  TEST_CASE("version sets: union merges touching pieces, intersection cuts") {
    const VersionSet a = VersionSet::Between(Version{1, 0, 0}, Version{1, 5, 0});
    const VersionSet b = VersionSet::Between(Version{1, 5, 0}, Version{2, 0, 0});
    CHECK(a.Union(b) == VersionSet::Between(Version{1, 0, 0}, Version{2, 0, 0}));
    CHECK(a.Union(b).intervals().size() == 1);
    CHECK(a.Intersect(b).Empty());
    CHECK(VersionSet::All().Intersect(a) == a);
    CHECK(VersionSet::Between(Version{2, 0, 0}, Version{1, 0, 0}).Empty());
    CHECK(a.SubsetOf(VersionSet::All()));
    CHECK_FALSE(VersionSet::All().SubsetOf(a));
  }

  TEST_CASE("coverage: all, none or some of the versions a project can get") {
    // The real blueprints: a pin to 1.62.0, ">=1.17.0", nothing (any version), a lock at 1.1.0.
    CHECK(CoverageOf(Allowed("1.62.0"), kReadOnly) == Coverage::kNone);
    CHECK(CoverageOf(Allowed(">=1.17.0"), kReadOnly) == Coverage::kSome);
    CHECK(CoverageOf(Allowed("~> 1.70"), kReadOnly) == Coverage::kAll);
    CHECK(CoverageOf(Allowed("~> 1.68.0"), kReadOnly) == Coverage::kSome);
    CHECK(CoverageOf(Allowed(">= 1.68.5, < 2.0.0"), kReadOnly) == Coverage::kAll);
    CHECK(CoverageOf(Allowed("< 1.68.5"), kReadOnly) == Coverage::kNone);
    CHECK(CoverageOf(Allowed("1.68.5"), kReadOnly) == Coverage::kAll);
    CHECK(CoverageOf(Allowed("1.68.4"), kReadOnly) == Coverage::kNone);
    CHECK(CoverageOf(VersionSet::All(), kReadOnly) == Coverage::kSome);
    CHECK(CoverageOf(VersionSet::None(), kReadOnly) == Coverage::kNone);
  }

  TEST_CASE("project versions: nothing said means the latest") {
    TempDir dir;
    dir.Write(
        "main.tf",
        "terraform {\n  required_providers {\n    aws = { source = \"hashicorp/aws\", version = \"1.0.0\" }\n  }\n}\n");
    const LintResult result = LintIn(dir.path());
    const ProviderVersions& versions = VersionsIn(result);
    CHECK(versions.basis == ProviderVersions::Basis::kLatest);
    CHECK(versions.description == "the latest provider (no required_providers version constraint)");
    CHECK(versions.where.empty());
  }

  TEST_CASE("project versions: the root's and its modules' constraints all hold, with where they are set") {
    TempDir dir;
    dir.Write("main.tf", Requiring(">= 1.60.0", "MyPureCloud/genesyscloud") +
                             "module \"flows\" {\n  source = \"./modules/flows\"\n}\n");
    // The old string form, under the provider's usual local name.
    dir.Write("modules/flows/versions.tf",
              "terraform {\n  required_providers {\n    genesyscloud = \"~> 1.62\"\n  }\n}\n");
    const LintResult result = LintIn(dir.path());
    const ProviderVersions& versions = VersionsIn(result);
    CHECK(versions.basis == ProviderVersions::Basis::kConstraints);
    CHECK(versions.allowed == VersionSet::Between(Version{1, 62, 0}, Version{2, 0, 0}));
    CHECK(versions.description ==
          "provider versions \">= 1.60.0\" (main.tf) and \"~> 1.62\" (modules/flows/versions.tf)");
    REQUIRE(versions.where.size() == 2);
    CHECK(versions.where[0].location.file->Position(versions.where[0].location.span.begin).line == 5);
    CHECK(versions.where[1].location.file->path() == "modules/flows/versions.tf");
  }

  TEST_CASE("project versions: the lock file decides, and is read but not linted as configuration") {
    TempDir dir;
    dir.Write("main.tf", Requiring("1.23.0"));
    dir.Write(".terraform.lock.hcl", R"(# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/mypurecloud/genesyscloud" {
  version     = "1.1.0"
  constraints = ">= 1.1.0"
  hashes = [
    "h1:abc=",
  ]
}
)");
    const LintResult result = LintIn(dir.path());
    CHECK(result.findings.empty());
    const ProviderVersions& versions = VersionsIn(result);
    CHECK(versions.basis == ProviderVersions::Basis::kLock);
    CHECK(versions.allowed == VersionSet::Exactly(Version{1, 1, 0}));
    CHECK(versions.description == "provider 1.1.0 (selected in .terraform.lock.hcl)");
    REQUIRE(versions.where.size() == 1);
    CHECK(versions.where[0].location.file->path() == ".terraform.lock.hcl");
  }

  TEST_CASE("project versions: a constraint cxlint cannot read, or none can satisfy, is not judged") {
    TempDir dir;
    dir.Write("main.tf", Requiring(">= 1.70, < 1.60"));
    const LintResult result = LintIn(dir.path());
    CHECK(VersionsIn(result).basis == ProviderVersions::Basis::kUnreadable);
    CHECK(VersionsIn(result).description ==
          "provider version \">= 1.70, < 1.60\" (main.tf), which no release satisfies");
    TempDir beta;
    beta.Write("main.tf", Requiring("1.70.0-beta1"));
    const LintResult unread = LintIn(beta.path());
    CHECK(VersionsIn(unread).basis == ProviderVersions::Basis::kUnreadable);
    CHECK(VersionsIn(unread).description == "provider version \"1.70.0-beta1\" (main.tf), which cxlint cannot read");
  }
}

}  // namespace cxlint::testing
