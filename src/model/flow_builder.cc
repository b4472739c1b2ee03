#include "model/flow_builder.h"

namespace cxlint::model {

std::vector<Flow> BuildFlows(const Project& project) {
  std::vector<Flow> flows;
  for (size_t i = 0; i < project.documents.size(); ++i) {
    std::optional<Flow> flow = BuildFlow(project.documents[i]);
    if (!flow) continue;
    flow->document_index = i;
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
