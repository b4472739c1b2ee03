// Secrets are usually not written into the credential resource: the resource reads
// `var.client_secret`, and the value sits in a committed `dev.auto.tfvars`, a variable default or a
// local, where anyone who can read the repository finds it. This traces each credential field back
// through variables, locals and module inputs to the names that feed it, then judges the literal
// values written for those names, and for names that say they are secrets. The value is never
// printed (secret_text.h, Redacted).

#include "rules/committed_secrets.h"

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "model/terraform/terraform_model.h"
#include "rules/secret_text.h"

namespace cxlint::rules {

namespace {

using model::ModuleConfig;
using model::ModuleInstance;
using model::WrittenExpression;

// A variable or local of one module folder.
struct Name {
  const ModuleConfig* config = nullptr;
  bool local = false;
  std::string name;
  friend bool operator<(const Name& a, const Name& b) {
    return std::tie(a.config, a.local, a.name) < std::tie(b.config, b.local, b.name);
  }
};

// Each name that feeds a credential field, with that field as a message names it.
using Feeds = std::map<Name, std::string>;

// Marks every name `expression` reads in `instance`, and through module inputs and locals the
// names those read, as feeding `field`.
void Trace(const WrittenExpression& expression, const ModuleInstance& instance, const std::string& field, Feeds& feeds,
           int depth = 0) {
  // A chain of locals and module inputs longer than this is not followed (the stack stays small
  // whatever a hostile file holds).
  constexpr int kMaxDepth = 64;
  if (depth >= kMaxDepth) return;
  for (const model::NameReference& reference : expression.References()) {
    // Already traced (or a cycle): the first field found is the one the message names.
    if (!feeds.emplace(Name{instance.config, reference.local, reference.name}, field).second) continue;
    if (reference.local) {
      if (auto found = instance.config->locals.find(reference.name); found != instance.config->locals.end())
        Trace(model::Written(found->second), instance, field, feeds, depth + 1);
    } else if (instance.call && instance.parent) {
      if (const auto input = model::Written(*instance.call).Attribute(reference.name))
        Trace(input->value, *instance.parent, field, feeds, depth + 1);
    }
  }
}

// Traces the values of the secret-named items of an object attribute (`fields`, `headers`).
void TraceObject(const model::TerraformResource& resource, const model::WrittenBody& body, std::string_view attribute,
                 bool (*is_secret_name)(std::string_view), std::string_view what, Feeds& feeds) {
  const std::optional<model::WrittenAttribute> object = body.Attribute(attribute);
  if (!object) return;
  for (const model::WrittenItem& item : object->value.Items()) {
    if (!item.key || !is_secret_name(*item.key)) continue;
    Trace(item.value, *resource.instance, std::string(what) + " '" + *item.key + "' of " + resource.address, feeds);
  }
}

// The credential fields of every resource CX303 watches, traced back to the names that feed them.
Feeds CredentialFeeds(const model::Project& project) {
  Feeds feeds;
  for (const model::TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data || !resource.HasBody() || !resource.instance || !resource.instance->config) continue;
    const model::WrittenBody body = resource.Body();
    for (const model::WrittenBlock& block : body.Blocks()) {
      if (block.name == "config_request" || block.name == "webhook")
        TraceObject(resource, block.body, "headers", IsCredentialHeader, "header", feeds);
    }
    if (resource.type == "genesyscloud_integration_credential")
      TraceObject(resource, body, "fields", IsSecretField, "credential field", feeds);
    if (resource.type == "genesyscloud_conversations_messaging_integrations_open") {
      constexpr std::string_view kToken = "outbound_notification_webhook_signature_secret_token";
      if (const auto token = body.Attribute(kToken))
        Trace(token->value, *resource.instance, std::string(kToken) + " of " + resource.address, feeds);
    }
  }
  return feeds;
}

bool IsSensitive(const ModuleConfig& config, const std::string& variable) {
  const auto found = config.variables.find(variable);
  if (found == config.variables.end()) return false;
  const auto sensitive = model::Written(found->second).Attribute("sensitive");
  return sensitive && sensitive->value.BoolLiteral().value_or(false);
}

class Checker {
 public:
  Checker(const model::Project& project, Sink& sink) : feeds_(CredentialFeeds(project)), sink_(sink) {
    for (const auto& root : project.terraform->roots()) Collect(*root);
  }

  void Run(const model::Project& project) {
    for (const ModuleInstance* instance : instances_) CheckInstance(*instance);
    for (const Document& document : project.documents) {
      if (document.kind == FileKind::kTerraformVars) CheckVarFile(document);
    }
  }

 private:
  void Collect(const ModuleInstance& instance) {
    instances_.push_back(&instance);
    if (!instance.parent) roots_by_dir_[instance.config->dir].push_back(instance.config);
    for (const auto& [name, child] : instance.children) Collect(*child);
  }

