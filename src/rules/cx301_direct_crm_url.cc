// CX301 direct-crm-url: a data action (or webhook) sends its requests straight to a CRM instead of
// through the team's middleware. CRMs enforce their own API limits (per org, per user, per
// second); at peak every conversation calls at once, the CRM answers 429 to all of them, and a
// flow has no queue to wait in (docs/domain.md §3, §5). A middleware can queue, retry with backoff,
// de-duplicate and cache; a flow cannot.
//
// A call is "to a CRM" when its data action runs on a CRM integration type (those send even
// relative URLs such as /services/data/... to the CRM, docs/domain.md §12), or when its URL's host
// is a known CRM host or one of the config's `crm_hosts`. Velocity hosts
// (`${input.Domain}.service-now.com`) are judged by their fixed suffix. A host listed in
// `middleware_hosts` is never a CRM. Flow call sites are not judged: the URL is the data
// action's, reported once there.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/config.h"
#include "model/outbound_call.h"
#include "model/project.h"
#include "model/url.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

struct CrmHost {
  std::string_view host;    // matches itself and its subdomains
  std::string_view vendor;  // for the message
};

// Hosts whose APIs are CRMs' own (the defaults of rules/CX301-direct-crm-url.md). Generic cloud hosts that also serve
// other products (oraclecloud.com, microsoft.com) are left out: they would blame non-CRM calls.
constexpr CrmHost kBuiltInCrmHosts[] = {
    {"salesforce.com", "Salesforce"},
    {"force.com", "Salesforce"},
    {"dynamics.com", "Microsoft Dynamics"},
    {"service-now.com", "ServiceNow"},
    {"servicenow.com", "ServiceNow"},
    {"hubapi.com", "HubSpot"},
    {"hubspot.com", "HubSpot"},
    {"zendesk.com", "Zendesk"},
    {"zoho.com", "Zoho"},
    {"zohoapis.com", "Zoho"},
    {"zohoapis.eu", "Zoho"},
    {"zohoapis.in", "Zoho"},
    {"zohoapis.com.au", "Zoho"},
    {"freshdesk.com", "Freshdesk"},
    {"freshworks.com", "Freshworks"},
    {"myfreshworks.com", "Freshworks"},
    {"freshsales.io", "Freshworks"},
    {"pipedrive.com", "Pipedrive"},
    {"sugarcrm.com", "SugarCRM"},
    {"sugarondemand.com", "SugarCRM"},
    {"crm.ondemand.com", "SAP Sales and Service Cloud"},
    {"custhelp.com", "Oracle B2C Service"},
};

// API paths only a CRM serves: a relative URL of this shape runs on that CRM's integration even
// when the integration cannot be joined (it comes from a remote module, docs/domain.md §12).
constexpr CrmHost kCrmApiPaths[] = {
    {"/services/data/", "Salesforce"},
    {"/services/apexrest/", "Salesforce"},
    {"/api/data/v", "Microsoft Dynamics"},
};

// Integration types whose actions always talk to the CRM, whatever the URL says.
constexpr CrmHost kCrmIntegrationTypes[] = {
    {"salesforce-datadip", "Salesforce"},
    {"microsoft-dynamics-data-actions", "Microsoft Dynamics"},
    {"zendesk-data-actions", "Zendesk"},
};

// The host to judge: a Velocity host by what follows its last reference.
std::string JudgedHost(const model::UrlParts& url) {
  std::string host = url.FixedHostSuffix();
  while (!host.empty() && host.front() == '.') host.erase(0, 1);
  return host;
}

// The CRM the host belongs to, or nullopt.
std::optional<std::string> CrmOfHost(const Config& config, const std::string& host) {
  if (host.empty() || IsMiddlewareHost(config, host)) return std::nullopt;
  for (const std::string& extra : config.crm_hosts) {
    if (HostMatches(host, extra)) return extra;
  }
  for (const CrmHost& known : kBuiltInCrmHosts) {
    if (HostMatches(host, known.host)) return std::string(known.vendor);
  }
  return std::nullopt;
}

