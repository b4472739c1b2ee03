// The Terraform model: evaluation, Terraform's variable precedence, module calls, and flow files
// read through genesyscloud_flow with their substitutions.

#include <doctest/doctest.h>

#include "model/terraform/flow_deployment.h"
#include "model/terraform/functions.h"
#include "model/terraform/terraform_model.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;
using model::Value;

// Lints `dir` and returns the value of `attribute` of the root-module resource `address`.
Value ResourceAttribute(const LintResult& result, const std::string& address, const std::string& attribute) {
  for (const model::TerraformResource& resource : result.project.terraform->resources()) {
    if (resource.address != address) continue;
    const parse::hcl::Attribute* found = resource.block->body.FindAttribute(attribute);
    REQUIRE(found != nullptr);
    return resource.Evaluate(found->expression);
  }
  FAIL("no resource " << address);
  return Value::Null();
}

// One root module: `locals` and an `output`-free resource whose attribute `v` is the expression.
Value EvaluateIn(const std::string& preamble, const std::string& expression) {
  TempDir dir;
  dir.Write("main.tf", preamble + "\nresource \"test\" \"t\" {\n  v = " + expression + "\n}\n");
  const LintResult result = LintIn(dir.path());
  REQUIRE(result.internal_errors.empty());
  return ResourceAttribute(result, "test.t", "v");
}

std::string Str(const Value& value) {
  REQUIRE_MESSAGE(value.IsString(), value.Describe() << " " << value.unknown_reason());
  return value.str();
}

const model::FlowDeployment& DeploymentOf(const LintResult& result, const std::string& address) {
  for (const model::FlowDeployment& deployment : result.project.flow_deployments) {
    if (deployment.resource->address == address) return deployment;
  }
  FAIL("no deployment " << address);
  return result.project.flow_deployments.front();
}

