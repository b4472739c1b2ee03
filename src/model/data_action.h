#pragma once
// Data actions, whatever defines them (Terraform resources, data-action exports), normalised.

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/finding.h"
#include "model/located.h"
#include "model/value.h"

namespace cxlint {
struct Document;
}

namespace cxlint::model {

struct Project;
struct TerraformResource;
struct DataActionCall;

/// Where a data action's definition was read.
enum class DataActionOrigin { kTerraform, kExportJson };

/// One data action: what it calls, how, and which integration runs it.
struct DataAction {
  DataActionOrigin origin = DataActionOrigin::kTerraform;
  Location location;    // the resource's type and labels, or the export's "name" value
  std::string address;  // Terraform address, or the export file's path
  Located<Value> name;
  Located<Value> category;      // Terraform only: exports carry no category
  Located<Value> url_template;  // request_url_template / requestUrlTemplate
  Located<Value> method;        // request_type / requestType
  std::vector<std::pair<std::string, Located<Value>>> headers;
  /// config_timeout_seconds / config.timeoutSeconds; unset (null) means the 60 s default, and
  /// its location is then the action's.
  Located<Value> timeout_seconds;
  /// The integration type ("custom-rest-actions", "purecloud-data-actions", ...), from the joined
  /// genesyscloud_integration or the export's integrationType; unknown when it cannot be joined.
  Located<Value> integration_type;
  /// A custom-auth action (`genesyscloud_integration_custom_auth_action`, export `actionType`
  /// "customAuth"): it fetches the integration's token and has no execution timeout.
  bool custom_auth = false;
  /// For an export of an action that a Terraform resource of the project also defines: that
  /// resource's data action. Rules report such an action once, at the Terraform.
  const DataAction* terraform_twin = nullptr;
  /// For a Terraform action: the exports whose `terraform_twin` it is ("also exported here").
  std::vector<RelatedLocation> exports;
  const TerraformResource* resource = nullptr;
  const Document* document = nullptr;

  /// The header with this name (case-insensitive), or null.
  const Located<Value>* Header(std::string_view header) const;
  /// True when the action calls Genesys Cloud's own API: a relative `/api/v2/` URL run by a
  /// `purecloud-data-actions` integration (or one whose type is unknown), or a Genesys Cloud host.
  bool CallsGenesysApi() const;
  /// The execution timeout in milliseconds: the set value, or Genesys Cloud's 60 s default.
  std::optional<int64_t> TimeoutMs() const;
};

/// True for the Terraform resource types that define a data action: `genesyscloud_integration_action`,
/// `_action_draft` and `genesyscloud_integration_custom_auth_action`.
bool IsDataActionResource(std::string_view type);

/// Every data action of the project: Terraform `genesyscloud_integration_action`, `_draft` and
/// `genesyscloud_integration_custom_auth_action` resources, and data-action export JSON files; an
/// export that matches exactly one Terraform action (the same name, or when the Terraform name is
/// not known, the same URL template and method) names it as its `terraform_twin`.
std::vector<DataAction> CollectDataActions(const Project& project);

/// `name` without the " - Exported <yyyy>-<mm>-<dd> @ <h>:<mm>" that Genesys Cloud appends to the
/// name of a data-action export; flows call the action by its name without it.
std::string_view WithoutExportSuffix(std::string_view name);

/// True for the category of the built-in Genesys Cloud data actions integration
/// (`purecloud-data-actions`), whose actions call Genesys Cloud's own API.
bool IsBuiltInGenesysCategory(std::string_view category);

/// The data actions by name (without the export suffix, letter case aside), built once so that
/// binding each call looks its name up instead of searching every action.
class DataActionIndex {
 public:
  explicit DataActionIndex(const std::vector<DataAction>& actions);
  /// The actions whose name equals `name` without the export suffix, letter case aside, in order.
  const std::vector<const DataAction*>& Named(std::string_view name) const;
  /// True when an action whose name cannot be evaluated has this category, or one that cannot be
  /// evaluated either: a call of the category may be that action.
  bool MayBeUnnamed(const std::string& category) const;

 private:
  std::unordered_map<std::string, std::vector<const DataAction*>> by_name_;
  std::set<std::string> unnamed_categories_;
  bool unnamed_of_any_category_ = false;
};

/// How a Call Data Action's reference to a data action resolved.
struct DataActionBinding {
  const DataAction* action = nullptr;  // null when not found or not decidable
  /// Why no action was bound: empty when bound; otherwise "the category is a placeholder", ...
  std::string unresolved;
  /// True when the names are known and no linted file defines them (not a placeholder left).
  bool undefined = false;
};

/// Finds the data action a flow calls, by category and name (exports have no category and match
/// by name). Names compare without the export suffix, and a name that differs only in letter case
/// binds when exactly one action has it. Placeholders (`{{key}}`) left by unknown substitutions, and
/// a defined action of the call's category whose name cannot be evaluated, make the binding
/// undecidable.
DataActionBinding BindDataAction(const DataActionIndex& actions, const DataActionCall& call);

}  // namespace cxlint::model
