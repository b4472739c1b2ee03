#pragma once
// Values as the two flow formats write them: Archy `lit:`/`exp:`/`var:`/`noValue:` and `.i3`
// expression objects, read into FlowValue.

#include <cstdint>
#include <string>
#include <string_view>

#include "model/flow.h"
#include "parse/tree.h"

namespace cxlint::model {

/// Reads an Archy value (`{lit: ...}`, `{exp: ...}`, `{var: ...}`, `{noValue: true}` or a bare
/// scalar); a literal written as a map takes its text from `source_text`. Null reads as kAbsent.
FlowValue<std::string> ReadArchyValue(const parse::Node* node, std::string_view source_text);

/// Reads an Archy duration in milliseconds: `lit: {minutes: 1}` or a literal duration string.
FlowValue<int64_t> ReadArchyDuration(const parse::Node* node, std::string_view source_text);

/// Reads an Archy whole number (`lit: 5`).
FlowValue<int64_t> ReadArchyInteger(const parse::Node* node, std::string_view source_text);

/// Reads an `.i3` expression object (`{config: {<op>: ...}, text, type}`): `lit` is a literal,
/// `emp` is no value, any other operator an expression. Null reads as kAbsent.
FlowValue<std::string> ReadI3Value(const parse::Node* node);

/// Reads an `.i3` duration expression ("P0D0H1M0S0F") in milliseconds.
FlowValue<int64_t> ReadI3Duration(const parse::Node* node);

/// Reads an `.i3` whole-number expression.
FlowValue<int64_t> ReadI3Integer(const parse::Node* node);

}  // namespace cxlint::model
