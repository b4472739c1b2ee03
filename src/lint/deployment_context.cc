#include "lint/deployment_context.h"

#include <map>
#include <string>

#include "model/terraform/flow_deployment.h"
#include "model/terraform/terraform_model.h"

namespace cxlint {

namespace {

using Chain = std::vector<RelatedLocation>;

// The first instance met wins when a module folder is called more than once: the finding is
// about the file, and one call chain is enough to find it.
void CollectChains(const model::ModuleInstance& instance, std::map<std::string, Chain>& by_file) {
  if (!instance.call_chain.empty()) {
    for (const Document* file : instance.config->files)
      by_file.emplace(model::JoinPath(".", file->source->path()), instance.call_chain);
  }
  for (const auto& [name, child] : instance.children) CollectChains(*child, by_file);
}

}  // namespace

void AddDeploymentContext(const model::Project& project, std::vector<Finding>& findings) {
  if (!project.terraform) return;
  std::map<std::string, Chain> by_file;
  for (const auto& root : project.terraform->roots()) CollectChains(*root, by_file);
  for (const model::FlowDeployment& deployment : project.flow_deployments) {
    // Also when the flow file did not parse: its CX001 is about a deployed file too.
    if (!deployment.file_exists) continue;
    Chain chain{{deployment.resource->HeaderLocation(), "deployed by " + deployment.resource->address}};
    const Chain& calls = deployment.resource->instance->call_chain;
    chain.insert(chain.end(), calls.begin(), calls.end());
    by_file.emplace(model::JoinPath(".", deployment.path), std::move(chain));
  }
  for (Finding& finding : findings) {
    if (!finding.location.file) continue;
    // Paths compare in normal form: the walk may say "./a/b.yaml" where Terraform says "a/b.yaml".
    auto it = by_file.find(model::JoinPath(".", finding.location.file->path()));
    if (it == by_file.end()) continue;
    finding.related.insert(finding.related.end(), it->second.begin(), it->second.end());
  }
}

}  // namespace cxlint