  // Why a literal for `name` in `config` is a committed secret, or "" when it need not be one.
  std::string Why(const ModuleConfig* config, bool local, const std::string& name) const {
    if (config) {
      if (auto feed = feeds_.find(Name{config, local, name}); feed != feeds_.end()) return "reaches " + feed->second;
      if (!local && IsSensitive(*config, name)) return "is declared sensitive";
    }
    return IsCredentialName(name) ? "is named like a credential" : "";
  }

  // Reports `value` when it is a literal secret written for a name that needs one.
  void Judge(const Document& document, Span span, std::string_view value, const std::string& subject,
             const std::string& why, const std::string& fix) {
    if (why.empty() || !LooksLikeCommittedSecret(value)) return;
    if (!reported_.insert({document.source.get(), span.begin}).second) return;
    sink_
        .Report(Location{document.source, span, {}},
                subject + " is a literal secret " + Redacted(value) + ", and it " + why +
                    ": anyone who can read the repository can use it, and rotating it takes a commit; " + fix)
        .secret_span = true;
  }

  void JudgeExpression(const Document& document, const WrittenExpression& value, const std::string& subject,
                       const std::string& why, const std::string& fix) {
    if (const std::optional<std::string_view> literal = value.StringLiteral())
      Judge(document, value.span(), *literal, subject, why, fix);
  }

  static std::string EnvironmentFix(const std::string& variable) {
    return "keep it out of git: set TF_VAR_" + variable + " in the environment, or read it from a secret store";
  }

  void CheckInstance(const ModuleInstance& instance) {
    const ModuleConfig& config = *instance.config;
    for (const auto& [name, declared] : config.variables) {
      const auto fallback = model::Written(declared).Attribute("default");
      if (!fallback) continue;
      JudgeExpression(*declared.document, fallback->value, "the default of var." + name, Why(&config, false, name),
                      "remove the default and " + EnvironmentFix(name));
    }
    for (const auto& [name, declared] : config.locals) {
      JudgeExpression(*declared.document, model::Written(declared), "local." + name, Why(&config, true, name),
                      "keep it out of git: read it from a sensitive variable set through TF_VAR_..., or from a "
                      "secret store");
    }
    // Module inputs written as literals: the module's variable decides what the value is.
    for (const auto& [name, child] : instance.children) {
      if (!child->call) continue;
      for (const model::WrittenAttribute& input : model::Written(*child->call).Attributes()) {
        const std::string variable(input.name);
        if (variable == "source" || variable == "version" || variable == "providers") continue;
        JudgeExpression(*child->call->document, input.value, "input " + variable + " of module." + name,
                        Why(child->config, false, variable),
                        "pass a sensitive variable instead, and " + EnvironmentFix(variable));
      }
    }
  }

  // A committed .tfvars or .tfvars.json: judged against the root modules of its folder, or when
  // none is there (a -var-file kept elsewhere), against every root.
  void CheckVarFile(const Document& document) {
    std::vector<const ModuleConfig*> configs;
    if (auto here = roots_by_dir_.find(model::DirectoryOf(document.source->path())); here != roots_by_dir_.end()) {
      configs = here->second;
    } else {
      for (const auto& [dir, roots] : roots_by_dir_) configs.insert(configs.end(), roots.begin(), roots.end());
    }
    auto why = [&](const std::string& name) {
      for (const ModuleConfig* config : configs) {
        if (std::string reason = Why(config, false, name); !reason.empty()) return reason;
      }
      return Why(nullptr, false, name);
    };
    if (const std::optional<model::WrittenBody> variables = model::WrittenVariables(document)) {
      for (const model::WrittenAttribute& attribute : variables->Attributes()) {
        const std::string name(attribute.name);
        JudgeExpression(document, attribute.value, "var." + name, why(name), EnvironmentFix(name));
      }
    } else if (document.root.IsMap()) {
      for (const parse::MapEntry& entry : document.root.entries) {
        if (entry.value.IsScalar() && entry.value.style == parse::Node::ScalarStyle::kString)
          Judge(document, entry.value.span, entry.value.text, "var." + entry.key, why(entry.key),
                EnvironmentFix(entry.key));
      }
    }
  }

  Feeds feeds_;
  Sink& sink_;
  std::vector<const ModuleInstance*> instances_;
  std::map<std::string, std::vector<const ModuleConfig*>> roots_by_dir_;
  // A module called twice shows its defaults twice.
  std::set<std::pair<const SourceFile*, uint32_t>> reported_;
};

}  // namespace

void CheckCommittedSecrets(const model::Project& project, Sink& sink) {
  if (!project.terraform) return;
  Checker(project, sink).Run(project);
}

}  // namespace cxlint::rules
