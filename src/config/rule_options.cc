#include "config/rule_options.h"

namespace cxlint {

namespace {

constexpr RuleOptionSpec kOptions[] = {
    {"CX103", "min_interval_ms", true, 1000, 0, "the shortest acceptable first wait before a retry"},
    {"CX104", "min_backoff_factor", false, 1.5, 1, "how much each wait must grow over the one before"},
    {"CX106", "max_retries", true, 5, 0, "the most retries a call may make"},
    {"CX107", "max_total_ms", true, 60'000, 1, "the longest a retry sequence may take: a webhook block, or a customer waiting in a call, message, chat, email or bot flow"},
};

}  // namespace

std::span<const RuleOptionSpec> AllRuleOptions() { return kOptions; }

const RuleOptionSpec* FindRuleOption(std::string_view code, std::string_view name) {
  for (const RuleOptionSpec& spec : kOptions) {
    if (spec.code == code && spec.name == name) return &spec;
  }
  return nullptr;
}

}  // namespace cxlint
