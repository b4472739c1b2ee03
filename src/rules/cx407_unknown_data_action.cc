// CX407 unknown-data-action: a flow calls a data action (category + name) that none of the linted
// Terraform or data-action exports defines, while they do define data actions. Architect binds a
// Call Data Action by category and name when the flow is published (docs/domain.md §9); a name that
// is not in the org fails the publish, and a near-miss usually means the flow was written against
// an older name. When nothing linted defines data actions the flow's actions live elsewhere, and
// the rule stays silent. Placeholders left by unknown substitutions are CX003's, not this rule's,
// and a call that may be an action whose name cannot be evaluated is left unbound, not undefined
// (BindDataAction).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/edit_distance.h"
#include "base/strings.h"
#include "model/data_action.h"
#include "model/flow.h"
#include "model/outbound_call.h"
#include "model/project.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

// The defined name the flow most likely meant: one that holds the called name or is held in it
// ("Brian - Add contact" and "Add contact"), the closest in length first; else the nearest by
// edit distance. A name that shares the stem always wins over a merely similar one.
std::optional<std::string> Suggestion(std::string_view called, const std::vector<std::string>& names) {
  const std::string wanted = AsciiLower(called);
  std::optional<std::string> best;
  size_t best_gap = 0;
  for (const std::string& name : names) {
    const std::string defined = AsciiLower(name);
    if (defined.size() < 4 || wanted.size() < 4) continue;
    if (defined.find(wanted) == std::string::npos && wanted.find(defined) == std::string::npos) continue;
    const size_t gap = defined.size() > wanted.size() ? defined.size() - wanted.size() : wanted.size() - defined.size();
    if (!best || gap < best_gap) best = name, best_gap = gap;
  }
  return best ? best : ClosestMatch(called, names);
}

std::string Defined(size_t count) { return count == 1 ? "1 is defined" : std::to_string(count) + " are defined"; }

void Check(const model::Project& project, Sink& sink) {
  if (project.data_actions.empty()) return;
  std::vector<std::string> names;
  for (const model::DataAction& action : project.data_actions) {
    if (const auto name = action.name.value.AsString()) names.emplace_back(model::WithoutExportSuffix(*name));
  }
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (call.kind != model::CallKind::kFlowDataAction || !call.data_action_undefined || !call.flow) continue;
    const model::Action& action = call.flow->actions[call.action];
    if (!action.data_action) continue;
    const model::DataActionCall& reference = *action.data_action;
    std::string hint;
    if (const auto near = Suggestion(model::WithoutExportSuffix(reference.name.value), names))
      hint = "; did you mean '" + *near + "'?";
    sink.Report(reference.name.location.file ? reference.name.location : call.location,
                call.subject + " calls a data action that no linted Terraform or data-action export defines (" +
                    Defined(project.data_actions.size()) +
                    "): publishing the flow fails unless the org already has it" + hint);
  }
}

// Its traits (RuleMeta::traits): Terraform rules read facts (the configuration, the provider's
// schema, the files it names), so their precision is very high.
constexpr std::string_view kTags[] = {"terraform", "correctness"};

}  // namespace

const RuleMeta kUnknownDataAction{"CX407",
                                  "unknown-data-action",
                                  Severity::kWarning,
                                  "a flow calls a data action that the linted Terraform and exports do not define",
                                  &Check,
                                  {},
                                  {kTags, "very-high"}};

}  // namespace cxlint::rules
