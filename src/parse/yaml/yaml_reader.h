#pragma once
// YAML to the positioned tree, through libyaml's event parser.

#include <map>
#include <string>
#include <string_view>

#include "parse/parse_result.h"

namespace cxlint::parse {

/// Parses the first YAML document of `text` after applying Terraform `{{key}}` substitutions
/// (`values`; unknown keys stay `{{key}}` in the tree). Spans and error offsets point into
/// `text` as it is on disk. Bare and quoted `yes`/`no` both stay the strings "yes"/"no".
ParseResult ParseYaml(std::string_view text, const std::map<std::string, std::string>& values = {});

}  // namespace cxlint::parse
