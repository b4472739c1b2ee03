#include "model/terraform/terraform_model.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "discover/load.h"

#include "base/pipeline_rules.h"
#include "model/terraform/functions.h"
#include "model/terraform/json_syntax.h"
#include "parse/hcl/hcl_parser.h"

extern char** environ;

namespace cxlint::model {

namespace {

using parse::hcl::Attribute;
using parse::hcl::Block;
using parse::hcl::Body;

// Module calls nest; a module that calls itself through a chain must not recurse forever.
constexpr int kMaxModuleDepth = 32;
// Module instances are made per call, as Terraform makes them; a DAG of modules each calling the
// next twice would make 2^depth of them, so their number is capped.
constexpr int kMaxInstances = 1000;
// Each instance of a folder evaluates and lints the folder's resources again, so the cost of an
// instance grows with its module's size: a few hundred instances of a 1 MB module cost minutes
// and gigabytes. Instances of a folder after its first may add this much .tf source in all.
constexpr uint64_t kMaxRepeatedBytes = 16ull << 20;
// A downloaded module folder is read through modules.json, not walked: these bound a crafted one
// (a folder of millions of entries, gigabytes of .tf).
constexpr size_t kMaxFolderEntries = 10'000;
constexpr uint64_t kMaxDownloadedBytes = 256ull << 20;

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The bytes of .tf (and .tf.json) source a module folder holds.
uint64_t SourceBytes(const ModuleConfig& config) {
  uint64_t bytes = 0;
  for (const Document* file : config.files) bytes += file->source->text().size();
  return bytes;
}

bool IsLocalSource(const std::string& source) { return source.rfind("./", 0) == 0 || source.rfind("../", 0) == 0; }

// The relative path from `from` to `to`, both lexically normal folders as walked.
std::string RelativePath(const std::string& from, const std::string& to) {
  auto split = [](const std::string& path) {
    std::vector<std::string> parts;
    size_t at = 0;
    while (at <= path.size()) {
      size_t slash = path.find('/', at);
      if (slash == std::string::npos) slash = path.size();
      std::string part = path.substr(at, slash - at);
      if (!part.empty() && part != ".") parts.push_back(part);
      at = slash + 1;
    }
    return parts;
  };
  const auto a = split(from), b = split(to);
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  std::string out;
  for (size_t i = common; i < a.size(); ++i) out += out.empty() ? ".." : "/..";
  for (size_t i = common; i < b.size(); ++i) out += (out.empty() ? "" : "/") + b[i];
  return out.empty() ? "." : out;
}

// A variable value given as text (TF_VAR_x, --var x=v): a string for string variables,
// otherwise an HCL expression, as Terraform reads it.
Value ParseVariableText(const std::string& text, const Declared<Block>* declared) {
  const Attribute* type = declared ? declared->node->body.FindAttribute("type") : nullptr;
  const bool is_string =
      !type || (type->expression.kind == parse::hcl::ExprKind::kVariable && type->expression.name() == "string");
  if (is_string) return Value::String(text);
  const std::string source = "v = " + text + "\n";
  const parse::hcl::HclParseResult parsed = parse::hcl::ParseHcl(source);
  if (!parsed.ok() || parsed.body.attributes.empty())
    return Value::Error("the value given for a variable is not valid HCL");
  ModuleConfig empty;
  ModuleInstance nowhere;
  nowhere.config = &empty;
  return Evaluator(nowhere).Evaluate(parsed.body.attributes[0].expression);
}

// Values of a .tfvars (HCL) or .tfvars.json file.
std::vector<std::pair<std::string, Value>> ReadVarFile(const Document& document) {
  std::vector<std::pair<std::string, Value>> values;
  ModuleConfig empty;
  ModuleInstance nowhere;
  nowhere.config = &empty;
  const Evaluator literal(nowhere);
  if (document.hcl) {
    for (const Attribute& attribute : document.hcl->attributes)
      values.emplace_back(std::string(attribute.name), literal.Evaluate(attribute.expression));
  } else if (document.root.IsMap()) {
    // .tfvars.json: plain JSON values.
    for (const parse::MapEntry& entry : document.root.entries) {
      const std::string text(
          document.source->text().substr(entry.value.span.begin, entry.value.span.end - entry.value.span.begin));
      values.emplace_back(entry.key, JsonDecode(text));
    }
  }
  return values;
}

// Adds the blocks of one file (`body`, the syntax tree of `document`) to its folder's module.
void AddDeclarations(ModuleConfig& config, const Document& document, const Body& body) {
  config.files.push_back(&document);
  for (const Block& block : body.blocks) {
    const auto label = [&](size_t i) { return i < block.labels.size() ? block.labels[i].value : std::string(); };
    if (block.type == "variable") config.variables.emplace(label(0), Declared<Block>{&block, &document});
    if (block.type == "output") config.outputs.emplace(label(0), Declared<Block>{&block, &document});
    if (block.type == "module") config.module_calls.emplace(label(0), Declared<Block>{&block, &document});
    if (block.type == "resource") config.AddResource({label(0), label(1), {&block, &document}});
    if (block.type == "data") config.data_sources.push_back({label(0), label(1), {&block, &document}});
    if (block.type == "terraform") config.terraform_blocks.push_back({&block, &document});
    if (block.type == "locals") {
      for (const Attribute& attribute : block.body.attributes)
        config.locals.emplace(std::string(attribute.name), Declared<Attribute>{&attribute, &document});
    }
  }
}

}  // namespace

std::map<std::string, std::string> TerraformInputs::FromEnvironment() {
  std::map<std::string, std::string> values;
  for (char** variable = environ; variable && *variable; ++variable) {
    const std::string entry(*variable);
    if (entry.rfind("TF_VAR_", 0) != 0) continue;
    const size_t equals = entry.find('=');
    if (equals == std::string::npos) continue;
    values[entry.substr(7, equals - 7)] = entry.substr(equals + 1);
  }
  return values;
}

Location TerraformResource::HeaderLocation() const {
  Span span = block->type_span;
  if (!block->labels.empty()) span.end = block->labels.back().span.end;
  return Location{document->source, span, {}};
}

void ReportUnresolved(std::vector<Finding>& findings, Location location, std::string message) {
  Sink sink(rules::kUnresolvedValue, findings);
  sink.Report(std::move(location), std::move(message));
}

std::string DirectoryOf(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string JoinPath(const std::string& dir, const std::string& relative) {
  const bool absolute = !relative.empty() && relative[0] == '/';
  const std::string joined = absolute || dir == "." ? relative : dir + "/" + relative;
  std::vector<std::string> parts;
  size_t at = 0;
  const bool rooted = !joined.empty() && joined[0] == '/';
  while (at <= joined.size()) {
    size_t slash = joined.find('/', at);
    if (slash == std::string::npos) slash = joined.size();
    const std::string part = joined.substr(at, slash - at);
    at = slash + 1;
    if (part.empty() || part == ".") continue;
    if (part == ".." && !parts.empty() && parts.back() != "..") {
      parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string out = rooted ? "/" : "";
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
  return out.empty() ? "." : out;
}

namespace {

// What a root module reads besides its folder's module: its .tfvars and lock files, by folder.
struct RootFiles {
  std::map<std::string, std::vector<const Document*>> var_files;  // folder -> auto-loaded tfvars
  std::map<std::string, const Document*> lock_files;              // folder -> .terraform.lock.hcl
};

// Groups the project's Terraform documents into module folders (`configs`, by folder), and keeps
// the .tfvars and lock files for the roots. `json_bodies` owns the syntax trees read from
// .tf.json files.
RootFiles GroupIntoFolders(const Project& project, std::map<std::string, std::unique_ptr<ModuleConfig>>& configs,
                           std::vector<std::shared_ptr<const Body>>& json_bodies, std::vector<Finding>& findings) {
  RootFiles files;
  for (const Document& document : project.documents) {
    const std::string dir = DirectoryOf(document.source->path());
    if (document.kind == FileKind::kTerraformLock) {
      files.lock_files[dir] = &document;
      continue;
    }
    if (document.kind == FileKind::kTerraformVars) {
      files.var_files[dir].push_back(&document);
      continue;
    }
    // A .tf.json file is read into the same syntax tree as a .tf file, and joins its folder.
    const Body* body = document.kind == FileKind::kTerraform ? document.hcl.get() : nullptr;
    if (document.kind == FileKind::kTerraformJson) {
      json_bodies.push_back(document.hcl ? document.hcl : ReadTerraformJson(document, findings));
      body = json_bodies.back().get();
    }
    if (!body) continue;
    auto& config = configs[dir];
    if (!config) {
      config = std::make_unique<ModuleConfig>();
      config->dir = dir;
    }
    AddDeclarations(*config, document, *body);
  }
  return files;
}

// The folders that are not roots. A folder that another linted folder calls as a local module is
// not a root.
std::set<std::string> CalledFolders(const std::map<std::string, std::unique_ptr<ModuleConfig>>& configs) {
  std::map<std::string, std::set<std::string>> calls;  // folder -> the folders it calls
  std::set<std::string> called;
  for (const auto& [dir, config] : configs) {
    for (const auto& [name, call] : config->module_calls) {
      const Attribute* source = call.node->body.FindAttribute("source");
      if (!source || !source->expression.IsStringLiteral() || !IsLocalSource(std::string(source->expression.value())))
        continue;
      const std::string target = JoinPath(dir, std::string(source->expression.value()));
      calls[dir].insert(target);
      if (target != dir) called.insert(target);
    }
  }
  // Folders reached from the roots; folders that only call each other (a cycle with no other
  // caller) would be reached by none, so the first of them in name order becomes a root too.
  std::set<std::string> reached;
  auto reach = [&](const std::string& from) {
    std::vector<std::string> pending{from};
    while (!pending.empty()) {
      const std::string dir = std::move(pending.back());
      pending.pop_back();
      if (!reached.insert(dir).second) continue;
      for (const std::string& next : calls[dir]) pending.push_back(next);
    }
  };
  for (const auto& [dir, config] : configs) {
    if (!called.count(dir)) reach(dir);
  }
  for (const auto& [dir, config] : configs) {
    if (called.count(dir) && !reached.count(dir)) {
      reach(dir);
      called.erase(dir);
    }
  }
  return called;
}

}  // namespace

std::unique_ptr<TerraformModel> TerraformModel::Build(const Project& project, const TerraformInputs& inputs,
                                                      std::vector<Finding>& findings) {
  auto model = std::make_unique<TerraformModel>();
  const RootFiles root_files = GroupIntoFolders(project, model->configs_, model->json_bodies_, findings);
  const std::set<std::string> called = CalledFolders(model->configs_);

  std::vector<std::string> linted_dirs;
  for (const auto& [dir, config] : model->configs_) linted_dirs.push_back(dir);
  for (const auto& [dir, config] : model->configs_) {
    if (called.count(dir)) continue;
    model->manifests_[dir] = ReadModuleManifest(dir, inputs.max_file_size, linted_dirs, findings);
    model->AddRoot(dir, *config, inputs, root_files.var_files, root_files.lock_files, project, findings);
  }
  for (const auto& root : model->roots_) model->CollectResources(*root);
  model->AddPlanResources(project, findings);
  return model;
}

void TerraformModel::AddRoot(const std::string& dir, const ModuleConfig& config_ref, const TerraformInputs& inputs,
                             const std::map<std::string, std::vector<const Document*>>& var_files,
                             const std::map<std::string, const Document*>& lock_files, const Project& project,
                             std::vector<Finding>& findings) {
  const ModuleConfig* config = &config_ref;

  budget_.max_file_size = inputs.max_file_size;
  auto root = std::make_unique<ModuleInstance>();
  root->config = config;
  root->path_module = ".";
  root->root_dir = dir;
  root->budget = &budget_;
  // Terraform's precedence, lowest first: defaults, TF_VAR_*, terraform.tfvars(.json),
  // *.auto.tfvars(.json) in lexical order, then --var-file and --var.
  std::map<std::string, Value> given;
  for (const auto& [name, text] : inputs.environment) {
    auto declared = config->variables.find(name);
    given[name] = ParseVariableText(text, declared == config->variables.end() ? nullptr : &declared->second);
  }
  const auto folder_files = var_files.find(dir);
  std::vector<const Document*> auto_files =
      folder_files == var_files.end() ? std::vector<const Document*>{} : folder_files->second;
  auto rank = [](const Document* document) {
    const std::string name = BaseName(document->source->path());
    if (name == "terraform.tfvars") return 0;
    if (name == "terraform.tfvars.json") return 1;
    if (name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json")) return 2;
    return 3;  // other .tfvars files load only with --var-file
  };
  std::sort(auto_files.begin(), auto_files.end(), [&](const Document* a, const Document* b) {
    return std::make_pair(rank(a), BaseName(a->source->path())) < std::make_pair(rank(b), BaseName(b->source->path()));
  });
  for (const Document* file : auto_files) {
    if (rank(file) == 3) continue;
    for (auto& [name, value] : ReadVarFile(*file)) given[name] = std::move(value);
  }
  for (const std::string& path : inputs.var_files) {
    for (const Document& document : project.documents) {
      if (document.source->path() == path || JoinPath(".", document.source->path()) == JoinPath(".", path)) {
        for (auto& [name, value] : ReadVarFile(document)) given[name] = std::move(value);
      }
    }
  }
  for (const auto& [name, text] : inputs.vars) {
    auto declared = config->variables.find(name);
    given[name] = ParseVariableText(text, declared == config->variables.end() ? nullptr : &declared->second);
  }
  for (const auto& [name, declared] : config->variables) {
    if (auto it = given.find(name); it != given.end()) {
      root->variables[name] = it->second;
    } else if (const Attribute* fallback = declared.node->body.FindAttribute("default")) {
      root->variables[name] = Evaluator(*root).Evaluate(fallback->expression);
    } else {
      root->variables[name] =
          Value::Unknown("var." + name + " has no value (no default, no .tfvars entry, no TF_VAR_" + name + ")");
    }
  }
  ++instances_;
  instantiated_.insert(config);
  Instantiate(*root, 0, findings);
  const auto lock = lock_files.find(dir);
  provider_versions_[root.get()] = ReadProviderVersions(*root, lock == lock_files.end() ? nullptr : lock->second);
  roots_.push_back(std::move(root));
}

const ProviderVersions& TerraformModel::GenesysCloudVersions(const ModuleInstance& instance) const {
  const ModuleInstance* root = &instance;
  while (root->parent) root = root->parent;
  static const ProviderVersions kLatest;
  const auto found = provider_versions_.find(root);
  return found == provider_versions_.end() ? kLatest : found->second;
}

void TerraformModel::Instantiate(ModuleInstance& instance, int depth, std::vector<Finding>& findings) {
  for (const auto& [name, call] : instance.config->module_calls) {
    const Attribute* source = call.node->body.FindAttribute("source");
    const Location at =
        call.At(call.node->type_span.begin < call.node->span.end
                    ? Span{call.node->type_span.begin,
                           call.node->labels.empty() ? call.node->type_span.end : call.node->labels.back().span.end}
                    : call.node->span);
    if (!source || !source->expression.IsStringLiteral()) {
      ReportUnresolved(findings, at, "module." + name + " has no literal source; its resources are not linted");
      continue;
    }
    const std::string text(source->expression.value());
    const std::string dir = IsLocalSource(text)
                                ? JoinPath(instance.config->dir, text)
                                : DownloadedDir(instance, name, text, call.At(source->expression.span), findings);
    if (dir.empty()) continue;
    const ModuleConfig* config = FindConfig(dir, instance, text, findings);
    if (!config) {
      ReportUnresolved(
          findings, call.At(source->expression.span),
          "module." + name + " points at \"" + dir + "\", which holds no linted .tf file; lint the whole project");
      continue;
    }
    bool cycle = false;
    for (const ModuleInstance* outer = &instance; outer && !cycle; outer = outer->parent)
      cycle = outer->config->dir == dir;
    if (cycle) {
      ReportUnresolved(
          findings, at,
          "module." + name + " calls \"" + dir + "\", which is already in its own chain of module calls; not followed");
      continue;
    }
    if (depth >= kMaxModuleDepth) {
      ReportUnresolved(findings, at, "module." + name + " nests more than 32 module calls deep; not followed");
      continue;
    }
    if (instances_ >= kMaxInstances) {
      if (instances_++ == kMaxInstances)  // said once, at the first call left out
        ReportUnresolved(findings, at,
                         "module." + name + " would make more than " + std::to_string(kMaxInstances) +
                             " module instances; this call and later ones are not followed");
      continue;
    }
    const uint64_t repeated = instantiated_.count(config) ? SourceBytes(*config) : 0;
    if (repeated_bytes_ + repeated > kMaxRepeatedBytes) {
      if (!repeated_cap_reported_)  // said once, at the first call left out
        ReportUnresolved(findings, at,
                         "module." + name + " would make the modules instantiated more than once add more than " +
                             std::to_string(kMaxRepeatedBytes >> 20) +
                             " MiB of .tf source to evaluate; this call and later repeated instances are not followed");
      repeated_cap_reported_ = true;
      continue;
    }
    repeated_bytes_ += repeated;
    instantiated_.insert(config);
    ++instances_;
    auto child = std::make_unique<ModuleInstance>();
    child->config = config;
    child->parent = &instance;
    child->address = instance.AddressPrefix() + "module." + name;
    child->manifest_key = instance.manifest_key.empty() ? name : instance.manifest_key + "." + name;
    child->root_dir = instance.root_dir;
    child->path_module = RelativePath(instance.root_dir, dir);
    child->call_chain = instance.call_chain;
    child->call_chain.push_back({at, "in module." + name + " called here"});
    child->call = &call;
    child->budget = instance.budget;
    Instantiate(*child, depth + 1, findings);
    instance.children.emplace(name, std::move(child));
  }
}

std::string TerraformModel::DownloadedDir(const ModuleInstance& instance, const std::string& name,
                                          const std::string& source, const Location& at,
                                          std::vector<Finding>& findings) {
  const ModuleInstance* root = &instance;
  while (root->parent) root = root->parent;
  const auto manifest = manifests_.find(root->root_dir);
  if (manifest == manifests_.end() || !manifest->second.present) {
    ReportUnresolved(findings, at,
                     "module." + name + " comes from \"" + source +
                         "\", which cxlint does not fetch; the resources it creates " +
                         "are not linted until `terraform init` has downloaded it into " +
                         DownloadedModulesDir(root->root_dir) + ", where cxlint reads it");
    return {};
  }
  if (!manifest->second.broken.empty()) {
    ReportUnresolved(findings, at,
                     "module." + name + " comes from \"" + source + "\"; " + manifest->second.path +
                         " would say where " + "terraform init put it, but " + manifest->second.broken +
                         ", so the resources it creates are not linted");
    return {};
  }
  const std::string key = instance.manifest_key.empty() ? name : instance.manifest_key + "." + name;
  const auto entry = manifest->second.entries.find(key);
  if (entry == manifest->second.entries.end()) {
    ReportUnresolved(findings, at,
                     "module." + name + " is not in " + manifest->second.path + " (key \"" + key +
                         "\"): run `terraform init` again so cxlint can read the module; its resources are not linted");
    return {};
  }
  if (!entry->second.problem.empty()) {
    Sink sink(rules::kUnresolvedValue, findings);
    sink.Report(at,
                "module." + name + " is listed in " + manifest->second.path + ", but " + entry->second.problem +
                    "; it is not read, and the resources it creates are not linted",
                {{entry->second.location, "its entry in modules.json"}});
    return {};
  }
  return entry->second.dir;
}

const ModuleConfig* TerraformModel::FindConfig(const std::string& dir, const ModuleInstance& caller,
                                               const std::string& source, std::vector<Finding>& findings) {
  if (const auto linted = configs_.find(dir); linted != configs_.end()) return linted->second.get();
  if (const auto read = downloaded_.find(dir); read != downloaded_.end()) return read->second.get();
  // Only folders below the root's .terraform/modules are read from disk: never the user's other
  // folders (the walk decides those), never anything a crafted modules.json points at elsewhere.
  const ModuleInstance* root = &caller;
  while (root->parent) root = root->parent;
  const auto manifest = manifests_.find(root->root_dir);
  if (manifest == manifests_.end() || !manifest->second.present || !IsInside(dir, DownloadedModulesDir(root->root_dir)))
    return nullptr;
  return LoadDownloaded(dir, source, findings);
}

const ModuleConfig* TerraformModel::LoadDownloaded(const std::string& dir, const std::string& source,
                                                   std::vector<Finding>& findings) {
  auto config = std::make_unique<ModuleConfig>();
  config->dir = dir;
  config->downloaded_from = source;
  std::vector<std::string> names;
  std::error_code error;
  size_t seen = 0;
  for (std::filesystem::directory_iterator it(dir, error), end; !error && it != end && seen < kMaxFolderEntries;
       it.increment(error), ++seen) {
    const std::string name = it->path().filename().string();
    if (name.ends_with(".tf") || name.ends_with(".tf.json")) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  const LoadOptions options{budget_.max_file_size};
  for (const std::string& name : names) {
    const std::string path = JoinPath(dir, name);
    std::error_code size_error;
    const uint64_t size = std::filesystem::file_size(path, size_error);
    if (!size_error && downloaded_bytes_ + size > kMaxDownloadedBytes) {
      if (downloaded_bytes_ <= kMaxDownloadedBytes)
        ReportUnresolved(findings, Location{std::make_shared<SourceFile>(path, ""), {}, {}},
                         "the downloaded modules together pass " + std::to_string(kMaxDownloadedBytes >> 20) +
                             " MiB; this file and later ones are not read");
      downloaded_bytes_ = kMaxDownloadedBytes + 1;
      break;
    }
    if (!size_error) downloaded_bytes_ += size;
    LoadOutcome outcome = LoadFile(WalkEntry{path, false, ""}, options);
    for (Finding& finding : outcome.findings) findings.push_back(std::move(finding));
    if (!outcome.document) continue;
    downloaded_documents_.push_back(std::move(*outcome.document));
    const Document& document = downloaded_documents_.back();
    const Body* body = document.hcl.get();
    if (document.kind == FileKind::kTerraformJson) {
      json_bodies_.push_back(ReadTerraformJson(document, findings));
      body = json_bodies_.back().get();
    }
    if (body) AddDeclarations(*config, document, *body);
  }
  if (config->files.empty()) return nullptr;
  return (downloaded_[dir] = std::move(config)).get();
}

void TerraformModel::AddPlanResources(const Project& project, std::vector<Finding>& findings) {
  const size_t from_source = resources_.size();
  for (const Document& document : project.documents) {
    if (document.kind != FileKind::kTerraformPlan) continue;
    std::unique_ptr<Plan> plan = Plan::Read(document, findings);
    // A plan made in a root folder describes that root; from elsewhere, any linted root.
    const std::string dir = DirectoryOf(document.source->path());
    const bool root_here =
        std::any_of(roots_.begin(), roots_.end(), [&](const auto& root) { return root->root_dir == dir; });
    for (const PlanResource& planned : plan->resources()) {
      // Where a .tf or .tf.json declares the resource, that one is kept: findings point at the
      // source a user edits, not at the plan made from it.
      const std::string address = WithoutInstanceKeys(planned.address);
      const bool declared =
          std::any_of(resources_.begin(), resources_.begin() + static_cast<ptrdiff_t>(from_source),
                      [&](const TerraformResource& source) {
                        return source.address == address && (!root_here || source.instance->root_dir == dir);
                      });
      if (declared) continue;
      TerraformResource resource;
      resource.type = planned.type;
      resource.name = planned.name;
      resource.address = planned.address;
      resource.is_data = planned.is_data;
      resource.block = planned.block;
      resource.document = &document;
      resource.instance = planned.instance;
      resources_.push_back(std::move(resource));
    }
    plans_.push_back(std::move(plan));
  }
}

void TerraformModel::CollectResources(const ModuleInstance& instance) {
  auto add = [&](const ResourceDecl& declared, bool is_data) {
    TerraformResource resource;
    resource.type = declared.type;
    resource.name = declared.name;
    resource.address = instance.AddressPrefix() + (is_data ? "data." : "") + declared.type + "." + declared.name;
    resource.is_data = is_data;
    resource.block = declared.block.node;
    resource.document = declared.block.document;
    resource.instance = &instance;
    resources_.push_back(std::move(resource));
  };
  for (const ResourceDecl& declared : instance.config->resources) add(declared, false);
  for (const ResourceDecl& declared : instance.config->data_sources) add(declared, true);
  for (const auto& [name, child] : instance.children) CollectResources(*child);
}

}  // namespace cxlint::model
