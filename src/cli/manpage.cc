// `cxlint __manpage`: cxlint(1) in roff, written from the description of the command line, the
// rule registry and the exit codes, so the installed page says what the installed binary does.

#include <ostream>
#include <string>

#include "base/severity.h"
#include "cli/app.h"
#include "cli/cli.h"
#include "cli/cli_docs.h"
#include "rules/registry.h"
#include "version.h"

namespace cxlint::cli {

namespace {

// Text as roff prints it: backslashes and hyphens escaped (a bare '-' may become a hyphen
// glyph, which breaks copying an option), and no line starting with a control character.
std::string Roff(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '\\') {
      escaped += "\\e";
    } else if (c == '-') {
      escaped += "\\-";
    } else {
      escaped += c;
    }
  }
  if (!escaped.empty() && (escaped[0] == '.' || escaped[0] == '\'')) escaped.insert(0, "\\&");
  return escaped;
}

std::string Bold(std::string_view text) { return "\\fB" + Roff(text) + "\\fR"; }
std::string Italic(std::string_view text) { return "\\fI" + Roff(text) + "\\fR"; }

void WriteOption(const OptionDoc& option, std::ostream& out) {
  out << ".TP\n";
  if (option.names.empty()) {
    out << Italic(option.positional) << "\n";
  } else {
    std::string names;
    for (const std::string& name : option.names) names += (names.empty() ? "" : ", ") + Bold(name);
    out << names << (option.TakesValue() ? " " + Italic(option.value_name) : "") << "\n";
  }
  out << Roff(option.description) << (option.description.ends_with('.') ? "" : ".") << "\n";
  if (!option.choices.empty() && option.choices.size() <= 12) {
    std::string choices;
    for (const std::string& choice : option.choices) choices += (choices.empty() ? "" : ", ") + Bold(choice);
    out << "One of " << choices << ".\n";
  }
}

std::string Synopsis(const CommandDoc& command) {
  std::string synopsis = ".B cxlint " + Roff(command.name) + "\n";
  if (!command.options.empty()) synopsis += "[" + Italic("OPTIONS") + "]";
  for (const OptionDoc& positional : command.positionals) {
    const std::string word = Italic(positional.positional);
    synopsis += " " + (positional.required ? word : "[" + word + "]");
  }
  return synopsis + "\n.br\n";
}

}  // namespace

int WriteManPage(const CliDoc& doc, std::ostream& out) {
  out << ".\\\" cxlint(1), written by `cxlint __manpage` from the command line, rules and exit codes.\n"
      << ".TH CXLINT 1 \"\" \"cxlint " << kVersion
      << "\" \"User Commands\"\n"
      // No hyphenation: an option or rule name broken across lines could not be searched for.
      << ".nh\n"
      << ".SH NAME\ncxlint \\- " << Roff(doc.program.description.substr(doc.program.description.find(": ") + 2))
      << "\n.SH SYNOPSIS\n";
  for (const CommandDoc& command : doc.commands) out << Synopsis(command);
  out << ".B cxlint\n[" << Italic("PATH") << "...]\n"
      << ".SH DESCRIPTION\n"
      << "cxlint reads Terraform for the MyPureCloud/genesyscloud provider, Archy YAML flows, Architect "
         ".i3 exports and data-action JSON, and reports the defects that drop conversations under peak "
         "load. Without a command it lints: "
      << Bold("cxlint") << " " << Italic("PATH") << "... is short for " << Bold("cxlint lint") << " " << Italic("PATH")
      << "...\n"
      << ".SH OPTIONS\n";
  for (const OptionDoc& option : doc.program.options) WriteOption(option, out);
  out << ".SH COMMANDS\n";
  for (const CommandDoc& command : doc.commands) {
    out << ".SS " << Bold(command.name) << "\n" << Roff(command.description) << ".\n";
    for (const OptionDoc& positional : command.positionals) WriteOption(positional, out);
    for (const OptionDoc& option : command.options) WriteOption(option, out);
  }
  out << ".SH RULES\n"
      << "Each rule's page is printed by " << Bold("cxlint explain CODE") << "; its severity here is the default.\n";
  for (const RuleMeta* rule : rules::AllRules()) {
    out << ".TP\n"
        << Bold(rule->code) << " " << Roff(rule->name) << " (" << SeverityName(rule->default_severity) << ")\n"
        << Roff(rule->summary) << "\n";
  }
  out << ".SH \"EXIT STATUS\"\n";
  for (const ExitCodeDoc& exit_code : ExitCodes()) {
    out << ".TP\n" << Bold(std::to_string(exit_code.code)) << "\n" << Roff(exit_code.meaning) << "\n";
  }
  out << ".SH ENVIRONMENT\n"
      << ".TP\n"
      << Bold("NO_COLOR") << "\nWhen set and not empty, " << Bold("--color auto") << " prints no colour.\n"
      << ".TP\n"
      << Bold("TF_VAR_name") << "\nThe value of the Terraform root module variable name, as Terraform reads it.\n"
      << ".TP\n"
      << Bold("GENESYSCLOUD_OAUTHCLIENT_ID") << ", " << Bold("GENESYSCLOUD_OAUTHCLIENT_SECRET") << ", "
      << Bold("GENESYSCLOUD_ACCESS_TOKEN") << ", " << Bold("GENESYSCLOUD_REGION") << "\n"
      << "Credentials and region of " << Bold("cxlint pull") << " and " << Bold("cxlint lint --org")
      << ", as the Terraform provider reads them.\n"
      << ".SH FILES\n.TP\n"
      << Bold(".cxlint.yaml") << "\n"
      << "Settings of the files in its folder and below; the nearest one above each file applies. "
      << Bold("cxlint init") << " writes a commented starter.\n"
      << ".SH \"SEE ALSO\"\n"
      << Roff(kHomepageUrl) << "\n";
  return kExitClean;
}

}  // namespace cxlint::cli
