// CX406 flow-file-not-found: a `genesyscloud_flow` whose `filepath` evaluates to a local file that
// does not exist. Terraform resolves the path from the root module's folder, which is where
// cxlint looks too; a path that cannot be evaluated, or lives in S3 or behind a URL, is not judged (the model says
// so with CX003). A flow file a `local_file` writes is not judged: Terraform writes it at apply.

#include <set>
#include <string>
#include <utility>

#include "model/terraform/flow_deployment.h"
#include "model/terraform/terraform_model.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  // Module instances share one filepath expression; each missing path is reported once there.
  std::set<std::pair<std::string, uint32_t>> reported;
  for (const model::FlowDeployment& deployment : project.flow_deployments) {
    if (deployment.file_exists || deployment.path.empty() || !deployment.resource) continue;
    // Terraform writes a local_file's flow file itself, at apply; it need not exist before.
    if (deployment.generated_by) continue;
    // A plan records the path as written where Terraform ran, perhaps on another machine; only a
    // configuration file says where the flow file should be.
    if (deployment.resource->document->kind == FileKind::kTerraformPlan) continue;
    // The provider also downloads http(s):// paths (its own tests use them); like s3:// they are
    // not files cxlint can look for.
    if (deployment.filepath.value.str().find("://") != std::string::npos) continue;
    const Location& location = deployment.filepath.location;
    if (!reported.emplace(deployment.path, location.span.begin).second) continue;
    const model::TerraformResource& resource = *deployment.resource;
    std::string message = "the flow file \"" + deployment.path + "\" of " + resource.address + " does not exist";
    // A module that names its file relative to itself is the usual cause: say where Terraform
    // looked, and whether the file is where the module author meant.
    const std::string& written = deployment.filepath.value.str();
    const std::string module_dir = model::DirectoryOf(resource.document->source->path());
    if (!written.empty() && written[0] != '/' && module_dir != resource.instance->root_dir) {
      message +=
          " (a relative filepath is resolved from the root module's folder \"" + resource.instance->root_dir + "\"";
      if (deployment.exists_beside_module)
        message += "; write \"${path.module}/" + model::JoinPath(".", written) + "\"";
      message += ")";
    }
    sink.Report(location, message + ": the provider cannot read it to upload the flow");
  }
}

// Its traits (RuleMeta::traits): Terraform rules read facts (the configuration, the provider's
// schema, the files it names), so their precision is very high.
constexpr std::string_view kTags[] = {"terraform", "correctness"};

}  // namespace

const RuleMeta kFlowFileNotFound{"CX406",
                                 "flow-file-not-found",
                                 Severity::kError,
                                 "the filepath of a genesyscloud_flow evaluates to a local file that does not exist",
                                 &Check,
                                 {},
                                 {kTags, "very-high"}};

}  // namespace cxlint::rules
