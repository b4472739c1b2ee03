#!/usr/bin/env bash
# Times `cxlint lint CORPUS` against `cat` of the same files: the ratio says how much more than
# reading the bytes linting costs. Several runs, median reported. Never used as a test.
# usage: bench/corpus_vs_cat.sh [CORPUS_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
default_corpus=../shared/corpus
[ -d "$default_corpus" ] || default_corpus=/work/shared/corpus
corpus=${1:-${CXLINT_CORPUS:-$default_corpus}}
runs=${2:-7}
binary=build/cxlint
[ -x "$binary" ] || { echo "build first: make build" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }

list=$(mktemp); trap 'rm -f "$list"' EXIT
find "$corpus" -type f -print0 > "$list"
files=$(tr -cd '\0' < "$list" | wc -c)
bytes=$(xargs -0 cat < "$list" | wc -c)

# Prints the median wall time in milliseconds of running "$@" $runs times (after one warm-up).
median_ms() {
  "$@" > /dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
  done | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f\n", m / 1000 }'
}

cat_all() { xargs -0 cat < "$list"; }
lint_ms=$(median_ms "$binary" lint "$corpus")
cat_ms=$(median_ms cat_all)
echo "corpus: $files files, $bytes bytes, $runs runs each (median)"
echo "cat:    $cat_ms ms"
echo "cxlint: $lint_ms ms"
awk -v l="$lint_ms" -v c="$cat_ms" 'BEGIN { printf "ratio:  %.1fx the time of cat\n", (c > 0 ? l / c : 0) }'
