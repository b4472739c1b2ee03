#pragma once
// The Terraform functions cxlint evaluates; every other function gives an unknown value.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_read.h"
#include "model/terraform/regex.h"
#include "model/value.h"

namespace cxlint::model {

/// Where file functions resolve relative paths: Terraform's working folder, the root module.
struct FunctionContext {
  std::string root_dir;
  /// file() reads nothing larger (--max-file-size; templatefile() is the evaluator's, template_file.cc).
  uint64_t max_file_size = kDefaultMaxFileSize;
  /// The largest string a function may build, in bytes (the evaluator's value budget).
  uint64_t max_value_bytes = 16ull << 20;
  /// The bytes of text regular expressions may search for the whole model (regex.h).
  uint64_t max_regex_search_bytes = kDefaultRegexSearchBytes;
  /// What is left of it, shared by every call; each call takes what it searched. Null: the call
  /// has the whole budget to itself.
  uint64_t* regex_search_left = nullptr;
};

/// Calls Terraform function `name` on evaluated arguments (`try` and `can` are handled by the
/// evaluator, which must evaluate their arguments lazily).
Value CallFunction(std::string_view name, const std::vector<Value>& args, const FunctionContext& context);

/// Terraform's jsonencode: object keys sorted, no insignificant whitespace.
std::string JsonEncode(const Value& value);

/// Terraform's jsondecode; an error value for invalid JSON.
Value JsonDecode(const std::string& text);

}  // namespace cxlint::model
