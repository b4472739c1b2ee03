#include "model/terraform/module_manifest.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "base/file_read.h"
#include "base/pipeline_rules.h"
#include "model/terraform/terraform_model.h"
#include "parse/json/json_reader.h"

namespace cxlint::model {

namespace {

// A manifest lists one entry per module call; more than the instance cap could never be used.
constexpr size_t kMaxEntries = 10'000;

void ParseError(std::vector<Finding>& findings, const SourcePtr& file, Span span, std::string message) {
  Sink sink(rules::kParseError, findings);
  sink.Report(Location{file, span, {}}, std::move(message));
}

const parse::Node* StringField(const parse::Node& entry, std::string_view key) {
  const parse::Node* node = entry.Find(key);
  return node && node->IsScalar() && node->style == parse::Node::ScalarStyle::kString ? node : nullptr;
}

}  // namespace

std::string DownloadedModulesDir(const std::string& root_dir) { return JoinPath(root_dir, ".terraform/modules"); }

bool IsInside(const std::string& dir, const std::string& parent) {
  const bool lexical = parent == "." ? dir != ".." && dir.rfind("../", 0) != 0 && dir.rfind('/', 0) != 0
                                     : dir == parent || dir.rfind(parent + "/", 0) == 0;
  if (!lexical) return false;
  // A symbolic link inside .terraform/modules may point anywhere; only what it resolves to counts.
  std::error_code error;
  const std::filesystem::path real_dir = std::filesystem::weakly_canonical(dir, error);
  if (error) return false;
  const std::filesystem::path real_parent = std::filesystem::weakly_canonical(parent, error);
  if (error) return false;
  const auto mismatch = std::mismatch(real_parent.begin(), real_parent.end(), real_dir.begin(), real_dir.end());
  return mismatch.first == real_parent.end();
}

ModuleManifest ReadModuleManifest(const std::string& root_dir, uint64_t max_file_size,
                                  const std::vector<std::string>& linted_dirs, std::vector<Finding>& findings) {
  ModuleManifest manifest;
  const std::string downloads = DownloadedModulesDir(root_dir);
  manifest.path = downloads + "/modules.json";
  struct stat info {};
  if (lstat(manifest.path.c_str(), &info) != 0) return manifest;  // terraform init never ran here
  manifest.present = true;
  FileReadResult read = ReadRegularFile(manifest.path, max_file_size);
  auto file = std::make_shared<SourceFile>(manifest.path, std::move(read.text));
  if (!read.error.empty()) {
    ParseError(findings, file, {}, read.error + "; the modules terraform init downloaded are not read");
    manifest.broken = "it cannot be read";
    return manifest;
  }
  const parse::ParseResult parsed = parse::ParseJson(file->text());
  if (!parsed.ok()) {
    for (const parse::ParseError& error : parsed.errors)
      ParseError(findings, file, {error.offset, error.offset}, error.message + "; the downloaded modules are not read");
    manifest.broken = "it is not valid JSON";
    return manifest;
  }
  const parse::Node* modules = parsed.root.Find("Modules");
  if (!modules || !modules->IsSequence()) {
    ParseError(findings, file, parsed.root.span,
               "not the manifest terraform init writes: no \"Modules\" list; the downloaded modules are not read");
    manifest.broken = "it has no \"Modules\" list";
    return manifest;
  }
  for (size_t i = 0; i < modules->items.size() && i < kMaxEntries; ++i) {
    const parse::Node& item = modules->items[i];
    const parse::Node* key = StringField(item, "Key");
    const parse::Node* dir = StringField(item, "Dir");
    if (!item.IsMap() || !key || !dir) {
      ParseError(
          findings, file, item.span,
          "entry " + std::to_string(i) + " of \"Modules\" needs the strings \"Key\" and \"Dir\"; it is not used");
      continue;
    }
    if (key->text.empty()) continue;  // the root module itself
    ManifestEntry entry;
    if (const parse::Node* source = StringField(item, "Source")) entry.source = source->text;
    entry.location = Location{file, dir->span, {}};
    const std::string joined = JoinPath(root_dir, dir->text);
    const bool linted = std::find(linted_dirs.begin(), linted_dirs.end(), joined) != linted_dirs.end();
    if (!dir->text.empty() && dir->text[0] == '/') {
      entry.problem = "its folder \"" + dir->text + "\" is an absolute path, not one terraform init writes";
    } else if (!linted && !IsInside(joined, downloads)) {
      entry.problem = "its folder \"" + dir->text + "\" is neither a linted folder nor inside " + downloads;
    } else {
      entry.dir = joined;
    }
    manifest.entries.emplace(key->text, std::move(entry));
  }
  if (modules->items.size() > kMaxEntries)
    ParseError(findings, file, modules->items[kMaxEntries].span,
               "more than " + std::to_string(kMaxEntries) + " modules; the rest are not read");
  return manifest;
}

}  // namespace cxlint::model
