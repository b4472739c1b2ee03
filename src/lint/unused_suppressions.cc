#include "lint/unused_suppressions.h"

#include <set>
#include <tuple>

#include "base/edit_distance.h"
#include "lint/rule_settings.h"
#include "rules/registry.h"

namespace cxlint {

namespace {

std::vector<std::string> RuleWords() {
  std::vector<std::string> words;
  for (const RuleMeta* rule : rules::AllRules()) {
    words.emplace_back(rule->code);
    words.emplace_back(rule->name);
  }
  return words;
}

std::string Scope(const Suppression& comment) { return comment.whole_file ? "in this file" : "here"; }

}  // namespace

void ReportUnusedSuppressions(const model::Project& project, const std::vector<Suppression>& comments,
                              const std::vector<UnusedIgnore>& ignores, const std::function<bool(const RuleMeta&)>& ran,
                              std::vector<Finding>& out) {
  // A flow file deployed by two resources is read twice; its comment counts as used when either
  // copy used it, and is reported once.
  using Key = std::tuple<std::string, uint32_t, size_t>;
  std::set<Key> used, reported;
  for (const Suppression& comment : comments) {
    if (comment.used_by_any) used.insert({comment.file->path(), comment.directive.begin, SIZE_MAX});
    for (size_t i = 0; i < comment.names.size(); ++i) {
      if (comment.names[i].used) used.insert({comment.file->path(), comment.directive.begin, i});
    }
  }
  Sink sink(rules::kUnusedSuppression, out);
  for (const Suppression& comment : comments) {
    const std::string& path = comment.file->path();
    if (comment.names.empty()) {
      const Key key{path, comment.directive.begin, SIZE_MAX};
      if (used.count(key) || !reported.insert(key).second) continue;
      sink.Report({comment.file, comment.directive, ""},
                  "this suppression of every rule matches no finding " + Scope(comment));
      continue;
    }
    for (size_t i = 0; i < comment.names.size(); ++i) {
      const Suppression::Name& name = comment.names[i];
      const Key key{path, comment.directive.begin, i};
      if (used.count(key) || (name.rule && (!ran(*name.rule) || RuleIsOff(project, *name.rule, *comment.file))) ||
          !reported.insert(key).second)
        continue;
      if (!name.rule) {
        sink.Report(
            {comment.file, name.span, ""},
            "'" + name.text + "' is not a rule" + DidYouMean(name.text, RuleWords()) + ", so it suppresses nothing");
        continue;
      }
      sink.Report({comment.file, name.span, ""}, "the suppression of " + std::string(name.rule->code) + " " +
                                                     std::string(name.rule->name) + " matches no finding " +
                                                     Scope(comment));
    }
  }
  for (const UnusedIgnore& unused : ignores) {
    const IgnoreEntry& entry = *unused.entry;
    if (!ran(*entry.rule) || RuleIsOff(project, *entry.rule, *unused.config)) continue;
    sink.Report({unused.config, entry.span, ""},
                "this ignore entry of " + std::string(entry.rule->code) + " " + std::string(entry.rule->name) +
                    " matches no finding in '" + entry.path + "'" +
                    (entry.address.empty() ? std::string() : " at '" + entry.address + "'"));
  }
}

}  // namespace cxlint
