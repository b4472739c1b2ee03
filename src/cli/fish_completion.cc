// `cxlint completion fish`: one `complete` line per subcommand, option and word list, from the
// same description of the command line as --help.

#include <ostream>

#include "cli/cli_docs.h"

namespace cxlint::cli {

namespace {

// fish's single quotes take \' and \\ as escapes.
std::string Quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

std::string Words(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : " ") + word;
  return Quoted(joined);
}

void WriteOptions(const CommandDoc& command, const std::string& condition, std::ostream& out) {
  for (const OptionDoc& option : command.options) {
    out << "complete -c cxlint -n " << condition;
    for (const std::string& name : option.names) {
      out << (name.rfind("--", 0) == 0 ? " -l " + name.substr(2) : " -s " + name.substr(1));
    }
    if (option.TakesValue()) out << (option.choices.empty() ? " -r -F" : " -x -a " + Words(option.choices));
    out << " -d " << Quoted(option.description) << "\n";
  }
  for (const OptionDoc& positional : command.positionals) {
    out << "complete -c cxlint -n " << condition
        << (positional.choices.empty() ? " -F" : " -a " + Words(positional.choices)) << "\n";
  }
}

}  // namespace

void WriteFishCompletion(const CliDoc& doc, std::ostream& out) {
  out << "# fish completion for cxlint, written by `cxlint completion fish` from its command line.\n"
         "complete -c cxlint -f\n";
  for (const CommandDoc& command : doc.commands) {
    out << "complete -c cxlint -n __fish_use_subcommand -a " << command.name << " -d " << Quoted(command.description)
        << "\n";
  }
  WriteOptions(doc.program, "__fish_use_subcommand", out);
  for (const CommandDoc& command : doc.commands) {
    WriteOptions(command, Quoted("__fish_seen_subcommand_from " + command.name), out);
  }
}

}  // namespace cxlint::cli
