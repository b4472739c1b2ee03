// `cxlint completion zsh`: an _arguments specification for each subcommand, from the same
// description of the command line as --help.

#include <ostream>

#include "cli/cli_docs.h"

namespace cxlint::cli {

namespace {

// Inside '...': a quote ends the string, so it becomes '\''.
std::string Quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Brackets and colons delimit the parts of an _arguments specification.
std::string Escaped(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

std::string ValueAction(const OptionDoc& option) {
  if (option.choices.empty()) return "_files";
  std::string action = "(";
  for (const std::string& choice : option.choices) action += (action.size() > 1 ? " " : "") + choice;
  return action + ")";
}

void WriteArguments(const CommandDoc& command, std::ostream& out) {
  out << "      _arguments -s";
  for (const OptionDoc& option : command.options) {
    for (const std::string& name : option.names) {
      std::string spec = name + "[" + Escaped(option.description) + "]";
      if (option.TakesValue()) spec += ":" + Escaped(option.value_name) + ":" + ValueAction(option);
      out << " \\\n        " << Quoted(spec);
    }
  }
  for (const OptionDoc& positional : command.positionals) {
    out << " \\\n        " << Quoted("*:" + positional.positional + ":" + ValueAction(positional));
  }
  out << " ;;\n";
}

}  // namespace

void WriteZshCompletion(const CliDoc& doc, std::ostream& out) {
  out << "#compdef cxlint\n"
         "# zsh completion for cxlint, written by `cxlint completion zsh` from its command line.\n"
         "_cxlint() {\n"
         "  local -a commands\n"
         "  commands=(\n";
  for (const CommandDoc& command : doc.commands) {
    out << "    " << Quoted(command.name + ":" + command.description) << "\n";
  }
  out << "  )\n"
         "  if (( CURRENT == 2 )); then\n"
         "    _describe -t commands 'cxlint command' commands\n"
         "    _files  # `cxlint PATH...` lints\n"
         "    return\n"
         "  fi\n"
         "  local command=$words[2]\n"
         "  shift words\n"
         "  (( CURRENT-- ))\n"
         "  case $command in\n";
  for (const CommandDoc& command : doc.commands) {
    out << "    " << command.name << ")\n";
    WriteArguments(command, out);
  }
  out << "    *) _files ;;\n"
         "  esac\n"
         "}\n"
         "_cxlint \"$@\"\n";
}

}  // namespace cxlint::cli
