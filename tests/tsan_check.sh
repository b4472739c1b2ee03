#!/usr/bin/env bash
# The threads of `lint -j` under ThreadSanitizer: the corpus as one unit (its files read on 4
# threads) and six corpus repositories as six units (read and finished side by side). Any data race fails,
# and each run must print exactly what -j 1 prints.
# usage: tests/tsan_check.sh CXLINT_BINARY SHARED_DIR
set -euo pipefail
binary=$(realpath "$1")
corpus=$2/corpus
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# Lints with -j 1 and -j 4 from folder $1, and compares the JSON reports.
same_for_every_j() {
  local folder=$1; shift
  local status
  for jobs in 1 4; do
    status=0
    (cd "$folder" && "$binary" lint -j "$jobs" --format json "$@") > "$work/j$jobs.json" 2> "$work/j$jobs.err" || status=$?
    # 0 and 1 are the linter's answers; anything else (66: a race) is a failure.
    if [ "$status" -gt 1 ]; then
      echo "tsan-check: -j $jobs $* in $folder exited $status" >&2
      cat "$work/j$jobs.err" >&2
      exit 1
    fi
  done
  cmp "$work/j1.json" "$work/j4.json" || { echo "tsan-check: -j 1 and -j 4 differ for $*" >&2; exit 1; }
}

same_for_every_j "$(dirname "$corpus")" "$(basename "$corpus")"
mkdir "$work/units"
for repository in $(ls "$corpus" | head -6); do
  cp -r "$corpus/$repository" "$work/units/$repository"
  mkdir "$work/units/$repository/.git"
done
same_for_every_j "$work/units" .
echo "tsan-check: no data race; -j 1 and -j 4 agree"
