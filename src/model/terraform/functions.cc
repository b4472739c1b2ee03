#include "model/terraform/functions.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>

#include "base/strings.h"
#include "base/utf8.h"
#include "model/terraform/regex.h"

namespace cxlint::model {

namespace {

using Args = std::vector<Value>;
using Function = std::function<Value(const Args&, const FunctionContext&)>;

// Values a function cannot produce without the network or the clock, or that cxlint has no use
// for; they are unknown, never guessed.
const char* const kNotEvaluated[] = {"timestamp",
                                     "uuid",
                                     "uuidv5",
                                     "bcrypt",
                                     "filesha256",
                                     "filesha1",
                                     "filemd5",
                                     "filesha512",
                                     "sha256",
                                     "sha1",
                                     "md5",
                                     "sha512",
                                     "base64sha256",
                                     "base64sha512",
                                     "filebase64sha256",
                                     "filebase64sha512",
                                     "formatdate",
                                     "timeadd",
                                     "plantimestamp",
                                     "rsadecrypt",
                                     "fileexists",
                                     "fileset",
                                     "pathexpand"};

std::optional<std::string> StringArg(const Args& args, size_t i) {
  return i < args.size() ? args[i].AsString() : std::nullopt;
}

Value ReadFileText(const std::string& path, const FunctionContext& context, std::string* text) {
  const std::string full = !path.empty() && path[0] == '/' ? path : context.root_dir + "/" + path;
  // Bounded and never blocking: file("/dev/zero") or a FIFO must not stall or fill the machine.
  FileReadResult read = ReadRegularFile(full, context.max_file_size);
  if (!read.error.empty())
    return Value::Error("file " + Value::String(path).Describe() + " cannot be read: " + read.error);
  *text = std::move(read.text);
  return Value::Null();
}

// A double as a JSON or printf integer only when it is one and fits: casting anything else to
// long long is undefined behaviour.
bool FitsLongLong(double n) { return std::isfinite(n) && n == std::floor(n) && std::fabs(n) < 9.2e18; }

Value FromJson(const nlohmann::json& json) {
  switch (json.type()) {
    case nlohmann::json::value_t::null: return Value::Null();
    case nlohmann::json::value_t::boolean: return Value::Bool(json.get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return Value::Number(json.get<double>());
    case nlohmann::json::value_t::string: return Value::String(json.get<std::string>());
    case nlohmann::json::value_t::array: {
      std::vector<Value> items;
      for (const auto& item : json) items.push_back(FromJson(item));
      return Value::Tuple(std::move(items));
    }
    case nlohmann::json::value_t::object: {
      Value::Entries entries;
      for (const auto& [key, item] : json.items()) entries.emplace_back(key, FromJson(item));
      return Value::Object(std::move(entries));
    }
    default: return Value::Error("a JSON value cxlint cannot represent");
  }
}

nlohmann::json ToJson(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kBool: return value.boolean();
    case Value::Kind::kNumber: {
      const double n = value.number();
      if (FitsLongLong(n)) return static_cast<long long>(n);
      return n;
    }
    case Value::Kind::kString: return value.str();
    case Value::Kind::kTuple: {
      nlohmann::json array = nlohmann::json::array();
      for (const Value& item : value.items()) array.push_back(ToJson(item));
      return array;
    }
    case Value::Kind::kObject: {
      // nlohmann::json's object is a std::map: keys come out sorted, as Terraform's do.
      nlohmann::json object = nlohmann::json::object();
      for (const auto& [key, item] : value.entries()) object[key] = ToJson(item);
      return object;
    }
    default: return nullptr;
  }
}

// Widths and precisions in format() verbs are capped: "%999999999d" would print a gigabyte.
constexpr long kMaxFormatWidth = 10000;

bool WidthsWithin(const std::string& flags) {
  long number = 0;
  for (const char c : flags) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      number = 0;
      continue;
    }
    number = number * 10 + (c - '0');
    if (number > kMaxFormatWidth) return false;
  }
  return true;
}

