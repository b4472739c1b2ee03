// Terraform as teams write it beyond their own folder: modules `terraform init` downloaded (read
// through .terraform/modules/modules.json) and flow files Terraform generates with local_file and
// templatefile().

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "model/terraform/flow_deployment.h"
#include "model/terraform/terraform_model.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;
using model::Value;

// Lints `dir` from inside it (templatefile() reads relative to the root, as Terraform does from
// its working folder) and returns the attribute `v` of `test.t`.
Value TemplateValue(const TempDir& dir) {
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  const LintResult result = LintIn(dir.path());
  REQUIRE(result.internal_errors.empty());
  const Value value = ResourceAttribute(result, "test.t", "v");
  fs::current_path(previous);
  return value;
}

Value RenderWith(const std::string& template_text, const std::string& vars) {
  TempDir dir;
  dir.Write("t.tftpl", template_text);
  dir.Write("main.tf", "resource \"test\" \"t\" {\n  v = templatefile(\"t.tftpl\", " + vars + ")\n}\n");
  return TemplateValue(dir);
}

std::string Messages(const LintResult& result, std::string_view code) {
  std::string all;
  for (const Finding& finding : Of(result, code)) all += finding.message + "\n";
  return all;
}

const Finding* FindingAt(const LintResult& result, std::string_view code, const std::string& path) {
  for (const Finding& finding : result.findings) {
    if (finding.rule->code == code && finding.location.file && finding.location.file->path() == path) return &finding;
  }
  return nullptr;
}

TEST_SUITE("unit") {
  TEST_CASE("templatefile: interpolations, directives, strip markers and escapes render as in Terraform") {
    CHECK(RenderWith("Hello ${name}!\n", "{ name = \"world\" }").str() == "Hello world!\n");
    CHECK(RenderWith("no newline ${n + 1}", "{ n = 1 }").str() == "no newline 2");
    CHECK(RenderWith("%{ for q in queues ~}\n[${q}]\n%{ endfor ~}\nend", "{ queues = [\"a\", \"b\"] }").str() ==
          "[a]\n[b]\nend");
    CHECK(RenderWith("%{ if on }yes%{ else }no%{ endif }", "{ on = false }").str() == "no");
    CHECK(RenderWith("%{ for k, v in m }${k}=${v};%{ endfor }", "{ m = { a = 1, b = 2 } }").str() == "a=1;b=2;");
    CHECK(RenderWith("a  ${~ x ~}  b", "{ x = \"-\" }").str() == "a-b");
    CHECK(RenderWith("$${literal} %%{ not a directive }", "{}").str() == "${literal} %{ not a directive }");
    CHECK(RenderWith("${upper(x)}", "{ x = \"fn\" }").str() == "FN");
  }

  TEST_CASE("templatefile: a template sees only its variables, and cannot render a template") {
    const Value outside = RenderWith("${var.name}", "{}");
    REQUIRE(outside.IsError());
    CHECK(outside.unknown_reason().find("only the variables templatefile() passes") != std::string::npos);
    const Value missing = RenderWith("${nope}", "{ other = 1 }");
    CHECK(missing.IsError());
    const Value itself = RenderWith("${templatefile(\"t.tftpl\", {})}", "{}");
    REQUIRE(itself.IsError());
    CHECK(itself.unknown_reason().find("cannot be called inside a template") != std::string::npos);
    const Value bad = RenderWith("${unclosed", "{}");
    REQUIRE(bad.IsError());
    CHECK(bad.unknown_reason().find("is not a valid template") != std::string::npos);
  }

  TEST_CASE("templatefile: a value cxlint cannot know leaves the result unknown, never guessed") {
    TempDir dir;
    dir.Write("t.tftpl", "queue ${id}\n");
    dir.Write(
        "main.tf",
        "resource \"genesyscloud_routing_queue\" \"q\" {\n  name = \"Q\"\n}\n"
        "resource \"test\" \"t\" {\n  v = templatefile(\"t.tftpl\", { id = genesyscloud_routing_queue.q.id })\n}\n");
    const Value value = TemplateValue(dir);
    CHECK(value.IsUnknown());
    CHECK_FALSE(value.IsError());
    CHECK(value.unknown_reason().find("genesyscloud_routing_queue.q.id") != std::string::npos);
  }

  TEST_CASE("generated flows: a local_file's template is linted at the template's lines, the output is not missing") {
    TempDir dir;
    dir.Write("main.tf",
              "resource \"genesyscloud_routing_queue\" \"q\" {\n  name = \"Support\"\n}\n"
              "resource \"local_file\" \"flow\" {\n"
              "  content  = templatefile(\"${path.module}/flow.yaml.tftpl\", { name = \"Menu\", queue = "
              "genesyscloud_routing_queue.q.id, items = [\"x\", \"y\"] })\n"
              "  filename = \"${path.module}/out/flow.yaml\"\n}\n"
              "resource \"genesyscloud_flow\" \"menu\" {\n  filepath = local_file.flow.filename\n}\n");
    dir.Write(
        "flow.yaml.tftpl",
        "inboundCall:\n  name: ${name}\n  queue: ${queue}\n%{ for i in items ~}\n  ${i}: {{key_${i}}}\n%{ endfor ~}\n");
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.project.flow_deployments.size() == 1);
    const model::FlowDeployment& flow = result.project.flow_deployments[0];
    REQUIRE(flow.generated_by != nullptr);
    CHECK(flow.generated_by->address == "local_file.flow");
    CHECK(flow.path == "flow.yaml.tftpl");
    REQUIRE(flow.document != nullptr);
    CHECK(flow.document->source->path() == "flow.yaml.tftpl");
    const parse::Node& root = *flow.document->root.Find("inboundCall");
    const std::string& text = flow.document->source->text();
    const auto under = [&](Span span) { return text.substr(span.begin, span.end - span.begin); };
    CHECK(root.Find("name")->text == "Menu");
    CHECK(under(root.Find("name")->span) == "${name}");
    // The unknown queue id stays as written.
    CHECK(root.Find("queue")->text == "${queue}");
    // Each loop iteration maps back into the loop's body.
    REQUIRE(root.FindEntry("y") != nullptr);
    CHECK(under(root.FindEntry("y")->key_span) == "${i}");
    CHECK(FindingAt(result, "CX406", "out/flow.yaml") == nullptr);
    // The placeholders the loop wrote are unresolved substitutions, reported in the template.
    const Finding* unresolved = FindingAt(result, "CX404", "flow.yaml.tftpl");
    REQUIRE(unresolved != nullptr);
    CHECK(text.substr(unresolved->location.span.begin, 6) == "{{key_");
  }
}

