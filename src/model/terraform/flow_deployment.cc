#include "model/terraform/flow_deployment.h"

#include <sys/stat.h>

#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/parallel.h"
#include "base/pipeline_rules.h"
#include "model/terraform/evaluator.h"
#include "model/terraform/terraform_model.h"
#include "parse/yaml/placeholders.h"

namespace cxlint::model {

namespace {

using parse::hcl::Attribute;
using parse::hcl::ExprKind;

bool IsRegularFile(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

// Whether a relative `filepath` missing from the root module's folder names a file beside the
// module that writes it: the usual cause is a module naming its file relative to itself.
bool ExistsBesideModule(const TerraformResource& resource, const std::string& written) {
  const std::string module_dir = DirectoryOf(resource.document->source->path());
  if (written.empty() || written[0] == '/' || module_dir == resource.instance->root_dir) return false;
  return IsRegularFile(JoinPath(module_dir, written));
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
        name = std::string(key.name());
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

void Keep(Project& project, FlowDeployment& deployment, LoadOutcome outcome, std::vector<Finding>& findings) {
  for (Finding& finding : outcome.findings) findings.push_back(std::move(finding));
  if (outcome.document && outcome.document->kind == FileKind::kArchyFlow) {
    outcome.document->deployed_by = deployment.resource->address;
    project.documents.push_back(std::move(*outcome.document));
    deployment.document = &project.documents.back();
  }
}

const ModuleInstance* RootOf(const ModuleInstance& instance) {
  const ModuleInstance* root = &instance;
  while (root->parent) root = root->parent;
  return root;
}

// What every deployment looks up, built once per project so that no step is quadratic in its
// files or resources: the walked flow files by path, and the `local_file`s by the file they write.
class DeploymentIndex {
 public:
  explicit DeploymentIndex(Project& project) {
    for (Document& walked : project.documents) {
      if (walked.deployed_by.empty() && walked.kind == FileKind::kArchyFlow)
        walked_[JoinPath(".", walked.source->path())].push_back(&walked);
    }
    for (const TerraformResource& resource : project.terraform->resources()) {
      if (resource.is_data || (resource.type != "local_file" && resource.type != "local_sensitive_file")) continue;
      const Attribute* filename = resource.block->body.FindAttribute("filename");
      if (!filename) continue;
      const Value value = resource.Evaluate(filename->expression);
      // The first writer of a path in resource order, as a search would find it.
      if (value.IsString())
        generators_.emplace(
            std::make_pair(RootOf(*resource.instance), JoinPath(resource.instance->root_dir, value.str())), &resource);
    }
  }

  /// Marks the walked flow file at `path` superseded: the deployed copy is linted instead. Returns
  /// the name the walk gave it, or `path` when the walk did not find it.
  std::string Supersede(const std::string& path) {
    const auto found = walked_.find(JoinPath(".", path));
    if (found == walked_.end()) return path;
    for (Document* walked : found->second) walked->superseded = true;
    return found->second.back()->source->path();
  }

  /// The `local_file` of the same root as `flow` whose `filename` is `path`, or null.
  const TerraformResource* Generator(const TerraformResource& flow, const std::string& path) const {
    const auto found = generators_.find(std::make_pair(RootOf(*flow.instance), path));
    return found == generators_.end() ? nullptr : found->second;
  }

 private:
  std::unordered_map<std::string, std::vector<Document*>> walked_;
  std::map<std::pair<const ModuleInstance*, std::string>, const TerraformResource*> generators_;
};

// Reads the flow a `local_file` writes from where its content comes from: the template of
// templatefile(), rendered, or the file of file().
void ReadGeneratedFlow(Project& project, DeploymentIndex& index, FlowDeployment& deployment,
                       const std::map<std::string, std::string>& values, const LoadOptions& options,
                       std::vector<Finding>& findings) {
  const TerraformResource& writer = *deployment.generated_by;
  const std::string& flow = deployment.resource->address;
  // A copy of the output committed from an earlier apply is stale: the template is what deploys.
  index.Supersede(deployment.path);
  const Attribute* content = writer.block->body.FindAttribute("content");
  const Location at = content ? writer.At(content->expression.span) : writer.HeaderLocation();
  const parse::hcl::Expression* call = content ? &content->expression : nullptr;
  const std::string function = call && call->kind == ExprKind::kFunctionCall ? std::string(call->name()) : "";
  if (function == "file" && call->children.size() == 1) {
    const Value source = writer.Evaluate(call->children[0]);
    if (!source.IsString()) {
      ReportUnresolved(findings, at,
                       "the flow file of " + flow + " is written by " + writer.address +
                           " from a file whose path cannot be evaluated (" + source.Describe() +
                           "); its flow is not linted");
      return;
    }
    deployment.path = JoinPath(writer.instance->root_dir, source.str());
    deployment.file_exists = IsRegularFile(deployment.path);
    if (deployment.file_exists)
      Keep(project, deployment, LoadDeployedFlow(index.Supersede(deployment.path), values, options), findings);
    return;
  }
  if (function != "templatefile") {
    ReportUnresolved(findings, at,
                     "the flow file of " + flow + " is written by " + writer.address +
                         ", whose content is not templatefile() or file(); its flow is not linted");
    return;
  }
  const RenderedTemplate rendered = Evaluator(*writer.instance).RenderTemplateFile(*call);
  if (rendered.parse_error_offset && rendered.file) {
    Sink sink(rules::kParseError, findings);
    const uint32_t offset = *rendered.parse_error_offset;
    sink.Report(Location{rendered.file, {offset, offset}, {}}, rendered.value.unknown_reason(),
                {{at, "the template of " + writer.address + ", which writes the flow file of " + flow}});
    return;
  }
  if (!rendered.file || rendered.incomplete) {
    ReportUnresolved(findings, at,
                     "the flow file of " + flow + " is written by " + writer.address +
                         " from a template cxlint cannot render (" + rendered.value.unknown_reason() +
                         "); its flow is not linted");
    return;
  }
  deployment.path = rendered.file->path();
  deployment.file_exists = true;
  deployment.rendered = rendered.text;
  deployment.rendered_map = rendered.map;
  index.Supersede(deployment.path);
  Keep(project, deployment, LoadRenderedFlow(rendered.file, rendered.text, rendered.map, values), findings);
}

// The placeholders of the flow as the provider reads it, before its substitutions: those a
// rendering writes are where the rendering puts them, mapped back into the template.
void CollectPlaceholders(FlowDeployment& deployment) {
  if (!deployment.document) return;
  for (const parse::Placeholder& placeholder : parse::FindPlaceholders(deployment.UploadedText()))
    deployment.placeholders.push_back({placeholder.key, deployment.InFile(placeholder.span)});
}

}  // namespace

std::string_view FlowDeployment::UploadedText() const {
  if (generated_by && document && !rendered_map.empty()) return rendered;
  return document ? std::string_view(document->source->text()) : std::string_view();
}

Span FlowDeployment::InFile(Span span) const {
  if (!generated_by || rendered_map.empty()) return span;
  const uint32_t begin = rendered_map.ToOriginal(span.begin);
  const uint32_t end = span.end > span.begin ? rendered_map.ToOriginal(span.end) : begin;
  return {begin, end < begin ? begin : end};
}

void DeployFlows(Project& project, const LoadOptions& options, unsigned jobs, std::vector<Finding>& findings) {
  if (!project.terraform) return;
  DeploymentIndex index(project);
  // Each deployment in resource order, with the values its flow is read with. The flow files
  // named directly are read and parsed on `jobs` threads (a third of a model's time otherwise);
  // the rest is kept in resource order, so the documents are in the same order for every -j.
  struct Pending {
    FlowDeployment deployment;
    std::map<std::string, std::string> values;  // the substitutions cxlint can evaluate
    std::string read_path;                      // the file to read directly, or empty
    LoadOutcome read;                           // what reading it gave
  };
  std::vector<Pending> pending;
  for (const TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data || resource.type != "genesyscloud_flow") continue;
    FlowDeployment& deployment = pending.emplace_back().deployment;
    deployment.resource = &resource;
    const parse::hcl::Body& body = resource.block->body;
    if (const Attribute* substitutions = body.FindAttribute("substitutions")) {
      ReadSubstitutions(resource, *substitutions, deployment);
    }
    const Attribute* filepath = body.FindAttribute("filepath");
    if (!filepath) continue;
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
      deployment.generated_by = index.Generator(resource, deployment.path);
      if (!deployment.generated_by) deployment.file_exists = IsRegularFile(deployment.path);
      if (!deployment.generated_by && !deployment.file_exists)
        deployment.exists_beside_module = ExistsBesideModule(resource, path.str());
    }
    for (const auto& [key, value] : deployment.substitutions) {
      // An unknown value leaves its {{key}} in place, as a placeholder, rather than a guess.
      if (const auto text = value.value.AsString()) pending.back().values[key] = *text;
    }
    // Show the file under the name the walk gave it, when the walk found it too.
    if (!deployment.generated_by && deployment.file_exists) pending.back().read_path = index.Supersede(deployment.path);
  }
  ParallelFor(pending.size(), jobs, [&](size_t i) {
    if (!pending[i].read_path.empty())
      pending[i].read = LoadDeployedFlow(pending[i].read_path, pending[i].values, options);
  });
  for (Pending& flow : pending) {
    FlowDeployment& deployment = flow.deployment;
    if (deployment.generated_by) {
      ReadGeneratedFlow(project, index, deployment, flow.values, options, findings);
    } else if (!flow.read_path.empty()) {
      Keep(project, deployment, std::move(flow.read), findings);
    }
    CollectPlaceholders(deployment);
    project.flow_deployments.push_back(std::move(deployment));
  }
}

}  // namespace cxlint::model
