#include <doctest/doctest.h>

#include <string>

#include "parse/i3/i3_decode.h"
#include "parse/json/json_reader.h"

namespace cxlint::parse {

namespace {

// The export encoding, written independently of the decoder: encodeURIComponent, then base64.
std::string PercentEncode(const std::string& text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '!' || c == '~' || c == '*' || c == '\'' || c == '(' ||
        c == ')') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string Base64(const std::string& bytes) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const uint32_t n = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8) | uint8_t(bytes[i + 2]);
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], kAlphabet[n & 63]};
  }
  if (i + 1 == bytes.size()) {
    const uint32_t n = uint8_t(bytes[i]) << 16;
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    const uint32_t n = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8);
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], '='};
  }
  return out;
}

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("i3: base64 then percent-decoding gives the JSON back") {
    const std::string json = R"({"name":"Flüss","flowSequenceItemList":[]})";
    I3DecodeError error{};
    const auto decoded = DecodeI3(Base64(PercentEncode(json)), &error);
    REQUIRE(decoded.has_value());
    CHECK(decoded->json == json);
  }

  TEST_CASE("i3: decoded offsets map to the base64 character that encodes them") {
    const std::string json = R"({"a":"x y","b":1})";
    const std::string encoded = PercentEncode(json);
    const std::string file = Base64(encoded);
    I3DecodeError error{};
    const auto decoded = DecodeI3(file, &error);
    REQUIRE(decoded.has_value());
    for (uint32_t offset = 0; offset < json.size(); ++offset) {
      CAPTURE(offset);
      const uint32_t in_file = decoded->ToFileOffset(offset);
      // JSON byte `offset` was encoded as `encoded[e]` ('%' for an escape), which base64 puts
      // in the 4-character group e / 3, at character e % 3 of that group.
      const uint32_t e = decoded->EncodedOffset(offset);
      CHECK(encoded[e] == (json[offset] == ' ' || json[offset] == '{' || json[offset] == '"' || json[offset] == ':' ||
                                   json[offset] == ',' || json[offset] == '}'
                               ? '%'
                               : json[offset]));
      CHECK(in_file == e / 3 * 4 + e % 3);
    }
  }

  TEST_CASE("i3: whitespace in the base64 is skipped and mapped over") {
    const std::string json = R"({"k":"v"})";
    std::string file = Base64(PercentEncode(json));
    file.insert(8, "\n  ");
    I3DecodeError error{};
    const auto decoded = DecodeI3(file, &error);
    REQUIRE(decoded.has_value());
    CHECK(decoded->json == json);
    // The byte encoded by the 9th alphabet character now lives 3 bytes later in the file.
    CHECK(decoded->base64_map.ToOriginal(8) == 11);
  }

  TEST_CASE("i3: decoding errors carry file offsets") {
    I3DecodeError error{};
    CHECK_FALSE(DecodeI3("", &error).has_value());
    CHECK(error.message == "empty export: no base64 data");
    CHECK_FALSE(DecodeI3("JTdC$$$", &error).has_value());
    CHECK(error.offset == 4);
    CHECK(error.message == "not base64: unexpected '$'");
    CHECK_FALSE(DecodeI3(Base64("%7B%2"), &error).has_value());
    CHECK(error.message.find("percent escape") != std::string::npos);
  }

  TEST_CASE("i3: every real export in the corpus decodes to JSON") {
    // Covered end to end by the corpus suite; this pins one known document's first bytes.
    I3DecodeError error{};
    const auto decoded = DecodeI3("JTdCJTIyZGVmYXVsdExhbmd1YWdlJTIy", &error);
    REQUIRE(decoded.has_value());
    CHECK(decoded->json == "{\"defaultLanguage\"");
  }
}

}  // namespace cxlint::parse

#include "parse/i3/i3_location.h"
#include "support/test_support.h"

namespace cxlint::parse {

TEST_SUITE("unit") {
  TEST_CASE("i3: logical locations name flow, sequence and action") {
    const std::string json = R"({"name":"Cache Example","flowSequenceItemList":[{"name":"Main","actionList":[)"
                             R"({"__type":"DataAction","id":"eb0e4414","name":"Call Data Action","paths":[]}]}]})";
    const ParseResult result = ParseJson(json);
    REQUIRE(result.ok());
    CHECK(I3LogicalLocation(result.root, 0) == "flow 'Cache Example'");
    CHECK(I3LogicalLocation(result.root, static_cast<uint32_t>(json.find("\"Main\""))) ==
          "flow 'Cache Example' > sequence 'Main'");
    CHECK(I3LogicalLocation(result.root, static_cast<uint32_t>(json.find("\"paths\""))) ==
          "flow 'Cache Example' > sequence 'Main' > action 'Call Data Action' (id eb0e4414)");
  }

  TEST_CASE("i3: logical locations work on file offsets of a real export") {
    const auto path = testing::CorpusDir() /
                      "GenesysCloudBlueprints__design-architect-flow-data-actions-for-resiliency" / "blueprint" /
                      "src" / "CacheExample.i3InboundFlow";
    I3DecodeError error{};
    const auto decoded = DecodeI3(testing::ReadFile(path), &error);
    REQUIRE(decoded.has_value());
    ParseResult result = ParseJson(decoded->json);
    REQUIRE(result.ok());
    // The action object itself, not the manifest or the path of the decision that leads to it.
    const size_t in_json = decoded->json.find("\"id\":\"eb0e4414", decoded->json.find("\"flowSequenceItemList\""));
    REQUIRE(in_json != std::string::npos);
    RemapOffsets(result, [&](uint32_t offset) { return decoded->ToFileOffset(offset); });
    const std::string location = I3LogicalLocation(result.root, decoded->ToFileOffset(static_cast<uint32_t>(in_json)));
    CHECK(location.rfind("flow 'Cache Example' > sequence '", 0) == 0);
    CHECK(location.find("(id eb0e4414-") != std::string::npos);
  }
}

}  // namespace cxlint::parse
