#pragma once
// A Terraform value as cxlint evaluates it: known, or unknown with the reason why.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cxlint::model {

/// An evaluated value. Tuples stand for lists, sets and tuples; objects for maps and objects.
/// An unknown value says why it is unknown, and which resource attribute it comes from when
/// it is one (so references like `genesyscloud_integration.crm.id` can still be followed).
class Value {
 public:
  enum class Kind : uint8_t { kUnknown, kNull, kBool, kNumber, kString, kTuple, kObject };
  using Entries = std::vector<std::pair<std::string, Value>>;

  Value() = default;
  /// An unknown value; `reason` completes "... is unknown because REASON".
  static Value Unknown(std::string reason, std::string reference = {});
  /// An unknown that Terraform would report as an error (a missing attribute, a bad argument);
  /// `try()` moves past it, where it stops at a value that is merely unknown.
  static Value Error(std::string reason);
  static Value Null();
  static Value Bool(bool value);
  static Value Number(double value);
  static Value String(std::string value);
  static Value Tuple(std::vector<Value> items);
  static Value Object(Entries entries);

  Kind kind() const { return kind_; }
  bool IsUnknown() const { return kind_ == Kind::kUnknown; }
  bool IsNull() const { return kind_ == Kind::kNull; }
  bool IsString() const { return kind_ == Kind::kString; }
  bool IsTuple() const { return kind_ == Kind::kTuple; }
  bool IsObject() const { return kind_ == Kind::kObject; }
  /// True when neither this value nor anything inside it is unknown.
  bool IsWhollyKnown() const;
  /// The first unknown value inside this one (itself included), or null.
  const Value* FirstUnknown() const;

  const std::string& unknown_reason() const { return text_; }
  bool IsError() const { return kind_ == Kind::kUnknown && error_; }
  /// For an unknown resource attribute: its address ("genesyscloud_integration.crm.id").
  const std::string& reference() const;
  bool boolean() const { return bool_; }
  double number() const { return number_; }
  const std::string& str() const { return text_; }
  const std::vector<Value>& items() const;
  const Entries& entries() const;
  /// The attribute `key` of an object, or null.
  const Value* Get(const std::string& key) const;

  /// The value as a string, converting numbers and booleans as Terraform does; nullopt for
  /// null, unknown and collections.
  std::optional<std::string> AsString() const;
  /// The value as a number, converting numeric strings as Terraform does.
  std::optional<double> AsNumber() const;
  /// Short text for messages: strings quoted (long ones cut), collections abbreviated.
  std::string Describe() const;
  /// About how many bytes the value holds in memory, itself and everything inside it (a list of
  /// a million numbers weighs what a million Values take); computed as it is built, so budgets
  /// can be checked in constant time.
  uint64_t Weight() const { return weight_; }

  bool operator==(const Value& other) const;

 private:
  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  bool error_ = false;
  double number_ = 0;
  std::string text_;  // string value, or the unknown reason
  // What only some values hold, apart, so that every value is small (a large project holds
  // many): an unknown resource attribute's address, a tuple's items, an object's entries.
  // Shared by copies, as values never change once built.
  struct Parts;
  static const Parts& NoParts();  // what a value without parts reads
  std::shared_ptr<const Parts> parts_;
  uint64_t weight_ = sizeof(Value);  // a default member initializer sees the class complete
};

/// Terraform's number formatting: integers without a decimal point, others in shortest form.
std::string FormatNumber(double value);

}  // namespace cxlint::model
