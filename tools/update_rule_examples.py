#!/usr/bin/env python3
"""Rewrites the ```text output block of each rules/*.md Example with what cxlint prints for the
page's example inputs (the same run tests/docs_test.cc checks). Review the diff before committing:
the point of the pages is that a person reads the output and finds it right.

usage: tools/update_rule_examples.py [build/cxlint] [rules/CX301-direct-crm-url.md ...]
"""
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```\n", re.S | re.M)


def example_section(page: str) -> tuple[int, int]:
    start = page.index("\n## Example\n")
    end = page.find("\n## ", start + 1)
    return start, end if end != -1 else len(page)


def update(cxlint: pathlib.Path, path: pathlib.Path) -> bool:
    page = path.read_text()
    start, end = example_section(page)
    section = page[start:end]
    with tempfile.TemporaryDirectory() as work:
        for match in FENCE.finditer(section):
            info, body = match.group(1), match.group(2)
            if " " in info:
                target = pathlib.Path(work) / info.split(" ", 1)[1]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(body)
        run = subprocess.run([str(cxlint), "lint", "--color", "never", "."], cwd=work,
                             capture_output=True, text=True)
    output = run.stdout
    new_section, count = re.subn(r"^```text\n.*?^```\n", lambda _: "```text\n" + output + "```\n", section,
                                 count=1, flags=re.S | re.M)
    if count == 0:
        print(f"{path}: no ```text block in Example", file=sys.stderr)
        return False
    if new_section != section:
        path.write_text(page[:start] + new_section + page[end:])
        print(f"updated {path.relative_to(ROOT)}")
    return True


def main() -> int:
    args = sys.argv[1:]
    cxlint = ROOT / "build" / "cxlint"
    if args and not args[0].endswith(".md"):
        cxlint = pathlib.Path(args.pop(0)).resolve()
    pages = [pathlib.Path(a).resolve() for a in args] or sorted((ROOT / "rules").glob("CX*.md"))
    return 0 if all(update(cxlint, page) for page in pages) else 1


if __name__ == "__main__":
    sys.exit(main())
