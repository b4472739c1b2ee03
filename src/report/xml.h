#pragma once
// XML text for the XML formats (JUnit, checkstyle).

#include <string>
#include <string_view>

namespace cxlint::report {

/// `text` escaped for an XML attribute value or element text: markup characters become entities,
/// line breaks and tabs character references (so attributes keep them), and the control
/// characters XML 1.0 forbids become U+FFFD.
std::string XmlEscape(std::string_view text);

}  // namespace cxlint::report
