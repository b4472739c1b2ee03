#include "model/value.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "base/utf8.h"

namespace cxlint::model {

struct Value::Parts {
  std::string reference;
  std::vector<Value> items;
  Entries entries;
};

// Built on first use: values exist before main.
const Value::Parts& Value::NoParts() {
  static const Value::Parts none;
  return none;
}

const std::string& Value::reference() const { return (parts_ ? *parts_ : NoParts()).reference; }
const std::vector<Value>& Value::items() const { return (parts_ ? *parts_ : NoParts()).items; }
const Value::Entries& Value::entries() const { return (parts_ ? *parts_ : NoParts()).entries; }

Value Value::Unknown(std::string reason, std::string reference) {
  Value value;
  value.kind_ = Kind::kUnknown;
  value.text_ = std::move(reason);
  value.weight_ = sizeof(Value) + value.text_.size() + reference.size();
  if (!reference.empty()) value.parts_ = std::make_shared<const Parts>(Parts{std::move(reference), {}, {}});
  return value;
}

Value Value::Error(std::string reason) {
  Value value = Unknown(std::move(reason));
  value.error_ = true;
  return value;
}

Value Value::Null() { return Value(); }

Value Value::Bool(bool b) {
  Value value;
  value.kind_ = Kind::kBool;
  value.bool_ = b;
  return value;
}

Value Value::Number(double n) {
  Value value;
  value.kind_ = Kind::kNumber;
  value.number_ = n;
  return value;
}

Value Value::String(std::string s) {
  Value value;
  value.kind_ = Kind::kString;
  value.text_ = std::move(s);
  value.weight_ = sizeof(Value) + value.text_.size();
  return value;
}

Value Value::Tuple(std::vector<Value> items) {
  Value value;
  value.kind_ = Kind::kTuple;
  for (const Value& item : items) value.weight_ += item.weight_;
  if (!items.empty()) value.parts_ = std::make_shared<const Parts>(Parts{{}, std::move(items), {}});
  return value;
}

Value Value::Object(Entries entries) {
  Value value;
  value.kind_ = Kind::kObject;
  for (const auto& [key, item] : entries) value.weight_ += sizeof(key) + key.size() + item.weight_;
  if (!entries.empty()) value.parts_ = std::make_shared<const Parts>(Parts{{}, {}, std::move(entries)});
  return value;
}

const Value* Value::FirstUnknown() const {
  if (kind_ == Kind::kUnknown) return this;
  for (const Value& item : items()) {
    if (const Value* unknown = item.FirstUnknown()) return unknown;
  }
  for (const auto& [key, item] : entries()) {
    if (const Value* unknown = item.FirstUnknown()) return unknown;
  }
  return nullptr;
}

bool Value::IsWhollyKnown() const { return FirstUnknown() == nullptr; }

const Value* Value::Get(const std::string& key) const {
  for (const auto& [name, value] : entries()) {
    if (name == key) return &value;
  }
  return nullptr;
}

std::optional<std::string> Value::AsString() const {
  switch (kind_) {
    case Kind::kString: return text_;
    case Kind::kNumber: return FormatNumber(number_);
    case Kind::kBool: return std::string(bool_ ? "true" : "false");
    default: return std::nullopt;
  }
}

std::optional<double> Value::AsNumber() const {
  if (kind_ == Kind::kNumber) return number_;
  if (kind_ != Kind::kString || text_.empty()) return std::nullopt;
  char* end = nullptr;
  const double parsed = std::strtod(text_.c_str(), &end);
  if (end != text_.c_str() + text_.size()) return std::nullopt;
  return parsed;
}

std::string Value::Describe() const {
  switch (kind_) {
    case Kind::kUnknown: return "(unknown)";
    case Kind::kNull: return "null";
    case Kind::kBool: return bool_ ? "true" : "false";
    case Kind::kNumber: return FormatNumber(number_);
    case Kind::kString: {
      // A message quotes a value, not a megabyte of it; cut on a character boundary.
      constexpr size_t kShown = 80;
      if (text_.size() <= kShown) return "\"" + text_ + "\"";
      size_t cut = kShown;
      while (cut > 0 && IsUtf8Continuation(text_[cut])) --cut;
      return "\"" + text_.substr(0, cut) + "...\" (" + std::to_string(text_.size()) + " bytes)";
    }
    case Kind::kTuple: return "[" + std::to_string(items().size()) + " items]";
    case Kind::kObject: return "{" + std::to_string(entries().size()) + " attributes}";
  }
  return "";
}

bool Value::operator==(const Value& other) const {
  if (kind_ != other.kind_) return false;
  switch (kind_) {
    case Kind::kUnknown: return false;  // an unknown equals nothing, itself included
    case Kind::kNull: return true;
    case Kind::kBool: return bool_ == other.bool_;
    case Kind::kNumber: return number_ == other.number_;
    case Kind::kString: return text_ == other.text_;
    case Kind::kTuple: return items() == other.items();
    case Kind::kObject: return entries() == other.entries();
  }
  return false;
}

std::string FormatNumber(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  // Shortest text that reads back as the same double.
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

}  // namespace cxlint::model
