// The JSON reader on any bytes: no crash, error offsets inside the input, messages short.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parse/json/json_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cxlint::parse::ParseResult result = cxlint::parse::ParseJson(text);
  for (const auto& error : result.errors) {
    if (error.offset > size || error.message.size() > 300) std::abort();
  }
  return 0;
}
