#!/usr/bin/env python3
"""action.yml, checked and run here as far as a machine without a GitHub runner allows.

1. The file: the keys GitHub requires of a composite action, the documented inputs, every input
   used by a step and every `${{ inputs.X }}` declared, steps referring only to earlier step ids,
   and every script a step runs present and executable.
2. The steps, run in order in a temporary git repository holding the example project, with the
   environment a runner gives (GITHUB_WORKSPACE, GITHUB_ACTION_PATH, GITHUB_OUTPUT, RUNNER_TEMP,
   ...) and `${{ }}` expressions and `if:` conditions evaluated as GitHub does. The two steps that
   are other actions cannot run here and are stood in for: actions/cache restores what the build
   step would have installed (the binary under test, installed with `cmake --install` into the
   folder the step names), and github/codeql-action/upload-sarif is replaced by checking what it
   would upload: the SARIF file it is given exists, passes the SARIF checker with GitHub's
   ingestion rules, and points at files of the repository. The build step itself (a full build of
   cxlint) runs only on a cache miss, which none of these runs has.

usage: tests/install/action_test.py SOURCE_DIR BUILD_DIR SHARED_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

EXPECTED_INPUTS = {"paths", "format", "fail-on", "config", "sarif-file", "upload-sarif", "version"}
failures = []


def fail(message):
    failures.append(message)


# ---- 1. the file ----------------------------------------------------------------------------

def check_schema(action, source_dir):
    for key in ("name", "description", "runs"):
        if not action.get(key):
            fail(f"action.yml has no {key}")
    runs = action.get("runs", {})
    if runs.get("using") != "composite":
        fail(f"runs.using is {runs.get('using')!r}, not composite")
    inputs = action.get("inputs", {})
    if set(inputs) != EXPECTED_INPUTS:
        fail(f"inputs are {sorted(inputs)}, expected {sorted(EXPECTED_INPUTS)}")
    for name, spec in inputs.items():
        if not isinstance(spec, dict) or not spec.get("description"):
            fail(f"input {name} has no description")
    if str(inputs.get("upload-sarif", {}).get("default")) != "true":
        fail("upload-sarif does not default to true")
    for name, spec in action.get("outputs", {}).items():
        if "value" not in spec:
            fail(f"output {name} has no value (composite outputs need one)")

    text = yaml.safe_dump(runs) + yaml.safe_dump(action.get("outputs", {}))
    used = set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", text))
    for name in sorted(used - set(inputs)):
        fail(f"${{{{ inputs.{name} }}}} is used but not declared")
    for name in sorted(set(inputs) - used):
        fail(f"input {name} is declared but no step uses it")

    seen_ids = set()
    for index, step in enumerate(runs.get("steps", [])):
        where = f"step {index + 1} ({step.get('name', '?')})"
        if ("run" in step) == ("uses" in step):
            fail(f"{where}: needs exactly one of run and uses")
        if "run" in step and "shell" not in step:
            fail(f"{where}: a composite run step needs shell")
        if "uses" in step and not re.fullmatch(r"[\w.-]+/[\w./-]+@v\d+", step["uses"]):
            fail(f"{where}: uses {step['uses']!r} is not pinned to a major version")
        step_text = yaml.safe_dump(step)
        for ref in re.findall(r"steps\.([A-Za-z0-9_-]+)\.outputs", step_text):
            if ref not in seen_ids:
                fail(f"{where}: refers to steps.{ref}, which is not an earlier step")
        for script in re.findall(r"\$GITHUB_ACTION_PATH/([\w./-]+)", step.get("run", "")):
            if not os.access(os.path.join(source_dir, script), os.X_OK):
                fail(f"{where}: runs {script}, which is missing or not executable")
        if "id" in step:
            seen_ids.add(step["id"])
    for ref in re.findall(r"steps\.([A-Za-z0-9_-]+)\.outputs", yaml.safe_dump(action.get("outputs", {}))):
        if ref not in seen_ids:
            fail(f"outputs refer to steps.{ref}, which is no step")


# ---- 2. the steps -------------------------------------------------------------------------

class Context:
    """The expression contexts a composite action sees."""

    def __init__(self, inputs, env):
        self.inputs = inputs
        self.steps = {}
        self.env = env

    def lookup(self, path):
        parts = path.split(".")
        if parts[0] == "inputs":
            return self.inputs.get(parts[1], "")
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            return self.steps.get(parts[1], {}).get(parts[3], "")
        if parts[0] == "github" and parts[1] == "action_path":
            return self.env["GITHUB_ACTION_PATH"]
        if parts[0] == "runner":
            return self.env.get("RUNNER_" + parts[1].upper(), "")
        raise ValueError(f"unknown context {path}")

    def evaluate(self, expression):
        """GitHub's expression subset the action uses: ||, &&, ==, !=, 'strings', contexts."""
        tokens = re.findall(r"'(?:[^']|'')*'|\|\||&&|==|!=|[A-Za-z_][\w.-]*(?:\(\))?", expression)

        def operand(token):
            if token.startswith("'"):
                return token[1:-1].replace("''", "'")
            if token in ("true", "false"):
                return token == "true"
            if token in ("success()", "always()"):
                return True
            return self.lookup(token)

        def compare(group):
            if len(group) == 3:
                left, op, right = operand(group[0]), group[1], operand(group[2])
                equal = str(left).lower() == str(right).lower()
                return equal if op == "==" else not equal
            if len(group) == 1:
                return operand(group[0])
            raise ValueError(f"cannot evaluate {expression!r}")

        for alternative in " ".join(tokens).split(" || "):
            if all(compare(term.split()) for term in alternative.split(" && ")):
                return True
        return False

    def substitute(self, text):
        return re.sub(r"\$\{\{\s*(.*?)\s*\}\}", lambda m: str(self.lookup(m.group(1))), str(text))


