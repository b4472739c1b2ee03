#pragma once
// Everything the rules see: the documents that were read, by kind.

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/finding.h"
#include "base/source_file.h"
#include "config/config.h"
#include "document/document.h"

namespace cxlint::model {

class TerraformModel;
struct FlowDeployment;
struct Flow;
struct DataAction;
struct OutboundCall;

/// The linted project.
struct Project {
  Project();
  ~Project();
  Project(Project&&) noexcept;
  Project& operator=(Project&&) noexcept;

  /// Every document read; a deque, so adding one never moves the others (the model points at them).
  std::deque<Document> documents;
  /// Module folders, instances and resources of the Terraform documents; null before it is built.
  std::unique_ptr<TerraformModel> terraform;
  /// Each `genesyscloud_flow` resource with its evaluated file path and substitutions.
  std::vector<FlowDeployment> flow_deployments;
  /// Every flow (Archy YAML, `.i3`, flow configuration JSON) as a graph; a Terraform-deployed
  /// flow once, as deployed.
  std::vector<Flow> flows;
  /// The settings of the first linted path (its nearest `.cxlint.yaml`, or --config), or the
  /// defaults. Code that judges one file should use ConfigFor(file) instead.
  Config config;
  /// The nearest `.cxlint.yaml` of each read file, by path (lint/linter.cc fills it).
  std::map<std::string, std::shared_ptr<const Config>> file_configs;

  /// The settings that apply to `file`: its nearest `.cxlint.yaml`, or `config`.
  const Config& ConfigFor(const SourceFile& file) const { return ConfigFor(file.path()); }
  const Config& ConfigFor(const std::string& path) const;
  /// The settings for what a finding or a model element at `location` is judged by: those of its
  /// file, or `config` for a location in no file.
  const Config& ConfigFor(const Location& location) const;
  /// Every data action (Terraform resources and exports), normalised.
  std::vector<DataAction> data_actions;
  /// Every outbound call with its effective retry policy; points into `flows` and `data_actions`.
  std::vector<OutboundCall> outbound_calls;
};

}  // namespace cxlint::model
