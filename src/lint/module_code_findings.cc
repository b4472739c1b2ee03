#include "lint/module_code_findings.h"

#include <map>
#include <string>

#include "model/terraform/flow_deployment.h"
#include "model/terraform/terraform_model.h"

namespace cxlint {

namespace {

// The call in the user's code that leads into a downloaded module, and what to say about it.
struct UserCall {
  Location location;
  std::string module;  // "module.data_action"
  std::string source;
};

// Files of downloaded modules, by normal path, each with the outermost downloaded call above it:
// a module the downloaded one calls in turn is still reached through the user's call.
void CollectFiles(const model::ModuleInstance& instance, const UserCall* outer,
                  std::map<std::string, UserCall>& by_file) {
  UserCall here;
  if (!outer && !instance.config->downloaded_from.empty() && !instance.call_chain.empty()) {
    here = {instance.call_chain.back().location, instance.address, instance.config->downloaded_from};
    outer = &here;
  }
  if (outer) {
    for (const Document* file : instance.config->files)
      by_file.emplace(model::JoinPath(".", file->source->path()), *outer);
  }
  for (const auto& [name, child] : instance.children) CollectFiles(*child, outer, by_file);
}

}  // namespace

void MoveToModuleCalls(const model::Project& project, std::vector<Finding>& findings) {
  if (!project.terraform) return;
  std::map<std::string, UserCall> by_file;
  for (const auto& root : project.terraform->roots()) CollectFiles(*root, nullptr, by_file);
  if (by_file.empty()) return;
  // A flow file a downloaded module deploys is its code too.
  for (const model::FlowDeployment& deployment : project.flow_deployments) {
    if (!deployment.document) continue;
    const auto owner = by_file.find(model::JoinPath(".", deployment.resource->document->source->path()));
    if (owner != by_file.end())
      by_file.emplace(model::JoinPath(".", deployment.document->source->path()), UserCall(owner->second));
  }
  for (Finding& finding : findings) {
    if (!finding.location.file) continue;
    const auto it = by_file.find(model::JoinPath(".", finding.location.file->path()));
    if (it == by_file.end()) continue;
    const UserCall& call = it->second;
    finding.related.insert(
        finding.related.begin(),
        {finding.location, "the cause, in " + call.module + " as downloaded from \"" + call.source + "\""});
    finding.location = call.location;
    finding.message += " (in " + call.module + ", which terraform init downloaded: code you do not own)";
  }
}

}  // namespace cxlint
