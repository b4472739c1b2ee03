#include "base/free_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cxlint {

void ReturnFreedMemory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace cxlint
