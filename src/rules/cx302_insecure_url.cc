// CX302 insecure-url: a data action's URL template, or a webhook's URL, uses `http://` to a host
// that is not this machine. Data actions carry credentials (Authorization headers filled from the
// integration's credentials) and customer data; over plain HTTP both cross the internet readable
// by anyone on the path. Open Messaging webhooks must use port 443 anyway (docs/domain.md §7).
// Flow call sites are not judged: their URL is the data action's, reported once on the action.

#include <optional>
#include <string>
#include <string_view>

#include "model/outbound_call.h"
#include "model/project.h"
#include "model/url.h"
#include "rules/registry.h"

namespace cxlint::rules {

namespace {

// 127.0.0.0/8 as dotted digits: "127." then digits and dots only.
bool IsLoopbackV4(std::string_view host) {
  if (host.rfind("127.", 0) != 0) return false;
  for (const char c : host) {
    if (c != '.' && (c < '0' || c > '9')) return false;
  }
  return true;
}

// ParseUrl cuts an IPv6 literal at its last ':', so the authority is read again from the text.
bool IsLoopback(const model::UrlParts& parts, std::string_view url) {
  if (parts.host == "localhost" || IsLoopbackV4(parts.host)) return true;
  const size_t scheme_end = url.find("://");
  return scheme_end != std::string_view::npos && url.substr(scheme_end + 3).rfind("[::1]", 0) == 0;
}

// The plain-HTTP URL at `url`, if any, as "http://host" for the message.
std::optional<std::string> InsecureTarget(const model::Located<model::Value>& url) {
  const auto text = url.value.AsString();
  if (!text) return std::nullopt;
  const model::UrlParts parts = model::ParseUrl(*text);
  if (parts.relative || parts.scheme != "http" || parts.host.empty() || IsLoopback(parts, *text)) return std::nullopt;
  return "http://" + parts.host;
}

std::string DescribeAction(const model::DataAction& action) {
  const auto name = action.name.value.AsString();
  return "data action " + (name ? "'" + *name + "'" : action.address);
}

void Check(const model::Project& project, Sink& sink) {
  for (const model::DataAction& action : project.data_actions) {
    const auto target = InsecureTarget(action.url_template);
    if (!target) continue;
    sink.Report(action.url_template.location,
                DescribeAction(action) + " calls '" + *target +
                    "' over plain HTTP: the credentials it sends and the customer data in the request and response "
                    "travel in clear text; use https");
  }
  for (const model::OutboundCall& call : project.outbound_calls) {
    if (call.kind == model::CallKind::kFlowDataAction) continue;
    const auto target = InsecureTarget(call.url);
    if (!target) continue;
    const bool open_messaging = call.kind == model::CallKind::kOpenMessaging;
    sink.Report(call.url.location,
                call.subject + " calls '" + *target +
                    "' over plain HTTP: credentials and customer data travel in clear text" +
                    (open_messaging ? "; Open Messaging webhooks must use https on port 443" : "; use https"));
  }
}

// Its traits (RuleMeta::traits), of a security rule: GitHub ranks a security-severity of 9.0+
// critical, 7.0-8.9 high, 4.0-6.9 medium, and shows it only for rules tagged "security".
// Credentials and customer data in clear text are high.
constexpr std::string_view kTags[] = {"endpoints", "security"};

}  // namespace

const RuleMeta kInsecureUrl{"CX302",
                            "insecure-url",
                            Severity::kError,
                            "a data action or webhook URL uses http:// to a host other than loopback",
                            &Check,
                            {},
                            {kTags, "high", "7.5"}};

}  // namespace cxlint::rules
