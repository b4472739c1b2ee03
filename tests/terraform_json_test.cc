// Terraform's JSON syntax (.tf.json) and plan JSON (`terraform show -json`): the same resources,
// values and nested blocks as the .tf they come from, with spans in the JSON files.

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "model/flow.h"
#include "model/terraform/flow_deployment.h"
#include "model/terraform/json_syntax.h"
#include "model/terraform/terraform_model.h"
#include "parse/json/json_reader.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;
using model::TerraformResource;
using model::Value;
using parse::hcl::Block;
using parse::hcl::Body;

fs::path Case(const std::string& name) { return SourceDir() / "testdata" / "terraform-json" / name; }

const TerraformResource* Find(const LintResult& result, const std::string& address) {
  for (const TerraformResource& resource : result.project.terraform->resources()) {
    if (resource.address == address) return &resource;
  }
  return nullptr;
}

const TerraformResource& Get(const LintResult& result, const std::string& address) {
  const TerraformResource* resource = Find(result, address);
  REQUIRE_MESSAGE(resource != nullptr, "no resource " << address);
  return *resource;
}

// "line:column" of a byte offset in the resource's file.
std::string At(const TerraformResource& resource, uint32_t offset) {
  const LineCol position = resource.document->source->Position(offset);
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

// The text a span covers in the resource's file.
std::string Text(const TerraformResource& resource, Span span) {
  return resource.document->source->text().substr(span.begin, span.end - span.begin);
}

Value Attr(const TerraformResource& resource, const Body& body, const std::string& name) {
  const parse::hcl::Attribute* attribute = body.FindAttribute(name);
  REQUIRE_MESSAGE(attribute != nullptr, "no attribute " << name << " in " << resource.address);
  return resource.Evaluate(attribute->expression);
}

Value Attr(const TerraformResource& resource, const std::string& name) {
  return Attr(resource, resource.block->body, name);
}

std::string Str(const Value& value) {
  REQUIRE_MESSAGE(value.IsString(), value.Describe() << " " << value.unknown_reason());
  return value.str();
}

// A value written out in full, unknowns with their reason and reference, for comparisons.
std::string Dump(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kUnknown: return "unknown(" + value.unknown_reason() + "|" + value.reference() + ")";
    case Value::Kind::kTuple: {
      std::string out = "[";
      for (const Value& item : value.items()) out += Dump(item) + ",";
      return out + "]";
    }
    case Value::Kind::kObject: {
      // Sorted by key: a plan prints object keys sorted, a .tf in the order written.
      std::vector<std::string> entries;
      for (const auto& [key, item] : value.entries()) entries.push_back(key + "=" + Dump(item));
      std::sort(entries.begin(), entries.end());
      std::string out = "{";
      for (const std::string& entry : entries) out += entry + ",";
      return out + "}";
    }
    default: return value.Describe();
  }
}

// Compares what two bodies mean: the same attribute names with equal values (unknowns by their
// reason), and the same nested blocks in the same order, recursively.
void CompareBodies(const TerraformResource& a, const Body& left, const TerraformResource& b, const Body& right,
                   const std::string& where) {
  CAPTURE(where);
  std::vector<std::string> left_names, right_names;
  for (const auto& attribute : left.attributes) left_names.emplace_back(attribute.name);
  for (const auto& attribute : right.attributes) right_names.emplace_back(attribute.name);
  std::sort(left_names.begin(), left_names.end());
  std::sort(right_names.begin(), right_names.end());
  CHECK(left_names == right_names);
  for (const auto& attribute : left.attributes) {
    const parse::hcl::Attribute* other = right.FindAttribute(attribute.name);
    if (!other) continue;
    const Value x = a.Evaluate(attribute.expression);
    const Value y = b.Evaluate(other->expression);
    CAPTURE(std::string(attribute.name));
    CHECK(Dump(x) == Dump(y));
  }
  REQUIRE(left.blocks.size() == right.blocks.size());
  for (size_t i = 0; i < left.blocks.size(); ++i) {
    const Block& l = left.blocks[i];
    const Block& r = right.blocks[i];
    CHECK(l.type == r.type);
    REQUIRE(l.labels.size() == r.labels.size());
    for (size_t k = 0; k < l.labels.size(); ++k) CHECK(l.labels[k].value == r.labels[k].value);
    CompareBodies(a, l.body, b, r.body, where + " > " + std::string(l.type));
  }
}

