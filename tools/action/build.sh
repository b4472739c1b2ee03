#!/usr/bin/env bash
# Step 4 of action.yml, on a cache miss: builds the cxlint binary alone (no tests, so no test
# packages) and installs it into CXLINT_INSTALL_DIR, the folder the cache step saves.
set -euo pipefail
build=$RUNNER_TEMP/cxlint-build
cmake -S "$CXLINT_SOURCE" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" -j "$(nproc)"
cmake --install "$build" --prefix "$CXLINT_INSTALL_DIR"
"$CXLINT_INSTALL_DIR/bin/cxlint" --version
