// CX405 unused-substitution: a `genesyscloud_flow` resource's `substitutions` has a key that no
// `{{key}}` in its flow file uses. Nothing breaks at runtime, but the value the team thinks is in
// the flow is not (often a typo: `data_action_categroy`), so the flow runs with whatever the file
// says instead.

#include <set>
#include <string>

#include "base/edit_distance.h"
#include "model/project.h"
#include "model/terraform/flow_deployment.h"
#include "model/terraform/terraform_model.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  for (const model::FlowDeployment& deployment : project.flow_deployments) {
    if (!deployment.document) continue;
    std::set<std::string> used;
    for (const model::FlowPlaceholder& placeholder : deployment.placeholders) used.insert(placeholder.key);
    const std::vector<std::string> candidates(used.begin(), used.end());
    for (const auto& [key, value] : deployment.substitutions) {
      if (used.count(key)) continue;
      std::string hint;
      if (const auto near = ClosestMatch(key, candidates); near && !deployment.substitutions.count(*near))
        hint = "; did you mean '" + *near + "'?";
      sink.Report(value.location,
                  "substitution '" + key + "' of " + deployment.resource->address + " is not used: the flow file " +
                      deployment.path + " has no '{{" + key + "}}', so the value never reaches the flow" + hint,
                  {{Location{deployment.document->source, Span{0, 0}, {}}, "the flow file"}});
    }
  }
}

// Its traits (RuleMeta::traits): Terraform rules read facts (the configuration, the provider's
// schema, the files it names), so their precision is very high.
constexpr std::string_view kTags[] = {"terraform", "correctness"};

}  // namespace

const RuleMeta kUnusedSubstitution{
    "CX405", "unused-substitution", Severity::kNote, "a substitutions key matches no {{key}} in the flow file", &Check,
    {},      {kTags, "very-high"}};

}  // namespace cxlint::rules
