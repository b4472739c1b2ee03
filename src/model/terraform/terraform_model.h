#pragma once
// The Terraform side of a project: module folders, their instances (roots and local module
// calls, with their inputs), and every resource with its full address.

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/finding.h"
#include "model/project.h"
#include "model/terraform/evaluator.h"
#include "model/terraform/module.h"
#include "model/terraform/plan.h"
#include "model/terraform/provider_requirements.h"

namespace cxlint::model {

/// Variable values from outside the configuration, as Terraform takes them.
struct TerraformInputs {
  std::vector<std::string> var_files;                        // --var-file, in order
  std::vector<std::pair<std::string, std::string>> vars;     // --var name=value, in order
  std::map<std::string, std::string> environment;            // TF_VAR_name=value (name without prefix)
  uint64_t max_file_size = kDefaultMaxFileSize;              // --max-file-size, for file() and templatefile()

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
};

/// Builds and owns module configurations and instances for the `.tf` and `.tf.json` documents of a
/// project, and the resources of its plan JSON documents that no configuration file declares.
class TerraformModel {
 public:
  /// Groups the project's Terraform documents into module folders and instantiates every root
  /// module and every local module call. Remote module calls and module folders that were not
  /// linted become CX003 notes in `findings`.
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
  // Adds the resources of plan documents that no linted .tf or .tf.json declares.
  void AddPlanResources(const Project& project, std::vector<Finding>& findings);

  std::map<std::string, std::unique_ptr<ModuleConfig>> configs_;  // by folder
  std::vector<std::unique_ptr<ModuleInstance>> roots_;
  EvalBudget budget_;
  // Module instances made so far; a DAG of modules each calling the next twice would otherwise
  // make exponentially many.
  int instances_ = 0;
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