// Width and precision of a %s, %v, %t or %q verb, as Go's fmt (and so Terraform) applies them to
// text: a precision cuts %s and %v to that many characters; a width pads with spaces on the left
// (zeros with a leading 0), or on the right with the '-' flag. Characters are UTF-8 code points.
std::string FormatText(std::string text, const std::string& flags, bool precision_cuts) {
  const bool left = flags.find('-') != std::string::npos;
  const size_t dot = flags.find('.');
  std::string width_digits, precision_digits;
  for (size_t i = 0; i < flags.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(flags[i]))) continue;
    (dot != std::string::npos && i > dot ? precision_digits : width_digits) += flags[i];
  }
  const auto is_lead = [](char c) { return !IsUtf8Continuation(c); };
  if (precision_cuts && dot != std::string::npos) {
    const size_t keep = precision_digits.empty() ? 0 : std::stoul(precision_digits);
    size_t characters = 0, end = 0;
    for (; end < text.size(); ++end) {
      if (is_lead(text[end]) && characters++ == keep) break;
    }
    text.resize(end);
  }
  const size_t width = width_digits.empty() ? 0 : std::stoul(width_digits);
  const size_t length = static_cast<size_t>(std::count_if(text.begin(), text.end(), is_lead));
  if (length >= width) return text;
  const std::string pad(width - length, !left && width_digits.front() == '0' ? '0' : ' ');
  return left ? text + pad : pad + text;
}

template <typename T>
std::string Printf(const std::string& spec, T value) {
  const int size = std::snprintf(nullptr, 0, spec.c_str(), value);
  if (size <= 0) return {};
  std::string text(static_cast<size_t>(size) + 1, '\0');
  std::snprintf(text.data(), text.size(), spec.c_str(), value);
  text.pop_back();
  return text;
}

Value TooLarge(const std::string& what, const FunctionContext& context) {
  return Value::Error(what + " would build a value larger than the budget of " +
                      std::to_string(context.max_value_bytes) + " bytes; not evaluated");
}

// The bytes regular expressions may still search: the model's, or this call's own.
struct SearchLeft {
  explicit SearchLeft(const FunctionContext& context)
      : shared(context.regex_search_left), own(context.max_regex_search_bytes) {}
  uint64_t& bytes() { return shared ? *shared : own; }
  uint64_t* shared;
  uint64_t own;
};

Value SearchBudget(const std::string& what, const FunctionContext& context) {
  return Value::Error(what + " would search more text than the regular expression budget of " +
                      std::to_string(context.max_regex_search_bytes) +
                      " bytes for the whole configuration; not evaluated");
}

// Terraform's format verbs: %s %d %f %v %q %t %%, with optional width and precision.
Value Format(const Args& args, const FunctionContext& context) {
  const auto pattern = StringArg(args, 0);
  if (!pattern) return Value::Error("format() needs a format string");
  std::string out;
  size_t next = 1;
  for (size_t i = 0; i < pattern->size(); ++i) {
    const char c = (*pattern)[i];
    if (c != '%') {
      out += c;
      continue;
    }
    size_t j = i + 1;
    while (j < pattern->size() && (std::isdigit(static_cast<unsigned char>((*pattern)[j])) || (*pattern)[j] == '.' ||
                                   (*pattern)[j] == '-' || (*pattern)[j] == '+' || (*pattern)[j] == '#'))
      ++j;
    if (j >= pattern->size()) return Value::Error("format(): a verb is cut off");
    const char verb = (*pattern)[j];
    const std::string flags = pattern->substr(i + 1, j - i - 1);
    i = j;
    if (verb == '%') {
      out += '%';
      continue;
    }
    if (next >= args.size()) return Value::Error("format(): not enough arguments");
    const Value& arg = args[next++];
    if (arg.IsUnknown()) return arg;
    if (!WidthsWithin(flags))
      return Value::Error("format(): a width or precision above " + std::to_string(kMaxFormatWidth));
    switch (verb) {
      case 'd': {
        const auto n = arg.AsNumber();
        if (!n) return Value::Error("format(): %d of a value that is not a number");
        if (!FitsLongLong(*n))
          return Value::Error("format(): %d of " + arg.Describe() + ", which is not a whole number in range");
        out += Printf("%" + flags + "lld", static_cast<long long>(*n));
        break;
      }
      case 'f':
      case 'e':
      case 'g': {
        const auto n = arg.AsNumber();
        if (!n) return Value::Error("format(): %f of a value that is not a number");
        out += Printf("%" + flags + verb, *n);
        break;
      }
      case 'q': out += FormatText(nlohmann::json(arg.AsString().value_or("")).dump(), flags, false); break;
      case 'v':
      case 's':
      case 't': {
        const auto text = arg.AsString();
        out += FormatText(text ? *text : JsonEncode(arg), flags, verb != 't');
        break;
      }
      default: return Value::Error(std::string("format(): unsupported verb %") + verb);
    }
    if (out.size() > context.max_value_bytes) return TooLarge("format()", context);
  }
  return Value::String(std::move(out));
}

