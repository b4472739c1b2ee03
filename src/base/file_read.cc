#include "base/file_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace cxlint {

std::string SpecialFileKind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return {};
}

std::string SpecialFileKind(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return {};
  return SpecialFileKind(info.st_mode);
}

FileReadResult ReadRegularFile(const std::string& path, uint64_t max_size) {
  FileReadResult result;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    result.error = std::string("cannot open file: ") + strerror(errno);
    return result;
  }
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    const std::string kind = SpecialFileKind(info.st_mode);
    close(fd);
    result.error = kind.empty() ? "not a regular file" : "not a regular file (" + kind + "); not read";
    return result;
  }
  if (static_cast<uint64_t>(info.st_size) > max_size) {
    close(fd);
    result.error = "file is " + std::to_string(info.st_size) + " bytes, more than the limit of " +
                   std::to_string(max_size) + " bytes (--max-file-size)";
    return result;
  }
  result.text.resize(static_cast<size_t>(info.st_size));
  size_t done = 0;
  while (done < result.text.size()) {
    const ssize_t got = read(fd, result.text.data() + done, result.text.size() - done);
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (got < 0) {
      result.error = std::string("cannot read file: ") + strerror(errno);
      break;
    }
    if (got == 0) break;  // the file shrank while we read it
    done += static_cast<size_t>(got);
  }
  result.text.resize(done);
  close(fd);
  return result;
}

}  // namespace cxlint
