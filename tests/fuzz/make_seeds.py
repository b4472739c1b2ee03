#!/usr/bin/env python3
"""Builds the fuzz harnesses' seed corpora from real files: the shared corpus and this
repository's examples and testdata. Usage: make_seeds.py CORPUS OUT (OUT/NAME per harness).
Harnesses that read a first byte to pick a file kind get that byte prefixed."""
import hashlib
import os
import shutil
import sys

HARNESSES = ["hcl", "terraform_eval", "terraform_json", "yaml", "json", "i3", "config", "baseline", "suppressions",
             "lint_file", "terraform_generated"]
MAX_SEED = 256 * 1024


def files(*roots):
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in sorted(names):
                path = os.path.join(folder, name)
                if os.path.isfile(path) and os.path.getsize(path) < MAX_SEED:
                    yield path, name


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shutil.rmtree(out, ignore_errors=True)
    for harness in HARNESSES:
        os.makedirs(os.path.join(out, harness))

    def seed(harness, data, selector=None):
        if selector is not None:
            data = bytes([selector]) + data
        with open(os.path.join(out, harness, hashlib.sha1(data).hexdigest()[:16]), "wb") as target:
            target.write(data)

    tf_count = 0
    for path, name in files(corpus, os.path.join(repo, "examples"), os.path.join(repo, "testdata")):
        with open(path, "rb") as source:
            data = source.read()
        if name == "modules.json" or name.endswith(".tftpl"):
            seed("terraform_generated", data, 1 if name == "modules.json" else 0)
        elif name.endswith((".tf", ".tfvars")):
            seed("hcl", data)
            seed("terraform_eval", data)
            tf_count += 1
            if name.endswith(".tf") and tf_count % 10 == 0:
                seed("lint_file", data, 1)  # a sample: the whole lint is the slowest harness
        elif name == ".cxlint.yaml":
            seed("config", data)
        elif name.endswith((".yaml", ".yml")):
            seed("terraform_generated", data, 0)  # a flow is a template with nothing to render
            seed("yaml", data)
            seed("yaml", data, 1)  # the same file with substitution values
            seed("lint_file", data, 0)
        elif name.endswith(".tf.json"):
            seed("terraform_json", data, 1)
            seed("lint_file", data, 2)
        elif name.endswith(".json") and not name.startswith("expected"):
            seed("json", data)
            seed("lint_file", data, 3)
            if b'"format_version"' in data:
                seed("terraform_json", data, 0)
                seed("lint_file", data, 6)
            if "baseline" in path:
                seed("baseline", data)
        elif ".i3" in name:
            seed("i3", data)
            seed("lint_file", data, 4)
        if b"cxlint-ignore" in data and name.endswith((".tf", ".yaml")):
            seed("suppressions", data, 1 if name.endswith(".tf") else 0)
    for harness in HARNESSES:
        print("%s: %d seeds" % (harness, len(os.listdir(os.path.join(out, harness)))))


if __name__ == "__main__":
    main()
