// The .i3 decoder (base64, then percent escapes) and the JSON it decodes to; offsets map back
// into the file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parse/i3/i3_decode.h"
#include "parse/json/json_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  cxlint::parse::I3DecodeError error{};
  const std::optional<cxlint::parse::I3Decoded> decoded = cxlint::parse::DecodeI3(text, &error);
  if (!decoded) {
    if (error.offset > size) std::abort();
    return 0;
  }
  const cxlint::parse::ParseResult parsed = cxlint::parse::ParseJson(decoded->json);
  for (const auto& problem : parsed.errors) {
    if (decoded->ToFileOffset(problem.offset) > size) std::abort();
  }
  return 0;
}
