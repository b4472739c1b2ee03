// The pieces the machine-readable formats share: hashes, fingerprints, repository paths, escaping.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/line_hash.h"
#include "base/sha256.h"
#include "report/fingerprint.h"
#include "report/repo_path.h"
#include "report/xml.h"
#include "rules/registry.h"
#include "support/test_support.h"

namespace cxlint {

namespace {

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

Finding MakeFinding(const RuleMeta& rule, std::string address, std::string message = "m") {
  Finding finding;
  finding.rule = &rule;
  finding.address = std::move(address);
  finding.message = std::move(message);
  return finding;
}

}  // namespace

TEST_SUITE("unit") {
  TEST_CASE("SHA-256 matches the FIPS 180-4 examples, across the padding boundaries") {
    CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(Sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }

  // Expected values: the test vectors of GitHub's upload action (codeql-action fingerprints.test.ts).
  TEST_CASE("line hashes equal GitHub's for every kind of line ending") {
    CHECK(GithubLineHashes("") == std::vector<std::string>{"c129715d7a2bc9a3:1"});
    CHECK(GithubLineHashes(" a\nb\n  \t\tc\n d") == std::vector<std::string>{"271789c17abda88f:1", "54703d4cd895b18:1",
                                                                             "180aee12dab6264:1",
                                                                             "a23a3dc5e078b07b:1"});
    const std::vector<std::string> expected = {"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1",
                                               "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1",
                                               "c129715d7a2bc9a3:1"};
    CHECK(GithubLineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n") == expected);
    CHECK(GithubLineHashes(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r") == expected);
    CHECK(GithubLineHashes(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n") == expected);
    CHECK(GithubLineHashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n") == expected);
    CHECK(GithubLineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End") ==
          std::vector<std::string>{"8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1",
                                   "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1"});
  }

  TEST_CASE("identical line hashes are numbered in order") {
    const std::vector<std::string> hashes = GithubLineHashes(Repeat("Lorem ipsum dolor sit amet.\n", 10));
    REQUIRE(hashes.size() == 11);
    CHECK(hashes[0] == "a7f2ff13bc495cf2:1");
    CHECK(hashes[5] == "a7f2ff13bc495cf2:6");
    CHECK(hashes[6] == "a7f2ff1481e87703:1");
    CHECK(hashes[9] == "cc97dc7b1d7d8f7b:1");
    CHECK(hashes[10] == "c129715d7a2bc9a3:1");
  }

  TEST_CASE("stable fingerprints ignore lines, follow rule, file and address, and number repeats") {
    const std::vector<Finding> findings = {
        MakeFinding(rules::kImmediateRetry, "flow > a"), MakeFinding(rules::kImmediateRetry, "flow > a"),
        MakeFinding(rules::kImmediateRetry, "flow > b"), MakeFinding(rules::kAggressiveRetryInterval, "flow > a"),
        MakeFinding(rules::kParseError, "", "invalid YAML")};
    const std::vector<std::string> paths = {"f.yaml", "f.yaml", "f.yaml", "f.yaml", "f.yaml"};
    const std::vector<std::string> prints = report::StableFingerprints(findings, paths);
    REQUIRE(prints.size() == 5);
    CHECK(prints[0].size() == 34);
    CHECK(prints[0].ends_with(":1"));
    CHECK(prints[1] == prints[0].substr(0, 32) + ":2");
    CHECK(prints[2].substr(0, 32) != prints[0].substr(0, 32));
    CHECK(prints[3].substr(0, 32) != prints[0].substr(0, 32));
    // Another file, same rule and address: another fingerprint.
    CHECK(report::StableFingerprints({findings[0]}, {"g.yaml"})[0] != prints[0]);
    // A finding moved to another line keeps its fingerprint: lines are not an input at all.
    Finding moved = findings[0];
    moved.location.span = {100, 120};
    CHECK(report::StableFingerprints({moved}, {"f.yaml"})[0] == prints[0]);
    // Without an address the message tells findings apart.
    CHECK(report::StableFingerprints({MakeFinding(rules::kParseError, "", "other")}, {"f.yaml"})[0] != prints[4]);
  }

  TEST_CASE("repository paths are relative inside the root and absolute outside it") {
    testing::TempDir dir;
    dir.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
    const std::string file = dir.Write("repo/flows/a b.yaml", "x: 1\n");
    dir.Write("elsewhere/c.tf", "");
    CHECK(report::FindRepositoryRoot(dir.path() / "repo" / "flows") == dir.path() / "repo");
    CHECK(report::FindRepositoryRoot(file) == dir.path() / "repo");
    const report::RepoPath inside = report::ToRepoPath(file, dir.path() / "repo");
    CHECK(inside.inside_root);
    CHECK(inside.path == "flows/a b.yaml");
    const report::RepoPath outside = report::ToRepoPath((dir.path() / "elsewhere/c.tf").string(), dir.path() / "repo");
    CHECK_FALSE(outside.inside_root);
    CHECK(outside.path == (dir.path() / "elsewhere/c.tf").generic_string());
    CHECK(report::PercentEncodePath("flows/a b%#?:é.yaml") == "flows/a%20b%25%23%3F%3A%C3%A9.yaml");
    CHECK(report::FileUri("/tmp/x y", true) == "file:///tmp/x%20y/");
  }

  TEST_CASE("XML escaping keeps line breaks in attributes and drops forbidden control characters") {
    CHECK(report::XmlEscape("a<b>&\"c'\n\x01") == "a&lt;b&gt;&amp;&quot;c&apos;&#10;\xEF\xBF\xBD");
  }
}

}  // namespace cxlint
