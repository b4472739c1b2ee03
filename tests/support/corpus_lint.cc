#include "support/corpus_lint.h"

#include "support/test_support.h"

namespace cxlint::testing {

const LintResult& CorpusLint() {
  static const LintResult result = LintIn(CorpusDir().parent_path(), {"corpus"});
  return result;
}

}  // namespace cxlint::testing
