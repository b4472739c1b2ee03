#pragma once
// The one list of every rule cxlint has.

#include <span>
#include <string_view>

#include "base/finding.h"
#include "base/pipeline_rules.h"  // CX001-CX003, declared below the stages that report them

namespace cxlint::rules {

/// CX101: an external call site with no retry at all.
extern const RuleMeta kMissingRetryPolicy;
/// CX102: a retry with no wait before it.
extern const RuleMeta kImmediateRetry;
/// CX103: a first wait before a retry shorter than min_interval_ms.
extern const RuleMeta kAggressiveRetryInterval;
/// CX104: two or more retries whose waits do not grow by min_backoff_factor.
extern const RuleMeta kNoExponentialBackoff;
/// CX105: two or more retries with deterministic waits.
extern const RuleMeta kNoRetryJitter;
/// CX106: retries with no bound, or more than max_retries.
extern const RuleMeta kUnboundedRetries;
/// CX107: a retry sequence whose worst case exceeds max_total_ms where a customer waits, or for a webhook.
extern const RuleMeta kRetryBudgetExceedsTimeout;
/// CX108: a POST/PUT/PATCH retried after a timeout with no idempotency key header.
extern const RuleMeta kRetryOnTimeoutNotIdempotent;
/// CX201: a failed call goes on with what the flow runs after a success (no failure path, no handler).
extern const RuleMeta kUnhandledFailurePath;
/// CX202: a call that times out goes on with what the flow runs after a success.
extern const RuleMeta kUnhandledTimeoutPath;
/// CX203: a Failure path that cannot tell HTTP 429 apart.
extern const RuleMeta kMissing429Branch;
/// CX204: a Failure or Timeout path that can only end the flow reporting success.
extern const RuleMeta kFailureReportedAsSuccess;
/// CX205: a Failure or Timeout path that disconnects without a transfer, message or callback.
extern const RuleMeta kFailureDropsConversation;
/// CX301: a data action or webhook that calls a CRM directly instead of through a middleware.
extern const RuleMeta kDirectCrmUrl;
/// CX302: a data action or webhook URL with http:// to a host other than loopback.
extern const RuleMeta kInsecureUrl;
/// CX303: a credential header or field that holds a literal secret.
extern const RuleMeta kHardcodedCredential;
/// CX304: a retried POST/PUT/PATCH to a non-Genesys host with no idempotency key header.
extern const RuleMeta kMissingIdempotencyKey;
/// CX305: a data action that leaves its execution timeout unset (the 60 s default).
extern const RuleMeta kDefaultActionTimeout;
/// CX306: a data action timeout not shorter than the Architect step timeout that calls it.
extern const RuleMeta kActionTimeoutExceedsStepTimeout;
/// CX307: a data-action template in HCL that writes a Velocity ${...} reference unescaped.
extern const RuleMeta kTerraformInterpolationInTemplate;
/// CX401: a modelled genesyscloud_* resource sets a setting the provider lacks, or a value out of range.
extern const RuleMeta kUnsupportedProviderSetting;
/// CX402: a modelled genesyscloud_* resource leaves out a required attribute or block.
extern const RuleMeta kMissingRequiredAttribute;
/// CX403: a modelled genesyscloud_* resource sets a read-only attribute.
extern const RuleMeta kReadOnlyAttribute;
/// CX404: a {{key}} in a deployed flow file with no entry in the resource's substitutions.
extern const RuleMeta kUnresolvedSubstitution;
/// CX405: a substitutions key that matches no {{key}} in the flow file.
extern const RuleMeta kUnusedSubstitution;
/// CX406: a genesyscloud_flow's filepath names a local file that does not exist.
extern const RuleMeta kFlowFileNotFound;
/// CX407: a flow calls a data action that the linted Terraform and exports do not define.
extern const RuleMeta kUnknownDataAction;

/// Every rule, in code order.
std::span<const RuleMeta* const> AllRules();

/// The rule with this code ("CX001", any case) or name ("parse-error"); null when none.
const RuleMeta* FindRule(std::string_view code_or_name);

}  // namespace cxlint::rules
