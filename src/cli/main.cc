// cxlint's entry point: everything else lives in the library, so tests can call it.

#include <unistd.h>

#include <iostream>

#include "cli/cli.h"

#ifdef CXLINT_JEMALLOC
// jemalloc reads this before its first allocation: the heap on transparent huge pages, one page
// fault where there were 512 (CMakeLists.txt says why).
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always";
}
#endif

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  return cxlint::cli::RunCli(args, std::cout, std::cerr, isatty(STDOUT_FILENO) != 0);
}
