#!/usr/bin/env bash
# Step 3 of action.yml: the Debian packages cxlint builds with, which also bring the libraries a
# cached binary runs with. Nothing is installed when a cached binary already finds its libraries.
set -euo pipefail
if [ "${CACHE_HIT:-}" = true ] && [ -x "$CXLINT" ] && ! ldd "$CXLINT" | grep -q 'not found'; then
  echo "cxlint finds its libraries; nothing to install"
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
$sudo make -C "$CXLINT_SOURCE" --no-print-directory deps-build