TEST_SUITE("bad-input") {
  TEST_CASE("generated flows: a template that renders itself or loops without end is a bounded error") {
    TempDir dir;
    std::string list = "[0";
    for (int i = 1; i < 3000; ++i) list += ", " + std::to_string(i);
    dir.Write("main.tf", "resource \"local_file\" \"f\" {\n  content  = templatefile(\"f.tftpl\", { n = " + list +
                             "] })\n"
                             "  filename = \"out.yaml\"\n}\nresource \"genesyscloud_flow\" \"f\" {\n  filepath = "
                             "local_file.f.filename\n}\n");
    // Every iteration renders the whole list again: 9,000,000 steps, stopped by the step budget.
    dir.Write("f.tftpl", "%{ for a in n }%{ for b in n }${b}%{ endfor }%{ endfor }");
    const fs::path previous = fs::current_path();
    fs::current_path(dir.path());
    const LintResult result = LintIn(dir.path());
    fs::current_path(previous);
    CHECK(result.internal_errors.empty());
    CHECK(Messages(result, "CX003").find("cannot render") != std::string::npos);
  }

  TEST_CASE("downloaded modules: a crafted modules.json reads nothing outside .terraform/modules") {
    TempDir dir;
    dir.Write("main.tf",
              "module \"up\" {\n  source = \"git::https://x/up.git\"\n}\n"
              "module \"root\" {\n  source = \"git::https://x/root.git\"\n}\n"
              "module \"loop\" {\n  source = \"git::https://x/loop.git\"\n}\n");
    dir.Write(".terraform/modules/loop/main.tf", "module \"again\" {\n  source = \"git::https://x/loop.git\"\n}\n");
    dir.Write(
        ".terraform/modules/modules.json",
        R"({"Modules":[{"Key":"up","Source":"git::https://x/up.git","Dir":"../.."},)"
        R"({"Key":"root","Source":"git::https://x/root.git","Dir":"/"},)"
        R"({"Key":"loop","Dir":".terraform/modules/loop"},{"Key":"loop.again","Dir":".terraform/modules/loop"}, 7]})");
    const LintResult result = LintIn(dir.path());
    CHECK(result.internal_errors.empty());
    const std::string notes = Messages(result, "CX003");
    CHECK(notes.find("module.up is listed in .terraform/modules/modules.json, but its folder \"../..\" is neither") !=
          std::string::npos);
    CHECK(notes.find("\"/\" is an absolute path") != std::string::npos);
    CHECK(notes.find("already in its own chain of module calls") != std::string::npos);
    // The stray 7 is named with its position; the entries around it are still used.
    const Finding* bad = FindingAt(result, "CX001", ".terraform/modules/modules.json");
    REQUIRE(bad != nullptr);
    CHECK(bad->message.find("entry 4 of \"Modules\"") != std::string::npos);
  }

  TEST_CASE("downloaded modules: a modules.json that is not JSON is a CX001 at its position, and the rest is linted") {
    TempDir dir;
    dir.Write("main.tf",
              "module \"m\" {\n  source = \"git::https://x/m.git\"\n}\n"
              "resource \"genesyscloud_flow\" \"f\" {\n  filepath = \"missing.yaml\"\n}\n");
    dir.Write(".terraform/modules/modules.json", "{\"Modules\": [\n  {\"Key\": \"m\"\n]}");
    const LintResult result = LintIn(dir.path());
    const Finding* bad = FindingAt(result, "CX001", ".terraform/modules/modules.json");
    REQUIRE(bad != nullptr);
    CHECK(bad->location.file->Position(bad->location.span.begin).line == 3);
    CHECK(Messages(result, "CX003").find("it is not valid JSON") != std::string::npos);
    CHECK(Of(result, "CX406").size() == 1);
  }
}

