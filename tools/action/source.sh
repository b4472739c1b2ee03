#!/usr/bin/env bash
# Step 1 of action.yml: where cxlint's source is and where its build is installed and cached.
# The source is the action's own (GITHUB_ACTION_PATH), or the release INPUT_VERSION cloned from
# the action's repository. The cache key is a hash of the source files and the runner's image,
# so each version is built once per image and a moving tag (v0) never serves a stale build.
# Writes to GITHUB_OUTPUT: source-dir, install-dir, cache-key.
set -euo pipefail
version=${INPUT_VERSION:-}
source_dir=$GITHUB_ACTION_PATH
if [ -n "$version" ]; then
  case $version in [0-9]*) version=v$version ;; esac  # 0.2.0 is the tag v0.2.0
  repository=${GITHUB_ACTION_REPOSITORY:-cxlint/cxlint}
  source_dir=$RUNNER_TEMP/cxlint-source
  rm -rf "$source_dir"
  git clone --quiet --depth 1 --branch "$version" "${GITHUB_SERVER_URL:-https://github.com}/$repository" "$source_dir"
fi
hash=$(cd "$source_dir" && find CMakeLists.txt cmake src rules -type f -print0 | LC_ALL=C sort -z |
  xargs -0 sha256sum | sha256sum | cut -c1-16)
{
  echo "source-dir=$source_dir"
  echo "install-dir=$RUNNER_TEMP/cxlint-$hash"
  echo "cache-key=cxlint-${ImageOS:-$RUNNER_OS}-$RUNNER_ARCH-$hash"
} >>"$GITHUB_OUTPUT"
echo "cxlint source: $source_dir (${version:-the version of this action}), cache key cxlint-$hash"
