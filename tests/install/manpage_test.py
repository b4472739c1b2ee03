#!/usr/bin/env python3
"""cxlint(1) against the binary: every subcommand and option that `--help` lists is documented in
the man page under its command, every rule of `cxlint rules` and every exit code of `--help` is
there, and `man` renders the page without a warning.

usage: tests/install/manpage_test.py CXLINT MANPAGE
"""
import os
import re
import subprocess
import sys

failures = []


def run(*args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)


def help_options(help_text):
    """The options at the start of the lines of --help: {'-o': 'TEXT', '--output': 'TEXT',
    '--exit-zero': ''}, each with the label of its value ('' for a flag)."""
    options = {}
    for line in help_text.splitlines():
        match = re.match(r"^ +((?:-[A-Za-z],)?--[a-z][a-z-]*)(?: ([A-Z]+)\b)?", line)
        if match:
            for name in re.findall(r"--?[A-Za-z][a-z-]*", match.group(1)):
                options[name] = match.group(2) or ""
    return options


def check_documented(options, text, where):
    """Each option is in `text` (a part of the rendered page) with the same value label as --help.
    A tag line holds the names and the label; a short one is followed by its description."""
    documented = {}
    for match in re.finditer(r"^ +(--?[A-Za-z][a-z-]*(?:, --?[A-Za-z][a-z-]*)*)(?: ([A-Z]+))?(?:\s*$| {2,}\S)", text, re.M):
        for name in match.group(1).split(", "):
            documented[name] = match.group(2) or ""
    for option, label in options.items():
        if option not in documented:
            failures.append(f"{where}: --help lists {option}; the man page does not")
        elif documented[option] != label:
            failures.append(f"{where}: --help shows {option} {label!r}; the man page {documented[option]!r}")


def main():
    cxlint, manpage = sys.argv[1], sys.argv[2]
    env = dict(os.environ, MANWIDTH="200", MAN_KEEP_FORMATTING="0", LC_ALL="C.UTF-8")
    rendered = run("man", "--warnings", "-l", manpage, env=env)
    if rendered.returncode != 0:
        failures.append(f"man -l {manpage} exited {rendered.returncode}: {rendered.stderr}")
    if rendered.stderr.strip():
        failures.append(f"man -l {manpage} warns:\n{rendered.stderr}")
    # man writes bold as overstrikes when its output is not a terminal; plain text is compared.
    page = run("col", "-b", input=rendered.stdout).stdout

    sections = dict(re.findall(r"^([A-Z][A-Z ]+)\n(.*?)(?=^[A-Z][A-Z ]+\n|\Z)", page, re.M | re.S))
    for needed in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "RULES", "EXIT STATUS"):
        if needed not in sections:
            failures.append(f"the man page has no {needed} section (has {sorted(sections)})")
    commands_text = sections.get("COMMANDS", "")

    top_help = run(cxlint, "--help").stdout
    commands = re.findall(r"^  ([a-z]+) ", top_help.split("Subcommands:")[-1], re.M)
    if len(commands) < 6:
        failures.append(f"too few subcommands read from cxlint --help: {commands}")
    check_documented(help_options(top_help), sections.get("OPTIONS", ""), "cxlint")
    # Each command's part of COMMANDS: from its heading (indented three spaces) to the next.
    parts = dict(re.findall(r"^   ([a-z]+)\n(.*?)(?=^   [a-z]+\n|\Z)", commands_text, re.M | re.S))
    for command in commands:
        if command not in parts:
            failures.append(f"cxlint --help lists the command {command}; the man page does not")
            continue
        options = help_options(run(cxlint, command, "--help").stdout)
        if not options:
            failures.append(f"no options read from cxlint {command} --help")
        check_documented(options, parts[command], f"cxlint {command}")
        if not re.search(rf"^\s+cxlint {command}\b", sections.get("SYNOPSIS", ""), re.M):
            failures.append(f"SYNOPSIS does not show cxlint {command}")

    for line in run(cxlint, "rules").stdout.splitlines():
        match = re.match(r"^(CX\d{3})\s+(\S+)", line)
        if match and not re.search(rf"^\s+{match.group(1)} {re.escape(match.group(2))} \(", sections.get("RULES", ""), re.M):
            failures.append(f"cxlint rules lists {match.group(1)} {match.group(2)}; RULES of the man page does not")
    for code in re.findall(r"^  (\d)  ", top_help.split("Exit codes:")[-1], re.M):
        if not re.search(rf"^\s+{code}\s", sections.get("EXIT STATUS", ""), re.M):
            failures.append(f"cxlint --help documents exit code {code}; EXIT STATUS of the man page does not")

    for failure in failures:
        print(f"manpage: FAILED: {failure}", file=sys.stderr)
    if not failures:
        print(f"manpage: {len(commands)} commands, their options, rules and exit codes match --help")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
