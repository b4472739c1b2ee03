#!/usr/bin/env bash
# The Debian package and `cmake --install`, as a user gets them: the package is built from this
# build with cpack (as `make package` does), its control fields and file list are checked, it is
# unpacked into a temporary root (dpkg -x) and that cxlint is run: --version, a lint of the
# example, its man page, its bash completion, and the pre-commit hooks with it on PATH.
# usage: tests/install/package_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
export LC_ALL=C  # sorted file lists in one order
source_dir=$(cd "${1:?usage: package_test.sh SOURCE_DIR BUILD_DIR}" && pwd)
build=$(cd "${2:?usage: package_test.sh SOURCE_DIR BUILD_DIR}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "package: FAILED: $*" >&2; failures=$((failures + 1)); }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log" >&2; exit 1; }
deb=$tmp/out/cxlint_${version}_${arch}.deb
[ -f "$deb" ] || { fail "cpack wrote no $(basename "$deb"): $(ls "$tmp/out")"; exit 1; }

# Control fields; Depends comes from dpkg-shlibdeps, so it names the libraries the binary links.
[ "$(dpkg-deb -f "$deb" Package)" = cxlint ] || fail "Package: $(dpkg-deb -f "$deb" Package)"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version: $(dpkg-deb -f "$deb" Version)"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || fail "Architecture: $(dpkg-deb -f "$deb" Architecture)"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libstdc++6 libyaml-0-2 libcurl4; do
  [[ $depends == *"$library"* ]] || fail "Depends does not name $library: $depends"
done

# Exactly these files, nothing of the build or the tests.
expected_files="./usr/bin/cxlint
./usr/share/bash-completion/completions/cxlint
./usr/share/fish/vendor_completions.d/cxlint.fish
./usr/share/man/man1/cxlint.1
./usr/share/zsh/vendor-completions/_cxlint"
files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sort)
[ "$files" = "$expected_files" ] || fail "the package holds:
$files
expected:
$expected_files"

root=$tmp/root
dpkg -x "$deb" "$root"
cxlint=$root/usr/bin/cxlint
file "$cxlint" | grep -q ', stripped' || fail "the packaged binary is not stripped"

# --version: the version, and the commit when built from a git checkout.
expected_version="cxlint $version"
if [ "$(git -C "$source_dir" rev-parse --show-toplevel 2>/dev/null)" = "$source_dir" ]; then
  expected_version="$expected_version ($(git -C "$source_dir" rev-parse --short=7 HEAD))"
fi
[ "$("$cxlint" --version)" = "$expected_version" ] || fail "--version says '$("$cxlint" --version)', not '$expected_version'"

# The example lints to findings (exit 1), the same as the binary of the build says.
status=0
(cd "$source_dir" && "$cxlint" lint --color never examples/black-friday) >"$tmp/lint.txt" 2>&1 || status=$?
[ "$status" = 1 ] || fail "cxlint lint examples/black-friday exited $status: $(cat "$tmp/lint.txt")"
(cd "$source_dir" && "$build/cxlint" lint --color never examples/black-friday) >"$tmp/lint-build.txt" 2>&1 || true
cmp -s "$tmp/lint.txt" "$tmp/lint-build.txt" || fail "the packaged cxlint lints the example differently from the build's"
grep -q 'examples/black-friday/.*: error: .*\[CX' "$tmp/lint.txt" || fail "no finding in: $(cat "$tmp/lint.txt")"

# The installed man page renders, and the installed bash completion completes.
man_warnings=$(MANWIDTH=100 man --warnings -l "$root/usr/share/man/man1/cxlint.1" 2>&1 >/dev/null)
[ -z "$man_warnings" ] || fail "man -l warns: $man_warnings"
"$source_dir/tests/install/completion_test.sh" "$cxlint" "$root/usr/share/bash-completion/completions/cxlint" \
  >/dev/null || fail "the installed bash completion"

# pre-commit runs each hook's entry with the staged files that match `files`, from the top of the
# repository, finding cxlint on PATH: here the packaged one.
repo=$tmp/repo
mkdir -p "$repo" && cp -r "$source_dir/examples/black-friday/." "$repo/"
git -C "$repo" init -q && git -C "$repo" add .
PATH=$root/usr/bin:/usr/bin:/bin python3 - "$source_dir/.pre-commit-hooks.yaml" "$repo" "$cxlint" <<'PY' || fail "pre-commit hooks"
import re, shutil, subprocess, sys, yaml
hooks_file, repo, packaged = sys.argv[1:4]
assert shutil.which("cxlint") == packaged, f"cxlint on PATH is {shutil.which('cxlint')}"
staged = subprocess.run(["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True).stdout.split()
for hook in yaml.safe_load(open(hooks_file)):
    files = [f for f in staged if re.search(hook["files"], f)]
    assert files, f"{hook['id']}: no staged file matches {hook['files']}"
    command = hook["entry"].split() + (files if hook.get("pass_filenames", True) else [])
    result = subprocess.run(command, cwd=repo, capture_output=True, text=True)
    # The example has findings: the hook must fail the commit and name them.
    assert result.returncode == 1, f"{hook['id']}: exit {result.returncode}: {result.stdout}{result.stderr}"
    assert re.search(r"^\S+:\d+:\d+: (error|warning): ", result.stdout, re.M), f"{hook['id']}: {result.stdout}"
PY

# `cmake --install` (what `make install DESTDIR=... PREFIX=...` runs) puts the same files under a prefix.
DESTDIR=$tmp/stage cmake --install "$build" --prefix /usr/local >/dev/null
staged=$(cd "$tmp/stage" && find . -type f | sort)
[ "$staged" = "${expected_files//.\/usr\//./usr/local/}" ] || fail "cmake --install DESTDIR=... wrote:
$staged"
[ "$("$tmp/stage/usr/local/bin/cxlint" --version)" = "$expected_version" ] || fail "the installed cxlint --version"

if [ "$failures" -gt 0 ]; then exit 1; fi
echo "package: $(basename "$deb") (Depends: $depends) installs and runs"
