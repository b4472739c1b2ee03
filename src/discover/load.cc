#include "discover/load.h"

#include "base/file_read.h"
#include "base/pipeline_rules.h"
#include "base/utf8.h"
#include "parse/hcl/hcl_parser.h"
#include "parse/i3/i3_decode.h"
#include "parse/json/json_reader.h"
#include "parse/yaml/yaml_reader.h"

namespace cxlint {

namespace {

// What the file name says, before any content is read.
enum class NameKind { kOther, kYaml, kJson, kI3, kTerraform, kTerraformJson, kTerraformVars, kTerraformLock };

NameKind KindFromName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.ends_with(".tf")) return NameKind::kTerraform;
  if (name == ".terraform.lock.hcl") return NameKind::kTerraformLock;
  if (name.ends_with(".tf.json")) return NameKind::kTerraformJson;
  if (name.ends_with(".tfvars") || name.ends_with(".tfvars.json")) return NameKind::kTerraformVars;
  if (name.ends_with(".yaml") || name.ends_with(".yml")) return NameKind::kYaml;
  if (name.ends_with(".json")) return NameKind::kJson;
  const size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && name.compare(dot, 3, ".i3") == 0) return NameKind::kI3;
  return NameKind::kOther;
}

std::string HexByte(unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  return std::string("0x") + kHex[c >> 4] + kHex[c & 15];
}

// Raw-text hints that a file which failed to parse was meant for cxlint; without them a broken
// file met on a walk (a tsconfig.json with comments, a CI workflow) is skipped, not reported.
bool LooksLikeFlowYaml(std::string_view text) {
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos && IsArchyFlowType(line.substr(0, colon))) return true;
    at = end + 1;
  }
  return false;
}

bool LooksLikeOurJson(std::string_view text) {
  return text.find("\"requestUrlTemplate\"") != std::string_view::npos ||
         text.find("\"flowSequenceItemList\"") != std::string_view::npos ||
         text.find("\"planned_values\"") != std::string_view::npos ||
         text.find("\"resource_changes\"") != std::string_view::npos;
}

std::optional<FileKind> ClassifyJson(const parse::Node& root) {
  if (!root.IsMap()) return std::nullopt;
  if (const parse::Node* url = root.FindPath({"config", "request", "requestUrlTemplate"}); url && url->IsScalar())
    return FileKind::kDataActionJson;
  if (root.Find("flowSequenceItemList")) return FileKind::kFlowConfigJson;
  if (root.Find("format_version") &&
      (root.Find("planned_values") || root.Find("resource_changes") || root.Find("configuration")))
    return FileKind::kTerraformPlan;
  return std::nullopt;
}

class Loader {
 public:
  Loader(const WalkEntry& entry, const LoadOptions& options,
         const std::map<std::string, std::string>& substitutions = {})
      : entry_(entry), options_(options), substitutions_(substitutions) {}

  LoadOutcome Run() {
    const NameKind name_kind = KindFromName(entry_.path);
    if (name_kind == NameKind::kOther && !entry_.explicit_path && !entry_.folder) {
      outcome_.skip_reason = "not a file type cxlint reads (by name)";
      return std::move(outcome_);
    }
    if (!entry_.problem.empty()) {
      Error(std::make_shared<SourceFile>(entry_.path, ""), 0, entry_.problem);
      return std::move(outcome_);
    }
    FileReadResult read = ReadRegularFile(entry_.path, options_.max_file_size);
    auto source = std::make_shared<SourceFile>(entry_.path, std::move(read.text));
    if (!read.error.empty()) {
      Error(source, 0, read.error);
      return std::move(outcome_);
    }
    const std::string& text = source->text();
    if (const size_t nul = text.find('\0'); nul != std::string::npos) {
      Error(source, static_cast<uint32_t>(nul), "binary file: NUL byte, not text");
      return std::move(outcome_);
    }
    if (const size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
      Error(source, static_cast<uint32_t>(bad),
            "invalid UTF-8: byte " + HexByte(static_cast<unsigned char>(text[bad])) +
                " cannot start or continue a character");
      return std::move(outcome_);
    }
    switch (name_kind) {
      case NameKind::kTerraform: return LoadHcl(source, FileKind::kTerraform);
      case NameKind::kTerraformJson: return LoadTerraformJson(source, FileKind::kTerraformJson);
      case NameKind::kTerraformVars:
        if (source->path().ends_with(".tfvars")) return LoadHcl(source, FileKind::kTerraformVars);
        return LoadTerraformJson(source, FileKind::kTerraformVars);
      // Read for the provider versions it selected; no rule lints it.
      case NameKind::kTerraformLock: return LoadHcl(source, FileKind::kTerraformLock);
      case NameKind::kYaml: return LoadYaml(source);
      case NameKind::kJson: return LoadJson(source);
      case NameKind::kI3: return LoadI3(source);
      case NameKind::kOther: break;
    }
    // A file named on the command line whose name says nothing: try the content.
    if (LooksLikeOurJson(text)) return LoadJson(source);
    if (LooksLikeFlowYaml(text)) return LoadYaml(source);
    outcome_.skip_reason = "not a file type cxlint reads (neither its name nor its content matches)";
    return std::move(outcome_);
  }