// The CRM API path a relative URL starts with, or null.
const CrmHost* CrmOfPath(const model::UrlParts& url) {
  if (!url.relative) return nullptr;
  for (const CrmHost& known : kCrmApiPaths) {
    if (url.path.rfind(known.host, 0) == 0) return &known;
  }
  return nullptr;
}

std::optional<std::string> CrmOfIntegrationType(const model::DataAction& action) {
  const auto type = action.integration_type.value.AsString();
  if (!type) return std::nullopt;
  for (const CrmHost& known : kCrmIntegrationTypes) {
    if (*type == known.host) return std::string(known.vendor);
  }
  return std::nullopt;
}

std::vector<RelatedLocation> Related(RelatedLocation first, const std::vector<RelatedLocation>& more) {
  std::vector<RelatedLocation> related{std::move(first)};
  related.insert(related.end(), more.begin(), more.end());
  return related;
}

constexpr std::string_view kWhy =
    ": at peak every conversation calls it at once, its API limits answer 429 to all of them and the flows fail "
    "together; send it through your middleware (list its host in middleware_hosts), which can queue, retry with "
    "backoff and de-duplicate";

void CheckDataAction(const model::DataAction& action, const Config& config, Sink& sink) {
  if (action.terraform_twin) return;  // reported once, at the Terraform that also defines it
  const std::vector<RelatedLocation>& exports = action.exports;
  const auto url_text = action.url_template.value.AsString();
  const model::UrlParts url = url_text ? model::ParseUrl(*url_text) : model::UrlParts{};
  const std::string host = JudgedHost(url);
  if (!host.empty() && IsMiddlewareHost(config, host)) return;
  const auto name = action.name.value.AsString();
  const std::string subject = "data action " + (name ? "'" + *name + "'" : action.address);
  const Location& where = action.url_template.location.file ? action.url_template.location : action.location;
  if (const auto crm = CrmOfHost(config, host)) {
    sink.Report(where, subject + " calls " + *crm + " directly ('" + url.host_as_written + "')" + std::string(kWhy),
                exports);
  } else if (const auto vendor = CrmOfIntegrationType(action)) {
    const std::string type = *action.integration_type.value.AsString();
    sink.Report(
        where,
        subject + " runs on a '" + type + "' integration, which sends it straight to " + *vendor + std::string(kWhy),
        Related({action.integration_type.location, "the integration type"}, exports));
  } else if (const CrmHost* api = CrmOfPath(url); api && !action.integration_type.value.AsString()) {
    sink.Report(where,
                subject + " calls " + std::string(api->vendor) + " directly: a relative '" + std::string(api->host) +
                    "...' URL is " + std::string(api->vendor) +
                    "'s API, sent to the CRM org its integration points at" + std::string(kWhy),
                exports);
  }
}

void Check(const model::Project& project, Sink& sink) {
  // Each file is judged with its own nearest .cxlint.yaml (a monorepo may keep one per folder).
  for (const model::DataAction& action : project.data_actions)
    CheckDataAction(action, project.ConfigFor(action.location), sink);
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (call.kind == model::CallKind::kFlowDataAction) continue;
    const std::string host = JudgedHost(call.Url());
    if (const auto crm = CrmOfHost(project.ConfigFor(call.location), host))
      sink.Report(call.url.location, call.subject + " calls " + *crm + " directly ('" + call.Url().host_as_written +
                                         "')" + std::string(kWhy));
  }
}

// Its traits (RuleMeta::traits): a reliability rule about endpoints, with high precision.
constexpr std::string_view kTags[] = {"endpoints", "reliability"};

}  // namespace

const RuleMeta kDirectCrmUrl{"CX301",
                             "direct-crm-url",
                             Severity::kWarning,
                             "a data action or webhook calls a CRM directly instead of through a middleware",
                             &Check,
                             {},
                             {kTags, "high"}};

}  // namespace cxlint::rules
