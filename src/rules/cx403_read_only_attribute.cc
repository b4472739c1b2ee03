// CX403 read-only-attribute: a modelled `genesyscloud_*` resource sets an attribute the provider
// computes. The case that matters is `file_content_hash` on `genesyscloud_flow`: required up to
// provider 1.67 and read-only since 1.68.5, so blueprints written for the old provider still set
// it (docs/domain.md §14) and a newer provider rejects them.
//
// Whether it is read-only depends on the provider release, so the rule judges the releases the
// project can get (the lock file's, else the required_providers constraints, else the latest):
// read-only in all of them is a warning, in none is silence, in some is a note that names the range.
// Telling a project pinned to 1.62 to remove a required attribute would break its plan.

#include <string>

#include "model/terraform/provider_schema.h"
#include "model/terraform/terraform_model.h"
#include "rules/provider_settings.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

using model::Coverage;
using model::ProviderVersions;

// Whether `since` and later releases are all, none or some of what the project can get. With no
// constraint `terraform init` takes the latest release, which is one of them; a constraint cxlint
// cannot read leaves it open.
Coverage CoverageFor(const ProviderVersions& versions, const model::Version& since) {
  switch (versions.basis) {
    case ProviderVersions::Basis::kLatest: return Coverage::kAll;
    case ProviderVersions::Basis::kUnreadable: return Coverage::kSome;
    default: return model::CoverageOf(versions.allowed, model::VersionSet::Between(since, std::nullopt));
  }
}

void Check(const model::Project& project, Sink& sink) {
  for (const ModelledResource& modelled : ModelledResources(project)) {
    const model::TerraformResource& resource = *modelled.resource;
    for (const model::WrittenAttribute& attribute : resource.Body().Attributes()) {
      const model::SettingSchema* setting = model::FindSetting(modelled.schema->settings, attribute.name);
      if (!setting || setting->presence != model::Presence::kReadOnly) continue;
      const std::string head = resource.address + " sets '" + std::string(attribute.name) + "', which ";
      const std::string advice = setting->read_only_advice.empty() ? "read-only (the provider computes it); remove it"
                                                                   : std::string(setting->read_only_advice);
      if (!setting->read_only_since) {
        sink.Report(resource.At(attribute.span), head + "is " + advice);
        continue;
      }
      const ProviderVersions& versions = project.terraform->GenesysCloudVersions(*resource.instance);
      const Coverage coverage = CoverageFor(versions, *setting->read_only_since);
      if (coverage == Coverage::kNone) continue;
      if (coverage == Coverage::kAll) {
        sink.Report(resource.At(attribute.span), head + "is " + advice + "; checked against " + versions.description,
                    versions.where);
        continue;
      }
      const std::string since = setting->read_only_since->Text();
      // With no upper bound and no lock file, `terraform init` takes the newest release, where
      // the attribute is read-only: a fresh checkout fails its plan.
      const bool newest = !versions.allowed.intervals().empty() && !versions.allowed.intervals().back().high;
      const std::string judged =
          versions.basis == ProviderVersions::Basis::kUnreadable
              ? versions.description + ", so cxlint cannot tell which releases the project gets"
              : versions.description + (versions.where.size() == 1 ? " allows" : " allow") +
                    " releases before and after " + since +
                    (newest ? ", and with no lock file `terraform init` installs the newest, where `plan` rejects it"
                            : "");
      Finding& finding = sink.Report(resource.At(attribute.span),
                                     head + "is " + std::string(setting->before_read_only) + " and read-only from " +
                                         since + "; " + judged + ": pin the provider, then keep the attribute below " +
                                         since + " or remove it from " + since + " on",
                                     versions.where);
      finding.severity = Severity::kNote;
    }
  }
}

// Its traits (RuleMeta::traits): Terraform rules read facts (the configuration, the provider's
// schema, the files it names), so their precision is very high.
constexpr std::string_view kTags[] = {"terraform", "correctness"};

}  // namespace

const RuleMeta kReadOnlyAttribute{"CX403",
                                  "read-only-attribute",
                                  Severity::kWarning,
                                  "a genesyscloud_* resource sets an attribute the provider computes "
                                  "(file_content_hash on genesyscloud_flow since 1.68.5)",
                                  &Check,
                                  {},
                                  {kTags, "very-high"}};

}  // namespace cxlint::rules
