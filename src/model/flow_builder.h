#pragma once
// Builds Flow graphs from the documents of a project.

#include <optional>
#include <vector>

#include "model/flow.h"
#include "model/project.h"

namespace cxlint::model {

/// The flows of every Archy YAML, `.i3` export and flow configuration JSON document, in document
/// order; a walked flow file superseded by its Terraform-deployed copy is built once, as deployed.
std::vector<Flow> BuildFlows(const Project& project);

/// The flow of one document, or nullopt when the document is not a flow. Never throws for odd shapes.
std::optional<Flow> BuildFlow(const Document& document);

/// Builds a flow from an Archy YAML document (FileKind::kArchyFlow).
Flow BuildArchyFlow(const Document& document);

/// Builds a flow from a decoded `.i3` export or flow configuration JSON; `.i3` locations also
/// carry the logical path ("flow 'X' > sequence 'Y' > action 'Z' (id ...)").
Flow BuildI3Flow(const Document& document);

}  // namespace cxlint::model
