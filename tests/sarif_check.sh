#!/usr/bin/env bash
# Checks cxlint's SARIF against the SARIF 2.1.0 schema and the SARIF Multitool's rules, GitHub's
# ingestion rules included (shared/tools/sarif-check.sh), with warnings counted as failures:
#   - every SARIF golden (testdata/formats/*/expected.sarif);
#   - a SARIF of the whole corpus, paths relative to it;
#   - a SARIF whose files all lie outside the root it was given (absolute file:// URIs).
# usage: tests/sarif_check.sh CXLINT [SHARED_DIR]
#   corpus: $CXLINT_CORPUS, else SHARED_DIR/corpus; checker: SHARED_DIR/tools/sarif-check.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cxlint=${1:?usage: tests/sarif_check.sh CXLINT [SHARED_DIR]}
shared=${2:-$repo/../shared}
corpus=${CXLINT_CORPUS:-$shared/corpus}
checker=$shared/tools/sarif-check.sh
for needed in "$corpus" "$checker"; do
  if [ ! -e "$needed" ]; then
    echo "sarif-check: FAILED: $needed is missing (set CXLINT_SHARED_DIR or CXLINT_CORPUS)" >&2
    exit 1
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Exit code 1 only says that there were findings; anything above is a failure of its own.
lint() {
  local status=0
  "$cxlint" lint "$@" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "sarif-check: FAILED: cxlint lint $* exited $status" >&2
    exit 1
  fi
}
lint "$corpus" --format "sarif=$tmp/corpus.sarif" --sarif-root "$corpus" --sarif-category corpus/
lint "$repo/testdata/formats/mixed-inputs" --format "sarif=$tmp/outside-root.sarif" \
  --sarif-root "$repo/testdata/formats/clean"
grep -q '"uri": "file:///' "$tmp/outside-root.sarif" || { echo "sarif-check: FAILED: no absolute URI outside the root" >&2; exit 1; }

files=("$repo"/testdata/formats/*/expected.sarif "$tmp/corpus.sarif" "$tmp/outside-root.sarif")
status=0
"$checker" --rule-kind "Sarif;Ghas" --fail-on warning "${files[@]}" > "$tmp/check.log" 2>&1 || status=$?
# Notes are suggestions (code snippets, help URIs...): counted in the summary lines, not listed.
grep -v ': note ' "$tmp/check.log" || true
exit "$status"
