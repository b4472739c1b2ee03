#!/usr/bin/env python3
"""tools/new_rule.py scaffolds a rule into a copy of the files it edits (README.md and the
registry), never into the checkout: the files it writes, the registry entry and the README row in
code order, its refusals, and --dry-run writing nothing. When a C++ compiler is at hand, the
scaffolded rule source is compiled against src/ (syntax only), so the template keeps up with
RuleMeta.

usage: tests/new_rule_test.py [SOURCE_DIR]
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent).resolve()
SCRIPT = SOURCE / "tools" / "new_rule.py"
EDITED = ["README.md", "src/rules/registry.h", "src/rules/registry.cc"]


def codes_in(text: str, pattern: str) -> list[str]:
    return re.findall(pattern, text, re.M)


class NewRuleTest(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()
        self.root = pathlib.Path(self.work.name)
        for name in EDITED:
            (self.root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(SOURCE / name, self.root / name)

    def tearDown(self):
        self.work.cleanup()

    def run_script(self, *args):
        return subprocess.run([sys.executable, str(SCRIPT), *args, "--root", str(self.root)],
                              capture_output=True, text=True)

    def snapshot(self):
        return {path.relative_to(self.root): path.read_bytes() for path in self.root.rglob("*") if path.is_file()}

    def test_dry_run_lists_the_files_and_writes_nothing(self):
        before = self.snapshot()
        run = self.run_script("CX308", "slow-webhook", "a webhook waits too long", "--dry-run")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout.splitlines(), [
            "create src/rules/cx308_slow_webhook.cc",
            "create rules/CX308-slow-webhook.md",
            "create testdata/rules/CX308-slow-webhook/fires-example/main.tf",
            "create testdata/rules/CX308-slow-webhook/fires-example/expected.txt",
            "create testdata/rules/CX308-slow-webhook/silent-example/main.tf",
            "create testdata/rules/CX308-slow-webhook/silent-example/expected.txt",
            "change src/rules/registry.h",
            "change src/rules/registry.cc",
            "change README.md",
        ])
        self.assertEqual(self.snapshot(), before)

    def test_scaffold_inserts_in_code_order(self):
        run = self.run_script("CX308", "slow-webhook", "a webhook waits too long", "--severity", "note",
                              "--input", "flow.yaml")
        self.assertEqual(run.returncode, 0, run.stderr)
        source = (self.root / "src/rules/cx308_slow_webhook.cc").read_text()
        self.assertIn('"CX308", "slow-webhook", Severity::kNote,', source)
        self.assertIn('"a webhook waits too long", &Check, {}, {kTags, "high"}}', source)
        self.assertIn('constexpr std::string_view kTags[] = {"endpoints", "reliability"};', source)
        page = (self.root / "rules/CX308-slow-webhook.md").read_text()
        self.assertTrue(page.startswith("# CX308 slow-webhook\n\nDefault severity: **note**\n"))
        sections = re.findall(r"^## (.+)$", page, re.M)
        self.assertEqual(sections, ["What it does", "Why is this bad?", "Example", "How to fix", "Options", "References"])
        self.assertIn("```yaml flow.yaml\n", page)
        for case in ("fires-example", "silent-example"):
            folder = self.root / "testdata/rules/CX308-slow-webhook" / case
            self.assertEqual(sorted(p.name for p in folder.iterdir()), ["expected.txt", "flow.yaml"])
            self.assertEqual((folder / "expected.txt").read_text(), "")

        header = (self.root / "src/rules/registry.h").read_text()
        declared = codes_in(header, r"^/// (CX\d{3}):")
        self.assertEqual(declared, sorted(declared))
        self.assertIn("/// CX308: a webhook waits too long.\nextern const RuleMeta kSlowWebhook;\n"
                      "/// CX401:", header)
        listed = codes_in((self.root / "src/rules/registry.cc").read_text(), r"^    &(k\w+),$")
        self.assertEqual(listed[listed.index("kSlowWebhook") - 1], "kTerraformInterpolationInTemplate")
        self.assertEqual(listed[listed.index("kSlowWebhook") + 1], "kUnsupportedProviderSetting")
        readme = (self.root / "README.md").read_text()
        rows = codes_in(readme, r"^\| (CX\d{3}) \|")
        self.assertEqual(rows, sorted(rows))
        self.assertIn("| CX308 | slow-webhook | note | a webhook waits too long |\n", readme)
        # The other rows are untouched: one row more, nothing else.
        original = (SOURCE / "README.md").read_text()
        self.assertEqual(readme.replace("| CX308 | slow-webhook | note | a webhook waits too long |\n", ""), original)

    def test_a_code_after_the_last_goes_last(self):
        run = self.run_script("CX499", "last-rule", "the last rule")
        self.assertEqual(run.returncode, 0, run.stderr)
        header = (self.root / "src/rules/registry.h").read_text()
        self.assertEqual(codes_in(header, r"^/// (CX\d{3}):")[-1], "CX499")
        listed = codes_in((self.root / "src/rules/registry.cc").read_text(), r"^    &(k\w+),$")
        self.assertEqual(listed[-1], "kLastRule")
        self.assertEqual(codes_in((self.root / "README.md").read_text(), r"^\| (CX\d{3}) \|")[-1], "CX499")

    def test_refusals_write_nothing(self):
        before = self.snapshot()
        for args, message in [
            (("CX103", "again", "a code in use"), "CX103 is already registered"),
            (("CX001", "loader", "a loader code"), "not a rule code"),
            (("CX501", "no-family", "no such family"), "no family CX5xx"),
            (("CX309", "Not_Kebab", "a bad name"), "not a kebab-case name"),
            (("CX309", "pipe-summary", "a | b"), "one line, with no '|'"),
        ]:
            with self.subTest(args=args):
                run = self.run_script(*args)
                self.assertEqual(run.returncode, 1)
                self.assertIn(message, run.stderr)
        self.assertEqual(self.snapshot(), before)
        # A second scaffold of the same rule finds the first one's files.
        self.assertEqual(self.run_script("CX309", "twice", "scaffolded twice").returncode, 0)
        (self.root / "src/rules/registry.h").write_text((SOURCE / "src/rules/registry.h").read_text())
        run = self.run_script("CX309", "twice", "scaffolded twice")
        self.assertEqual(run.returncode, 1)
        self.assertIn("exists already", run.stderr)

    @unittest.skipUnless(shutil.which(os.environ.get("CXX", "g++")), "no C++ compiler")
    def test_scaffolded_source_compiles(self):
        self.assertEqual(self.run_script("CX308", "slow-webhook", "a webhook waits too long").returncode, 0)
        compiler = os.environ.get("CXX", "g++")
        run = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                              # The copy's registry.h (with the new declaration) before the checkout's.
                              f"-I{self.root / 'src'}", f"-I{SOURCE / 'src'}",
                              str(self.root / "src/rules/cx308_slow_webhook.cc")],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