TEST_SUITE("unit") {
  TEST_CASE("terraform: expressions evaluate as Terraform evaluates them") {
    CHECK(Str(EvaluateIn("locals { a = \"x\" }", "\"${local.a}-${1 + 2}\"")) == "x-3");
    CHECK(EvaluateIn("", "\"${2}\"").kind() == Value::Kind::kNumber);  // a lone interpolation keeps its type
    CHECK(Str(EvaluateIn("", "true ? \"yes\" : \"no\"")) == "yes");
    CHECK(Str(EvaluateIn("", "\"%{ if 1 < 2 }small%{ else }big%{ endif }\"")) == "small");
    CHECK(Str(EvaluateIn("", "join(\",\", [for s in [\"a\", \"b\"] : upper(s)])")) == "A,B");
    CHECK(Str(EvaluateIn("", "jsonencode({ b = 1, a = [true, null, \"s\"] })")) == R"({"a":[true,null,"s"],"b":1})");
    CHECK(Str(EvaluateIn("", "format(\"%s-%03d\", \"n\", 7)")) == "n-007");
    CHECK(Str(EvaluateIn("", "replace(\"a.b.c\", \".\", \"/\")")) == "a/b/c");
    CHECK(Str(EvaluateIn("", "replace(\"a1b22\", \"/[0-9]+/\", \"#\")")) == "a#b#");
    CHECK(Str(EvaluateIn("", "lookup(merge({a = 1}, {a = \"two\"}), \"a\", \"none\")")) == "two");
    CHECK(Str(EvaluateIn("", "try(local.missing, \"fallback\")")) == "fallback");
    CHECK(Str(EvaluateIn("", "coalesce(\"\", \"x\")")) == "x");
    CHECK(Str(EvaluateIn("", "lower(tostring(12))")) == "12");
    CHECK(EvaluateIn("", "tonumber(\"1.5\")").number() == 1.5);
    CHECK(Str(EvaluateIn("", "([{n = \"a\"}, {n = \"b\"}][*].n)[1]")) == "b");
    CHECK(Str(EvaluateIn("", "split(\"/\", \"x/y\")[1]")) == "y");
    CHECK(Str(EvaluateIn("", "jsondecode(\"{\\\"k\\\": [\\\"v\\\"]}\").k[0]")) == "v");
    CHECK(Str(EvaluateIn("", "{for k, v in {a = 1, b = 2} : v => k}[\"2\"]")) == "b");
    CHECK(Str(EvaluateIn("", "<<-EOT\n    hello ${\"there\"}\n    EOT")) == "hello there\n");
    CHECK(Str(EvaluateIn("", "concat([\"a\"], [\"b\"])[1]")) == "b");
  }

  TEST_CASE("terraform: unknown values say why, and never become guesses") {
    const Value data = EvaluateIn("", "\"${data.genesyscloud_auth_division_home.home.name}-x\"");
    CHECK(data.IsUnknown());
    CHECK(data.unknown_reason() == "data.genesyscloud_auth_division_home.home is read from Genesys Cloud only at plan time");
    const Value function = EvaluateIn("", "timestamp()");
    CHECK(function.unknown_reason() == "timestamp() is not evaluated by cxlint");
    const Value unsupported = EvaluateIn("", "cidrhost(\"10.0.0.0/8\", 1)");
    CHECK(unsupported.unknown_reason() == "function cidrhost() is not supported by cxlint");
    const Value variable = EvaluateIn("variable \"secret\" {}", "var.secret");
    CHECK(variable.unknown_reason() == "var.secret has no value (no default, no .tfvars entry, no TF_VAR_secret)");
    CHECK(EvaluateIn("", "jsonencode({a = timestamp()})").IsUnknown());
  }

  TEST_CASE("terraform: configured resource arguments are known, computed attributes are not") {
    const Value name = EvaluateIn("resource \"genesyscloud_integration\" \"crm\" {\n  name = \"CRM\"\n}", "genesyscloud_integration.crm.name");
    CHECK(Str(name) == "CRM");
    const Value id = EvaluateIn("resource \"genesyscloud_integration\" \"crm\" {\n  name = \"CRM\"\n}", "genesyscloud_integration.crm.id");
    CHECK(id.IsUnknown());
    CHECK(id.reference() == "genesyscloud_integration.crm.id");
  }

  TEST_CASE("terraform: variables follow Terraform's precedence") {
    TempDir dir;
    dir.Write("main.tf",
              "variable \"a\" { default = \"default\" }\nvariable \"b\" { default = \"default\" }\n"
              "variable \"c\" { default = \"default\" }\nvariable \"d\" { default = \"default\" }\n"
              "variable \"e\" { default = \"default\" }\nvariable \"f\" { default = \"default\" }\n"
              "variable \"n\" { type = number }\n"
              "resource \"test\" \"t\" {\n  a = var.a\n  b = var.b\n  c = var.c\n  d = var.d\n  e = var.e\n  f = var.f\n  n = var.n\n}\n");
    dir.Write("terraform.tfvars", "b = \"terraform.tfvars\"\nc = \"terraform.tfvars\"\nd = \"terraform.tfvars\"\n");
    dir.Write("a.auto.tfvars", "c = \"a.auto.tfvars\"\nd = \"a.auto.tfvars\"\n");
    dir.Write("b.auto.tfvars.json", R"({"d": "b.auto.tfvars.json"})");
    dir.Write("prod.tfvars", "e = \"prod.tfvars\"\nf = \"prod.tfvars\"\n");
    LintOptions options;
    options.paths = {"."};
    options.terraform.environment = {{"a", "env"}, {"b", "env"}, {"n", "42"}};
    options.terraform.var_files = {"prod.tfvars"};
    options.terraform.vars = {{"f", "cli"}};
    options.keep_model = true;
    const fs::path previous = fs::current_path();
    fs::current_path(dir.path());
    const LintResult result = Lint(options);
    fs::current_path(previous);
    CHECK(Str(ResourceAttribute(result, "test.t", "a")) == "env");
    CHECK(Str(ResourceAttribute(result, "test.t", "b")) == "terraform.tfvars");
    CHECK(Str(ResourceAttribute(result, "test.t", "c")) == "a.auto.tfvars");
    CHECK(Str(ResourceAttribute(result, "test.t", "d")) == "b.auto.tfvars.json");
    CHECK(Str(ResourceAttribute(result, "test.t", "e")) == "prod.tfvars");
    CHECK(Str(ResourceAttribute(result, "test.t", "f")) == "cli");
    CHECK(ResourceAttribute(result, "test.t", "n").number() == 42);  // TF_VAR_ of a number variable is parsed
  }

  TEST_CASE("terraform: path.module, file() and module outputs") {
    TempDir dir;
    dir.Write("main.tf", "module \"m\" {\n  source = \"./modules/m\"\n  greeting = \"hi\"\n}\n"
                         "resource \"test\" \"t\" {\n  v = module.m.out\n}\n");
    dir.Write("modules/m/main.tf", "variable \"greeting\" {}\n"
                                   "output \"out\" { value = \"${var.greeting} ${trimspace(file(\"${path.module}/name.txt\"))} ${path.module}\" }\n");
    dir.Write("modules/m/name.txt", "world\n");
    const LintResult result = LintIn(dir.path());
    // file() reads relative to the root module, like Terraform in its working folder.
    const fs::path previous = fs::current_path();
    fs::current_path(dir.path());
    CHECK(Str(ResourceAttribute(result, "test.t", "v")) == "hi world modules/m");
    fs::current_path(previous);
  }
}

