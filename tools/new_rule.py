#!/usr/bin/env python3
"""Scaffolds a new rule: its source file, its page, its registry entry, its README row and its
golden cases (docs/development.md, "Adding a rule"). The files it writes are a start, with TODOs
where the rule's own words go; the registry entry and the README row are inserted in code order.

usage: tools/new_rule.py CXNNN name "summary" [--severity error|warning|note] [--input FILE]
                         [--root DIR] [--dry-run]

  CXNNN     the new code; the family is its first digit (1 retry, 2 flow paths, 3 endpoints,
            4 Terraform); codes are permanent, a retired one is never reused
  name      kebab-case name of the bad pattern ("aggressive-retry-interval")
  summary   one lowercase line for `cxlint rules` and the README table
  --input   the input file of the golden cases (default main.tf; flow.yaml for a flow rule)
  --root    the repository to write into (default: the one this script is in)
  --dry-run print what would be written and changed, and write nothing
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The starting traits of each family, as the existing rules of that family have them.
FAMILY_TRAITS = {
    "0": (["loading"], "very-high"),
    "1": (["retry", "reliability"], "high"),
    "2": (["flow-paths", "reliability"], "high"),
    "3": (["endpoints", "reliability"], "high"),
    "4": (["terraform", "correctness"], "very-high"),
}

REGISTRY_DECLARATION = re.compile(r"^/// (CX\d{3}): .*\nextern const RuleMeta (k\w+);\n", re.M)
README_ROW = re.compile(r"^\| (CX\d{3}) \| [a-z0-9-]+ \| (?:error|warning|note) \| .* \|\n", re.M)


class ScaffoldError(Exception):
    pass


def constant_name(name: str) -> str:
    """"aggressive-retry-interval" -> "kAggressiveRetryInterval"."""
    return "k" + "".join(part[:1].upper() + part[1:] for part in name.split("-"))


def rule_source(code: str, name: str, summary: str, severity: str) -> str:
    tags, precision = FAMILY_TRAITS[code[2]]
    tag_list = ", ".join(f'"{tag}"' for tag in tags)
    return f"""// {code} {name}: TODO: what the rule reports, why it matters (cite docs/domain.md §N), what it
// leaves alone and where each finding points.

#include "model/project.h"
#include "rules/registry.h"

namespace cxlint::rules {{

namespace {{

void Check(const model::Project& project, Sink& sink) {{
  // TODO: read the model (project.outbound_calls, project.flows, project.data_actions,
  // project.terraform, project.flow_deployments) and sink.Report(location, message) each finding.
  (void)project;
  (void)sink;
}}

// Its options, when it has any (`rules: {{{code}: {{options: {{...}}}}}}` in .cxlint.yaml): list them in
// the RuleMeta instead of {{}} and read them with OptionFor (rules/rule_option.h).
// constexpr RuleOptionSpec kOptions[] = {{
//     {{"max_something", true, 5, 0, "what the option bounds, for `cxlint init` and --show-config"}},
// }};

// Its traits (RuleMeta::traits): TODO: why this precision (the family's tags and precision to
// start with; a security rule adds GitHub's security-severity and the "security" tag).
constexpr std::string_view kTags[] = {{{tag_list}}};

}}  // namespace

const RuleMeta {constant_name(name)}{{
    "{code}", "{name}", Severity::k{severity.capitalize()},
    "{summary}", &Check, {{}}, {{kTags, "{precision}"}}}};

}}  // namespace cxlint::rules
"""


def rule_page(code: str, name: str, severity: str, input_file: str) -> str:
    language = "hcl" if input_file.endswith(".tf") else "yaml" if input_file.endswith((".yaml", ".yml")) else "json"
    return f"""# {code} {name}

Default severity: **{severity}**

## What it does

TODO: what the rule reports, and what it does not judge.

## Why is this bad?

TODO: what goes wrong at runtime, with the domain facts it rests on (docs/domain.md §N).

## Example

```{language} {input_file}
TODO: the smallest input that makes the rule fire
```

```text
```

## How to fix

TODO: what to write instead.

## Options

None.

## References

