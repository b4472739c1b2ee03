#pragma once
// What the provider accepts in each modelled `genesyscloud_*` resource: its attributes and nested
// blocks, which are required, optional or read-only, and the value ranges its schema enforces.
// Transcribed from the provider's schema pages (v1.84.1, docs/domain.md §14) for CX401-CX403.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/terraform/provider_version.h"

namespace cxlint::model {

/// How a resource treats a setting.
enum class Presence { kRequired, kOptional, kReadOnly };

/// A closed range a number, or a string's length, must fall in; an absent end is unbounded.
struct ValueRange {
  std::optional<double> min;
  std::optional<double> max;
  /// True when the range bounds a string's length in characters rather than a number.
  bool length = false;

  /// True when `value` lies in the range.
  bool Contains(double value) const { return (!min || value >= *min) && (!max || value <= *max); }
};

/// One attribute or nested block of a resource (or of a nested block).
struct SettingSchema {
  std::string_view name;
  Presence presence = Presence::kOptional;
  /// True for a nested block (`name { ... }`), false for an attribute.
  bool block = false;
  /// The range a known value must fall in, when the schema has one.
  std::optional<ValueRange> range;
  /// For a read-only setting: since when, and what to do instead ("" when nothing to add).
  std::string_view read_only_advice;
  /// For a block: its own attributes and blocks.
  std::vector<SettingSchema> nested;
  /// For a setting that became read-only in some provider release: that release; older
  /// releases accept it, as `before_read_only` says ("required up to 1.67.x, optional in
  /// 1.68.0-1.68.4"). Without it the setting is read-only in every release.
  std::optional<Version> read_only_since = std::nullopt;
  std::string_view before_read_only = {};
};

/// The schema of one resource type.
struct ResourceSchema {
  std::string_view type;
  std::vector<SettingSchema> settings;
};

/// The schema of a modelled resource type, or null for any other type.
const ResourceSchema* FindResourceSchema(std::string_view resource_type);

/// The setting called `name` in `settings`, or null.
const SettingSchema* FindSetting(const std::vector<SettingSchema>& settings, std::string_view name);

/// True for Terraform's own names, accepted in every resource body: count, for_each, depends_on,
/// provider, lifecycle, provisioner, connection, dynamic.
bool IsMetaArgument(std::string_view name);

/// The range as written in a message: "1-60", "at least 10", "1-256 characters".
std::string RangeText(const ValueRange& range);

}  // namespace cxlint::model