 private:
  LoadOutcome Recognised(const SourcePtr& source, FileKind kind, parse::Node root = {},
                         std::shared_ptr<const parse::I3Decoded> i3 = nullptr) {
    outcome_.document = Document{source, kind, std::move(root), std::move(i3)};
    return std::move(outcome_);
  }

  void Error(const SourcePtr& source, uint32_t offset, std::string message, std::string logical = {}) {
    Sink sink(rules::kParseError, outcome_.findings);
    sink.Report(Location{source, OneCharacterAt(source->text(), offset), std::move(logical)}, std::move(message));
  }

  // An error blames the character it found; at a line end or the end of the file, nothing.
  static Span OneCharacterAt(const std::string& text, uint32_t offset) {
    if (offset >= text.size() || text[offset] == '\n' || text[offset] == '\r') return {offset, offset};
    uint32_t end = offset + 1;
    while (end < text.size() && IsUtf8Continuation(text[end])) ++end;
    return {offset, end};
  }

  void Errors(const SourcePtr& source, const parse::ParseResult& result) {
    for (const parse::ParseError& error : result.errors) Error(source, error.offset, error.message);
  }

  LoadOutcome LoadHcl(const SourcePtr& source, FileKind kind) {
    parse::hcl::HclParseResult result = parse::hcl::ParseHcl(source->text());
    if (!result.ok()) {
      for (const parse::ParseError& error : result.errors) Error(source, error.offset, error.message);
      return std::move(outcome_);
    }
    // The tree's names and literals view the source text, which the document keeps alive beside
    // it; an aliasing pointer to the body owns the store of its nodes too.
    struct Tree {
      std::shared_ptr<parse::hcl::SyntaxStore> store;
      parse::hcl::Body body;
    };
    auto tree = std::make_shared<Tree>(Tree{std::move(result.store), std::move(result.body)});
    const parse::hcl::Body* body = &tree->body;
    outcome_.document =
        Document{source, kind, {}, nullptr, std::shared_ptr<const parse::hcl::Body>(std::move(tree), body)};
    return std::move(outcome_);
  }

  // Terraform's JSON syntax (.tf.json, .tfvars.json): always ours by name, so errors are CX001.
  LoadOutcome LoadTerraformJson(const SourcePtr& source, FileKind kind) {
    parse::ParseResult result = parse::ParseJson(source->text());
    if (!result.ok()) {
      Errors(source, result);
      return std::move(outcome_);
    }
    return Recognised(source, kind, std::move(result.root));
  }

  LoadOutcome LoadYaml(const SourcePtr& source) {
    parse::ParseResult result = parse::ParseYaml(source->text(), substitutions_);
    if (!result.ok()) {
      if (entry_.explicit_path || LooksLikeFlowYaml(source->text())) {
        Errors(source, result);
      } else {
        outcome_.skip_reason = "not valid YAML, and no flow-type key found";
      }
      return std::move(outcome_);
    }
    const parse::Node& root = result.root;
    if (root.IsMap() && !root.entries.empty() && IsArchyFlowType(root.entries.front().key))
      return Recognised(source, FileKind::kArchyFlow, std::move(result.root));
    outcome_.skip_reason = "YAML whose top-level key is not an Archy flow type";
    return std::move(outcome_);
  }

  LoadOutcome LoadJson(const SourcePtr& source) {
    parse::ParseResult result = parse::ParseJson(source->text());
    if (!result.ok()) {
      if (entry_.explicit_path || LooksLikeOurJson(source->text())) {
        Errors(source, result);
      } else {
        outcome_.skip_reason = "not valid JSON, and no data-action, flow or plan keys found";
      }
      return std::move(outcome_);
    }
    if (std::optional<FileKind> kind = ClassifyJson(result.root))
      return Recognised(source, *kind, std::move(result.root));
    outcome_.skip_reason = "JSON that is not a data-action export, flow configuration or Terraform plan";
    return std::move(outcome_);
  }

