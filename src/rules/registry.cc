#include "rules/registry.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace cxlint::rules {

namespace {

// A literal list, not static self-registration: the set of rules is visible in one place and its
// order (by code) is the order of `cxlint rules`, the README table and SARIF's rule index.
const RuleMeta* const kRules[] = {
    &kParseError,
    &kUnusedSuppression,
    &kUnresolvedValue,
    &kMissingRetryPolicy,
    &kImmediateRetry,
    &kAggressiveRetryInterval,
    &kNoExponentialBackoff,
    &kNoRetryJitter,
    &kUnboundedRetries,
    &kRetryBudgetExceedsTimeout,
    &kRetryOnTimeoutNotIdempotent,
    &kUnhandledFailurePath,
    &kUnhandledTimeoutPath,
    &kMissing429Branch,
    &kFailureReportedAsSuccess,
    &kFailureDropsConversation,
    &kDirectCrmUrl,
    &kInsecureUrl,
    &kHardcodedCredential,
    &kMissingIdempotencyKey,
    &kDefaultActionTimeout,
    &kActionTimeoutExceedsStepTimeout,
    &kTerraformInterpolationInTemplate,
    &kUnsupportedProviderSetting,
    &kMissingRequiredAttribute,
    &kReadOnlyAttribute,
    &kUnresolvedSubstitution,
    &kUnusedSubstitution,
    &kFlowFileNotFound,
    &kUnknownDataAction,
};

}  // namespace

std::span<const RuleMeta* const> AllRules() { return kRules; }

const RuleMeta* FindRule(std::string_view code_or_name) {
  std::string upper(code_or_name);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  for (const RuleMeta* rule : kRules) {
    if (rule->code == upper || rule->name == code_or_name) return rule;
  }
  return nullptr;
}

}  // namespace cxlint::rules