// Lints both folders and checks that they declare the same resources, alike.
void CompareProjects(const fs::path& tf, const fs::path& json, FileKind json_kind) {
  const LintResult native = LintIn(tf);
  const LintResult converted = LintIn(json);
  REQUIRE(native.internal_errors.empty());
  REQUIRE(converted.internal_errors.empty());
  const auto& expected = native.project.terraform->resources();
  const auto& actual = converted.project.terraform->resources();
  REQUIRE(expected.size() == actual.size());
  for (const TerraformResource& resource : expected) {
    const TerraformResource* other = Find(converted, resource.address);
    REQUIRE_MESSAGE(other != nullptr, "no " << resource.address << " in " << json.string());
    CHECK(other->document->kind == json_kind);
    CHECK(other->type == resource.type);
    CHECK(other->name == resource.name);
    CHECK(other->is_data == resource.is_data);
    CompareBodies(resource, resource.block->body, *other, other->block->body, resource.address);
  }
}

// Lints a folder holding `files` (path -> content) and returns the result.
struct Linted {
  TempDir dir;
  LintResult result;
};

std::unique_ptr<Linted> LintFiles(const std::vector<std::pair<std::string, std::string>>& files) {
  auto linted = std::make_unique<Linted>();
  for (const auto& [path, content] : files) linted->dir.Write(path, content);
  linted->result = LintIn(linted->dir.path());
  REQUIRE(linted->result.internal_errors.empty());
  return linted;
}

std::string Findings(const LintResult& result) { return GoldenLines(result.findings); }

// The loader's findings only: some cases write partial resources on purpose, which the provider
// rules CX401 and CX402 (tested in rules_cx4xx_test.cc) and CX305 (an action with no timeout,
// rules_cx3xx_test.cc) would report too.
std::string LoaderFindings(const LintResult& result) {
  std::vector<Finding> kept;
  for (const Finding& finding : result.findings) {
    if (finding.rule->code != "CX401" && finding.rule->code != "CX402" && finding.rule->code != "CX305")
      kept.push_back(finding);
  }
  return GoldenLines(kept);
}

// Checks that every attribute of the .tf resource that the .tf evaluates (wholly, or to an
// unknown that names a resource attribute) has the same value in the plan's resource, and that
// the nested blocks match. The plan may know more (variables given at plan time, defaults).
void ComparePlanBody(const TerraformResource& tf, const Body& source, const TerraformResource& plan,
                     const Body& planned, const std::string& where) {
  CAPTURE(where);
  for (const auto& attribute : source.attributes) {
    CAPTURE(std::string(attribute.name));
    const parse::hcl::Attribute* other = planned.FindAttribute(attribute.name);
    REQUIRE(other != nullptr);
    const Value x = tf.Evaluate(attribute.expression);
    const Value* unknown = x.FirstUnknown();
    if (unknown && unknown->reference().empty()) continue;  // unknown to cxlint, known to the plan
    const Value y = plan.Evaluate(other->expression);
    if (y.IsUnknown() && y.unknown_reason().ends_with(" is sensitive in the plan")) continue;
    CHECK(Dump(y) == Dump(x));
  }
  REQUIRE(source.blocks.size() == planned.blocks.size());
  for (size_t i = 0; i < source.blocks.size(); ++i) {
    CHECK(source.blocks[i].type == planned.blocks[i].type);
    ComparePlanBody(tf, source.blocks[i].body, plan, planned.blocks[i].body,
                    where + " > " + std::string(source.blocks[i].type));
  }
}

void ComparePlan(const LintResult& tf, const LintResult& plan, const std::vector<std::string>& not_modelled = {}) {
  const auto& expected = tf.project.terraform->resources();
  REQUIRE(expected.size() == plan.project.terraform->resources().size());
  for (const TerraformResource& resource : expected) {
    const TerraformResource* other = Find(plan, resource.address);
    REQUIRE_MESSAGE(other != nullptr, "no " << resource.address << " in the plan");
    CHECK(other->document->kind == FileKind::kTerraformPlan);
    CHECK(other->type == resource.type);
    CHECK(other->name == resource.name);
    // Nested blocks of types cxlint has no schema for are attribute values in a plan.
    if (std::find(not_modelled.begin(), not_modelled.end(), resource.type) != not_modelled.end()) continue;
    ComparePlanBody(resource, resource.block->body, *other, other->block->body, resource.address);
  }
}

