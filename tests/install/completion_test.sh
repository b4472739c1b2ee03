#!/usr/bin/env bash
# The bash completion that `cxlint completion bash` prints, loaded into bash and asked as bash asks
# it at a <Tab>: subcommands, every option of `--help`, the --format names, the rule codes of
# `cxlint rules` for `explain`, and nothing (so bash offers file names) where a path goes.
# usage: tests/install/completion_test.sh CXLINT [COMPLETION_FILE]
#   COMPLETION_FILE: an installed script to test instead of the one cxlint prints
set -uo pipefail
cxlint=${1:?usage: completion_test.sh CXLINT [COMPLETION_FILE]}
script=${2:-}
failures=0
fail() { echo "completion: FAILED: $*" >&2; failures=$((failures + 1)); }

if [ -n "$script" ]; then
  source "$script"
else
  source <("$cxlint" completion bash)
fi
spec=$(complete -p cxlint 2>/dev/null) || fail "complete -p cxlint: no completion registered"
[[ $spec == *"-F _cxlint"* ]] || fail "complete -p cxlint: $spec"

# Completes the command line "$@" (the last word is the one under the cursor), one word a line.
completions() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _cxlint cxlint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  [ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\n' "${COMPREPLY[@]}"
}
# expect WORD... -- COMMAND-LINE...: each WORD is among the completions.
expect() {
  local words=() word
  while [ "$1" != -- ]; do words+=("$1"); shift; done
  shift
  local got
  got=$(completions "$@")
  for word in "${words[@]}"; do
    grep -qxF -- "$word" <<<"$got" || fail "'cxlint ${*:2}<Tab>' does not offer '$word' (offers: $(echo $got))"
  done
}
# expect_none COMMAND-LINE...: nothing offered, so bash completes file names.
expect_none() {
  local got
  got=$(completions "$@")
  [ -z "$got" ] || fail "'cxlint ${*:2}<Tab>' offers '$(echo $got)' where a path goes"
}

expect lint rules explain decode init pull completion -- cxlint ''
[ -z "$(completions cxlint __)" ] || fail "the hidden __manpage is offered"
expect --help --version -- cxlint --

# Every option that `--help` of each subcommand lists.
for command in lint pull rules explain init decode completion; do
  options=$("$cxlint" "$command" --help | grep -oE '^ +(-[a-zA-Z], ?)?--[a-z][a-z-]*' | grep -oE -- '--?[a-zA-Z][a-z-]*')
  [ -n "$options" ] || fail "no options read from 'cxlint $command --help'"
  for option in $options; do expect "$option" -- cxlint "$command" -; done
done
expect --format --fail-on --flow-type -- cxlint lint flows --f  # after a path too
expect --format -- cxlint lint --fo

# Values: the documented formats, colours and severities, the rule codes, the shells.
expect text json sarif github gitlab junit checkstyle compact -- cxlint lint --format ''
expect sarif -- cxlint lint --format s
expect auto always never -- cxlint lint --color ''
expect error warning note never -- cxlint lint --fail-on ''
codes=$("$cxlint" rules | grep -oE '^CX[0-9]{3}')
[ "$(echo "$codes" | wc -l)" -ge 20 ] || fail "cxlint rules lists too few rules"
expect $codes -- cxlint explain ''
expect $(grep '^CX2' <<<"$codes") -- cxlint explain CX2
[ -z "$(completions cxlint explain CX2 | grep -v '^CX2')" ] || fail "explain CX2 offers more than CX2xx"
expect unhandled-failure-path -- cxlint explain unhandled
expect bash zsh fish -- cxlint completion ''

# Where a path or file goes, nothing is offered and bash's own file names apply.
expect_none cxlint lint ''
expect_none cxlint lint --config ''
expect_none cxlint lint -o ''
expect_none cxlint decode ''

if [ "$failures" -gt 0 ]; then exit 1; fi
echo "completion: bash completes commands, options, formats and rule codes"
