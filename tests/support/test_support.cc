#include "support/test_support.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "model/terraform/terraform_model.h"

namespace cxlint::testing {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "cxlint-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  // Undo any permission games a test played, so removal cannot fail half-way.
  for (auto it = fs::recursive_directory_iterator(path_, fs::directory_options::skip_permission_denied, ignored);
       it != fs::recursive_directory_iterator(); it.increment(ignored)) {
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
  }
  fs::remove_all(path_, ignored);
}

std::string TempDir::Write(const std::string& relative, const std::string& content) const {
  const fs::path full = path_ / relative;
  fs::create_directories(full.parent_path());
  std::ofstream out(full, std::ios::binary);
  out << content;
  return full.string();
}

fs::path SourceDir() { return fs::path(CXLINT_SOURCE_DIR); }

fs::path CorpusDir() {
  if (const char* env = std::getenv("CXLINT_CORPUS")) return fs::path(env);
  // Found by CMake (CXLINT_SHARED_DIR): beside the checkout, or /work/shared.
  const fs::path candidate = fs::path(CXLINT_SHARED_DIR) / "corpus";
  REQUIRE_MESSAGE(fs::is_directory(candidate), "corpus not found at " << candidate.string() << " (set CXLINT_CORPUS)");
  return candidate;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<Finding> Of(const LintResult& result, std::string_view code) {
  std::vector<Finding> found;
  for (const std::vector<Finding>* list : {&result.findings, &result.not_checked}) {
    for (const Finding& finding : *list) {
      if (finding.rule->code == code) found.push_back(finding);
    }
  }
  return found;
}

std::string SpanText(const Finding& finding) {
  const Span span = finding.location.span;
  return finding.location.file->text().substr(span.begin, span.end - span.begin);
}

std::string GoldenLines(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& finding : findings) {
    const SourceFile& file = *finding.location.file;
    const LineCol start = file.Position(finding.location.span.begin);
    const LineCol end = file.Position(finding.location.span.end);
    out += file.path() + ":" + std::to_string(start.line) + ":" + std::to_string(start.column) + "-" +
           std::to_string(end.line) + ":" + std::to_string(end.column) + ": " +
           std::string(SeverityName(finding.severity)) + ": " + finding.message + " [" +
           std::string(finding.rule->code) + " " + std::string(finding.rule->name) + "]";
    if (!finding.location.logical.empty()) out += " (in " + finding.location.logical + ")";
    out += "\n";
  }
  return out;
}

LintResult LintIn(const fs::path& dir, const std::vector<std::string>& paths) {
  LintOptions options;
  options.paths = paths;
  return LintIn(dir, options);
}

LintResult LintIn(const fs::path& dir, const LintOptions& options) {
  LintOptions kept = options;
  kept.keep_model = true;  // tests look inside the model
  const fs::path previous = fs::current_path();
  fs::current_path(dir);
  LintResult result = Lint(kept);
  fs::current_path(previous);
  return result;
}

std::string SuppressedLines(const std::vector<SuppressedFinding>& suppressed) {
  std::string out;
  for (const SuppressedFinding& item : suppressed) {
    std::string line = GoldenLines({item.finding});
    line.pop_back();
    out +=
        "suppressed: " + line + " by " + item.by + (item.reason.empty() ? " (no reason)" : ": " + item.reason) + "\n";
  }
  return out;
}

model::Value ResourceAttribute(const LintResult& result, const std::string& address, const std::string& attribute) {
  for (const model::TerraformResource& resource : result.project.terraform->resources()) {
    if (resource.address != address) continue;
    const parse::hcl::Attribute* found = resource.block->body.FindAttribute(attribute);
    REQUIRE(found != nullptr);
    return resource.Evaluate(found->expression);
  }
  FAIL("no resource " << address);
  return model::Value::Null();
}

}  // namespace cxlint::testing