TEST_SUITE("unit") {
  TEST_CASE("tf.json: blocks, labels, comments and templates, with spans in the JSON file") {
    const auto linted = LintFiles({{"main.tf.json", R"({
  "//": "generated",
  "variable": {
    "name": {"type": "string", "default": "lit ${x} $${y}", "description": "${not a template}"}
  },
  "locals": {"suffix": "-\u00e9\"q\"-${var.name}"},
  "resource": {
    "genesyscloud_integration_action": {
      "a": {
        "//": "a comment",
        "name": "${var.name}${local.suffix}",
        "count_like": "${1 + 2}",
        "category": "Cat $${input.x} %%{x}",
        "depends_on": ["genesyscloud_integration.i"],
        "config_request": {"request_type": "GET", "headers": {"${var.name}": "v", "//": "kept"}},
        "lifecycle": {"ignore_changes": ["name"]},
        "provisioner": [{"local-exec": {"command": "echo", "connection": {"type": "${ssh}"}}}],
        "dynamic": {"config_response": {"for_each": "${[1]}", "content": {"success_template": "ok"}}}
      }
    }
  }
}
)"}});
    const LintResult& result = linted->result;
    CHECK(LoaderFindings(result).empty());
    const TerraformResource& a = Get(result, "genesyscloud_integration_action.a");
    CHECK(a.document->kind == FileKind::kTerraformJson);
    // The header is the name key: two resources never share it.
    const Location header = a.HeaderLocation();
    CHECK(At(a, header.span.begin) == "9:7");
    CHECK(Text(a, header.span) == "\"a\"");
    CHECK(a.block->labels[0].value == "genesyscloud_integration_action");
    CHECK(Text(a, a.block->labels[0].span) == "\"genesyscloud_integration_action\"");
    // "//" is ignored in block bodies, kept in object values.
    CHECK(a.block->body.FindAttribute("//") == nullptr);
    CHECK(Str(Attr(a, "name")) == "lit ${x} $${y}-\u00e9\"q\"-lit ${x} $${y}");
    CHECK(Attr(a, "count_like").number() == 3);  // a lone interpolation keeps its type
    CHECK(Str(Attr(a, "category")) == "Cat ${input.x} %{x}");
    // Spans of template parts point into the file, past the escapes before them.
    const parse::hcl::Attribute* name = a.block->body.FindAttribute("name");
    CHECK(Text(a, name->name_span) == "\"name\"");
    CHECK(Text(a, name->expression.span) == "\"${var.name}${local.suffix}\"");
    REQUIRE(name->expression.children.size() == 2);
    CHECK(Text(a, name->expression.children[1].span) == "${local.suffix}");
    CHECK(Text(a, name->expression.children[1].children[0].span) == "local.suffix");
    CHECK(At(a, name->expression.children[1].span.begin) == "11:29");
    const parse::hcl::Attribute& suffix = a.instance->config->locals.at("suffix").node[0];
    const parse::hcl::Expression& interpolation = suffix.expression.children.back();
    CHECK(interpolation.kind == parse::hcl::ExprKind::kInterpolation);
    CHECK(Text(a, interpolation.span) == "${var.name}");
    // depends_on holds expressions, not templates.
    const parse::hcl::Attribute* depends = a.block->body.FindAttribute("depends_on");
    REQUIRE(depends->expression.children.size() == 1);
    CHECK(depends->expression.children[0].kind == parse::hcl::ExprKind::kTraversal);
    CHECK(Text(a, depends->expression.children[0].span) == "genesyscloud_integration.i");
    // Nested blocks by the provider schema and Terraform's meta blocks.
    const Block* request = a.block->body.FindBlock("config_request");
    REQUIRE(request != nullptr);
    CHECK(Text(a, request->type_span) == "\"config_request\"");
    CHECK(Str(Attr(a, request->body, "request_type")) == "GET");
    const Value headers = Attr(a, request->body, "headers");
    REQUIRE(headers.IsObject());
    CHECK(Dump(headers) == "{//=\"kept\",lit ${x} $${y}=\"v\",}");
    const Block* lifecycle = a.block->body.FindBlock("lifecycle");
    REQUIRE(lifecycle != nullptr);
    CHECK(lifecycle->body.FindAttribute("ignore_changes")->expression.children[0].kind ==
          parse::hcl::ExprKind::kVariable);
    const Block* provisioner = a.block->body.FindBlock("provisioner");
    REQUIRE(provisioner != nullptr);
    REQUIRE(provisioner->labels.size() == 1);
    CHECK(provisioner->labels[0].value == "local-exec");
    const Block* connection = provisioner->body.FindBlock("connection");
    REQUIRE(connection != nullptr);
    CHECK(connection->body.FindAttribute("type")->expression.value() == "${ssh}");  // literal, not a template
    const Block* dynamic = a.block->body.FindBlock("dynamic");
    REQUIRE(dynamic != nullptr);
    CHECK(dynamic->labels[0].value == "config_response");
    CHECK(dynamic->body.FindBlock("content") != nullptr);
    // variable: default and description are literal, type an expression.
    const auto& variable = a.instance->config->variables.at("name");
    CHECK(variable.node->body.FindAttribute("type")->expression.kind == parse::hcl::ExprKind::kVariable);
    CHECK(variable.node->body.FindAttribute("description")->expression.value() == "${not a template}");
  }

  TEST_CASE("tf.json: a .tf.json joins the .tf files of its folder") {
    const auto linted = LintFiles({{"main.tf", "variable \"name\" { default = \"n\" }\n"},
                                   {"extra.tf.json", R"({"resource": {"test": {"t": {"v": "${var.name}!"}}}})"}});
    CHECK(Str(Attr(Get(linted->result, "test.t"), "v")) == "n!");
  }

  TEST_CASE("tf.json: wrong structure is a CX001 at the JSON position, never a crash") {
    const auto linted = LintFiles({{"main.tf.json", R"({
  "resource": {"genesyscloud_integration_action": {"a": {"config_request": "GET", "name": "${var.", "x": 1, "x": 2}}},
  "variables": {},
  "data": {"t": []},
  "module": {"m": 3}
})"},
                                   {"list.tf.json", "[1, 2]"}});
    CHECK(LoaderFindings(linted->result) ==
          "list.tf.json:1:1-1:2: error: a .tf.json file holds one JSON object whose properties are block types, not an "
          "array [CX001 parse-error]\n"
          "main.tf.json:2:76-2:77: error: \"config_request\" is a block: expected an object or an array of objects, "
          "found a string [CX001 parse-error]\n"
          "main.tf.json:2:92-2:93: error: invalid template in a JSON string: unclosed interpolation: expected '}' "
          "before the end of the string [CX001 parse-error]\n"
          "main.tf.json:2:109-2:112: error: duplicate argument \"x\": an argument is set once per block [CX001 "
          "parse-error]\n"
          "main.tf.json:3:3-3:14: error: \"variables\" is not a Terraform block type; a .tf.json file holds resource, "
          "data, variable, output, locals, module, provider and terraform blocks [CX001 parse-error]\n"
          "main.tf.json:5:19-5:20: error: \"module\" is a block: expected an object or an array of objects, found a "
          "number [CX001 parse-error]\n");
    const TerraformResource& a = Get(linted->result, "genesyscloud_integration_action.a");
    CHECK(Str(Attr(a, "name")) == "${var.");  // read literally after the error
    CHECK(Attr(a, "x").number() == 1);
  }

  TEST_CASE("tf.json: the converted tree owns its strings") {
    std::shared_ptr<const Body> body;
    std::vector<Finding> findings;
    {
      auto source = std::make_shared<SourceFile>("x.tf.json", R"({"resource": {"t": {"n": {"attr": "${var.v}"}}}})");
      Document document{source, FileKind::kTerraformJson, parse::ParseJson(source->text()).root};
      body = model::ReadTerraformJson(document, findings);
    }
    // The document (its JSON tree, whose keys the names came from) is gone; the body is whole.
    CHECK(findings.empty());
    REQUIRE(body->blocks.size() == 1);
    CHECK(body->blocks[0].type == "resource");
    const parse::hcl::Attribute& attribute = body->blocks[0].body.attributes.at(0);
    CHECK(attribute.name == "attr");
    CHECK(attribute.expression.children.at(0).children.at(0).children.at(0).name() == "var");
    CHECK(attribute.expression.children.at(0).children.at(0).children.at(1).name() == "v");
  }

  TEST_CASE("plan: instance keys are dropped from addresses") {
    CHECK(model::WithoutInstanceKeys("module.a[0].t.n[\"k]\\\"x\"]") == "module.a.t.n");
    CHECK(model::WithoutInstanceKeys("t.n") == "t.n");
  }

  TEST_CASE("plan: unknown and sensitive values say so, and unknowns name the attribute they wait for") {
    const auto linted = LintFiles({{"plan.json", ReadFile(Case("plan-black-friday") / "plan.json")}});
    const LintResult& result = linted->result;
    // Only the naive data action's missing timeout and direct CRM URL, as in the example; nothing
    // about the plan itself.
    for (const Finding& finding : result.findings)
      CHECK((finding.rule->code == "CX305" || finding.rule->code == "CX301"));
    const TerraformResource& credential = Get(result, "genesyscloud_integration_credential.crm");
    const Value fields = Attr(credential, "fields");
    CHECK(fields.unknown_reason() == "genesyscloud_integration_credential.crm.fields is sensitive in the plan");
    CHECK(credential.block->body.FindAttribute("id") == nullptr);  // computed: not an argument
    const TerraformResource& action = Get(result, "genesyscloud_integration_action.get_order_direct");
    const Value integration = Attr(action, "integration_id");
    CHECK(integration.unknown_reason() == "genesyscloud_integration.crm.id is known only after apply");
    CHECK(integration.reference() == "genesyscloud_integration.crm.id");
    CHECK(action.block->body.FindAttribute("config_timeout_seconds") == nullptr);  // null: unset
    CHECK(Attr(action, "secure").kind() == Value::Kind::kBool);                    // the provider's default is planned
    const TerraformResource& crm = Get(result, "genesyscloud_integration.crm");
    const Block* config = crm.block->body.FindBlock("config");
    REQUIRE(config != nullptr);
    const Value credentials = Attr(crm, config->body, "credentials");
    CHECK(Dump(credentials) ==
          "{userDefinedOAuth=unknown(genesyscloud_integration_credential.crm.id is known only after "
          "apply|genesyscloud_integration_credential.crm.id),}");
    CHECK(config->body.FindAttribute("properties") == nullptr);  // computed, not configured
    // Spans: the header is the "address" value; an unknown points at its after_unknown mark.
    CHECK(Text(action, action.HeaderLocation().span) == "\"genesyscloud_integration_action.get_order_direct\"");
    const parse::hcl::Attribute* id = action.block->body.FindAttribute("integration_id");
    CHECK(Text(action, id->name_span) == "\"integration_id\"");
    CHECK(Text(action, id->expression.span) == "true");
    const parse::hcl::Attribute* url =
        action.block->body.FindBlock("config_request")->body.FindAttribute("request_url_template");
    CHECK(Text(action, url->expression.span) ==
          "\"https://acme.my.salesforce.com/services/data/v58.0/sobjects/Order__c/${input.orderId}\"");
    CHECK(Str(action.Evaluate(url->expression)) ==
          "https://acme.my.salesforce.com/services/data/v58.0/sobjects/Order__c/${input.orderId}");
  }

  TEST_CASE("plan: unknowns are followed through module inputs and outputs") {
    const auto linted = LintFiles({{"plan.json", ReadFile(Case("ani-blacklist-plan") / "plan.json")}});
    const LintResult& result = linted->result;
    const TerraformResource& action =
        Get(result, "module.get_agent_id_data_action.genesyscloud_integration_action.action-1");
    CHECK(action.instance->address == "module.get_agent_id_data_action");
    CHECK(Attr(action, "integration_id").reference() == "module.data_action.genesyscloud_integration.integration.id");
    const TerraformResource& trigger =
        Get(result, "module.trigger.genesyscloud_processautomation_trigger.example-trigger");
    const Block* target = trigger.block->body.FindBlock("target");
    REQUIRE(target != nullptr);
    CHECK(target->body.FindBlock("workflow_target_settings") != nullptr);
    CHECK(Attr(trigger, target->body, "id").reference() == "module.archy_flow.genesyscloud_flow.inbound_call_flow.id");
  }

  TEST_CASE("plan: without planned_values, resource_changes give the resources that are not deleted") {
    const auto linted = LintFiles({{"plan.json", R"({"format_version": "1.2", "resource_changes": [
  {"address": "test.kept", "mode": "managed", "type": "test", "name": "kept",
   "change": {"actions": ["create"], "after": {"v": "x", "s": "secret"}, "after_unknown": {"u": true},
              "after_sensitive": {"s": true}}},
  {"address": "test.gone", "mode": "managed", "type": "test", "name": "gone",
   "change": {"actions": ["delete"], "after": null}},
  {"address": "test.kept", "mode": "managed", "type": "test", "name": "kept", "deposed": "00aa",
   "change": {"actions": ["delete"], "after": null}}
]})"}});
    const LintResult& result = linted->result;
    REQUIRE(result.project.terraform->resources().size() == 1);
    const TerraformResource& kept = Get(result, "test.kept");
    CHECK(Str(Attr(kept, "v")) == "x");
    CHECK(Attr(kept, "s").unknown_reason() == "test.kept.s is sensitive in the plan");
    CHECK(Attr(kept, "u").unknown_reason() == "test.kept.u is known only after apply");
  }

  TEST_CASE("plan: a wrong shape is a CX001, never a crash") {
    const auto linted =
        LintFiles({{"a/plan.json", R"({"format_version": "2.0", "planned_values": {"root_module": {}}})"},
                   {"b/plan.json", R"({"format_version": "1.2", "planned_values": {"root_module": {"resources": {},
  "child_modules": [{"resources": [{"address": "x"}, {"address": "t.n", "type": "t", "name": "n", "values": []}]}]}}})"}});
    CHECK(Findings(linted->result) ==
          "a/plan.json:1:20-1:21: error: plan format_version 2.0 is not one cxlint reads (1.x, from terraform show "
          "-json); its resources are skipped [CX001 parse-error]\n"
          "b/plan.json:1:75-1:76: error: \"resources\" in a plan is an array, not this [CX001 parse-error]\n"
          "b/plan.json:2:21-2:22: error: a child module in planned_values has no \"address\" [CX001 parse-error]\n");
  }
}