def run_action(action, inputs, repo, env, build_dir, record):
    """Runs the steps of `action` with `inputs`; returns the exit code of the first failing step (0)."""
    values = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    values.update(inputs)
    context = Context(values, env)
    for step in action["runs"]["steps"]:
        name = step.get("name", "?")
        condition = step.get("if")
        if condition is not None and not context.evaluate(context.substitute(condition)):
            record.append(("skipped", name, None))
            continue
        outputs = {}
        with_ = {key: context.substitute(value) for key, value in step.get("with", {}).items()}
        if step.get("uses", "").startswith("actions/cache@"):
            # Stand-in for the cache: a hit holds what build.sh installs into the cached folder.
            subprocess.run(["cmake", "--install", build_dir, "--prefix", with_["path"]],
                           check=True, capture_output=True)
            outputs["cache-hit"] = "true"
            record.append(("cache", name, with_))
        elif step.get("uses", "").startswith("github/codeql-action/upload-sarif@"):
            record.append(("upload", name, with_))
        else:
            step_env = dict(env)
            step_env.update({key: context.substitute(value) for key, value in step.get("env", {}).items()})
            output_file = os.path.join(env["RUNNER_TEMP"], "github_output")
            open(output_file, "w").close()
            step_env["GITHUB_OUTPUT"] = output_file
            result = subprocess.run(["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c",
                                     context.substitute(step["run"])],
                                    cwd=repo, env=step_env, capture_output=True, text=True)
            with open(output_file) as handle:
                for line in handle:
                    key, _, value = line.rstrip("\n").partition("=")
                    outputs[key] = value
            record.append(("run", name, result))
            if result.returncode != 0:
                return result.returncode, context
        if "id" in step:
            context.steps[step["id"]] = outputs
    return 0, context


def check_sarif_upload(with_, repo, shared_dir):
    """What upload-sarif would take: a valid SARIF file whose results point into the repository."""
    path = os.path.join(repo, with_.get("sarif_file", ""))
    if not os.path.isfile(path):
        fail(f"upload-sarif is given {with_.get('sarif_file')!r}, which does not exist")
        return 0
    with open(path) as handle:
        sarif = json.load(handle)
    results = [r for run in sarif.get("runs", []) for r in run.get("results", [])]
    for result in results:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        if uri.startswith("/") or "://" in uri or not os.path.isfile(os.path.join(repo, uri)):
            fail(f"SARIF result at {uri!r} is not a file of the repository")
    checker = os.path.join(shared_dir, "tools", "sarif-check.sh")
    if os.path.exists(checker):
        check = subprocess.run([checker, "--fail-on", "warning", path], capture_output=True, text=True)
        if check.returncode != 0:
            fail(f"the SARIF checker rejects the uploaded file:\n{check.stdout}{check.stderr}")
    else:
        fail(f"{checker} is missing (set CXLINT_SHARED_DIR)")
    return len(results)


def make_env(source_dir, repo, temp):
    runner_temp = os.path.join(temp, "runner-temp")
    os.makedirs(runner_temp, exist_ok=True)
    return {
        "PATH": os.environ["PATH"], "HOME": temp, "LANG": "C.UTF-8", "CI": "true",
        "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": repo, "GITHUB_ACTION_PATH": source_dir,
        "GITHUB_REPOSITORY": "acme/contact-centre", "GITHUB_SHA": "0" * 40, "GITHUB_REF": "refs/pull/7/merge",
        "GITHUB_EVENT_NAME": "pull_request", "GITHUB_ACTION_REPOSITORY": "cxlint/cxlint",
        "GITHUB_SERVER_URL": "file://" + os.path.join(temp, "server"),
        "RUNNER_TEMP": runner_temp, "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64",
    }


