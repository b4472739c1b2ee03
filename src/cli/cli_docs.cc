#include "cli/cli_docs.h"

#include <CLI/CLI.hpp>

#include "cli/app.h"
#include "cli/cli.h"

namespace cxlint::cli {

namespace {

OptionDoc DescribeOption(const CLI::Option& option, const std::string& command) {
  OptionDoc doc;
  for (const std::string& name : option.get_snames()) doc.names.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) doc.names.push_back("--" + name);
  if (doc.names.empty()) doc.positional = option.get_name();
  doc.description = option.get_description();
  // As CLI11's help formatter decides: a flag has type size 0 or no type name.
  // "TEXT:{auto,always,never}" names a checked value; its choices are listed on their own.
  if (option.get_type_size() != 0) {
    const std::string type = option.get_type_name();
    doc.value_name = type.substr(0, type.find(':'));
  }
  doc.choices = ValueChoices(doc.names.empty() ? doc.positional : doc.names.back(), command);
  doc.required = option.get_required();
  return doc;
}

CommandDoc DescribeCommand(const CLI::App& app) {
  CommandDoc doc;
  doc.name = app.get_parent() != nullptr ? app.get_name() : "";
  doc.description = app.get_description();
  // An option without a group is hidden from --help (an old name kept for scripts).
  for (const CLI::Option* option : app.get_options([](const CLI::Option* o) { return !o->get_group().empty(); })) {
    OptionDoc option_doc = DescribeOption(*option, doc.name);
    (option_doc.names.empty() ? doc.positionals : doc.options).push_back(std::move(option_doc));
  }
  return doc;
}

}  // namespace

CliDoc DescribeCommands(const CLI::App& app) {
  CliDoc doc;
  doc.program = DescribeCommand(app);
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
    doc.commands.push_back(DescribeCommand(*sub));
  }
  return doc;
}

int WriteCompletion(const std::string& shell, const CliDoc& doc, std::ostream& out) {
  if (shell == "bash") {
    WriteBashCompletion(doc, out);
  } else if (shell == "zsh") {
    WriteZshCompletion(doc, out);
  } else if (shell == "fish") {
    WriteFishCompletion(doc, out);
  } else {
    return kExitUsage;  // the parser's check lets only the three through
  }
  return kExitClean;
}

}  // namespace cxlint::cli