TEST_SUITE("golden") {
  TEST_CASE("downloaded modules: nested calls resolve through modules.json, findings land on the user's call") {
    const LintResult result = LintIn(SourceDir() / "testdata" / "terraform" / "downloaded-module-fires");
    CHECK(result.internal_errors.empty());
    const Value category =
        ResourceAttribute(result, "module.crm_action.genesyscloud_integration_action.lookup", "category");
    REQUIRE(category.IsString());
    CHECK(category.str() == "Acme CRM");
    const Finding* http = FindingAt(result, "CX302", "main.tf");
    REQUIRE(http != nullptr);
    REQUIRE(!http->related.empty());
    CHECK(http->related[0].location.file->path() == ".terraform/modules/crm_action/main.tf");
    CHECK(http->message.find("module.crm_action, which terraform init downloaded") != std::string::npos);
    // Nothing is reported inside code the user does not own.
    for (const Finding& finding : result.findings)
      CHECK(finding.location.file->path().find(".terraform/") == std::string::npos);
  }

  TEST_CASE("downloaded modules: after terraform init the remote call of ani-blacklist is read") {
    const LintResult result = LintIn(SourceDir() / "testdata" / "terraform" / "ani-blacklist-init");
    CHECK(Of(result, "CX003").empty());
    for (const model::FlowDeployment& flow : result.project.flow_deployments) {
      if (flow.resource->address != "module.archy_flow.genesyscloud_flow.inbound_call_flow") continue;
      const Value& category = flow.substitutions.at("data_action_category").value;
      REQUIRE(category.IsString());
      CHECK(category.str() == "Disconnect Interaction");
    }
  }

  TEST_CASE("generated flows: the stale committed output is not linted, the template is") {
    const LintResult result = LintIn(SourceDir() / "testdata" / "terraform" / "generated-flow");
    CHECK(result.internal_errors.empty());
    for (const Document& document : result.project.documents) {
      if (document.source->path() == "generated/inbound_call.yaml") CHECK(document.superseded);
    }
    for (const Finding& finding : result.findings)
      CHECK(finding.location.file->path() != "generated/inbound_call.yaml");
  }
}

}  // namespace
}  // namespace cxlint::testing
