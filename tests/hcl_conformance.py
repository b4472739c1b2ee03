#!/usr/bin/env python3
"""Compares cxlint_hcl_dump with hcl2json (HashiCorp's HCL parser) over every .tf of some folders.

Both tools print {path: ...} JSON. hcl2json prints only the files it accepts and names parse
errors on stderr ("parse config: [PATH:..."); a file missing from its output without such a line
failed in hcl2json's conversion step (for example blocks of one type with and without labels),
which cxlint_hcl_dump reports as {"error": "convert"}. Normalising: numbers compare as doubles
(hcl2json goes through JavaScript, so 1e400 is null and 007 is 7), object keys compare as sets
(JavaScript reorders integer-like keys), and a bool never equals a number.
Files under a folder named "invalid" must be rejected by hcl2json, files under "valid" accepted,
so the test inputs cannot drift from what they claim to be.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

BATCH = 300  # files per process, well inside the argument-size limit


def find_tf(root):
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".tf"):
                found.append(os.path.join(folder, name))
    return found


def run_batches(command, files, allowed=(0,)):
    """Runs command + batch for each batch; returns (merged stdout JSON, stderr text)."""
    merged, errors = {}, []
    for start in range(0, len(files), BATCH):
        batch = files[start:start + BATCH]
        # Output goes to a file: node exits before a pipe takes more than 64 KiB of it.
        with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as out:
            try:
                proc = subprocess.run(command + batch, stdout=out, stderr=subprocess.PIPE, text=True)
            except OSError as error:
                sys.exit(f"hcl-conformance: FAILED: cannot run {command[0]}: {error}")
            out.seek(0)
            stdout = out.read()
        errors.append(proc.stderr)
        if "cannot find @cdktf/hcl2json" in proc.stderr:
            sys.exit("hcl-conformance: FAILED: hcl2json's npm packages are missing; run "
                     f"{os.path.join(os.path.dirname(command[1]), 'install-oracles.sh')} (or `make oracles`)")
        if proc.returncode not in allowed:
            sys.exit(f"hcl-conformance: FAILED: {' '.join(command)} exited {proc.returncode}:\n{proc.stderr}")
        if stdout.strip():
            value = json.loads(stdout)
            # hcl2json prints a lone file's JSON without its name.
            merged.update(value if len(batch) > 1 else {batch[0]: value})
    return merged, "".join(errors)


def same(a, b, path):
    """The first path where a and b differ, with both values, or None."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return None if a is b or (type(a) is type(b) and a == b) else (path, a, b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return None if float(a) == float(b) else (path, a, b)
    if isinstance(a, str) and isinstance(b, str):
        return None if a == b else (path, a, b)
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            diff = same(x, y, f"{path}[{i}]")
            if diff:
                return diff
        return None if len(a) == len(b) else (f"{path} (length)", len(a), len(b))
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return (f"{path}.{key}", a.get(key, "<missing>"), b.get(key, "<missing>"))
            diff = same(a[key], b[key], f"{path}.{key}")
            if diff:
                return diff
        return None
    return (path, a, b)


def short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:200] + "..."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", required=True)
    parser.add_argument("--oracle", required=True)
    parser.add_argument("--root", action="append", required=True, help="NAME=FOLDER")
    args = parser.parse_args()

    files, origin = [], {}
    for spec in args.root:
        name, _, folder = spec.partition("=")
        if not os.path.isdir(folder):
            if name == "testdata":
                continue
            sys.exit(f"hcl-conformance: FAILED: no folder {folder}")
        for path in find_tf(os.path.abspath(folder)):
            files.append(path)
            origin[path] = (name, os.path.relpath(path, folder))
    if not files:
        sys.exit("hcl-conformance: FAILED: no .tf files found")

    ours, _ = run_batches([args.dump], files)
    # hcl2json exits 1 when a file does not parse; cxlint_hcl_dump always exits 0 (a sanitizer
    # report makes it exit non-zero, which must fail the test).
    theirs, oracle_stderr = run_batches(["node", args.oracle, "--compact"], files, allowed=(0, 1))
    parse_rejected = {path for path in files if f"parse config: [{path}:" in oracle_stderr}

    counts = {"accepted": 0, "parse": 0, "convert": 0}
    per_root = {}
    problems = []
    for path in files:
        root, relative = origin[path]
        per_root[root] = per_root.get(root, 0) + 1
        label = f"{root}/{relative}"
        mine = ours.get(path)
        if mine is None:
            problems.append(f"{label}: cxlint_hcl_dump printed nothing for it")
            continue
        if path in theirs:
            status = "accepted"
        elif path in parse_rejected:
            status = "parse"
        else:
            status = "convert"
        parts = relative.split(os.sep)
        if "invalid" in parts and status == "accepted":
            problems.append(f"{label}: meant to be invalid, but hcl2json accepts it")
        if "valid" in parts and status != "accepted":
            problems.append(f"{label}: meant to be valid, but hcl2json rejects it")
        if "ok" in mine:
            if status != "accepted":
                problems.append(f"{label}: cxlint accepts it, hcl2json rejects it ({status} error)")
                continue
            diff = same(mine["ok"], theirs[path], "$")
            if diff:
                where, a, b = diff
                problems.append(f"{label}: differs at {where}\n    cxlint:  {short(a)}\n    hcl2json: {short(b)}")
                continue
            counts["accepted"] += 1
            continue
        kind = mine.get("error")
        if kind == "span":
            problems.append(f"{label}: bad spans: {mine['message']}")
        elif status == "accepted":
            detail = "; ".join(mine.get("messages", [])) or mine.get("message", "")
            problems.append(f"{label}: cxlint rejects it ({kind}: {detail}), hcl2json accepts it")
        elif kind != status:
            problems.append(f"{label}: both reject it, but cxlint at {kind} and hcl2json at {status}")
        else:
            counts[kind] += 1

    roots = ", ".join(f"{count} from {root}" for root, count in per_root.items())
    print(f"hcl-conformance: {len(files)} files compared ({roots})")
    print(f"  accepted by both and read alike: {counts['accepted']}")
    print(f"  rejected by both: {counts['parse'] + counts['convert']} "
          f"({counts['parse']} parse errors, {counts['convert']} conversion errors)")
    print(f"  mismatches: {len(problems)}")
    for problem in problems:
        print(f"  MISMATCH {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