- TODO: docs/domain.md §N (what the section says)
"""


def insert_registry(header: str, source: str, code: str, constant: str, summary: str) -> tuple[str, str]:
    declarations = list(REGISTRY_DECLARATION.finditer(header))
    if not declarations:
        raise ScaffoldError("no rule declarations found in src/rules/registry.h")
    if any(match.group(1) == code for match in declarations):
        raise ScaffoldError(f"{code} is already registered")
    following = next((match for match in declarations if match.group(1) > code), None)
    declaration = f"/// {code}: {summary}.\nextern const RuleMeta {constant};\n"
    at = following.start() if following else declarations[-1].end()
    header = header[:at] + declaration + header[at:]
    entry = f"    &{following.group(2)},\n" if following else f"    &{declarations[-1].group(2)},\n"
    position = source.find(entry)
    if position < 0:
        raise ScaffoldError(f"{entry.strip()} not found in src/rules/registry.cc")
    if not following:
        position += len(entry)
    source = source[:position] + f"    &{constant},\n" + source[position:]
    return header, source


def insert_readme_row(readme: str, code: str, name: str, severity: str, summary: str) -> str:
    rows = list(README_ROW.finditer(readme))
    if not rows:
        raise ScaffoldError("no rule table found in README.md")
    following = next((row for row in rows if row.group(1) > code), None)
    at = following.start() if following else rows[-1].end()
    return readme[:at] + f"| {code} | {name} | {severity} | {summary} |\n" + readme[at:]


def plan(root: pathlib.Path, code: str, name: str, summary: str, severity: str,
         input_file: str) -> tuple[dict[pathlib.Path, str], dict[pathlib.Path, str]]:
    """The files to create and the files to change, each with its new text."""
    if not re.fullmatch(r"CX[1-9]\d{2}", code):
        raise ScaffoldError(f"'{code}' is not a rule code CX100-CX999 (CX0xx are the loader's)")
    if code[2] not in FAMILY_TRAITS:
        raise ScaffoldError(f"{code}: no family CX{code[2]}xx; families are CX1xx-CX4xx")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", name):
        raise ScaffoldError(f"'{name}' is not a kebab-case name")
    if not summary or summary != summary.strip() or "|" in summary or "\n" in summary:
        raise ScaffoldError("the summary is one line, with no '|'")
    stem = f"{code}-{name}"
    created = {
        root / "src" / "rules" / f"{code.lower()}_{name.replace('-', '_')}.cc": rule_source(code, name, summary, severity),
        root / "rules" / f"{stem}.md": rule_page(code, name, severity, input_file),
    }
    for case in ("fires-example", "silent-example"):
        folder = root / "testdata" / "rules" / stem / case
        created[folder / input_file] = ""
        created[folder / "expected.txt"] = ""
    for path in created:
        if path.exists():
            raise ScaffoldError(f"{path} exists already")
    registry_h = root / "src" / "rules" / "registry.h"
    registry_cc = root / "src" / "rules" / "registry.cc"
    readme = root / "README.md"
    header, source = insert_registry(registry_h.read_text(), registry_cc.read_text(), code, constant_name(name), summary)
    changed = {
        registry_h: header,
        registry_cc: source,
        readme: insert_readme_row(readme.read_text(), code, name, severity, summary),
    }
    return created, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("code")
    parser.add_argument("name")
    parser.add_argument("summary")
    parser.add_argument("--severity", choices=["error", "warning", "note"], default="warning")
    parser.add_argument("--input", default="main.tf")
    parser.add_argument("--root", type=pathlib.Path, default=ROOT)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    root = args.root.resolve()
    try:
        created, changed = plan(root, args.code.upper(), args.name, args.summary, args.severity, args.input)
    except (ScaffoldError, OSError) as error:
        print(f"new_rule.py: {error}", file=sys.stderr)
        return 1
    for path, text in created.items():
        print(f"create {path.relative_to(root)}")
        if not args.dry_run:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    for path, text in changed.items():
        print(f"change {path.relative_to(root)}")
        if not args.dry_run:
            path.write_text(text)
    if not args.dry_run:
        print(f"next: write the rule, its page and its cases; then build and run\n"
              f"  python3 tools/update_rule_examples.py build/cxlint rules/{args.code.upper()}-{args.name}.md\n"
              f"  CXLINT_UPDATE_GOLDEN=1 ./build/cxlint_tests --test-suite=golden")
    return 0


if __name__ == "__main__":
    sys.exit(main())