TEST_SUITE("golden") {
  TEST_CASE("terraform: a category from root variables reaches a flow through two module calls") {
    const LintResult result = LintIn(SourceDir() / "testdata" / "terraform" / "ani-blacklist-vendored");
    CHECK(result.internal_errors.empty());
    const model::FlowDeployment& flow = DeploymentOf(result, "module.archy_flow.genesyscloud_flow.inbound_call_flow");
    CHECK(flow.path == "modules/flow/blacklist.yaml");
    CHECK(Str(flow.substitutions.at("data_action_category").value) == "Disconnect Interaction");
    CHECK(Str(flow.substitutions.at("data_action_name").value) == "Disconnect Interaction");
    REQUIRE(flow.document != nullptr);
    CHECK(flow.document->deployed_by == "module.archy_flow.genesyscloud_flow.inbound_call_flow");
    // In the deployed tree the placeholder key holds the value, and its span is still the
    // placeholder's text in the file on disk.
    const std::string& text = flow.document->source->text();
    bool found = false;
    parse::ForEachNode(flow.document->root, [&](const parse::Node& node, int) {
      for (const parse::MapEntry& entry : node.entries) {
        if (entry.key != "Disconnect Interaction") continue;
        const std::string under = text.substr(entry.key_span.begin, entry.key_span.end - entry.key_span.begin);
        if (under == "{{data_action_category}}") found = true;
      }
    });
    CHECK(found);
    // The walked copy of the file is superseded by the deployed one.
    int walked = 0;
    for (const model::Document& document : result.project.documents) {
      if (document.source->path() == "modules/flow/blacklist.yaml" && document.deployed_by.empty()) {
        CHECK(document.superseded);
        ++walked;
      }
    }
    CHECK(walked == 1);
    // Resources inside modules carry the module call that leads to them.
    for (const model::TerraformResource& resource : result.project.terraform->resources()) {
      if (resource.address != "module.archy_flow.genesyscloud_flow.inbound_call_flow") continue;
      REQUIRE(resource.instance->call_chain.size() == 1);
      const Location& call = resource.instance->call_chain[0].location;
      CHECK(call.file->path() == "main.tf");
      CHECK(call.file->Position(call.span.begin).line == 23);
    }
  }

  TEST_CASE("terraform: a category from a remote module stays a placeholder, with a CX003") {
    const LintResult result = LintIn(SourceDir() / "testdata" / "terraform" / "ani-blacklist");
    const model::FlowDeployment& flow = DeploymentOf(result, "module.archy_flow.genesyscloud_flow.inbound_call_flow");
    const Value& category = flow.substitutions.at("data_action_category").value;
    CHECK(category.IsUnknown());
    CHECK(category.unknown_reason() == "module.data_action is not a local module cxlint can read");
    CHECK(Str(flow.substitutions.at("data_action_name").value) == "Disconnect Interaction");
    REQUIRE(flow.document != nullptr);
    bool placeholder_kept = false;
    parse::ForEachNode(flow.document->root, [&](const parse::Node& node, int) {
      for (const parse::MapEntry& entry : node.entries) placeholder_kept |= entry.key == "{{data_action_category}}";
    });
    CHECK(placeholder_kept);
  }
}

}  // namespace
}  // namespace cxlint::testing

namespace cxlint::testing {
namespace {

TEST_SUITE("unit") {
  TEST_CASE("terraform: findings in deployed flows name the resource and the module calls") {
    TempDir dir;
    dir.Write("main.tf", "module \"flows\" {\n  source = \"./modules/flows\"\n  category = \"CRM\"\n}\n");
    dir.Write("modules/flows/main.tf", "variable \"category\" {}\n"
                                       "resource \"genesyscloud_flow\" \"order\" {\n"
                                       "  filepath = \"${path.module}/order.yaml\"\n"
                                       "  substitutions = { category = var.category }\n}\n");
    dir.Write("modules/flows/order.yaml", "workflow:\n  name: [unclosed\n");
    const LintResult result = LintIn(dir.path());
    REQUIRE(result.findings.size() == 1);  // the walk and the deployment report the same error once
    const Finding& finding = result.findings[0];
    CHECK(finding.rule->code == "CX001");
    REQUIRE(finding.related.size() == 2);
    CHECK(finding.related[0].message == "deployed by module.flows.genesyscloud_flow.order");
    CHECK(finding.related[0].location.file->path() == "modules/flows/main.tf");
    CHECK(finding.related[0].location.file->Position(finding.related[0].location.span.begin).line == 2);
    CHECK(finding.related[1].message == "in module.flows called here");
    CHECK(finding.related[1].location.file->path() == "main.tf");
  }
}

}  // namespace
}  // namespace cxlint::testing
