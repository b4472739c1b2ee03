// The HCL parser on any bytes: no crash, no deep recursion, errors sorted with valid offsets.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parse/hcl/hcl_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cxlint::parse::hcl::HclParseResult result = cxlint::parse::hcl::ParseHcl(text);
  for (const auto& error : result.errors) {
    if (error.offset > size) std::abort();
  }
  return 0;
}
