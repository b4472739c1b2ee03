// The Terraform model: evaluation, Terraform's variable precedence, module calls, and flow files
// read through genesyscloud_flow with their substitutions.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cmath>
#include <set>

#include "model/terraform/flow_deployment.h"
#include "model/terraform/functions.h"
#include "model/terraform/terraform_model.h"
#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;
using model::Value;

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
    // Widths and precisions of text verbs, as Go's fmt applies them.
    CHECK(Str(EvaluateIn(
              "", "format(\"%-5s|%5s|%.2s|%5.1s|%3s|%05s\", \"ab\", \"ab\", \"abc\", \"xyz\", \"\u00e9\", \"7\")")) ==
          "ab   |   ab|ab|    x|  \u00e9|00007");
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

  TEST_CASE("terraform: regex() and regexall() shape their matches as Terraform documents them") {
    // The examples of Terraform's documentation of regex and regexall.
    CHECK(Str(EvaluateIn("", R"hcl(regex("[a-z]+", "53453453.345345aaabbbccc23454"))hcl")) == "aaabbbccc");
    CHECK(Str(EvaluateIn("", R"hcl(jsonencode(regex("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01")))hcl")) ==
          R"hcl(["2019","02","01"])hcl");
    const Value url = EvaluateIn(
        "", R"hcl(regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/"))hcl");
    REQUIRE(url.IsObject());
    REQUIRE(url.entries().size() == 2);
    CHECK(url.entries()[0].first == "authority");  // in name order, as Terraform iterates an object
    CHECK(url.entries()[0].second.str() == "terraform.io");
    CHECK(url.entries()[1].first == "scheme");
    CHECK(url.entries()[1].second.str() == "https");
    const Value none = EvaluateIn("", R"hcl(regex("[a-z]+", "53453453.34534523454"))hcl");
    REQUIRE(none.IsError());
    CHECK(none.unknown_reason() == "regex(): the pattern did not match any part of the given string");
    CHECK(Str(EvaluateIn("", R"hcl(jsonencode(regexall("[a-z]+", "1234abcd5678efgh9")))hcl")) ==
          R"hcl(["abcd","efgh"])hcl");
    CHECK(EvaluateIn("", R"hcl(length(regexall("[a-z]+", "1234abcd5678efgh9")))hcl").number() == 2);
    CHECK(EvaluateIn("", R"hcl(length(regexall("[a-z]+", "123456789")) > 0)hcl").boolean() == false);
    CHECK(EvaluateIn("", R"hcl(length(regexall("[a-z]+", "123456789")) > 0)hcl").kind() == Value::Kind::kBool);
    // Each match of regexall() is shaped as regex() shapes it; a group that took no part is null.
    CHECK(Str(EvaluateIn("", R"hcl(jsonencode(regexall("(?P<k>\\w+)=(?P<v>\\w*)", "a=1 b=")))hcl")) ==
          R"hcl([{"k":"a","v":"1"},{"k":"b","v":""}])hcl");
    CHECK(Str(EvaluateIn("", R"hcl(jsonencode(regex("(a)|(b)", "xb")))hcl")) == R"hcl([null,"b"])hcl");
    // Go's non-overlapping matches: an empty match right after a match is skipped.
    CHECK(Str(EvaluateIn("", R"hcl(jsonencode(regexall("a*", "baaab")))hcl")) == R"hcl(["","aaa",""])hcl");
    CHECK(EvaluateIn("", R"hcl(length(regexall("aa", "aaaaa")))hcl").number() == 2);
    CHECK(EvaluateIn("", R"hcl(length(regexall("x*", "h\u00e9")))hcl").number() == 3);  // steps over a whole character
    // Each search sees the text before it: ^ and \b match only where they would in the whole text.
    CHECK(EvaluateIn("", R"hcl(length(regexall("^a", "aaa")))hcl").number() == 1);
    CHECK(EvaluateIn("", R"hcl(length(regexall("\\bx", "xx x")))hcl").number() == 2);
    // Errors Terraform reports, and unknown in, unknown out.
    CHECK(EvaluateIn("", R"hcl(regex("(?P<n>a)(b)", "ab"))hcl").unknown_reason() ==
          "regex(): the pattern cannot mix both named and unnamed capture groups");
    CHECK(EvaluateIn("", R"hcl(regexall("(", "a"))hcl").unknown_reason() ==
          "regexall(): the regular expression is not valid RE2 syntax");
    const Value unknown = EvaluateIn("variable \"secret\" {}", R"hcl(regexall("[a-z]+", var.secret))hcl");
    CHECK(unknown.IsUnknown());
    CHECK_FALSE(unknown.IsError());
  }

  TEST_CASE("terraform: unknown values say why, and never become guesses") {
    const Value data = EvaluateIn("", "\"${data.genesyscloud_auth_division_home.home.name}-x\"");
    CHECK(data.IsUnknown());
    CHECK(data.unknown_reason() ==
          "data.genesyscloud_auth_division_home.home is read from Genesys Cloud only at plan time");
    const Value function = EvaluateIn("", "timestamp()");
    CHECK(function.unknown_reason() == "timestamp() is not evaluated by cxlint");
    const Value unsupported = EvaluateIn("", "cidrhost(\"10.0.0.0/8\", 1)");
    CHECK(unsupported.unknown_reason() == "function cidrhost() is not supported by cxlint");
    const Value variable = EvaluateIn("variable \"secret\" {}", "var.secret");
    CHECK(variable.unknown_reason() == "var.secret has no value (no default, no .tfvars entry, no TF_VAR_secret)");
    CHECK(EvaluateIn("", "jsonencode({a = timestamp()})").IsUnknown());
  }

  TEST_CASE("terraform: configured resource arguments are known, computed attributes are not") {
    const Value name = EvaluateIn("resource \"genesyscloud_integration\" \"crm\" {\n  name = \"CRM\"\n}",
                                  "genesyscloud_integration.crm.name");
    CHECK(Str(name) == "CRM");
    const Value id = EvaluateIn("resource \"genesyscloud_integration\" \"crm\" {\n  name = \"CRM\"\n}",
                                "genesyscloud_integration.crm.id");
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
              "resource \"test\" \"t\" {\n  a = var.a\n  b = var.b\n  c = var.c\n  d = var.d\n  e = var.e\n  f = "
              "var.f\n  n = var.n\n}\n");
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
    dir.Write("main.tf",
              "module \"m\" {\n  source = \"./modules/m\"\n  greeting = \"hi\"\n}\n"
              "resource \"test\" \"t\" {\n  v = module.m.out\n}\n");
    dir.Write("modules/m/main.tf",
              "variable \"greeting\" {}\n"
              "output \"out\" { value = \"${var.greeting} ${trimspace(file(\"${path.module}/name.txt\"))} "
              "${path.module}\" }\n");
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
    for (const Document& document : result.project.documents) {
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
    dir.Write("modules/flows/main.tf",
              "variable \"category\" {}\n"
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

// Hostile Terraform: each case once crashed, hung or ran out of memory. The evaluator now meets
// it with a value or an error that says why; nothing here may crash (also under the sanitizers).
TEST_SUITE("bad-input") {
  std::string Reason(const Value& value) {
    REQUIRE_MESSAGE(value.IsError(), value.Describe());
    return value.unknown_reason();
  }

  TEST_CASE("terraform: replace() matches RE2 syntax in linear time, with Go's $ expansion") {
    CHECK(Str(EvaluateIn("", R"(replace("a1b22", "/([a-z])(\\d+)/", "$2$1"))")) == "1a22b");
    CHECK(Str(EvaluateIn("", R"(replace("a1", "/(?P<letter>[a-z])/", "$${letter}-$$"))")) == "a-$1");
    CHECK(Str(EvaluateIn("", R"(replace("abc", "/x*/", "-"))")) == "-a-b-c-");  // Go's empty matches
    CHECK(Reason(EvaluateIn("", R"(replace("a", "/(/", "x"))")).find("not valid RE2 syntax") != std::string::npos);
    // A long subject and nested quantifiers once overflowed the stack or took exponential time.
    const std::string long_text(200000, 'a');
    CHECK(Str(EvaluateIn("", "replace(\"" + long_text + "\", \"/(a|aa)*$/\", \"x\")")) == "x");
    CHECK(Str(EvaluateIn("", "replace(\"" + long_text + "!\", \"/(a*)*b/\", \"x\")")).size() == 200001);
  }

  TEST_CASE("terraform: regex() and regexall() run in linear time and keep to the value budget") {
    // Nested quantifiers on a long subject: exponential for a backtracking matcher.
    const std::string long_text(200000, 'a');
    CHECK(EvaluateIn("", "length(regexall(\"(a*)*b\", \"" + long_text + "!\"))").number() == 0);
    CHECK(Reason(EvaluateIn("", "regex(\"(a|aa)*b\", \"" + long_text + "\")")).find("did not match") !=
          std::string::npos);
    CHECK(Str(EvaluateIn("", "regex(\"(?:a|aa)*$\", \"" + long_text + "\")")).size() == 200000);
    // 4,001 matches of 100 groups each would weigh more than the value budget.
    std::string groups;
    for (int i = 0; i < 100; ++i) groups += "()";
    CHECK(Reason(EvaluateIn("", "regexall(\"" + groups + "\", format(\"%4000d\", 0))"))
              .find("budget of 16777216 bytes") != std::string::npos);
    CHECK(EvaluateIn("", "length(regexall(\"" + groups + "\", format(\"%200d\", 0)))").number() == 201);
    // Each search for `a.*b|a` reads to the end of a run of `a`: quadratic in all, so the bytes a
    // call may search are bounded (once three minutes for a megabyte).
    const std::string run = "replace(format(\"%10000d\", 0), \" \", \"" + std::string(100, 'a') + "\")";
    CHECK(Reason(EvaluateIn("", "regexall(\"a.*b|a\", " + run + ")"))
              .find("regular expression budget of 1073741824 bytes") != std::string::npos);
    CHECK(Reason(EvaluateIn("", "replace(" + run + ", \"/a.*b|a/\", \"x\")")).find("regular expression budget") !=
          std::string::npos);
    CHECK(EvaluateIn("", "length(regexall(\"a+\", " + run + "))").number() == 1);
  }

  TEST_CASE("terraform: the regular expression budget is shared by the whole configuration") {
    // Each call searches about 310 MB of text (24,900 matches, each search reading to the end):
    // three fit in the 1 GiB budget, the fourth does not, however many calls a file makes.
    std::string tf = "locals {\n  t = replace(format(\"%250d\", 0), \" \", \"" + std::string(100, 'a') + "\")\n}\n";
    for (int i = 1; i <= 4; ++i)
      tf += "resource \"test\" \"r" + std::to_string(i) + "\" {\n  v = length(regexall(\"a.*b|a\", local.t))\n}\n";
    TempDir dir;
    dir.Write("main.tf", tf);
    const LintResult result = LintIn(dir.path());
    for (const char* known : {"test.r1", "test.r2", "test.r3"})
      CHECK(ResourceAttribute(result, known, "v").number() == 24900);
    CHECK(Reason(ResourceAttribute(result, "test.r4", "v")).find("regular expression budget") != std::string::npos);
  }

  TEST_CASE("terraform: resource attributes that refer to themselves or each other are errors") {
    CHECK(Reason(EvaluateIn("", "test.t.v")).find("refers to itself") != std::string::npos);
    CHECK(Reason(
              EvaluateIn("resource \"test\" \"a\" {\n  v = test.b.v\n}\nresource \"test\" \"b\" {\n  v = test.a.v\n}\n",
                         "test.a.v"))
              .find("refers to itself") != std::string::npos);
  }

  TEST_CASE("terraform: every named value is evaluated once") {
    // Each attribute uses the one before twice: 2^150 evaluations without memoising.
    std::string chain = "resource \"test\" \"r0\" {\n  v = 1\n}\n";
    for (int i = 1; i <= 150; ++i) {
      const std::string previous = "test.r" + std::to_string(i - 1) + ".v";
      chain += "resource \"test\" \"r" + std::to_string(i) + "\" {\n  v = " + previous + " + " + previous + "\n}\n";
    }
    const Value value = EvaluateIn(chain, "test.r150.v");
    REQUIRE(value.kind() == Value::Kind::kNumber);
    CHECK(value.number() == std::ldexp(1.0, 150));
  }

  TEST_CASE("terraform: a chain of 6,000 locals is bounded as a whole, not per name") {
    std::string locals = "locals {\n  l0 = \"x\"\n";
    for (int i = 1; i < 6000; ++i) locals += "  l" + std::to_string(i) + " = local.l" + std::to_string(i - 1) + "\n";
    CHECK(Reason(EvaluateIn(locals + "}\n", "local.l5999")).find("nests too deeply") != std::string::npos);
    CHECK(Str(EvaluateIn(locals + "}\n", "local.l100")) == "x");
  }

  TEST_CASE("terraform: values and evaluation have budgets") {
    // Locals that double a string: 2 GB at 26 levels before the value budget.
    std::string doubling = "locals {\n  d0 = \"xxxxxxxxxxxxxxxx\"\n";
    for (int i = 1; i <= 26; ++i)
      doubling += "  d" + std::to_string(i) + " = \"${local.d" + std::to_string(i - 1) + "}${local.d" +
                  std::to_string(i - 1) + "}\"\n";
    CHECK(Reason(EvaluateIn(doubling + "}\n", "local.d26")).find("budget of 16777216 bytes") != std::string::npos);
    // A list that doubles: a million numbers weigh what a million values take, not a byte each.
    std::string lists = "locals {\n  d0 = [1, 2]\n";
    for (int i = 1; i <= 30; ++i)
      lists += "  d" + std::to_string(i) + " = concat(local.d" + std::to_string(i - 1) + ", local.d" +
               std::to_string(i - 1) + ")\n";
    CHECK(Reason(EvaluateIn(lists + "}\n", "length(local.d30)")).find("budget of 16777216 bytes") != std::string::npos);
    // A nested for over a 3,000-item list: 9 million items from a small file.
    std::string list = "locals {\n  l = [";
    for (int i = 0; i < 3000; ++i) list += std::to_string(i) + ",";
    list += "]\n}\n";
    const std::string reason = Reason(EvaluateIn(list, "[for a in local.l : [for b in local.l : a + b]]"));
    CHECK((reason.find("budget of 1000000 steps") != std::string::npos || reason.find("bytes") != std::string::npos));
    CHECK(EvaluateIn(list, "length([for a in local.l : a])").number() == 3000);
    // format() widths are capped; ordinary ones still work.
    CHECK(Reason(EvaluateIn("", R"(format("%999999999d", 1))")).find("width or precision above") != std::string::npos);
    CHECK(Str(EvaluateIn("", R"(format("%200d|%.3f", 1, 2))")).size() == 206);
    CHECK(Reason(EvaluateIn("", R"(format("%d", 1e300))")).find("not a whole number in range") != std::string::npos);
  }

  TEST_CASE("terraform: a flat sum of 600 terms is not nesting") {
    std::string sum = "1";
    for (int i = 1; i < 600; ++i) sum += " + 1";
    TempDir dir;
    dir.Write("main.tf", "resource \"test\" \"t\" {\n  v = " + sum + "\n}\n");
    const LintResult result = LintIn(dir.path());
    CHECK(Of(result, "CX001").empty());
    CHECK(ResourceAttribute(result, "test.t", "v").number() == 600);
  }

  TEST_CASE("terraform: file() reads only regular files within --max-file-size; jsonencode() never throws") {
    TempDir dir;
    dir.Write("latin1.txt", "caf\xE9");
    dir.Write("main.tf",
              "resource \"test\" \"t\" {\n  zero = file(\"/dev/zero\")\n  json = jsonencode(file(\"latin1.txt\"))\n"
              "  fifo = file(\"pipe\")\n  template = templatefile(\"/dev/zero\", {})\n}\n");
    REQUIRE(mkfifo((dir.path() / "pipe").c_str(), 0644) == 0);
    const fs::path previous = fs::current_path();
    fs::current_path(dir.path());
    const LintResult result = LintIn(dir.path());
    CHECK(result.internal_errors.empty());
    CHECK(Reason(ResourceAttribute(result, "test.t", "zero")).find("not a regular file (a device)") !=
          std::string::npos);
    CHECK(Reason(ResourceAttribute(result, "test.t", "fifo")).find("not a regular file (a FIFO)") != std::string::npos);
    CHECK(Reason(ResourceAttribute(result, "test.t", "template")).find("not a regular file") != std::string::npos);
    // Invalid UTF-8 becomes U+FFFD, as Terraform's encoder makes it.
    CHECK(Str(ResourceAttribute(result, "test.t", "json")) == "\"caf\xEF\xBF\xBD\"");
    fs::current_path(previous);
  }

  // Writes m0 ... m<levels - 1>, each calling the next folder twice; m<levels> is left to the test.
  void WriteModuleDag(TempDir & dir, int levels) {
    for (int i = 0; i < levels; ++i) {
      const std::string next = "../m" + std::to_string(i + 1);
      dir.Write("m" + std::to_string(i) + "/main.tf",
                "module \"a\" {\n  source = \"" + next + "\"\n}\nmodule \"b\" {\n  source = \"" + next + "\"\n}\n");
    }
  }

  TEST_CASE("terraform: modules that call themselves or multiply are bounded") {
    TempDir dir;
    dir.Write("self/main.tf", "module \"again\" {\n  source = \"./\"\n}\nresource \"test\" \"t\" {\n  v = 1\n}\n");
    // m0 -> m1 -> ... -> m31, each calling the next twice: 2^32 instances if made as a tree.
    WriteModuleDag(dir, 32);
    dir.Write("m32/main.tf", "resource \"test\" \"leaf\" {\n  v = 1\n}\n");
    const LintResult result = LintIn(dir.path());
    CHECK(result.internal_errors.empty());
    std::string notes;
    for (const Finding& finding : Of(result, "CX003")) notes += finding.message + "\n";
    CHECK(notes.find("already in its own chain of module calls") != std::string::npos);
    CHECK(notes.find("more than 1000 module instances") != std::string::npos);
  }

  TEST_CASE("terraform: repeated instances of a large module are bounded by its size") {
    TempDir dir;
    // root -> m0 -> ... -> m7, each calling the next twice: 128 instances of a 1 MB leaf, which
    // once took minutes and gigabytes; the .tf they add again is capped at 16 MiB.
    dir.Write("root/main.tf", "module \"m\" {\n  source = \"../m0\"\n}\nresource \"test\" \"own\" {\n  v = 1\n}\n");
    WriteModuleDag(dir, 8);
    dir.Write("m8/main.tf", "# " + std::string(1 << 20, 'x') + "\nresource \"test\" \"leaf\" {\n  v = 1\n}\n");
    const LintResult result = LintIn(dir.path());
    CHECK(result.internal_errors.empty());
    std::vector<std::string> notes;
    for (const Finding& finding : Of(result, "CX003")) notes.push_back(finding.message);
    REQUIRE(notes.size() == 1);  // said once, at the first call left out
    CHECK(notes[0].find("add more than 16 MiB of .tf source") != std::string::npos);
    size_t leaves = 0;
    bool own = false;
    for (const model::TerraformResource& resource : result.project.terraform->resources()) {
      leaves += resource.address.find("test.leaf") != std::string::npos;
      own |= resource.address == "test.own";
    }
    CHECK(leaves == 16);  // the first instance, and 15 more of 1 MB each within 16 MiB
    CHECK(own);           // the rest of the project is still linted
  }

  TEST_CASE("terraform: two modules that call each other and nothing else are still linted") {
    TempDir dir;
    dir.Write("ping/main.tf",
              "module \"pong\" {\n  source = \"../pong\"\n}\nresource \"test\" \"ping\" {\n  v = 1\n}\n");
    dir.Write("pong/main.tf",
              "module \"ping\" {\n  source = \"../ping\"\n}\nresource \"test\" \"pong\" {\n  v = 1\n}\n");
    const LintResult result = LintIn(dir.path());
    std::set<std::string> addresses;
    for (const model::TerraformResource& resource : result.project.terraform->resources())
      addresses.insert(resource.address);
    CHECK(addresses.count("test.ping"));  // the first in name order becomes the root
    CHECK(addresses.count("module.pong.test.pong"));
    CHECK(Of(result, "CX003").size() == 1);  // pong's call back to ping, not followed
  }
}

}  // namespace
}  // namespace cxlint::testing
