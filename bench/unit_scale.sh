#!/usr/bin/env bash
# How the cost of one unit grows with what it holds: generates one repository with N data actions
# (Terraform resources with their integrations, an export of each, and flows that call them all)
# for each N given, lints it with -j 1 and prints CPU time and peak memory (/usr/bin/time -v) with
# their ratios to the first N. A step that searched every action once per action, call or finding
# would show as CPU growing with the square of N; linear steps grow as N does. Never used as a test.
# usage: bench/unit_scale.sh [N...]   (default: 1000 4000 16000)
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 4000 16000)
binary=${CXLINT_BIN:-$(pwd)/build/cxlint}  # CXLINT_BIN: another build to compare
[ -x "$binary" ] || { echo "build first: make build" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

generate() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
root, n = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(root, ".git"))
os.makedirs(os.path.join(root, "exports"))
os.makedirs(os.path.join(root, "flows"))
with open(os.path.join(root, "main.tf"), "w") as tf:
    for i in range(10):
        tf.write(f'resource "genesyscloud_integration" "crm_{i}" {{\n  intended_state = "ENABLED"\n'
                 f'  integration_type = "custom-rest-actions"\n}}\n')
    for i in range(n):
        tf.write(f'resource "genesyscloud_integration_action" "action_{i}" {{\n'
                 f'  name = "Lookup {i}"\n  category = "Orders"\n'
                 f'  integration_id = genesyscloud_integration.crm_{i % 10}.id\n'
                 f'  config_timeout_seconds = 8\n'
                 f'  config_request {{\n    request_url_template = "https://middleware.example.com/orders/{i}"\n'
                 f'    request_type = "GET"\n    request_template = "${{input.rawRequest}}"\n  }}\n}}\n')
    per_flow = 100
    for f in range(0, n, per_flow):
        tf.write(f'resource "genesyscloud_flow" "flow_{f}" {{\n  filepath = "flows/flow_{f}.yaml"\n}}\n')
for i in range(n):
    with open(os.path.join(root, "exports", f"action_{i}.json"), "w") as out:
        json.dump({"name": f"Lookup {i} - Exported 2024-01-02 @ 3:04", "integrationType": "custom-rest-actions",
                   "actionType": "custom", "config": {"request": {
                       "requestUrlTemplate": f"https://middleware.example.com/orders/{i}",
                       "requestType": "GET", "headers": {}, "requestTemplate": "${input.rawRequest}"},
                       "response": {"translationMap": {}, "successTemplate": "${rawResult}"}}}, out)
for f in range(0, n, per_flow):
    steps = []
    for i in range(f, min(n, f + per_flow)):
        steps.append(f'''          - callData:
              name: Lookup {i}
              timeout:
                lit:
                  seconds: 10
              category:
                Orders:
                  dataAction:
                    Lookup {i}: {{}}
              outputs:
                success:
                  actions:
                    - updateData:
                        name: Done {i}
                        statements: []
                failure:
                  actions:
                    - transferToAcd:
                        name: Agent {i}
                        targetQueue:
                          lit:
                            name: Support
''')
    with open(os.path.join(root, "flows", f"flow_{f}.yaml"), "w") as out:
        out.write("inboundCall:\n  name: Lookups\n  startUpRef: \"/inboundCall/tasks/task[Main_10]\"\n"
                  "  defaultLanguage: en-us\n  initialGreeting:\n    tts: Hello.\n  tasks:\n    - task:\n"
                  "        name: Main\n        refId: Main_10\n        actions:\n" + "".join(steps))
PY
}

printf "%-8s %10s %10s %12s %8s %8s\n" "actions" "files" "cpu_s" "peak_MiB" "cpu_x" "mem_x"
first_cpu=""; first_mem=""; first_n=""
for n in "${counts[@]}"; do
  dir="$work/unit-$n"
  generate "$dir" "$n"
  files=$(find "$dir" -type f | wc -l)
  /usr/bin/time -v "$binary" lint -j 1 --format compact "$dir" > /dev/null 2> "$work/time" || true
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$work/time")
  mem=$(awk -F': ' '/Maximum resident/ { printf "%.1f", $2 / 1024 }' "$work/time")
  [ -n "$first_cpu" ] || { first_cpu=$cpu; first_mem=$mem; first_n=$n; }
  awk -v n="$n" -v f="$files" -v c="$cpu" -v m="$mem" -v c0="$first_cpu" -v m0="$first_mem" \
    'BEGIN { printf "%-8s %10s %10.2f %12.1f %7.1fx %7.2fx\n", n, f, c, m, (c0 > 0 ? c / c0 : 0), m / m0 }'
  rm -rf "$dir"
done
echo "(linear: cpu_x follows the ratio of actions to $first_n; quadratic: its square)"
