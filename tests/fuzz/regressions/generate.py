#!/usr/bin/env python3
"""Writes the hand-made regression inputs of the fuzz harnesses: one file per hostile input that
once crashed, hung or exhausted memory (the robustness issue's reproducers). Crashes the fuzzers
find are added beside these as they are fixed. Run from anywhere; rewrites only these files."""
import base64
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(harness, name, data, selector=None):
    os.makedirs(os.path.join(HERE, harness), exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    if selector is not None:
        data = bytes([selector]) + data
    with open(os.path.join(HERE, harness, name), "wb") as out:
        out.write(data)


def resource(value, name="t"):
    # A flow's filepath is evaluated by every lint (to read the flow it deploys), so the value is
    # reached by the whole-lint harnesses and the bench too, not only by the evaluator harness.
    return 'resource "genesyscloud_flow" "%s" {\n  filepath = %s\n}\n' % (name, value)


# --- HCL and the Terraform evaluator ---
flat_sum = " + ".join(["1"] * 600)
write("hcl", "flat-sum-600", resource(flat_sum))
write("hcl", "deep-parens", resource("(" * 600 + "1" + ")" * 600))
# A decoded literal larger than the syntax store's next chunk overflowed it (fuzzing found it).
write("hcl", "decoded-literal-over-chunk", 'a = "%s"\n' % ("\\t" * 6000))
write("terraform_eval", "flat-sum-600", resource(flat_sum))
write("terraform_eval", "self-reference", resource("genesyscloud_flow.t.filepath"))
write("terraform_eval", "mutual-reference", resource("genesyscloud_flow.b.filepath", "a") + resource("genesyscloud_flow.a.filepath", "b"))
chain = resource("1", "r0") + "".join(
    resource("genesyscloud_flow.r%d.filepath + genesyscloud_flow.r%d.filepath" % (i - 1, i - 1), "r%d" % i) for i in range(1, 4001))
write("terraform_eval", "resource-chain-doubling", chain)
write("terraform_eval", "locals-chain-6000",
      "locals {\n  l0 = \"x\"\n" + "".join("  l%d = local.l%d\n" % (i, i - 1) for i in range(1, 6000)) + "}\n" +
      resource("local.l5999"))
write("terraform_eval", "locals-doubling",
      "locals {\n  d0 = \"xxxxxxxxxxxxxxxx\"\n" +
      "".join('  d%d = "${local.d%d}${local.d%d}"\n' % (i, i - 1, i - 1) for i in range(1, 27)) + "}\n" +
      resource("local.d26"))
write("terraform_eval", "locals-list-doubling",
      "locals {\n  d0 = [1, 2]\n" + "".join("  d%d = concat(local.d%d, local.d%d)\n" % (i, i - 1, i - 1) for i in range(1, 40)) +
      "}\n" + resource("length(local.d39)"))
big_list = "[" + ", ".join(str(i) for i in range(3000)) + "]"
write("terraform_eval", "nested-for-3000", "locals {\n  l = %s\n}\n" % big_list +
      resource("[for a in local.l : [for b in local.l : a + b]]"))
long_text = "a" * 50000
write("terraform_eval", "regex-long-string", resource('replace("%s", "/(a|aa)*$/", "x")' % long_text))
write("terraform_eval", "regex-nested-quantifiers", resource('replace("%s!", "/(a*)*b/", "x")' % long_text))
write("terraform_eval", "regex-empty-matches", resource('replace("%s", "/x*/", "%s")' % ("b" * 3000, "y" * 3000)))
write("terraform_eval", "regexall-nested-quantifiers",
      resource('regexall("(a*)*b", "%s!")' % long_text) + resource('regex("(a|aa)*$", "%s")' % long_text, "u"))
write("terraform_eval", "regexall-many-matches",
      resource('regexall("%s", format("%%2000d", 0))' % ("()" * 100)))
write("terraform_eval", "regexall-quadratic",
      resource('regexall("a.*b|a", replace(format("%%10000d", 0), " ", "%s"))' % ("a" * 100)) +
      resource('replace(replace(format("%%10000d", 0), " ", "%s"), "/a.*b|a/", "x")' % ("a" * 100), "u"))
write("terraform_eval", "format-width", resource('format("%999999999d|%.999999999f", 1, 2)'))
write("terraform_eval", "format-out-of-range", resource('format("%d", 1e300)') + resource('jsonencode(1e300)', "j"))
write("terraform_eval", "file-dev-zero", resource('file("/dev/zero")') + resource('templatefile("/dev/zero", {})', "u"))
write("terraform_eval", "module-calls-itself", 'module "again" {\n  source = "./"\n}\n' + resource("module.again.x"))
write("terraform_eval", "module-calls-many",
      "".join('module "m%d" {\n  source = "./modules/m"\n  in = %d\n}\n' % (i, i) for i in range(2000)) +
      resource("module.m1999.out"))
write("terraform_eval", "template-for-doubling",
      "locals {\n  l = %s\n  s = \"%s\"\n}\n" % (big_list, "y" * 2000) +
      resource('"%{ for a in local.l }${local.s}%{ endfor }"'))

# --- YAML flows ---
bomb = "workflow:\n  name: Bomb\n  a0: &a0 \"" + "x" * 1000 + "\"\n"
for i in range(1, 8):
    bomb += "  a%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 16))
write("yaml", "alias-bytes", bomb)
laughs = "a0: &a0 [x, x]\n" + "".join("a%d: &a%d [*a%d, *a%d]\n" % (i, i, i - 1, i - 1) for i in range(1, 40))
write("yaml", "alias-nodes", laughs)
write("yaml", "placeholders-40000",
      "workflow:\n  name: Many\n  description: \"" + "".join("{{k%d}}" % i for i in range(40000)) + "\"\n")
write("yaml", "placeholder-tokens-forged",
      "workflow:\n  name: \"cxlint_placeholder_0_ {{a}} cxlint_placeholder_99999999999999999999_ cxlint_placeholder_\"\n",
      selector=None)

# --- JSON ---
write("json", "number-overflow", '{"n": 1e999}')
write("json", "long-token", '{"name": ' + "t" * 100000 + "}")
write("json", "deep", "[" * 100000 + "]" * 100000)

# --- baselines ---
entry = '{"rule": "CX201", "file": "f", "address": "", "message": "m", "count": %s}'
write("baseline", "number-overflow", '{"version": 1e999, "findings": []}')
write("baseline", "count-overflow", '{"version": 1, "findings": [%s]}' % entry % "99999999999999999999")
write("baseline", "count-sum", '{"version": 1, "findings": [%s, %s, %s]}' % (entry % "2147483647", entry % "2147483647",
                                                                         entry % "1000000000"))
digits = "7" * 50000
write("baseline", "long-digit-message",
      '{"version": 1, "findings": [{"rule": "CX201", "file": "f", "address": "", "message": "line %s at %s:%s"}]}' %
      (digits, digits, digits))

# --- .i3 exports ---
write("i3", "decodes-to-deep-json", base64.b64encode(("%5B" * 2000 + "%5D" * 2000).encode()))
write("i3", "bad-escape", base64.b64encode(b"%ZZ%"))

# --- .cxlint.yaml ---
write("config", "deep", "rules:\n  x: " + "[" * 2000 + "]" * 2000 + "\n")
write("config", "aliases", laughs)

# --- suppressions and the whole lint of one file ---
write("suppressions", "odd-comments", "# cxlint-ignore\n# cxlint-ignore-file CX999, , :\n" + resource("1") +
      "# cxlint-ignore " + "CX101," * 2000 + "\n", selector=1)
write("lint_file", "flat-sum", resource(flat_sum), selector=1)
write("lint_file", "tf-json-deep", '{"locals": {"x": "' + "${[" * 300 + "1" + "]}" * 300 + '"}}', selector=2)
write("lint_file", "plan-deep-modules",
      '{"format_version": "1.2", "planned_values": {"root_module": ' + '{"child_modules": [' * 200 + "{}" + "]}" * 200 + "}}",
      selector=6)
write("terraform_json", "plan-number-overflow",
      '{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "a.b", "values": {"x": 1e999}}]}}}',
      selector=0)
write("terraform_json", "tf-json-self-reference",
      '{"resource": {"genesyscloud_flow": {"t": {"filepath": "${genesyscloud_flow.t.filepath}"}}}}', selector=1)

# --- .terraform/modules/modules.json and templates rendered by local_file ---
write("terraform_generated", "manifest-escapes",
      '{"Modules": [{"Key": "a", "Dir": "/"}, {"Key": "b", "Dir": "../../.."}, {"Key": "a.b", "Dir": ".terraform/modules/a"},'
      ' {"Key": "a.c", "Dir": ".terraform/modules/a"}, 7, {"Key": 1}]}', selector=1)
write("terraform_generated", "manifest-cycle",
      '{"Modules": [{"Key": "a", "Dir": ".terraform/modules/a"}, {"Key": "a.b", "Dir": ".terraform/modules/a"}]}', selector=1)
write("terraform_generated", "manifest-many-entries",
      '{"Modules": [' + ", ".join('{"Key": "k%d", "Dir": ".terraform/modules/a"}' % i for i in range(20000)) + "]}", selector=1)
write("terraform_generated", "manifest-deep", '{"Modules": ' + "[" * 5000 + "]" * 5000 + "}", selector=1)
write("terraform_generated", "template-renders-itself",
      'inboundCall:\n  name: ${templatefile("flow.tftpl", {})}\n', selector=0)
write("terraform_generated", "template-for-squared",
      "%%{ for a in %s }%%{ for b in %s }${b}%%{ endfor }%%{ endfor }" % (big_list, big_list), selector=0)
write("terraform_generated", "template-unclosed", "inboundCall:\n  name: ${name\n%{ if on }\n", selector=0)
