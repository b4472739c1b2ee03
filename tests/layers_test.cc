// The layers of src/ stay as docs/development.md describes them: every `#include "..."` under
// src/ names its own folder or one that the folder's row of the "Layers" table lists, and every
// listed folder is a row above, so no two folders include each other.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace cxlint::testing {
namespace {

namespace fs = std::filesystem;

// One row of the table: a top-level folder of src/ (or the generated `version.h`) and what it
// may include.
struct Layer {
  std::string name;  // "model", "version.h"
  std::set<std::string> may_include;
};

// The backquoted names of a table cell, a folder's trailing '/' removed: "`base`, `parse`".
std::vector<std::string> NamesIn(const std::string& cell) {
  std::vector<std::string> names;
  static const std::regex kName("`([^`]+)`");
  for (std::sregex_iterator it(cell.begin(), cell.end(), kName), end; it != end; ++it) {
    std::string name = (*it)[1];
    if (!name.empty() && name.back() == '/') name.pop_back();
    names.push_back(name);
  }
  return names;
}

// The rows of the "## Layers" table, in order; rows of nested folders ("model/terraform/") are
// parts of their top folder and left out. Problems with the table itself go to `problems`.
std::vector<Layer> ReadLayers(const std::string& development, std::vector<std::string>& problems) {
  std::vector<Layer> layers;
  const size_t start = development.find("\n## Layers\n");
  if (start == std::string::npos) {
    problems.push_back("docs/development.md has no \"## Layers\" section");
    return layers;
  }
  const size_t end = development.find("\n## ", start + 1);
  std::istringstream lines(development.substr(start, end == std::string::npos ? std::string::npos : end - start));
  std::string line;
  std::set<std::string> above;
  while (std::getline(lines, line)) {
    if (line.rfind("| `", 0) != 0) continue;  // not a row, the header or its rule
    std::vector<std::string> cells;
    std::istringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(cell);
    const std::vector<std::string> folder = NamesIn(cells.front());
    if (folder.size() != 1 || cells.size() < 3) {
      problems.push_back("docs/development.md: a Layers row names no single folder: " + line);
      continue;
    }
    if (folder.front().find('/') != std::string::npos) continue;
    Layer layer{folder.front(), {}};
    for (const std::string& name : NamesIn(cells[2])) {
      if (!above.count(name)) {
        problems.push_back("docs/development.md: the Layers row of " + layer.name + " lists " + name +
                           ", which is not a row above it");
      }
      layer.may_include.insert(name);
    }
    above.insert(layer.name);
    layers.push_back(std::move(layer));
  }
  return layers;
}

// The problems of every `#include "..."` of the .h and .cc files under `src`: a path that names
// no layer, or a layer the including folder's row does not list. Each names its file and line.
std::vector<std::string> IncludeProblems(const fs::path& src, const std::vector<Layer>& layers) {
  std::map<std::string, const Layer*> by_name;
  for (const Layer& layer : layers) by_name[layer.name] = &layer;
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(src)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && (extension == ".h" || extension == ".cc")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // problems in a stable order
  static const std::regex kInclude(R"re(^\s*#\s*include\s*"([^"]+)")re");
  std::vector<std::string> problems;
  for (const fs::path& file : files) {
    const fs::path relative = file.lexically_relative(src);
    const std::string folder = relative.begin()->string();
    const auto own = by_name.find(folder);
    std::istringstream lines(ReadFile(file));
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
      std::smatch match;
      if (!std::regex_search(line, match, kInclude)) continue;
      const std::string included = match[1];
      const std::string target = included.substr(0, included.find('/'));  // "version.h" has no folder
      const std::string where = "src/" + relative.generic_string() + ":" + std::to_string(number) + ": ";
      if (own == by_name.end()) {
        problems.push_back(where + "its folder " + folder + " is not a row of the Layers table");
        break;
      }
      if (target == folder || own->second->may_include.count(target)) continue;
      if (!by_name.count(target)) {
        problems.push_back(where + "includes " + included + ", which is in no layer");
      } else {
        bool below = false;
        for (const Layer& layer : layers) {
          if (&layer == own->second) break;
          below = below || layer.name == target;
        }
        problems.push_back(where + folder + " includes " + included + ", but " + target +
                           (below ? " is not in the list of " + folder : " is a layer above " + folder) +
                           " (docs/development.md, Layers)");
      }
    }
  }
  return problems;
}

TEST_SUITE("docs") {
  TEST_CASE("every #include under src/ follows the layers of docs/development.md") {
    std::vector<std::string> problems;
    const std::vector<Layer> layers = ReadLayers(ReadFile(SourceDir() / "docs" / "development.md"), problems);
    REQUIRE(layers.size() > 5);
    // Every folder of src/ has its row, and every row is a folder or the generated version.h.
    std::set<std::string> folders;
    for (const fs::directory_entry& entry : fs::directory_iterator(SourceDir() / "src")) {
      if (entry.is_directory()) folders.insert(entry.path().filename().string());
    }
    for (const Layer& layer : layers) {
      const bool generated = fs::exists(SourceDir() / "src" / (layer.name + ".in"));
      if (!folders.erase(layer.name) && !generated)
        problems.push_back("the Layers row " + layer.name + " is no folder of src/");
    }
    for (const std::string& folder : folders) problems.push_back("src/" + folder + "/ has no row in the Layers table");
    for (const std::string& problem : IncludeProblems(SourceDir() / "src", layers)) problems.push_back(problem);
    for (const std::string& problem : problems) FAIL_CHECK(problem);
  }

  TEST_CASE("an include of a folder above, or of one not listed, is named with its file and line") {
    std::vector<std::string> problems;
    const std::vector<Layer> layers = ReadLayers(
        "# Developing\n\n## Layers\n\n| folder | holds | may include |\n|---|---|---|\n"
        "| `base/` | basics | — |\n| `config/` | settings | `base` |\n| `parse/` | trees | `base` |\n"
        "| `model/` | the project | `base`, `parse` |\n| `model/terraform/` | (part of model) | |\n"
        "| `rules/` | rules | `base`, `model` |\n\n## Next\n",
        problems);
    CHECK(problems.empty());
    REQUIRE(layers.size() == 5);
    TempDir dir;
    dir.Write("src/base/a.h", "#pragma once\n");
    dir.Write("src/model/terraform/b.cc", "#include \"model/b.h\"\n#include \"base/a.h\"\n#include <map>\n");
    dir.Write("src/model/b.h", "#pragma once\n// #include \"rules/not_an_include.h\"\n#include \"rules/registry.h\"\n");
    dir.Write("src/rules/c.cc", "#include \"config/config.h\"\n  #  include \"version.h\"\n");
    dir.Write("src/rules/d.txt", "#include \"api/ignored.h\"\n");
    CHECK(IncludeProblems(dir.path() / "src", layers) ==
          std::vector<std::string>{"src/model/b.h:3: model includes rules/registry.h, but rules is a layer above model "
                                   "(docs/development.md, Layers)",
                                   "src/rules/c.cc:1: rules includes config/config.h, but config is not in the list of "
                                   "rules (docs/development.md, Layers)",
                                   "src/rules/c.cc:2: includes version.h, which is in no layer"});
  }

  TEST_CASE("a Layers row that lists a folder below it in the table is a problem of the table") {
    std::vector<std::string> problems;
    ReadLayers("# Developing\n\n## Layers\n| `base/` | basics | `rules` |\n| `rules/` | rules | `base` |\n", problems);
    CHECK(problems == std::vector<std::string>{
                          "docs/development.md: the Layers row of base lists rules, which is not a row above it"});
  }
}

}  // namespace
}  // namespace cxlint::testing
