#!/usr/bin/env bash
# How the cost of a run grows with its size: lints 1, 10 and 40 copies of the corpus (each copy a
# git repository, so each is one unit) with -j 1 and with the default -j, and prints CPU time,
# wall time and peak memory (/usr/bin/time -v) with their ratios to 1 copy. Never used as a test.
# usage: bench/scale.sh [CORPUS_DIR] [COPIES...]   (default copies: 1 10 40)
set -euo pipefail
cd "$(dirname "$0")/.."
default_corpus=../shared/corpus
[ -d "$default_corpus" ] || default_corpus=/work/shared/corpus
corpus=${1:-${CXLINT_CORPUS:-$default_corpus}}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 10 40)
binary=$(pwd)/build/cxlint
[ -x "$binary" ] || { echo "build first: make build" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
max=0
for n in "${counts[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
# One folder of copies per count would cost 51 copies of the disk; the counts share the first copies.
for i in $(seq 1 "$max"); do
  cp -r "$corpus" "$work/copy$i"
  mkdir "$work/copy$i/.git"  # a repository to cxlint: the copy is one unit
done

# Prints "cpu_seconds wall_seconds peak_kib" of linting the first $1 copies with the options that follow.
measure() {
  local n=$1; shift
  local paths=() log="$work/time.log"
  for i in $(seq 1 "$n"); do paths+=("$work/copy$i"); done
  /usr/bin/time -v "$binary" lint --quiet --format json "$@" "${paths[@]}" > /dev/null 2> "$log" || true
  awk -F': ' '
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    END { printf "%.2f %.2f %d\n", user + sys, wall, rss }' "$log"
}

echo "corpus: $corpus; $(nproc) cores"
printf "%-8s %-7s %9s %9s %10s %9s %9s %9s %9s\n" jobs copies cpu_s wall_s peak_MiB cpu_x mem_x wall/cpu ""
for jobs in 1 default; do
  options=()
  [ "$jobs" = default ] || options=(-j "$jobs")
  base_cpu="" base_rss=""
  for n in "${counts[@]}"; do
    read -r cpu wall rss < <(measure "$n" "${options[@]}")
    [ -n "$base_cpu" ] || { base_cpu=$cpu; base_rss=$rss; }
    awk -v j="$jobs" -v n="$n" -v c="$cpu" -v w="$wall" -v r="$rss" -v bc="$base_cpu" -v br="$base_rss" 'BEGIN {
      printf "%-8s %-7s %9.2f %9.2f %10.1f %8.1fx %8.2fx %8.2fx\n", j, n, c, w, r / 1024,
        (bc > 0 ? c / bc : 0), (br > 0 ? r / br : 0), (c > 0 ? w / c : 0) }'
  done
done