Value Replace(const Args& args, const FunctionContext& context) {
  const auto text = StringArg(args, 0), search = StringArg(args, 1), replacement = StringArg(args, 2);
  if (!text || !search || !replacement) return Value::Error("replace() needs three strings");
  // "/.../" is a regular expression in Go's RE2 syntax, which RE2 matches in linear time.
  if (search->size() >= 2 && search->front() == '/' && search->back() == '/') {
    std::string out;
    SearchLeft left(context);
    const RegexReplaceStatus status = RegexReplaceAll(*text, search->substr(1, search->size() - 2), *replacement,
                                                      context.max_value_bytes, left.bytes(), out);
    if (status == RegexReplaceStatus::kBadPattern)
      return Value::Error("replace(): the regular expression is not valid RE2 syntax");
    if (status == RegexReplaceStatus::kTooLarge) return TooLarge("replace()", context);
    if (status == RegexReplaceStatus::kSearchBudget) return SearchBudget("replace()", context);
    return Value::String(std::move(out));
  }
  if (search->empty()) return Value::String(*text);
  std::string out;
  size_t at = 0;
  for (size_t found; (found = text->find(*search, at)) != std::string::npos; at = found + search->size()) {
    out.append(*text, at, found - at).append(*replacement);
    if (out.size() > context.max_value_bytes) return TooLarge("replace()", context);
  }
  out.append(*text, at);
  return Value::String(std::move(out));
}

// Terraform's regex(pattern, string) and regexall(pattern, string), on RE2 in linear time.
Value RegexFunction(const char* name, bool all, const Args& args, const FunctionContext& context) {
  const auto pattern = StringArg(args, 0), text = StringArg(args, 1);
  if (args.size() != 2 || !pattern || !text) return Value::Error(std::string(name) + "() needs a pattern and a string");
  Value out;
  SearchLeft left(context);
  switch (RegexFind(*text, *pattern, all, context.max_value_bytes, left.bytes(), out)) {
    case RegexFindStatus::kOk: return out;
    case RegexFindStatus::kBadPattern:
      return Value::Error(std::string(name) + "(): the regular expression is not valid RE2 syntax");
    case RegexFindStatus::kMixedGroups:
      return Value::Error(std::string(name) + "(): the pattern cannot mix both named and unnamed capture groups");
    case RegexFindStatus::kNoMatch:
      return Value::Error(std::string(name) + "(): the pattern did not match any part of the given string");
    case RegexFindStatus::kTooLarge: return TooLarge(std::string(name) + "()", context);
    case RegexFindStatus::kSearchBudget: return SearchBudget(std::string(name) + "()", context);
  }
  return Value::Error(std::string(name) + "(): unexpected result");
}