def step_result(record, name_start):
    for kind, name, value in record:
        if name.startswith(name_start):
            return kind, value
    return None, None


def main():
    source_dir, build_dir, shared_dir = (os.path.abspath(p) for p in sys.argv[1:4])
    with open(os.path.join(source_dir, "action.yml")) as handle:
        action = yaml.safe_load(handle)
    check_schema(action, source_dir)
    if failures:
        return report()

    with tempfile.TemporaryDirectory() as temp:
        repo = os.path.join(temp, "repo")
        shutil.copytree(os.path.join(source_dir, "examples", "black-friday"), os.path.join(repo, "black-friday"))
        for command in (["init", "-q"], ["add", "."],
                        ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "flows"]):
            subprocess.run(["git", *command], cwd=repo, check=True)
        env = make_env(source_dir, repo, temp)

        # Defaults: annotations in the log, SARIF uploaded, the job fails on the example's findings.
        record = []
        status, context = run_action(action, {}, repo, env, build_dir, record)
        kind, lint = step_result(record, "Lint")
        if kind != "run":
            fail(f"the lint step did not run: {record}")
            return report()
        annotations = re.findall(r"^::(error|warning|notice) file=([^,]+),line=\d+", lint.stdout, re.M)
        if not annotations:
            fail(f"no annotations in the log:\n{lint.stdout}{lint.stderr}")
        for _, path in annotations:
            if not os.path.isfile(os.path.join(repo, path)):
                fail(f"an annotation names {path}, not a file of the repository")
        kind, upload = step_result(record, "Upload SARIF")
        if kind != "upload":
            fail(f"upload-sarif did not run with the defaults: {kind}")
        else:
            if upload.get("category") != "cxlint":
                fail(f"upload-sarif category is {upload.get('category')!r}")
            if check_sarif_upload(upload, repo, shared_dir) != len(annotations):
                fail("the SARIF file and the annotations do not hold the same findings")
        if status != 1 or step_result(record, "Fail on findings")[1].returncode != 1:
            fail(f"with findings at the default fail-on the action should fail with 1, not {status}")
        if context.steps["lint"].get("exit-code") != "1":
            fail(f"output exit-code is {context.steps['lint'].get('exit-code')!r}")

        # Every input set: text in the log, no upload, fail-on never passes, a settings file used.
        with open(os.path.join(repo, "strict.yaml"), "w") as handle:
            handle.write("rules:\n  CX305: error\n")
        record = []
        status, context = run_action(action, {"paths": "black-friday/flows\nblack-friday/main.tf  black-friday/terraform.tfvars",
                                              "format": "compact", "fail-on": "never", "config": "strict.yaml",
                                              "sarif-file": "out.sarif", "upload-sarif": "false"},
                                     repo, env, build_dir, record)
        kind, lint = step_result(record, "Lint")
        if status != 0:
            fail(f"fail-on never should pass, exit {status}: {lint.stdout if lint else record}")
        if step_result(record, "Upload SARIF")[0] != "skipped":
            fail("upload-sarif: 'false' still uploads")
        if not os.path.isfile(os.path.join(repo, "out.sarif")):
            fail("sarif-file out.sarif was not written")
        if lint and (not re.search(r"^black-friday/\S+:\d+:\d+: error: .*\[CX305\]$", lint.stdout, re.M)
                     or "::" in lint.stdout):
            fail(f"compact format with config strict.yaml (CX305 as error) expected:\n{lint.stdout}")

        # version: a release tag is cloned from the action's repository (here a local one).
        server_repo = os.path.join(temp, "server", "cxlint", "cxlint")
        subprocess.run(["git", "clone", "-q", "--bare", source_dir, server_repo], check=True)
        subprocess.run(["git", "-C", server_repo, "tag", "v9.9.9", "HEAD"], check=True)
        record = []
        status, context = run_action(action, {"version": "9.9.9", "upload-sarif": "false", "fail-on": "never"},
                                     repo, env, build_dir, record)
        source = context.steps.get("source", {})
        if status != 0 or not source.get("source-dir", "").startswith(env["RUNNER_TEMP"]):
            fail(f"version 9.9.9 was not cloned: status {status}, {source}, {record[0][2].stderr if record else ''}")
        elif subprocess.run(["git", "-C", source["source-dir"], "describe", "--tags"], capture_output=True,
                            text=True).stdout.strip() != "v9.9.9":
            fail("version 9.9.9 did not check out the tag v9.9.9")
    return report()


def report():
    for failure in failures:
        print(f"action: FAILED: {failure}", file=sys.stderr)
    if not failures:
        print("action: action.yml is valid; its steps lint, annotate and write the SARIF it uploads")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
