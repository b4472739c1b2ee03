// The YAML flow reader with its {{key}} pre-pass: placeholders with and without values, values
// that hold YAML syntax or placeholders themselves.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "parse/yaml/yaml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::map<std::string, std::string> kValues = {{"name", "Flow"},
                                                             {"nested", "{{name}}"},
                                                             {"syntax", "\"a: [1, {b: 2"},
                                                             {"empty", ""},
                                                             {"long", std::string(300, 'x')}};
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The first bit chooses substitution values or none (a walked file has none).
  const bool with_values = size > 0 && (data[0] & 1);
  const cxlint::parse::ParseResult result =
      cxlint::parse::ParseYaml(text, with_values ? kValues : std::map<std::string, std::string>{});
  for (const auto& error : result.errors) {
    if (error.offset > size) std::abort();
  }
  return 0;
}
