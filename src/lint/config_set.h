#pragma once
// The configuration of each linted file: the nearest `.cxlint.yaml` above it (a monorepo can have
// one per folder), or the one file named by --config. Each file is read once, whichever thread
// asks first (the units of a run share one set).

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/file_read.h"
#include "config/config.h"

namespace cxlint {

class ConfigSet {
 public:
  /// `explicit_path`: --config, used for every file; empty to look upward from each file.
  /// `max_file_size`: a configuration file larger than this is not read (--max-file-size).
  explicit ConfigSet(std::string explicit_path, uint64_t max_file_size = kDefaultMaxFileSize)
      : explicit_path_(std::move(explicit_path)), max_file_size_(max_file_size) {}

  /// The settings for `path` (a file or a folder); the defaults when no file applies. Problems in
  /// a configuration file are added to `errors` the first time it is read.
  std::shared_ptr<const Config> For(const std::string& path, std::vector<ConfigError>& errors);

  /// Forgets the search upwards of the folders walked so far (their answers stay): the walk is
  /// over, and a run over many repositories need not hold every folder's real path to its end.
  void EndOfWalk();

  /// Every configuration file read so far, by path.
  std::vector<std::shared_ptr<const Config>> loaded() const;
  /// The problems of every configuration file read so far, by path, each file's in its order:
  /// the same whichever unit read a file first.
  std::vector<ConfigError> errors() const;

 private:
  std::string explicit_path_;
  uint64_t max_file_size_;
  mutable std::mutex mutex_;  // guards the maps: units look up their files on several threads
  std::map<std::string, std::shared_ptr<const Config>> by_file_;  // config path -> settings
  std::map<std::string, std::optional<std::string>> by_folder_;   // folder -> nearest config path
  std::map<std::string, std::vector<ConfigError>> errors_;        // config path -> its problems
  std::shared_ptr<const Config> defaults_ = std::make_shared<Config>();
  // The search upwards, shared by every folder below a folder already searched: the walk asks
  // once per file, and a corpus run would otherwise make thousands of calls to the OS.
  std::map<std::string, std::optional<std::string>> resolved_;  // folder as given -> its realpath
  std::map<std::string, std::optional<std::string>> nearest_;   // realpath -> nearest config path

  std::optional<std::string> Resolve(const std::string& folder);
};

}  // namespace cxlint