  LoadOutcome LoadI3(const SourcePtr& source) {
    parse::I3DecodeError decode_error{};
    std::optional<parse::I3Decoded> decoded = parse::DecodeI3(source->text(), &decode_error);
    if (!decoded) {
      Error(source, decode_error.offset, "cannot decode Architect export: " + decode_error.message);
      return std::move(outcome_);
    }
    auto shared = std::make_shared<const parse::I3Decoded>(std::move(*decoded));
    if (const size_t bad = FindInvalidUtf8(shared->json); bad != std::string_view::npos) {
      Error(source, shared->ToFileOffset(static_cast<uint32_t>(bad)),
            "decoded export is not UTF-8: byte " + HexByte(static_cast<unsigned char>(shared->json[bad])),
            DecodedPosition(*shared, static_cast<uint32_t>(bad)));
      return std::move(outcome_);
    }
    parse::ParseResult result = parse::ParseJson(shared->json);
    if (!result.ok()) {
      for (const parse::ParseError& error : result.errors) {
        Error(source, shared->ToFileOffset(error.offset), error.message + " (in the decoded export)",
              DecodedPosition(*shared, error.offset));
      }
      return std::move(outcome_);
    }
    parse::RemapOffsets(result, [&](uint32_t offset) { return shared->ToFileOffset(offset); });
    if (!result.root.IsMap() || !result.root.Find("flowSequenceItemList")) {
      Error(source, 0, "decoded export is JSON but not an Architect flow (no \"flowSequenceItemList\")");
      return std::move(outcome_);
    }
    return Recognised(source, FileKind::kI3Export, std::move(result.root), std::move(shared));
  }

 public:
  // The rendering of a template, with positions mapped back into the template file.
  LoadOutcome RunRendered(const SourcePtr& template_file, const std::string& rendered, const OffsetMap& map) {
    if (const size_t bad = FindInvalidUtf8(rendered); bad != std::string_view::npos) {
      Error(template_file, map.ToOriginal(static_cast<uint32_t>(bad)), "the rendered template is not UTF-8");
      return std::move(outcome_);
    }
    parse::ParseResult result = parse::ParseYaml(rendered, substitutions_);
    parse::RemapOffsets(result, [&](uint32_t offset) { return map.ToOriginal(offset); });
    if (!result.ok()) {
      for (const parse::ParseError& error : result.errors)
        Error(template_file, error.offset, error.message + " (in the rendered template)");
      return std::move(outcome_);
    }
    const parse::Node& root = result.root;
    if (root.IsMap() && !root.entries.empty() && IsArchyFlowType(root.entries.front().key))
      return Recognised(template_file, FileKind::kArchyFlow, std::move(result.root));
    Error(template_file, 0, "the rendered template is not an Archy flow: its top-level key is not a flow type");
    return std::move(outcome_);
  }

 private:
  // A position in the decoded JSON, for messages about a document nobody can read on disk.
  static std::string DecodedPosition(const parse::I3Decoded& decoded, uint32_t offset) {
    SourceFile json("", decoded.json);
    const LineCol position = json.Position(offset);
    return "decoded JSON " + std::to_string(position.line) + ":" + std::to_string(position.column);
  }

  const WalkEntry& entry_;
  const LoadOptions& options_;
  // A deployed flow's values for its {{key}} placeholders; empty for files found by the walk.
  std::map<std::string, std::string> substitutions_;
  LoadOutcome outcome_;
};

}  // namespace

LoadOutcome LoadFile(const WalkEntry& entry, const LoadOptions& options) { return Loader(entry, options).Run(); }

LoadOutcome LoadDeployedFlow(const std::string& path, const std::map<std::string, std::string>& substitutions,
                             const LoadOptions& options) {
  return Loader(WalkEntry{path, true, ""}, options, substitutions).Run();
}

LoadOutcome LoadRenderedFlow(const SourcePtr& template_file, const std::string& rendered, const OffsetMap& map,
                             const std::map<std::string, std::string>& substitutions) {
  const LoadOptions options;
  return Loader(WalkEntry{template_file->path(), true, ""}, options, substitutions)
      .RunRendered(template_file, rendered, map);
}

}  // namespace cxlint
