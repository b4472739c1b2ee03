// CX003 unresolved-value: a value a rule needs cannot be evaluated. The Terraform model reports
// it (remote modules, variables without a value, functions cxlint does not evaluate) instead of
// guessing, so a rule never judges a value it does not know. This check adds the flow side: a
// Call Data Action whose data action no linted file defines is unknown, never assumed external,
// so the rules that need its host or integration say once per action that they could not judge
// it. When the linted files define other data actions, CX407 reports the missing one instead; an
// action of the built-in Genesys Cloud category is known to call Genesys Cloud's own API.

#include <optional>
#include <set>
#include <string>
#include <utility>

#include "model/data_action.h"
#include "model/flow.h"
#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

void Check(const model::Project& project, Sink& sink) {
  if (!project.data_actions.empty()) return;
  std::set<std::pair<std::string, std::string>> reported;
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (call.kind != model::CallKind::kFlowDataAction || !call.data_action_undefined || !call.flow) continue;
    const std::optional<model::DataActionCall>& called =
        call.flow->actions[static_cast<size_t>(call.action)].data_action;
    if (!called || call.IsGenesysApi()) continue;
    const model::DataActionCall* reference = &*called;
    const std::string name(model::WithoutExportSuffix(reference->name.value));
    if (!reported.insert({reference->category.value, name}).second) continue;
    sink.Report(reference->name.location.file ? reference->name.location : call.location,
                "data action '" + reference->category.value + "' / '" + name +
                    "' is not defined in the linted files, so where it goes is unknown: CX101, CX108, CX301 and "
                    "CX304 do not judge its calls (lint its Terraform or data-action export with the flow)");
  }
}

// Its traits (RuleMeta::traits): an unresolved value is a guess by nature, so its precision is medium.
constexpr std::string_view kTags[] = {"loading"};

}  // namespace

const RuleMeta kUnresolvedValue{"CX003",
                                "unresolved-value",
                                Severity::kNote,
                                "a value a rule needs cannot be evaluated (no variable value, unknown function, remote "
                                "module, undefined data action); says what was skipped",
                                &Check,
                                {},
                                {kTags, "medium"}};

}  // namespace cxlint::rules