TEST_SUITE("golden") {
  TEST_CASE("tf.json: black-friday in JSON syntax declares what its main.tf declares") {
    CompareProjects(SourceDir() / "examples" / "black-friday", Case("black-friday"), FileKind::kTerraformJson);
  }

  TEST_CASE("tf.json: the provider's examples in JSON syntax declare what their .tf files declare") {
    CompareProjects(Case("provider-examples") / "tf", Case("provider-examples") / "json", FileKind::kTerraformJson);
    const LintResult result = LintIn(Case("provider-examples") / "json");
    const TerraformResource& action = Get(result, "genesyscloud_integration_action.example_action");
    const Block* request = action.block->body.FindBlock("config_request");
    REQUIRE(request != nullptr);
    const parse::hcl::Attribute* url = request->body.FindAttribute("request_url_template");
    CHECK(At(action, url->expression.span.begin) == "17:37");
    CHECK(Str(action.Evaluate(url->expression)) == "https://www.example.com/health/check/services/${input.service}");
    CHECK(Attr(action, "config_timeout_seconds").number() == 20);
    CHECK(
        Str(Attr(action, "contract_input")) ==
        R"({"properties":{"examplebool":{"type":"boolean"},"exampleint":{"type":"integer"},"examplestr":{"type":"string"}},"required":["examplestr"],"type":"object"})");
  }

  TEST_CASE("tf.json: a genesyscloud_flow in JSON syntax deploys its flow file as the .tf does") {
    const LintResult tf = LintIn(SourceDir() / "examples" / "black-friday");
    const LintResult json = LintIn(Case("black-friday"));
    REQUIRE(tf.project.flow_deployments.size() == 2);
    REQUIRE(json.project.flow_deployments.size() == 2);
    for (size_t i = 0; i < 2; ++i) {
      const model::FlowDeployment& a = tf.project.flow_deployments[i];
      const model::FlowDeployment& b = json.project.flow_deployments[i];
      CHECK(a.resource->address == b.resource->address);
      CHECK(a.path == b.path);
      CHECK(b.file_exists);
      REQUIRE(b.document != nullptr);
      CHECK(b.document->deployed_by == b.resource->address);
      REQUIRE(a.substitutions.size() == b.substitutions.size());
      for (const auto& [key, value] : a.substitutions) CHECK(Dump(b.substitutions.at(key).value) == Dump(value.value));
    }
    const model::FlowDeployment& naive = json.project.flow_deployments[0];
    CHECK(naive.path == "flows/order-status-naive.yaml");
    CHECK(Str(naive.substitutions.at("data_action_name").value) == "Get Order Status (direct)");
    CHECK(At(*naive.resource, naive.filepath.location.span.begin) == "105:21");
    CHECK(json.project.flows.size() == tf.project.flows.size());
  }

  TEST_CASE("plan: black-friday's plan gives the resources its main.tf declares, and deploys the flows") {
    const LintResult tf = LintIn(SourceDir() / "examples" / "black-friday");
    const LintResult plan = LintIn(Case("plan-black-friday"));
    ComparePlan(tf, plan);
    REQUIRE(plan.project.flow_deployments.size() == 2);
    const model::FlowDeployment& naive = plan.project.flow_deployments[0];
    CHECK(naive.resource->address == "genesyscloud_flow.order_status_naive");
    CHECK(naive.path == "flows/order-status-naive.yaml");
    REQUIRE(naive.document != nullptr);
    CHECK(Str(naive.substitutions.at("data_action_category").value) == "Order Management");
  }

  TEST_CASE("plan: ani-blacklist's plan gives the resources of its modules, with module addresses") {
    const LintResult tf = LintIn(SourceDir() / "testdata" / "terraform" / "ani-blacklist-vendored");
    const auto linted = LintFiles(
        {{"plan.json", ReadFile(Case("ani-blacklist-plan") / "plan.json")},
         {"modules/flow/blacklist.yaml", ReadFile(Case("ani-blacklist-plan") / "modules/flow/blacklist.yaml")}});
    ComparePlan(tf, linted->result, {"genesyscloud_architect_datatable"});
    const model::FlowDeployment& flow = linted->result.project.flow_deployments.at(0);
    CHECK(flow.resource->address == "module.archy_flow.genesyscloud_flow.inbound_call_flow");
    CHECK(flow.path == "modules/flow/blacklist.yaml");
    CHECK(flow.document != nullptr);
  }

  TEST_CASE("plan: resources a .tf declares are read from the .tf, the rest from the plan") {
    // Beside the main.tf it was planned from, the plan adds nothing.
    const auto linted = LintFiles({{"main.tf", ReadFile(SourceDir() / "examples" / "black-friday" / "main.tf")},
                                   {"plan.json", ReadFile(Case("plan-black-friday") / "plan.json")}});
    const auto& resources = linted->result.project.terraform->resources();
    CHECK(resources.size() == 6);
    for (const TerraformResource& resource : resources) CHECK(resource.document->source->path() == "main.tf");
    // With only the root and the flow module's sources, the other modules come from the plan.
    const LintResult mixed = LintIn(Case("ani-blacklist-plan"));
    CHECK(mixed.project.terraform->resources().size() == 6);
    CHECK(Get(mixed, "module.archy_flow.genesyscloud_flow.inbound_call_flow").document->source->path() ==
          "modules/flow/flow.tf");
    CHECK(Get(mixed, "module.data_action.genesyscloud_integration.integration").document->source->path() ==
          "plan.json");
    CHECK(Get(mixed, "module.trigger.genesyscloud_processautomation_trigger.example-trigger").document->kind ==
          FileKind::kTerraformPlan);
    // A plan made elsewhere (not in a root folder) still yields to the linted roots.
    const auto elsewhere = LintFiles({{"main.tf", ReadFile(SourceDir() / "examples" / "black-friday" / "main.tf")},
                                      {"plans/plan.json", ReadFile(Case("plan-black-friday") / "plan.json")}});
    CHECK(elsewhere->result.project.terraform->resources().size() == 6);
  }
}

}  // namespace
}  // namespace cxlint::testing
