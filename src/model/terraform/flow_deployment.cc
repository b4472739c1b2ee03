#include "model/terraform/flow_deployment.h"

#include <sys/stat.h>

#include "model/terraform/terraform_model.h"

namespace cxlint::model {

namespace {

using parse::hcl::Attribute;
using parse::hcl::ExprKind;

bool IsRegularFile(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

// Reads `substitutions = { key = value, ... }` key by key, so each value keeps the position of
// its key; a map built any other way is evaluated whole.
void ReadSubstitutions(const TerraformResource& resource, const Attribute& attribute, FlowDeployment& deployment) {
  const parse::hcl::Expression& map = attribute.expression;
  if (map.kind == ExprKind::kObject) {
    for (size_t i = 0; i < map.ObjectSize(); ++i) {
      const parse::hcl::Expression& key = map.ObjectKey(i);
      std::string name;
      if (key.kind == ExprKind::kVariable) {
        name = std::string(key.name);
      } else {
        const auto text = resource.Evaluate(key).AsString();
        if (!text) continue;  // a key cxlint cannot know names no placeholder it can check
        name = *text;
      }
      deployment.substitutions[name] = {resource.Evaluate(map.ObjectValue(i)), resource.At(key.span)};
    }
    return;
  }
  const Value value = resource.Evaluate(map);
  if (!value.IsObject()) {
    deployment.substitutions_unknown = true;
    return;
  }
  for (const auto& [name, item] : value.entries()) deployment.substitutions[name] = {item, resource.At(map.span)};
}

}  // namespace

void DeployFlows(Project& project, const LoadOptions& options, std::vector<Finding>& findings) {
  if (!project.terraform) return;
  for (const TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data || resource.type != "genesyscloud_flow") continue;
    FlowDeployment deployment;
    deployment.resource = &resource;
    const parse::hcl::Body& body = resource.block->body;
    if (const Attribute* substitutions = body.FindAttribute("substitutions")) {
      ReadSubstitutions(resource, *substitutions, deployment);
    }
    const Attribute* filepath = body.FindAttribute("filepath");
    if (!filepath) {
      project.flow_deployments.push_back(std::move(deployment));
      continue;
    }
    deployment.filepath = {resource.Evaluate(filepath->expression), resource.At(filepath->expression.span)};
    const Value& path = deployment.filepath.value;
    if (path.IsUnknown()) {
      ReportUnresolved(findings, deployment.filepath.location,
           "the filepath of " + resource.address + " cannot be evaluated (" + path.unknown_reason() +
               "); its flow is not read with its substitutions, and CX404-CX406 are skipped for it");
    } else if (path.IsString() && path.str().rfind("s3://", 0) == 0) {
      ReportUnresolved(findings, deployment.filepath.location,
           "the flow of " + resource.address + " is read from S3 (\"" + path.str() +
               "\"), which cxlint does not fetch; CX404-CX406 are skipped for it");
    } else if (path.IsString()) {
      // Terraform resolves relative paths from its working folder, the root module.
      deployment.path = JoinPath(resource.instance->root_dir, path.str());
      deployment.file_exists = IsRegularFile(deployment.path);
    }
    if (deployment.file_exists) {
      std::map<std::string, std::string> values;
      for (const auto& [key, value] : deployment.substitutions) {
        // An unknown value leaves its {{key}} in place, as a placeholder, rather than a guess.
        if (const auto text = value.value.AsString()) values[key] = *text;
      }
      // Show the file under the name the walk gave it, when the walk found it too.
      std::string display = deployment.path;
      for (Document& walked : project.documents) {
        if (walked.deployed_by.empty() && walked.kind == FileKind::kArchyFlow &&
            JoinPath(".", walked.source->path()) == JoinPath(".", deployment.path)) {
          walked.superseded = true;
          display = walked.source->path();
        }
      }
      LoadOutcome outcome = LoadDeployedFlow(display, values, options);
      for (Finding& finding : outcome.findings) findings.push_back(std::move(finding));
      if (outcome.document && outcome.document->kind == FileKind::kArchyFlow) {
        outcome.document->deployed_by = resource.address;
        project.documents.push_back(std::move(*outcome.document));
        deployment.document = &project.documents.back();
      }
    }
    project.flow_deployments.push_back(std::move(deployment));
  }
}

}  // namespace cxlint::model
