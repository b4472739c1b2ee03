#pragma once
// The shared corpus linted once per run of the test binary: every test that reads the corpus's
// findings or counts shares one run instead of linting the 70 repositories again.

#include "lint/linter.h"

namespace cxlint::testing {

/// The corpus linted as `cxlint lint corpus` from the folder above it, on one thread, with its
/// model kept (LintIn): findings name `corpus/REPOSITORY/...`. The corpus holds no repository
/// (no `.git`), so it is one unit. Built on first use, kept until the test binary exits; doctest
/// runs the tests one after another, so nothing else guards it.
const LintResult& CorpusLint();

}  // namespace cxlint::testing
