#include "base/line_hash.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <map>

namespace cxlint {

namespace {

constexpr int kWindow = 100;
constexpr uint64_t kMultiplier = 37;
// The action feeds this value after the last character, then zeros to flush the window.
constexpr uint16_t kEndOfFile = 65535;

// The action reads the file as UTF-8 into a JavaScript string and hashes its UTF-16 code units.
std::vector<uint16_t> Utf16Units(std::string_view text) {
  std::vector<uint16_t> units;
  units.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    uint32_t code_point = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    bool valid = length > 0 && i + length <= text.size();
    for (int k = 1; valid && k < length; ++k) {
      const unsigned char next = static_cast<unsigned char>(text[i + k]);
      valid = (next & 0xC0) == 0x80;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    if (!valid) {
      // The loader rejects invalid UTF-8; a decoder would put U+FFFD here.
      units.push_back(0xFFFD);
      ++i;
      continue;
    }
    if (code_point >= 0x10000) {
      code_point -= 0x10000;
      units.push_back(static_cast<uint16_t>(0xD800 + (code_point >> 10)));
      units.push_back(static_cast<uint16_t>(0xDC00 + (code_point & 0x3FF)));
    } else {
      units.push_back(static_cast<uint16_t>(code_point));
    }
    i += length;
  }
  return units;
}

// The rolling hash over a window of the last kWindow characters; 64-bit arithmetic wraps as the
// action's Long does.
class LineHasher {
 public:
  LineHasher() {
    for (int i = 0; i < kWindow; ++i) first_power_ *= kMultiplier;
    line_at_.fill(-1);
  }

  void Feed(uint16_t unit) {
    if (unit == ' ' || unit == '\t' || (previous_cr_ && unit == '\n')) {
      previous_cr_ = false;
      return;
    }
    previous_cr_ = unit == '\r';
    if (unit == '\r') unit = '\n';
    if (line_at_[index_] != -1) Emit();
    if (line_start_) {
      line_start_ = false;
      line_at_[index_] = ++line_;
    }
    if (unit == '\n') line_start_ = true;
    Update(unit);
  }

  std::vector<std::string> Finish() {
    Feed(kEndOfFile);
    for (int i = 0; i < kWindow; ++i) {
      if (line_at_[index_] != -1) Emit();
      Update(0);
    }
    return std::move(hashes_);
  }

 private:
  void Update(uint16_t unit) {
    const uint64_t leaving = window_[index_];
    window_[index_] = unit;
    hash_ = kMultiplier * hash_ + unit - first_power_ * leaving;
    index_ = (index_ + 1) % kWindow;
  }

  void Emit() {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(hash_));
    const int occurrence = ++seen_[hex];
    const size_t line = static_cast<size_t>(line_at_[index_]);
    if (hashes_.size() < line) hashes_.resize(line);
    hashes_[line - 1] = std::string(hex) + ":" + std::to_string(occurrence);
    line_at_[index_] = -1;
  }

  std::array<uint16_t, kWindow> window_{};
  std::array<int64_t, kWindow> line_at_{};
  uint64_t hash_ = 0;
  uint64_t first_power_ = 1;
  int index_ = 0;
  int64_t line_ = 0;
  bool line_start_ = true;
  bool previous_cr_ = false;
  std::map<std::string, int> seen_;
  std::vector<std::string> hashes_;
};

}  // namespace

std::vector<std::string> GithubLineHashes(std::string_view text) {
  LineHasher hasher;
  for (uint16_t unit : Utf16Units(text)) hasher.Feed(unit);
  return hasher.Finish();
}

}  // namespace cxlint
