#!/usr/bin/env bash
# Events per second of `cxlint simulate`: a one-hour black-friday peak at 200 conversations per
# second for every call site of the example project, with -j 1 (one core) and the default -j.
# Prints the events simulated (from the JSON), the median CPU and wall time of several runs, and
# events per CPU second. Never used as a test.
# usage: bench/simulate.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
binary=build/cxlint
[ -x "$binary" ] || { echo "build first: make build" >&2; exit 2; }
args=(simulate examples/black-friday --peak 200/s --endpoint-limit 80/s --duration 1h --format json)

report=$(mktemp); trap 'rm -f "$report"' EXIT
"$binary" "${args[@]}" -o "$report"
events=$(python3 -c 'import json, sys
data = json.load(open(sys.argv[1]))
print(sum(site[p]["events"] for site in data["call_sites"] for p in ("as_written", "recommended")))' "$report")
conversations=$(python3 -c 'import json, sys
data = json.load(open(sys.argv[1]))
print(sum(site[p]["conversations"] for site in data["call_sites"] for p in ("as_written", "recommended")))' "$report")
echo "simulated: $conversations conversations, $events events (2 call sites x 2 policies)"

# The median of $runs runs of "$@": "CPU_SECONDS WALL_SECONDS" (GNU time, after one warm-up).
median_times() {
  "$@" > /dev/null
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%U %S %e" "$@" 2>&1 > /dev/null | tail -1 | awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }'
  done | sort -n | awk '{ cpu[NR] = $1; wall[NR] = $2 } END { m = int((NR + 1) / 2); print cpu[m], wall[m] }'
}

for jobs in 1 default; do
  if [ "$jobs" = default ]; then set -- "$binary" "${args[@]}" -o /dev/null; else set -- "$binary" "${args[@]}" -j 1 -o /dev/null; fi
  read -r cpu wall < <(median_times "$@")
  awk -v j="$jobs" -v c="$cpu" -v w="$wall" -v e="$events" \
    'BEGIN { printf "-j %-7s CPU %.2f s, wall %.2f s, %.1f million events per CPU second\n", j, c, w, e / c / 1e6 }'
done
