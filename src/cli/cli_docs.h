#pragma once
// The command line as documentation: the subcommands and options of the CLI11 app (cli/app.h),
// read back from it, and the man page and shell completions written from that. Nothing here
// lists an option itself, so the man page and completions follow --help by construction.

#include <ostream>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace cxlint::cli {

/// One option, flag or positional argument.
struct OptionDoc {
  std::vector<std::string> names;  // "-o", "--output"; empty for a positional argument
  std::string positional;          // "paths" for a positional argument
  std::string description;
  std::string value_name;            // as --help shows it ("TEXT", "UINT"); empty for a flag
  std::vector<std::string> choices;  // the words the value takes (cli/app.h ValueChoices); empty when free
  bool required = false;
  bool TakesValue() const { return !value_name.empty(); }
};

/// A subcommand ("lint"), or the program itself (empty name).
struct CommandDoc {
  std::string name;
  std::string description;
  std::vector<OptionDoc> options;      // --help included; hidden options left out
  std::vector<OptionDoc> positionals;  // in order
};

/// The program and its visible subcommands, in the order --help lists them.
struct CliDoc {
  CommandDoc program;
  std::vector<CommandDoc> commands;
};

CliDoc DescribeCommands(const CLI::App& app);

/// `cxlint completion SHELL`: the completion script for bash, zsh or fish.
int WriteCompletion(const std::string& shell, const CliDoc& doc, std::ostream& out);
void WriteBashCompletion(const CliDoc& doc, std::ostream& out);
void WriteZshCompletion(const CliDoc& doc, std::ostream& out);
void WriteFishCompletion(const CliDoc& doc, std::ostream& out);

/// `cxlint __manpage`: cxlint(1) in roff, with the rules and the exit codes.
int WriteManPage(const CliDoc& doc, std::ostream& out);

}  // namespace cxlint::cli
