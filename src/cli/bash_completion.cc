// `cxlint completion bash`: a completion function that knows each subcommand's options, the
// words some of them take (--format names, rule codes for `explain`), and leaves paths to bash.

#include <ostream>

#include "cli/cli_docs.h"

namespace cxlint::cli {

namespace {

std::string Join(const std::vector<std::string>& words, const char* separator = " ") {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : separator) + word;
  return joined;
}

// The case branch of one command: its option names, the values after an option, and the words
// in place of its positional arguments (none: paths, bash's default).
void WriteCommandCase(const CommandDoc& command, const std::string& words, std::ostream& out) {
  std::vector<std::string> names;
  for (const OptionDoc& option : command.options) names.insert(names.end(), option.names.begin(), option.names.end());
  out << "    \"" << command.name << "\")\n";
  out << "      options=\"" << Join(names) << "\"\n";
  out << "      words=\"" << words << "\"\n";
  out << "      case $prev in\n";
  for (const OptionDoc& option : command.options) {
    if (!option.TakesValue()) continue;
    const std::string pattern = Join(option.names, "|");
    if (option.choices.empty()) {
      out << "        " << pattern << ") return ;;  # a path or a number\n";
    } else {
      out << "        " << pattern << ") mapfile -t COMPREPLY < <(compgen -W \"" << Join(option.choices)
          << "\" -- \"$cur\"); return ;;\n";
    }
  }
  out << "      esac ;;\n";
}

}  // namespace

void WriteBashCompletion(const CliDoc& doc, std::ostream& out) {
  std::vector<std::string> command_names;
  for (const CommandDoc& command : doc.commands) command_names.push_back(command.name);
  out << "# bash completion for cxlint, written by `cxlint completion bash` from its command line.\n"
         "# Installed in bash-completion's folder by the package; or: source <(cxlint completion bash)\n"
         "_cxlint() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command=\"\" options words i\n"
         "  COMPREPLY=()\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    case ${COMP_WORDS[i]} in\n"
         "      "
      << Join(command_names, "|")
      << ") command=${COMP_WORDS[i]}; break ;;\n"
         "    esac\n"
         "  done\n"
         "  case $command in\n";
  WriteCommandCase(doc.program, Join(command_names), out);
  for (const CommandDoc& command : doc.commands) {
    std::vector<std::string> words;
    for (const OptionDoc& positional : command.positionals)
      words.insert(words.end(), positional.choices.begin(), positional.choices.end());
    WriteCommandCase(command, Join(words), out);
  }
  out << "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    mapfile -t COMPREPLY < <(compgen -W \"$options\" -- \"$cur\")\n"
         "  elif [[ -n $words ]]; then\n"
         "    mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\")\n"
         "  fi\n"
         "}\n"
         "# Nothing offered (a path is expected): bash completes file names.\n"
         "complete -o default -F _cxlint cxlint\n";
}

}  // namespace cxlint::cli