const std::map<std::string_view, Function>& Functions() {
  static const std::map<std::string_view, Function> kFunctions = {
      {"jsonencode",
       [](const Args& a, const FunctionContext&) {
         if (a.size() != 1) return Value::Error("jsonencode() takes one argument");
         if (const Value* unknown = a[0].FirstUnknown()) return *unknown;
         return Value::String(JsonEncode(a[0]));
       }},
      {"jsondecode",
       [](const Args& a, const FunctionContext&) {
         const auto text = StringArg(a, 0);
         return text ? JsonDecode(*text) : Value::Error("jsondecode() needs a string");
       }},
      {"file",
       [](const Args& a, const FunctionContext& c) {
         const auto path = StringArg(a, 0);
         if (!path) return Value::Error("file() needs a path");
         std::string text;
         if (Value read = ReadFileText(*path, c, &text); read.IsUnknown()) return read;
         return Value::String(std::move(text));
       }},
      {"format", Format},
      {"lower",
       [](const Args& a, const FunctionContext&) {
         auto text = StringArg(a, 0);
         if (!text) return Value::Error("lower() needs a string");
         std::transform(text->begin(), text->end(), text->begin(), [](unsigned char c) { return std::tolower(c); });
         return Value::String(*text);
       }},
      {"upper",
       [](const Args& a, const FunctionContext&) {
         auto text = StringArg(a, 0);
         if (!text) return Value::Error("upper() needs a string");
         std::transform(text->begin(), text->end(), text->begin(), [](unsigned char c) { return std::toupper(c); });
         return Value::String(*text);
       }},
      {"trimspace",
       [](const Args& a, const FunctionContext&) {
         auto text = StringArg(a, 0);
         if (!text) return Value::Error("trimspace() needs a string");
         return Value::String(std::string(Trim(*text, " \t\r\n")));
       }},
      {"replace", Replace},
      {"regex", [](const Args& a, const FunctionContext& c) { return RegexFunction("regex", false, a, c); }},
      {"regexall", [](const Args& a, const FunctionContext& c) { return RegexFunction("regexall", true, a, c); }},
      {"merge",
       [](const Args& a, const FunctionContext&) {
         Value::Entries entries;
         for (const Value& arg : a) {
           if (arg.IsUnknown()) return arg;
           if (arg.IsNull()) continue;
           if (!arg.IsObject()) return Value::Error("merge() takes maps or objects");
           for (const auto& entry : arg.entries()) {
             auto it =
                 std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.first == entry.first; });
             if (it != entries.end())
               it->second = entry.second;
             else
               entries.push_back(entry);
           }
         }
         return Value::Object(std::move(entries));
       }},
      {"lookup",
       [](const Args& a, const FunctionContext&) {
         if (a.size() < 2) return Value::Error("lookup() needs a map and a key");
         if (a[0].IsUnknown()) return a[0];
         const auto key = a[1].AsString();
         if (!key) return a[1].IsUnknown() ? a[1] : Value::Error("lookup() key is not a string");
         if (const Value* found = a[0].Get(*key)) return *found;
         return a.size() > 2 ? a[2] : Value::Error("lookup(): no key \"" + *key + "\" and no default");
       }},
      {"concat",
       [](const Args& a, const FunctionContext&) {
         std::vector<Value> items;
         for (const Value& arg : a) {
           if (arg.IsUnknown()) return arg;
           if (!arg.IsTuple()) return Value::Error("concat() takes lists");
           items.insert(items.end(), arg.items().begin(), arg.items().end());
         }
         return Value::Tuple(std::move(items));
       }},
      {"join",
       [](const Args& a, const FunctionContext& c) {
         const auto separator = StringArg(a, 0);
         if (!separator) return Value::Error("join() needs a separator");
         std::string out;
         bool first = true;
         for (size_t i = 1; i < a.size(); ++i) {
           if (a[i].IsUnknown()) return a[i];
           for (const Value& item : a[i].items()) {
             if (item.IsUnknown()) return item;
             out.append(first ? "" : *separator).append(item.AsString().value_or(""));
             first = false;
             if (out.size() > c.max_value_bytes) return TooLarge("join()", c);
           }
         }
         return Value::String(std::move(out));
       }},
      {"split",
       [](const Args& a, const FunctionContext&) {
         const auto separator = StringArg(a, 0), text = StringArg(a, 1);
         if (!separator || !text || separator->empty()) return Value::Error("split() needs a separator and a string");
         std::vector<Value> parts;
         size_t at = 0;
         for (size_t found; (found = text->find(*separator, at)) != std::string::npos; at = found + separator->size())
           parts.push_back(Value::String(text->substr(at, found - at)));
         parts.push_back(Value::String(text->substr(at)));
         return Value::Tuple(std::move(parts));
       }},
      {"coalesce",
       [](const Args& a, const FunctionContext&) {
         for (const Value& arg : a) {
           if (arg.IsUnknown()) return arg;
           if (!arg.IsNull() && !(arg.IsString() && arg.str().empty())) return arg;
         }
         return Value::Error("coalesce(): every argument is null or empty");
       }},
      {"tostring",
       [](const Args& a, const FunctionContext&) {
         if (a.size() != 1) return Value::Error("tostring() takes one argument");
         if (a[0].IsUnknown() || a[0].IsNull()) return a[0];
         const auto text = a[0].AsString();
         return text ? Value::String(*text) : Value::Error("tostring() of " + a[0].Describe());
       }},
      {"tonumber",
       [](const Args& a, const FunctionContext&) {
         if (a.size() != 1) return Value::Error("tonumber() takes one argument");
         if (a[0].IsUnknown() || a[0].IsNull()) return a[0];
         const auto n = a[0].AsNumber();
         return n ? Value::Number(*n) : Value::Error("tonumber() of " + a[0].Describe());
       }},
      {"tobool",
       [](const Args& a, const FunctionContext&) {
         if (a.size() != 1) return Value::Error("tobool() takes one argument");
         if (a[0].IsUnknown() || a[0].IsNull() || a[0].kind() == Value::Kind::kBool) return a[0];
         if (a[0].IsString() && (a[0].str() == "true" || a[0].str() == "false"))
           return Value::Bool(a[0].str() == "true");
         return Value::Error("tobool() of " + a[0].Describe());
       }},
      {"length",
       [](const Args& a, const FunctionContext&) {
         if (a.size() != 1) return Value::Error("length() takes one argument");
         if (a[0].IsUnknown()) return a[0];
         if (a[0].IsTuple()) return Value::Number(static_cast<double>(a[0].items().size()));
         if (a[0].IsObject()) return Value::Number(static_cast<double>(a[0].entries().size()));
         if (a[0].IsString()) return Value::Number(static_cast<double>(a[0].str().size()));
         return Value::Error("length() of " + a[0].Describe());
       }},
      {"keys",
       [](const Args& a, const FunctionContext&) {
         if (a.size() != 1 || !(a[0].IsObject() || a[0].IsUnknown())) return Value::Error("keys() takes a map");
         if (a[0].IsUnknown()) return a[0];
         std::vector<Value> keys;
         for (const auto& [key, value] : a[0].entries()) keys.push_back(Value::String(key));
         std::sort(keys.begin(), keys.end(), [](const Value& x, const Value& y) { return x.str() < y.str(); });
         return Value::Tuple(std::move(keys));
       }},
      {"contains",
       [](const Args& a, const FunctionContext&) {
         if (a.size() != 2) return Value::Error("contains() takes a list and a value");
         if (a[0].IsUnknown() || a[1].IsUnknown()) return a[0].IsUnknown() ? a[0] : a[1];
         return Value::Bool(std::find(a[0].items().begin(), a[0].items().end(), a[1]) != a[0].items().end());
       }},
      {"basename",
       [](const Args& a, const FunctionContext&) {
         const auto path = StringArg(a, 0);
         if (!path) return Value::Error("basename() needs a path");
         const size_t slash = path->find_last_of('/');
         return Value::String(slash == std::string::npos ? *path : path->substr(slash + 1));
       }},
      {"dirname",
       [](const Args& a, const FunctionContext&) {
         const auto path = StringArg(a, 0);
         if (!path) return Value::Error("dirname() needs a path");
         const size_t slash = path->find_last_of('/');
         return Value::String(slash == std::string::npos ? "." : path->substr(0, slash));
       }},
  };
  return kFunctions;
}

