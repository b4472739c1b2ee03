#!/usr/bin/env bash
# Checks cxlint's HCL parser against HashiCorp's: every .tf under the corpus and under testdata/
# must be accepted by both or rejected by both, and read the same way (block types, labels,
# attribute names, literal values, the source text of expressions).
# usage: tests/hcl_conformance.sh CXLINT_HCL_DUMP [SHARED_DIR]
#   corpus: $CXLINT_CORPUS, else SHARED_DIR/corpus, else <repo>/../shared/corpus
#   oracle: SHARED_DIR/tools/hcl2json.js (needs its npm packages: shared/tools/install-oracles.sh)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dump=${1:?usage: tests/hcl_conformance.sh CXLINT_HCL_DUMP [SHARED_DIR]}
shared=${2:-$repo/../shared}
corpus=${CXLINT_CORPUS:-$shared/corpus}
oracle=$shared/tools/hcl2json.js
if [ ! -d "$corpus" ]; then
  echo "hcl-conformance: FAILED: no corpus at $corpus (set CXLINT_CORPUS)" >&2
  exit 1
fi
[ -f "$oracle" ] || oracle=$(dirname "$corpus")/tools/hcl2json.js
if [ ! -f "$oracle" ]; then
  echo "hcl-conformance: FAILED: no hcl2json.js beside the corpus ($oracle)" >&2
  exit 1
fi
exec python3 "$repo/tests/hcl_conformance.py" --dump "$dump" --oracle "$oracle" \
  --root corpus="$corpus" --root testdata="$repo/testdata"
