#include "model/flow_builder.h"

namespace cxlint::model {

std::vector<Flow> BuildFlows(const Project& project) {
  std::vector<Flow> flows;
  for (size_t i = 0; i < project.documents.size(); ++i) {
    const Document& document = project.documents[i];
    // A walked flow file that Terraform deploys is linted once, as deployed (substituted).
    if (document.superseded) continue;
    std::optional<Flow> flow = BuildFlow(document);
    if (!flow) continue;
    flow->document_index = i;
    flow->deployed_by = document.deployed_by;
    flows.push_back(std::move(*flow));
  }
  return flows;
}

std::optional<Flow> BuildFlow(const Document& document) {
  switch (document.kind) {
    case FileKind::kArchyFlow: return BuildArchyFlow(document);
    case FileKind::kI3Export:
    case FileKind::kFlowConfigJson: return BuildI3Flow(document);
    default: return std::nullopt;
  }
}

}  // namespace cxlint::model
