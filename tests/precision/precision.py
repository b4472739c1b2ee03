#!/usr/bin/env python3
"""The precision harness: every finding cxlint makes on the shared corpus, judged by someone who read
the flow (triage.tsv), and the test that keeps those judgements true.

Each corpus repository is linted on its own, as its team would lint it. The check fails when a
finding judged false comes back, when a finding judged true disappears, when a finding appears
that nobody has judged, or when one rule reports twice at one position. --report prints precision
per rule and the figures the project tracks; --write adds unjudged findings to triage.tsv with the
verdict '?' (to be judged by hand: true, false or debatable, with a one-line reason).

usage: precision.py --cxlint BIN --corpus DIR [--triage FILE] [--report] [--write]
"""
import argparse
import base64
import collections
import json
import pathlib
import re
import subprocess
import sys
import urllib.parse

HERE = pathlib.Path(__file__).resolve().parent
VERDICTS = ("true", "false", "debatable")
# Rules whose findings are about a flow's call sites (for "flow findings per Call Data Action").
FLOW_RULES = {"CX101", "CX102", "CX103", "CX104", "CX105", "CX106", "CX107", "CX108",
              "CX201", "CX202", "CX203", "CX204", "CX205", "CX306", "CX407"}


def lint(cxlint, corpus):
    """Findings of every repository, and its notes of what was not checked (CX003, marked
    'not_checked': judged and kept like findings, but not counted in precision), keyed by
    (code, file:line:column)."""
    findings = {}
    duplicates = []
    for repo in sorted(p for p in corpus.iterdir() if p.is_dir()):
        run = subprocess.run([str(cxlint), "lint", "--format", "json", "--exit-zero", "--color", "never", repo.name],
                             cwd=corpus, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            sys.exit(f"cxlint failed on {repo.name} (exit {run.returncode}): {run.stderr.strip()}")
        output = json.loads(run.stdout)
        for note in output["notChecked"]:
            note["not_checked"] = True
        for finding in output["findings"] + output["notChecked"]:
            where = f"{finding['file']}:{finding['start']['line']}:{finding['start']['column']}"
            key = (finding["code"], where)
            if key in findings:
                duplicates.append(key)
            findings[key] = finding
    return findings, duplicates


def read_triage(path):
    """(code, where) -> (verdict, reason)."""
    triage = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            sys.exit(f"{path}:{number}: expected 4 tab-separated fields (verdict, code, file:line:column, reason)")
        verdict, code, where, reason = parts
        if verdict not in VERDICTS + ("?",):
            sys.exit(f"{path}:{number}: unknown verdict '{verdict}'")
        triage[(code, where)] = (verdict, reason)
    return triage


def write_triage(path, triage, findings):
    header = [line for line in path.read_text().splitlines() if line.startswith("#")] if path.exists() else []
    for key, finding in findings.items():
        triage.setdefault(key, ("?", finding["message"]))
    rows = [f"{verdict}\t{code}\t{where}\t{reason}" for (code, where), (verdict, reason) in
            sorted(triage.items(), key=lambda item: (item[0][1], item[0][0]))]
    path.write_text("\n".join(header + rows) + "\n")


def call_data_actions(corpus):
    """Call Data Actions in the corpus: Archy `callData` actions and `.i3` `DataAction`s."""
    count = 0
    for path in corpus.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix in (".yaml", ".yml"):
            count += len(re.findall(r"^\s*- callData:", path.read_text(errors="replace"), re.M))
        elif ".i3" in path.name:
            try:
                text = urllib.parse.unquote(base64.b64decode(path.read_text().strip()).decode("latin-1"))
            except ValueError:
                continue
            count += len(re.findall(r'"__type"\s*:\s*"DataAction"', text))
    return count


def report(all_reported, triage, corpus):
    findings = {key: finding for key, finding in all_reported.items() if not finding.get("not_checked")}
    not_checked = collections.Counter(triage.get(key, ("?", ""))[0] for key in all_reported if key not in findings)
    by_rule = collections.defaultdict(collections.Counter)
    for key in findings:
        by_rule[key[0]][triage.get(key, ("?", ""))[0]] += 1
    print(f"{'rule':6} {'findings':>8} {'true':>5} {'debatable':>9} {'false':>5} {'unjudged':>8} {'precision':>9}")
    total = collections.Counter()
    for code in sorted(by_rule):
        counts = by_rule[code]
        total.update(counts)
        n = sum(counts.values())
        print(f"{code:6} {n:8} {counts['true']:5} {counts['debatable']:9} {counts['false']:5} {counts['?']:8} "
              f"{100 * counts['true'] / n:8.0f}%")
    n = sum(total.values())
    print(f"{'all':6} {n:8} {total['true']:5} {total['debatable']:9} {total['false']:5} {total['?']:8} "
          f"{100 * total['true'] / max(n, 1):8.0f}%")
    print(f"not checked (CX003 notes, not findings): {sum(not_checked.values())} ({not_checked['true']} true, "
          f"{not_checked['debatable']} debatable, {not_checked['false']} false, {not_checked['?']} unjudged)")
    calls = call_data_actions(corpus)
    flow = sum(1 for key in findings if key[0] in FLOW_RULES)
    repos = {finding["file"].split("/")[0] for finding in findings.values() if finding["severity"] in ("error", "warning")}
    print(f"\nflow findings: {flow} for {calls} Call Data Actions ({flow / max(calls, 1):.2f} each); "
          f"CX407: {sum(1 for key in findings if key[0] == 'CX407')}; "
          f"repositories that fail at fail_on: warning: {len(repos)} of "
          f"{sum(1 for p in corpus.iterdir() if p.is_dir())}")


def check(findings, duplicates, triage):
    problems = []
    for code, where in duplicates:
        problems.append(f"{where}: {code} twice at one position (one defect, one finding)")
    for key, finding in sorted(findings.items(), key=lambda item: item[0][1]):
        verdict = triage.get(key, ("?", ""))[0]
        if verdict == "?":
            problems.append(f"{key[1]}: unjudged {key[0]} finding: {finding['message']}")
        elif verdict == "false":
            problems.append(f"{key[1]}: {key[0]} finding judged false is back ({triage[key][1]}): {finding['message']}")
    for key, (verdict, reason) in sorted(triage.items(), key=lambda item: item[0][1]):
        if verdict == "true" and key not in findings:
            problems.append(f"{key[1]}: {key[0]} finding judged true is gone ({reason})")
    for problem in problems:
        print(problem)
    return not problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cxlint", required=True, type=pathlib.Path)
    parser.add_argument("--corpus", required=True, type=pathlib.Path)
    parser.add_argument("--triage", type=pathlib.Path, default=HERE / "triage.tsv")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    findings, duplicates = lint(args.cxlint.resolve(), args.corpus.resolve())
    triage = read_triage(args.triage) if args.triage.exists() else {}
    if args.write:
        write_triage(args.triage, triage, findings)
        return 0
    if args.report:
        report(findings, triage, args.corpus.resolve())
        return 0
    ok = check(findings, duplicates, triage)
    print(f"precision: {len(findings)} findings checked against {len(triage)} judgements: "
          f"{'all as judged' if ok else 'changed'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
