#!/usr/bin/env bash
# Lints, one at a time, every hostile input we know (the fuzz regression inputs, each as the file
# kind its harness reads) and a large generated .tf, under /usr/bin/time -v: wall time and peak
# memory per input, and the large file's peak memory relative to its size (the goal is at most
# 10x). Never used as a test; the figures depend on the machine.
# usage: bench/worst_cases.sh [LARGE_TF_MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=build/cxlint
[ -x "$binary" ] || { echo "build first: make build" >&2; exit 2; }
megabytes=${1:-30}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# measure LABEL FILE...: one lint under /usr/bin/time -v; prints wall and CPU (user + system)
# seconds, and peak resident MB. On a shared machine CPU time is the steadier figure.
measure() {
  local label=$1; shift
  /usr/bin/time -v "$binary" lint --max-file-size 33554432 "$@" > /dev/null 2> "$work/time" || true
  awk -v label="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = t[n] + (n > 1 ? 60 * t[n - 1] : 0) + (n > 2 ? 3600 * t[n - 2] : 0) }
    /User time \(seconds\)/ { cpu += $2 }
    /System time \(seconds\)/ { cpu += $2 }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%-46s %8.2f s %8.2f s %9.1f MB\n", label, s, cpu, kb / 1024 }' "$work/time"
}

# The file name each harness's inputs are linted as (a leading selector byte is dropped).
name_for() {
  case $1 in
    hcl|terraform_eval) echo main.tf ;;
    yaml|config) echo flow.yaml ;;
    json|baseline) echo action.json ;;
    i3) echo flow.i3InboundFlow ;;
    terraform_json|suppressions|lint_file) echo selected ;;
  esac
}
kinds=(flow.yaml main.tf main.tf.json action.json flow.i3InboundFlow terraform.tfvars plan.json vars.tfvars.json)

printf "%-46s %10s %10s %12s\n" "input" "wall" "CPU" "peak RSS"
for input in tests/fuzz/regressions/*/*; do
  [ -f "$input" ] || continue
  harness=$(basename "$(dirname "$input")")
  [ "$harness" = regressions ] && continue
  name=$(name_for "$harness")
  dir="$work/case"; rm -rf "$dir"; mkdir -p "$dir"
  if [ "$name" = selected ]; then
    selector=$(head -c1 "$input" | od -An -tu1 | tr -d ' ')
    case $harness in
      terraform_json) name=$([ $((selector % 2)) -eq 1 ] && echo main.tf.json || echo plan.json) ;;
      suppressions) name=$([ $((selector % 2)) -eq 1 ] && echo main.tf || echo flow.yaml) ;;
      lint_file) name=${kinds[$((selector % 8))]} ;;
    esac
    tail -c +2 "$input" > "$dir/$name"
  else
    cp "$input" "$dir/$name"
  fi
  measure "$harness/$(basename "$input")" "$dir"
done

# Many suppression comments: 40,000 blocks, each with its own `cxlint-ignore` (once quadratic:
# every comment walked the whole syntax tree, every finding read every comment; 25 s).
mkdir -p "$work/suppressed"
python3 - "$work/suppressed/main.tf" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    for i in range(40000):
        out.write('# cxlint-ignore CX301\nresource "genesyscloud_integration_action" "a%d" {\n  name = "x%d"\n  category = "c"\n}\n' % (i, i))
PY
measure "40,000 suppression comments ($(( $(stat -c %s "$work/suppressed/main.tf") / 1000000 )) MB .tf)" "$work/suppressed"

# A large flow: tasks that each call a data action and jump to the next (once quadratic: every
# jump searched every task, every call's retry search set up arrays over the whole flow, every
# finding's address scanned the tasks; 29 MB took 8.0 s).
python3 - "$work/flow/flow.yaml" "$megabytes" <<'PY'
import os, sys
path, megabytes = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.dirname(path), exist_ok=True)
task = '''    - task:
        name: t%d
        refId: t%d
        actions:
          - callData:
              name: Lookup %d
              category:
                Orders:
                  dataAction:
                    Get order:
                      inputs:
                        orderId:
                          exp: Call.Ani
              outputs:
                success:
                  actions:
                    - jumpToTask:
                        name: next
                        targetTaskRef: "/inboundCall/tasks/task[t%d]"
                failure:
                  actions:
                    - disconnect:
                        name: d
'''
with open(path, "w") as out:
    out.write('inboundCall:\n  name: big\n  defaultLanguage: en-us\n  startUpRef: "/inboundCall/tasks/task[t0]"\n  tasks:\n')
    i = 0
    while out.tell() < megabytes * 1000 * 1000:
        out.write(task % (i, i, i, i + 1))
        i += 1
PY
measure "flow of $(grep -c "^    - task:" "$work/flow/flow.yaml") tasks ($(( $(stat -c %s "$work/flow/flow.yaml") / 1000000 )) MB)" "$work/flow"

# A large, ordinary .tf: many data actions, as a big project declares them. `plans` writes the
# Velocity references as Terraform needs them (`$${input.orderId}`), so the file plans and earns
# one note a data action (no timeout); `errors` writes them with one `$`, which Terraform rejects:
# two CX307 errors more a data action, whose long messages weigh as much as the tree.
generate() {
  python3 - "$1" "$megabytes" "$2" <<'PY'
import os, sys
path, megabytes, variant = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(os.path.dirname(path), exist_ok=True)
dollar = "$$" if variant == "plans" else "$"
block = '''resource "genesyscloud_integration_action" "action_%d" {
  name           = "Get order status %d"
  category       = "Orders"
  integration_id = genesyscloud_integration.orders.id
  secure         = false
  config_request {
    request_url_template = "https://orders.example.com/api/v2/orders/DOLLAR{input.orderId}/%d"
    request_type         = "GET"
    request_template     = "DOLLAR{input.rawRequest}"
    headers = {
      Accept = "application/json"
    }
  }
  config_response {
    translation_map          = { status = "$.status" }
    success_template         = "{\\"status\\": $${status}}"
  }
  contract_input  = jsonencode({ type = "object", properties = { orderId = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { status = { type = "string" } } })
}
'''.replace("DOLLAR", dollar)
with open(path, "w") as out:
    out.write('resource "genesyscloud_integration" "orders" {\n  intended_state = "ENABLED"\n  integration_type = "custom-rest-actions"\n}\n')
    i = 0
    while out.tell() < megabytes * 1000 * 1000:
        out.write(block % (i, i, i))
        i += 1
PY
}
for variant in plans errors; do
  rm -rf "$work/large"
  generate "$work/large/main.tf" "$variant"
  size=$(stat -c %s "$work/large/main.tf")
  line=$(measure "large .tf, $variant ($((size / 1000000)) MB)" "$work/large")
  echo "$line"
  peak_mb=$(echo "$line" | awk '{ print $(NF - 1) }')
  awk -v p="$peak_mb" -v s="$size" -v v="$variant" \
    'BEGIN { printf "large .tf, %s: peak memory %.1fx its size (goal: at most 10x)\n", v, p * 1048576 / s }'
done
