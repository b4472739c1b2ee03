#pragma once
// The Terraform side of a project: module folders, their instances (roots and local module
// calls, with their inputs), and every resource with its full address.

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/finding.h"
#include "model/project.h"
#include "model/terraform/evaluator.h"
#include "model/terraform/module.h"
#include "model/terraform/module_manifest.h"
#include "model/terraform/plan.h"
#include "model/terraform/provider_requirements.h"
#include "model/terraform/written.h"

namespace cxlint::model {

/// Variable values from outside the configuration, as Terraform takes them.
struct TerraformInputs {
  std::vector<std::string> var_files;                     // --var-file, in order
  std::vector<std::pair<std::string, std::string>> vars;  // --var name=value, in order
  std::map<std::string, std::string> environment;         // TF_VAR_name=value (name without prefix)
  uint64_t max_file_size = kDefaultMaxFileSize;           // --max-file-size, for file() and templatefile()

  /// The TF_VAR_* variables of this process.
  static std::map<std::string, std::string> FromEnvironment();
};

/// One `resource` (or `data`) block in one module instance.
struct TerraformResource {
  std::string type;
  std::string name;
  std::string address;  // "module.flow.genesyscloud_flow.inbound"
  bool is_data = false;
  const parse::hcl::Block* block = nullptr;
  const Document* document = nullptr;
  const ModuleInstance* instance = nullptr;

  /// Where a finding about the whole resource points: its type and labels.
  Location HeaderLocation() const;
  /// Where a finding about `span` in this resource's file points, with the module call chain.
  Location At(Span span) const { return Location{document->source, span, {}}; }
  /// Evaluates an expression of this resource in its module instance.
  Value Evaluate(const parse::hcl::Expression& expression) const { return Evaluator(*instance).Evaluate(expression); }
  Value Evaluate(const WrittenExpression& expression) const { return Evaluate(expression.syntax()); }
  /// True when the block is there to read (what Body() needs).
  bool HasBody() const { return block && document; }
  /// The block's attributes and nested blocks as written.
  WrittenBody Body() const { return WrittenBody(block->body); }
};

/// Builds and owns module configurations and instances for the `.tf` and `.tf.json` documents of a
/// project, and the resources of its plan JSON documents that no configuration file declares.
class TerraformModel {
 public:
  /// Groups the project's Terraform documents into module folders and instantiates every root
  /// module and every local module call; a remote module call too when `terraform init` wrote
  /// it into the root's `.terraform/modules` (read through modules.json, bounded). Remote calls
  /// that were not downloaded and module folders that were not linted become CX003 notes.
  static std::unique_ptr<TerraformModel> Build(const Project& project, const TerraformInputs& inputs,
                                               std::vector<Finding>& findings);

  /// Every resource and data block of every instance, roots first, in source order.
  const std::vector<TerraformResource>& resources() const { return resources_; }
  /// The root instances (folders no other linted folder calls as a module).
  const std::vector<std::unique_ptr<ModuleInstance>>& roots() const { return roots_; }
  /// The genesyscloud provider versions the root module of `instance` can get.
  const ProviderVersions& GenesysCloudVersions(const ModuleInstance& instance) const;

 private:
  void Instantiate(ModuleInstance& instance, int depth, std::vector<Finding>& findings);
  // Makes `dir` a root module instance with the variable values `inputs` give it.
  void AddRoot(const std::string& dir, const ModuleConfig& config, const TerraformInputs& inputs,
               const std::map<std::string, std::vector<const Document*>>& var_files,
               const std::map<std::string, const Document*>& lock_files, const Project& project,
               std::vector<Finding>& findings);
  void CollectResources(const ModuleInstance& instance);
  // The module folder `dir` a call reaches: a linted one, or one terraform init downloaded (read
  // on first use from disk); null when there is none. `source` is the call's source.
  const ModuleConfig* FindConfig(const std::string& dir, const ModuleInstance& caller, const std::string& source,
                                 std::vector<Finding>& findings);
  // Reads the .tf and .tf.json files of a downloaded module folder.
  const ModuleConfig* LoadDownloaded(const std::string& dir, const std::string& source, std::vector<Finding>& findings);
  // Where a remote module call leads, from the root's modules.json; empty after a CX003.
  std::string DownloadedDir(const ModuleInstance& instance, const std::string& name, const std::string& source,
                            const Location& at, std::vector<Finding>& findings);
  // Adds the resources of plan documents that no linted .tf or .tf.json declares.
  void AddPlanResources(const Project& project, std::vector<Finding>& findings);

  std::map<std::string, std::unique_ptr<ModuleConfig>> configs_;  // by folder
  // Folders terraform init downloaded, by folder; never roots, never walked.
  std::map<std::string, std::unique_ptr<ModuleConfig>> downloaded_;
  // The documents of downloaded modules: not the user's files, so not in Project::documents.
  std::deque<Document> downloaded_documents_;
  uint64_t downloaded_bytes_ = 0;
  // Each root's modules.json, by root folder.
  std::map<std::string, ModuleManifest> manifests_;
  std::vector<std::unique_ptr<ModuleInstance>> roots_;
  EvalBudget budget_;
  // Module instances made so far; a DAG of modules each calling the next twice would otherwise
  // make exponentially many.
  int instances_ = 0;
  // The folders instantiated at least once, and the .tf bytes their later instances added: each
  // instance lints its folder's resources again, so a DAG over a large module is bounded by size.
  std::set<const ModuleConfig*> instantiated_;
  uint64_t repeated_bytes_ = 0;
  bool repeated_cap_reported_ = false;
  std::vector<TerraformResource> resources_;
  // By root instance.
  std::map<const ModuleInstance*, ProviderVersions> provider_versions_;
  // The syntax trees of `.tf.json` documents; resources and declarations point into them.
  std::vector<std::shared_ptr<const parse::hcl::Body>> json_bodies_;
  // The plans read; resources that come from a plan point into them.
  std::vector<std::unique_ptr<Plan>> plans_;
};

/// Records a CX003 unresolved-value note: a value cxlint needs and cannot evaluate.
void ReportUnresolved(std::vector<Finding>& findings, Location location, std::string message);

/// The folder part of a path as walked ("a/b/main.tf" -> "a/b", "main.tf" -> ".").
std::string DirectoryOf(const std::string& path);

/// Joins a folder and a relative path and removes "." and "dir/.." steps lexically.
std::string JoinPath(const std::string& dir, const std::string& relative);

}  // namespace cxlint::model
