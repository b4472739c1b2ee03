#pragma once
// Gives memory the program has freed back to the operating system.

namespace cxlint {

/// After a unit's model is released its pages stay with the allocator, split among its thread
/// arenas, and the next unit does not always fit in them: the process keeps growing although
/// what it holds does not. Returning them makes peak memory that of the largest unit (glibc's
/// malloc_trim; elsewhere nothing).
void ReturnFreedMemory();

}  // namespace cxlint