// Conversions that change nothing in cxlint's value model (sets and lists are both tuples).
bool IsIdentityConversion(std::string_view name) {
  return name == "toset" || name == "tolist" || name == "tomap" || name == "sensitive" || name == "nonsensitive";
}

}  // namespace

// Invalid UTF-8 in a string (a Latin-1 file read by file()) becomes U+FFFD, as Go's encoder
// makes it in Terraform's jsonencode().
std::string JsonEncode(const Value& value) {
  return ToJson(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Value JsonDecode(const std::string& text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded()) return Value::Error("jsondecode(): invalid JSON");
  return FromJson(json);
}

Value CallFunction(std::string_view name, const std::vector<Value>& args, const FunctionContext& context) {
  for (const char* skipped : kNotEvaluated) {
    if (name == skipped) return Value::Unknown(std::string(name) + "() is not evaluated by cxlint");
  }
  if (IsIdentityConversion(name)) {
    if (args.size() != 1) return Value::Error(std::string(name) + "() takes one argument");
    return args[0];
  }
  const auto& functions = Functions();
  auto it = functions.find(name);
  if (it == functions.end()) return Value::Unknown("function " + std::string(name) + "() is not supported by cxlint");
  // A function of an unknown argument is unknown, except where the function looks inside
  // collections itself (merge, concat, join, coalesce, jsonencode handle that).
  for (const Value& arg : args) {
    if (arg.IsUnknown() && name != "lookup" && name != "coalesce") return arg;
  }
  return it->second(args, context);
}

}  // namespace cxlint::model
