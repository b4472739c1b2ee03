#!/usr/bin/env bash
# Step 5 of action.yml: lints INPUT_PATHS from the repository root, printing INPUT_FORMAT (`github`:
# annotations) and writing the SARIF report. Exit code 1 (findings) does not stop the job here,
# so the report is uploaded first; the last step of the action fails the job with it.
# Writes to GITHUB_OUTPUT: exit-code, and sarif-file when the report was written.
set -uo pipefail
cd "$GITHUB_WORKSPACE"
set -f  # paths are words, never globs
# shellcheck disable=SC2206
paths=(${INPUT_PATHS:-.})
set +f
args=(lint --format "${INPUT_FORMAT:-github}" --format "sarif=$INPUT_SARIF_FILE")
if [ -n "${INPUT_FAIL_ON:-}" ]; then args+=(--fail-on "$INPUT_FAIL_ON"); fi
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
status=0
"$CXLINT" "${args[@]}" "${paths[@]}" || status=$?
echo "exit-code=$status" >>"$GITHUB_OUTPUT"
if [ -f "$INPUT_SARIF_FILE" ]; then echo "sarif-file=$INPUT_SARIF_FILE" >>"$GITHUB_OUTPUT"; fi
# 2 and 3 (usage, internal error) end the action at once; 1 waits for the upload.
if [ "$status" -gt 1 ]; then exit "$status"; fi
