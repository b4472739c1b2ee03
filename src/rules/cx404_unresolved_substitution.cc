// CX404 unresolved-substitution: a flow file deployed by a `genesyscloud_flow` has a `{{key}}` the
// resource's `substitutions` does not define. The provider replaces only the keys it is given
// (a plain text replacement, docs/domain.md §10), so the placeholder reaches Architect as
// written: `{{key}}:` as a mapping key is not valid YAML and the publish fails; elsewhere the
// flow is published with the literal text, a data action category named "{{key}}" nobody has.
// Skipped when the substitutions cannot be evaluated as a whole (CX003 says so). The "deployed by"
// related location comes with every finding in a deployed file (lint/deployment_context).

#include <map>
#include <string>

#include "model/project.h"
#include "model/terraform/flow_deployment.h"
#include "model/terraform/terraform_model.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  for (const model::FlowDeployment& deployment : project.flow_deployments) {
    if (!deployment.document || deployment.substitutions_unknown) continue;
    const SourcePtr& file = deployment.document->source;
    // One finding per key, at its first use: the fix is one line in the resource.
    std::map<std::string, std::pair<Span, int>> missing;
    std::vector<std::string> order;
    for (const model::FlowPlaceholder& placeholder : deployment.placeholders) {
      if (deployment.substitutions.count(placeholder.key)) continue;
      auto [it, added] = missing.emplace(placeholder.key, std::make_pair(placeholder.span, 0));
      if (added) order.push_back(placeholder.key);
      ++it->second.second;
    }
    for (const std::string& key : order) {
      const auto& [span, uses] = missing.at(key);
      const std::string more = uses > 1 ? " (used " + std::to_string(uses) + " times in the file)" : "";
      sink.Report(Location{file, span, {}},
                  "'{{" + key + "}}'" + more + " has no entry in the substitutions of " + deployment.resource->address +
                      ": the provider uploads it as written, so Architect gets the literal text (or, as a mapping "
                      "key, YAML it rejects) and the publish fails or the flow looks for something named '{{" +
                      key + "}}'; add " + key + " to substitutions");
    }
  }
}

// Its traits (RuleMeta::traits): Terraform rules read facts (the configuration, the provider's
// schema, the files it names), so their precision is very high.
constexpr std::string_view kTags[] = {"terraform", "correctness"};

}  // namespace

const RuleMeta kUnresolvedSubstitution{"CX404",
                                       "unresolved-substitution",
                                       Severity::kError,
                                       "a {{key}} in a deployed flow file has no entry in the resource's substitutions",
                                       &Check,
                                       {},
                                       {kTags, "very-high"}};

}  // namespace cxlint::rules
