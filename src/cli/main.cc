// cxlint's entry point: everything else lives in the library, so tests can call it.

#include <unistd.h>

#include <iostream>

#include "cli/cli.h"

#ifdef CXLINT_JEMALLOC
// jemalloc reads this before its first allocation: the heap on transparent huge pages, one page
// fault where there were 512 (CMakeLists.txt says why); one arena for all threads, since with
// one per thread each keeps the pages of its own peak (40 corpus copies at -j 2: 175 MiB, with
// one arena 143); pages unused for a second go back to the system, so a long run does not keep
// every page it ever touched.
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always,narenas:1,dirty_decay_ms:1000";
}
#endif

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  return cxlint::cli::RunCli(args, std::cout, std::cerr, isatty(STDOUT_FILENO) != 0);
}
