// CX303 hardcoded-credential: a header or credential field that carries a secret holds it as a
// literal in the file. Everyone who can read the repository (and Terraform's state) can use it,
// it cannot be rotated without a commit, and it is sent on every call. Genesys Cloud keeps
// secrets in integration credentials, which a data action reads as `${credentials.NAME}`
// (docs/domain.md §13); Terraform feeds those from sensitive variables.
//
// "Literal" is decided on the source, not on the evaluated value: `"${var.token}"` is a variable
// (the HubSpot blueprint's bearer header) even when the variable has a default. A Velocity
// reference (`$${credentials.x}`, `${input.x}`) is not a literal secret either. The secret itself
// is never printed: the message shows its first two characters and its length.
//
// Secrets also reach those places through variables: committed .tfvars files, variable defaults,
// locals and module inputs are checked in committed_secrets.cc.

#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "model/data_action.h"
#include "model/project.h"
#include "model/terraform/terraform_model.h"
#include "rules/committed_secrets.h"
#include "rules/registry.h"
#include "rules/secret_text.h"

namespace cxlint::rules {

namespace {

// A literal secret worth reporting: not empty, not a placeholder, and no Velocity or
// substitution reference in it.
bool IsLiteralSecret(std::string_view value) {
  const std::string_view secret = SecretPart(value);
  if (secret.find_first_not_of(" \t") == std::string_view::npos || IsPlaceholderText(secret)) return false;
  return value.find("${") == std::string_view::npos && value.find("$!{") == std::string_view::npos &&
         value.find("{{") == std::string_view::npos;
}

constexpr std::string_view kHeaderFix =
    ": anyone who can read the repository or the Terraform state can use it, and rotating it takes a commit; keep "
    "it in a genesyscloud_integration_credential fed from a sensitive variable and refer to it as "
    "$${credentials.NAME}";
constexpr std::string_view kExportFix =
    ": anyone who can read the repository can use it, and rotating it takes a commit; keep it in the "
    "integration's credentials and refer to it as ${credentials.NAME}";
constexpr std::string_view kFieldFix =
    ": anyone who can read the repository can use it, and rotating it takes a commit; set it from a sensitive "
    "variable (or an environment variable Terraform reads) instead";

// Spans already reported: a module called twice gives its resources twice.
using Reported = std::set<std::pair<const SourceFile*, uint32_t>>;

// The items of the object attribute `name` whose keys `is_secret_name` and whose values are
// literal secrets.
void CheckObject(const model::TerraformResource& resource, const model::WrittenBody& body, std::string_view name,
                 bool (*is_secret_name)(std::string_view), std::string_view what, std::string_view fix,
                 Reported& reported, Sink& sink) {
  const std::optional<model::WrittenAttribute> object = body.Attribute(name);
  if (!object) return;
  for (const model::WrittenItem& item : object->value.Items()) {
    const std::optional<std::string_view> literal = item.value.StringLiteral();
    if (!item.key || !is_secret_name(*item.key) || !literal || !IsLiteralSecret(*literal)) continue;
    if (!reported.insert({resource.document->source.get(), item.value.span().begin}).second) continue;
    sink.Report(resource.At(item.value.span()), std::string(what) + " '" + *item.key + "' of " + resource.address +
                                                    " holds a literal secret " + Redacted(*literal) + std::string(fix))
        .secret_span = true;
  }
}

void CheckResource(const model::TerraformResource& resource, Reported& reported, Sink& sink) {
  const model::WrittenBody body = resource.Body();
  for (const model::WrittenBlock& block : body.Blocks()) {
    // Data-action requests, and webhook blocks in any resource (docs/domain.md §16).
    if (block.name == "config_request" || block.name == "webhook")
      CheckObject(resource, block.body, "headers", IsCredentialHeader, "header", kHeaderFix, reported, sink);
  }
  if (resource.type == "genesyscloud_integration_credential")
    CheckObject(resource, body, "fields", IsSecretField, "credential field", kFieldFix, reported, sink);
  if (resource.type == "genesyscloud_conversations_messaging_integrations_open") {
    const auto token = body.Attribute("outbound_notification_webhook_signature_secret_token");
    const std::optional<std::string_view> literal = token ? token->value.StringLiteral() : std::nullopt;
    if (literal && IsLiteralSecret(*literal) &&
        reported.insert({resource.document->source.get(), token->value.span().begin}).second)
      sink.Report(resource.At(token->value.span()), "outbound_notification_webhook_signature_secret_token of " +
                                                        resource.address + " holds a literal secret " +
                                                        Redacted(*literal) +
                                                        ": anyone who can read the repository can sign messages as "
                                                        "Genesys Cloud; feed it from a sensitive variable")
          .secret_span = true;
  }
}

void CheckExport(const model::DataAction& action, Sink& sink) {
  const parse::Node* headers = action.document->root.FindPath({"config", "request", "headers"});
  if (!headers || !headers->IsMap()) return;
  const auto action_name = action.name.value.AsString();
  for (const parse::MapEntry& entry : headers->entries) {
    if (!IsCredentialHeader(entry.key) || !entry.value.IsScalar() || !IsLiteralSecret(entry.value.text)) continue;
    sink.Report(Location{action.document->source, entry.value.span, {}},
                "header '" + entry.key + "' of data action " +
                    (action_name ? "'" + *action_name + "'" : action.address) + " holds a literal secret " +
                    Redacted(entry.value.text) + std::string(kExportFix))
        .secret_span = true;
  }
}

void Check(const model::Project& project, Sink& sink) {
  Reported reported;
  if (project.terraform) {
    for (const model::TerraformResource& resource : project.terraform->resources()) {
      if (!resource.is_data && resource.HasBody()) CheckResource(resource, reported, sink);
    }
  }
  for (const model::DataAction& action : project.data_actions) {
    if (action.origin == model::DataActionOrigin::kExportJson && action.document) CheckExport(action, sink);
  }
  CheckCommittedSecrets(project, sink);
}

// Its traits (RuleMeta::traits), of a security rule: GitHub ranks a security-severity of 9.0+
// critical, 7.0-8.9 high, 4.0-6.9 medium, and shows it only for rules tagged "security".
// A secret committed to git is high.
constexpr std::string_view kTags[] = {"endpoints", "security"};

}  // namespace

const RuleMeta kHardcodedCredential{
    "CX303",
    "hardcoded-credential",
    Severity::kError,
    "a credential header or field holds a literal secret, or a committed value feeds one (never printed)",
    &Check,
    {},
    {kTags, "high", "8.0"}};

}  // namespace cxlint::rules
