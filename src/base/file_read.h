#pragma once
// Reading a whole file safely: only regular files are read (a FIFO, socket or device is never
// waited on or read without end), and never more than a size limit.

#include <sys/types.h>

#include <cstdint>
#include <string>

namespace cxlint {

/// The default of --max-file-size: the largest file cxlint reads, in bytes.
inline constexpr uint64_t kDefaultMaxFileSize = 32ull << 20;

/// A file's bytes, or why they could not be read.
struct FileReadResult {
  std::string text;
  std::string error;  // empty on success; says why (with the OS's reason) otherwise
};

/// Reads `path` whole if it is a regular file of at most `max_size` bytes. The open never blocks
/// (a FIFO is opened non-blocking and refused), and a file that grows while it is read is cut at
/// the size it had when it was opened.
FileReadResult ReadRegularFile(const std::string& path, uint64_t max_size);

/// Why `path` is not a file cxlint opens ("a FIFO", "a socket", "a device"), or empty for a
/// regular file, a folder, or a path that cannot be examined.
std::string SpecialFileKind(const std::string& path);
/// The same for a file whose `st_mode` is already known (from a `stat` the caller made).
std::string SpecialFileKind(mode_t mode);

}  // namespace cxlint
