// templatefile(): a template file rendered as Terraform renders it, with a map from the rendered
// text back to the file, so a flow generated from a template is linted at the template's lines.

#include <algorithm>
#include <memory>

#include "base/file_read.h"
#include "model/terraform/evaluator.h"
#include "model/terraform/terraform_model.h"
#include "parse/hcl/hcl_parser.h"

namespace cxlint::model {

namespace {

using parse::hcl::Expression;
using parse::hcl::ExprKind;

// A template file is exactly the body of a heredoc; it is parsed as one, behind this prefix.
constexpr std::string_view kMarker = "CXLINT_TEMPLATE_END";
constexpr std::string_view kPrefix = "t = <<CXLINT_TEMPLATE_END\n";

// Appends `text`, which stands for the template bytes `span`, to the rendering. Literal text
// keeps its own offsets when it is the bytes of the file (most of a template); otherwise
// (an escape, a trimmed strip marker, a value) it maps to the start of what it replaces.
void Append(RenderedTemplate& out, std::string_view text, Span span, bool literal) {
  const auto begin = static_cast<uint32_t>(out.text.size());
  const std::string_view source = std::string_view(out.file->text()).substr(span.begin, span.end - span.begin);
  Span from = span;
  if (const size_t inside = source.find(text); literal && !text.empty() && inside != std::string_view::npos) {
    from = {span.begin + static_cast<uint32_t>(inside), span.begin + static_cast<uint32_t>(inside + text.size())};
  }
  out.text.append(text);
  out.map.AddEdit(from.begin, from.end, begin, static_cast<uint32_t>(out.text.size()));
}

}  // namespace

RenderedTemplate Evaluator::RenderTemplateFile(const Expression& call) const {
  budget().steps = 0;
  return TemplateFile(call, Names{}, 0);
}

RenderedTemplate Evaluator::TemplateFile(const Expression& call, const Names& names, int depth) const {
  RenderedTemplate out;
  out.incomplete = true;
  // Terraform refuses templatefile() inside a template: a template that renders itself (or
  // another) would never end.
  if (names.count(kTemplateScope)) {
    out.value = Value::Error(
        "templatefile() cannot be called inside a template (Terraform forbids it: a template "
        "rendering itself would never end)");
    return out;
  }
  if (call.children.size() != 2) {
    out.value = Value::Error("templatefile() takes a path and a map of variables");
    return out;
  }
  const Value path = Eval(call.children[0], names, depth + 1);
  const Value vars = Eval(call.children[1], names, depth + 1);
  if (path.IsUnknown() || vars.IsUnknown()) {
    out.value = path.IsUnknown() ? path : vars;
    return out;
  }
  if (!path.IsString()) {
    out.value = Value::Error("templatefile() needs a path");
    return out;
  }
  if (!vars.IsObject()) {
    out.value = Value::Error("the variables of templatefile() are " + vars.Describe() + ", not a map");
    return out;
  }
  const std::string& written = path.str();
  // Relative to Terraform's working folder, the root module, as every path function is.
  const std::string full = JoinPath(instance_.root_dir, written);
  // Bounded and never blocking, as file() is.
  FileReadResult read = ReadRegularFile(full, budget().max_file_size);
  if (!read.error.empty()) {
    out.value = Value::Error("file " + path.Describe() + " cannot be read: " + read.error);
    return out;
  }
  out.file = std::make_shared<SourceFile>(full, std::move(read.text));
  const std::string& text = out.file->text();
  const bool newline = !text.empty() && text.back() == '\n';
  const std::string source = std::string(kPrefix) + text + (newline ? "" : "\n") + std::string(kMarker) + "\n";
  const parse::hcl::HclParseResult parsed = parse::hcl::ParseHcl(source);
  const auto shift = static_cast<uint32_t>(kPrefix.size());
  if (!parsed.ok() || parsed.body.attributes.empty()) {
    const uint32_t at = parsed.errors.empty() ? 0 : parsed.errors.front().offset;
    out.parse_error_offset = std::min(at >= shift ? at - shift : 0, static_cast<uint32_t>(text.size()));
    out.value = Value::Error("templatefile(): " + path.Describe() + " is not a valid template" +
                             (parsed.errors.empty() ? "" : ": " + parsed.errors.front().message));
    return out;
  }
  Names scope;
  for (const auto& [name, value] : vars.entries()) scope[name] = value;
  scope[std::string(kTemplateScope)] = Value::Null();
  const Expression& body = parsed.body.attributes[0].expression;
  out.incomplete = !RenderParts(body.children, shift, scope, depth + 1, out);
  // The heredoc ends with the newline added above when the file had none.
  if (!out.incomplete && !newline && !out.text.empty()) out.text.pop_back();
  if (out.incomplete) return out;
  if (!out.value.IsUnknown()) out.value = Value::String(out.text);
  return out;
}

bool Evaluator::RenderParts(const parse::hcl::ExprList& parts, uint32_t shift, const Names& names, int depth,
                            RenderedTemplate& out) const {
  const uint64_t max_bytes = budget().max_value_bytes;
  const auto in_file = [&](Span span) { return Span{span.begin - shift, span.end - shift}; };
  for (const Expression& part : parts) {
    if (auto over = OverBudget()) {
      out.value = *over;
      return false;
    }
    if (part.kind == ExprKind::kLiteralPart) {
      Append(out, part.value(), in_file(part.span), true);
    } else if (part.kind == ExprKind::kTemplateIf) {
      const Value condition = Eval(part.children.at(0), names, depth + 1);
      const auto chosen = AsBool(condition);
      if (!chosen) {
        out.value = condition.IsUnknown() ? condition : Value::Error("a template condition is not a boolean");
        return false;
      }
      if (!RenderParts(part.children.at(*chosen ? 1 : 2).children, shift, names, depth + 1, out)) return false;
    } else if (part.kind == ExprKind::kTemplateFor) {
      const Value collection = Eval(part.children.at(0), names, depth + 1);
      if (!collection.IsTuple() && !collection.IsObject()) {
        out.value =
            collection.IsUnknown() ? collection : Value::Error("a template for loop over " + collection.Describe());
        return false;
      }
      Names inner = names;
      const auto each = [&](const Value& key, const Value& item) {
        if (!part.key_name().empty()) inner[std::string(part.key_name())] = key;
        inner[std::string(part.name())] = item;
        return RenderParts(part.children.at(1).children, shift, inner, depth + 1, out);
      };
      for (size_t i = 0; i < collection.items().size(); ++i) {
        if (!each(Value::Number(static_cast<double>(i)), collection.items()[i])) return false;
      }
      for (const auto& [key, item] : collection.entries()) {
        if (!each(Value::String(key), item)) return false;
      }
    } else {
      const Value value = Eval(part, names, depth + 1);
      const Span span = in_file(part.span);
      if (value.IsError()) {
        out.value = value;
        return false;
      }
      if (value.IsUnknown()) {
        // Left as written: the rendered text says what is not known instead of guessing it.
        if (!out.value.IsUnknown()) out.value = value;
        Append(out, std::string_view(out.file->text()).substr(span.begin, span.end - span.begin), span, true);
      } else if (const auto text = value.AsString()) {
        Append(out, *text, span, false);
      } else {
        out.value = Value::Error("a template interpolates " + value.Describe() + ", which is not a string");
        return false;
      }
    }
    if (out.text.size() > max_bytes) {
      out.value = Value::Error("the rendered template would be larger than the evaluation budget of " +
                               std::to_string(max_bytes) + " bytes");
      return false;
    }
  }
  return true;
}

}  // namespace cxlint::model
