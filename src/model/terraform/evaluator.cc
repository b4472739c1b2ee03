#include "model/terraform/evaluator.h"

#include <algorithm>
#include <cmath>

#include "model/terraform/functions.h"

namespace cxlint::model {

namespace {

using parse::hcl::ExprKind;
using parse::hcl::Expression;
using parse::hcl::Operator;

// Evaluation recurses through locals, outputs and module inputs as well as expressions; this
// bounds the whole chain (cycles are caught separately, with a clearer message).
constexpr int kMaxEvalDepth = 400;

Value PropagateUnknown(const Value& a, const Value& b) { return a.IsUnknown() ? a : b; }

std::optional<bool> AsBool(const Value& value) {
  if (value.kind() == Value::Kind::kBool) return value.boolean();
  if (value.IsString() && (value.str() == "true" || value.str() == "false")) return value.str() == "true";
  return std::nullopt;
}

}  // namespace

Value Evaluator::Evaluate(const Expression& expression) const { return Eval(expression, Names{}, 0); }

Value Evaluator::Eval(const Expression& e, const Names& names, int depth) const {
  if (depth > kMaxEvalDepth) return Value::Error("the expression nests too deeply to evaluate");
  switch (e.kind) {
    case ExprKind::kNumber: return Value::Number(e.number);
    case ExprKind::kBool: return Value::Bool(e.bool_value);
    case ExprKind::kNull: return Value::Null();
    case ExprKind::kTemplate: return Template(e, names, depth);
    case ExprKind::kLiteralPart: return Value::String(e.value);
    case ExprKind::kInterpolation:
    case ExprKind::kParens: return Eval(e.children.at(0), names, depth + 1);
    case ExprKind::kVariable:
    case ExprKind::kTraversal: return Traversal(e, names, depth);
    case ExprKind::kSplatItem: {
      auto it = names.find("\x01splat");
      return it != names.end() ? it->second : Value::Error("a splat item outside a splat");
    }
    case ExprKind::kSplat: return Splat(e, names, depth);
    case ExprKind::kFunctionCall: return Call(e, names, depth);
    case ExprKind::kTuple: {
      std::vector<Value> items;
      for (const Expression& child : e.children) items.push_back(Eval(child, names, depth + 1));
      return Value::Tuple(std::move(items));
    }
    case ExprKind::kObject: {
      Value::Entries entries;
      for (size_t i = 0; i < e.ObjectSize(); ++i) {
        const Expression& key_expr = e.ObjectKey(i);
        std::string key;
        // A bare name as an object key is the name itself, not a variable.
        if (key_expr.kind == ExprKind::kVariable) {
          key = std::string(key_expr.name);
        } else {
          const Value key_value = Eval(key_expr, names, depth + 1);
          if (key_value.IsUnknown()) return key_value;
          const auto text = key_value.AsString();
          if (!text) return Value::Error("an object key is not a string");
          key = *text;
        }
        Value value = Eval(e.ObjectValue(i), names, depth + 1);
        bool replaced = false;
        for (auto& [existing, existing_value] : entries) {
          if (existing == key) existing_value = value, replaced = true;
        }
        if (!replaced) entries.emplace_back(std::move(key), std::move(value));
      }
      return Value::Object(std::move(entries));
    }
    case ExprKind::kFor: return For(e, names, depth);
    case ExprKind::kConditional: {
      const Value condition = Eval(e.children.at(0), names, depth + 1);
      if (condition.IsUnknown()) return condition;
      const auto b = AsBool(condition);
      if (!b) return Value::Error("a condition is not a boolean");
      return Eval(e.children.at(*b ? 1 : 2), names, depth + 1);
    }
    case ExprKind::kUnary: {
      const Value operand = Eval(e.children.at(0), names, depth + 1);
      if (operand.IsUnknown()) return operand;
      if (e.op == Operator::kNot) {
        const auto b = AsBool(operand);
        return b ? Value::Bool(!*b) : Value::Error("'!' needs a boolean");
      }
      const auto n = operand.AsNumber();
      return n ? Value::Number(-*n) : Value::Error("'-' needs a number");
    }
    case ExprKind::kBinary: return Binary(e, names, depth);
    case ExprKind::kGetAttr:
    case ExprKind::kIndex:
    case ExprKind::kLegacyIndex:
    case ExprKind::kTemplateIf:
    case ExprKind::kTemplateFor: break;  // only inside traversals and templates
  }
  return Value::Error("an expression cxlint cannot evaluate here");
}

Value Evaluator::Template(const Expression& e, const Names& names, int depth) const {
  if (e.IsStringLiteral()) return Value::String(e.value);
  // "${x}" alone is x itself, not x converted to a string.
  if (e.children.size() == 1 && e.children[0].kind == ExprKind::kInterpolation)
    return Eval(e.children[0].children.at(0), names, depth + 1);
  std::string out;
  for (const Expression& part : e.children) {
    Value value;
    if (part.kind == ExprKind::kTemplateIf) {
      const Value condition = Eval(part.children.at(0), names, depth + 1);
      if (condition.IsUnknown()) return condition;
      const auto b = AsBool(condition);
      if (!b) return Value::Error("a template condition is not a boolean");
      value = Template(part.children.at(*b ? 1 : 2), names, depth + 1);
    } else if (part.kind == ExprKind::kTemplateFor) {
      const Value collection = Eval(part.children.at(0), names, depth + 1);
      if (collection.IsUnknown()) return collection;
      std::string body;
      Names inner = names;
      auto each = [&](const Value& key, const Value& item) -> std::optional<Value> {
        if (!part.key_name.empty()) inner[std::string(part.key_name)] = key;
        inner[std::string(part.name)] = item;
        Value piece = Template(part.children.at(1), inner, depth + 1);
        if (piece.IsUnknown()) return piece;
        body += piece.AsString().value_or("");
        return std::nullopt;
      };
      if (collection.IsTuple()) {
        for (size_t i = 0; i < collection.items().size(); ++i) {
          if (auto stop = each(Value::Number(static_cast<double>(i)), collection.items()[i])) return *stop;
        }
      } else if (collection.IsObject()) {
        for (const auto& [key, item] : collection.entries()) {
          if (auto stop = each(Value::String(key), item)) return *stop;
        }
      } else {
        return Value::Error("a template for loop over something that is not a collection");
      }
      value = Value::String(body);
    } else {
      value = Eval(part, names, depth + 1);
    }
    if (value.IsUnknown()) return value;
    const auto text = value.AsString();
    if (!text) return Value::Error("a template interpolates " + value.Describe() + ", which is not a string");
    out += *text;
  }
  return Value::String(std::move(out));
}

Value Evaluator::Traversal(const Expression& e, const Names& names, int depth) const {
  const Expression& root = e.kind == ExprKind::kTraversal ? e.children.at(0) : e;
  std::vector<const Expression*> steps;
  if (e.kind == ExprKind::kTraversal) {
    for (size_t i = 1; i < e.children.size(); ++i) steps.push_back(&e.children[i]);
  }
  size_t used = 0;
  Value value;
  if (root.kind == ExprKind::kVariable) {
    value = Root(root, steps, used, names);
  } else {
    value = Eval(root, names, depth + 1);  // (expr)[0], f(x).attr, ...
  }
  for (size_t i = used; i < steps.size(); ++i) {
    if (value.IsUnknown()) {
      // Keep following a resource reference, so "x.id" stays recognisable through ".id".
      return value;
    }
    value = Step(value, *steps[i], names, depth);
  }
  return value;
}

Value Evaluator::Step(const Value& base, const Expression& step, const Names& names, int depth) const {
  std::string key;
  if (step.kind == ExprKind::kGetAttr) {
    key = std::string(step.name);
  } else {
    Value index = step.kind == ExprKind::kLegacyIndex ? Value::Number(step.number) : Eval(step.children.at(0), names, depth + 1);
    if (index.IsUnknown()) return index;
    if (base.IsTuple()) {
      const auto n = index.AsNumber();
      if (!n || *n < 0 || *n >= static_cast<double>(base.items().size()) || *n != std::floor(*n))
        return Value::Error("index " + index.Describe() + " is out of range");
      return base.items()[static_cast<size_t>(*n)];
    }
    const auto text = index.AsString();
    if (!text) return Value::Error("an index is not a string or number");
    key = *text;
  }
  if (base.IsObject()) {
    if (const Value* found = base.Get(key)) return *found;
    return Value::Error("there is no attribute \"" + key + "\"");
  }
  if (base.IsNull()) return Value::Error("attribute \"" + key + "\" of a null value");
  return Value::Error("\"" + key + "\" of " + base.Describe() + ", which has no attributes");
}

Value Evaluator::Root(const Expression& root, const std::vector<const Expression*>& steps, size_t& used,
                      const Names& names) const {
  const std::string name(root.name);
  if (auto it = names.find(name); it != names.end()) return it->second;
  auto attr = [&](size_t i) -> std::string {
    return i < steps.size() && steps[i]->kind == ExprKind::kGetAttr ? std::string(steps[i]->name) : std::string();
  };
  if (name == "var") {
    used = 1;
    return Variable(attr(0));
  }
  if (name == "local") {
    used = 1;
    return Local(attr(0));
  }
  if (name == "path") {
    used = 1;
    const std::string which = attr(0);
    if (which == "module") return Value::String(instance_.path_module);
    if (which == "root") return Value::String(".");
    if (which == "cwd") return Value::String(instance_.root_dir);
    return Value::Error("path." + which + " does not exist");
  }
  if (name == "module") {
    used = 2;
    return ModuleOutput(attr(0), attr(1));
  }
  if (name == "data") {
    used = 3;
    return Value::Unknown("data." + attr(0) + "." + attr(1) + " is read from Genesys Cloud only at plan time");
  }
  if (name == "count" || name == "each" || name == "self") {
    used = steps.empty() ? 0 : 1;
    return Value::Unknown(name + "." + attr(0) + " depends on the resource instance");
  }
  if (name == "terraform") {
    used = 1;
    return Value::Unknown("terraform." + attr(0) + " is known only when Terraform runs");
  }
  // Anything else is a resource: TYPE.NAME.ATTRIBUTE.
  return ResourceAttribute(name, attr(0), steps, used);
}

Value Evaluator::ResourceAttribute(const std::string& type, const std::string& name,
                                   const std::vector<const Expression*>& steps, size_t& used) const {
  const std::string address = instance_.AddressPrefix() + type + "." + name;
  const ResourceDecl* resource = instance_.config->FindResource(type, name);
  if (!resource) {
    used = steps.size();
    return Value::Error(address + " is not declared in " + instance_.config->dir);
  }
  used = 1;
  if (steps.size() < 2 || steps[1]->kind != parse::hcl::ExprKind::kGetAttr) {
    return Value::Unknown(address + " is a resource known only after apply", address);
  }
  used = 2;
  const std::string attribute(steps[1]->name);
  const parse::hcl::Body& body = resource->block.node->body;
  const bool repeated = body.FindAttribute("count") || body.FindAttribute("for_each");
  // An argument set in the configuration is known at plan time (Terraform shows it in the plan);
  // computed attributes such as `id` are not.
  if (const parse::hcl::Attribute* set = body.FindAttribute(attribute); set && !repeated) {
    return Eval(set->expression, Names{}, 1);
  }
  return Value::Unknown(address + "." + attribute + " is known only after apply", address + "." + attribute);
}

Value Evaluator::Variable(const std::string& name) const {
  if (auto it = instance_.variables.find(name); it != instance_.variables.end()) return it->second;
  auto declared = instance_.config->variables.find(name);
  if (declared == instance_.config->variables.end()) return Value::Error("var." + name + " is not declared");
  if (!instance_.call) return Value::Error("var." + name + " has no value");  // roots are filled when built
  if (!instance_.variables_in_progress.insert(name).second) return Value::Error("var." + name + " refers to itself");
  Value value;
  const std::string module = instance_.address.substr(instance_.address.rfind('.') + 1);
  if (const parse::hcl::Attribute* argument = instance_.call->node->body.FindAttribute(name)) {
    value = Evaluator(*instance_.parent).Eval(argument->expression, Names{}, 1);
  } else if (const parse::hcl::Attribute* fallback = declared->second.node->body.FindAttribute("default")) {
    value = Eval(fallback->expression, Names{}, 1);
  } else {
    value = Value::Unknown("module." + module + " does not set var." + name);
  }
  instance_.variables_in_progress.erase(name);
  instance_.variables[name] = value;
  return value;
}

Value Evaluator::Local(const std::string& name) const {
  if (auto it = instance_.local_values.find(name); it != instance_.local_values.end()) return it->second;
  auto declared = instance_.config->locals.find(name);
  if (declared == instance_.config->locals.end()) return Value::Error("local." + name + " is not declared");
  if (!instance_.locals_in_progress.insert(name).second)
    return Value::Error("local." + name + " refers to itself");
  Value value = Eval(declared->second.node->expression, Names{}, 1);
  instance_.locals_in_progress.erase(name);
  instance_.local_values[name] = value;
  return value;
}

Value Evaluator::ModuleOutput(const std::string& module, const std::string& output) const {
  auto child = instance_.children.find(module);
  if (child == instance_.children.end()) {
    if (instance_.config->module_calls.count(module))
      return Value::Unknown("module." + module + " is not a local module cxlint can read");
    return Value::Error("module." + module + " is not declared");
  }
  const ModuleInstance& target = *child->second;
  if (auto it = target.output_values.find(output); it != target.output_values.end()) return it->second;
  auto declared = target.config->outputs.find(output);
  if (declared == target.config->outputs.end()) return Value::Error("module." + module + " has no output " + output);
  const parse::hcl::Attribute* value = declared->second.node->body.FindAttribute("value");
  if (!value) return Value::Error("output " + output + " has no value");
  if (!target.outputs_in_progress.insert(output).second) return Value::Error("output " + output + " refers to itself");
  Value result = Evaluator(target).Eval(value->expression, Names{}, 1);
  target.outputs_in_progress.erase(output);
  target.output_values[output] = result;
  return result;
}

Value Evaluator::Call(const Expression& e, const Names& names, int depth) const {
  std::string name(e.name);
  if (const size_t colons = name.rfind("::"); colons != std::string::npos) name = name.substr(colons + 2);
  if (name == "try" || name == "can") {
    for (const Expression& argument : e.children) {
      Value value = Eval(argument, names, depth + 1);
      if (value.IsError()) continue;
      if (name == "can") return value.IsUnknown() ? value : Value::Bool(true);
      return value;
    }
    return name == "can" ? Value::Bool(false) : Value::Error("no argument of try() could be evaluated");
  }
  std::vector<Value> args;
  for (const Expression& argument : e.children) args.push_back(Eval(argument, names, depth + 1));
  if (e.expand_final && !args.empty()) {
    Value last = std::move(args.back());
    args.pop_back();
    if (last.IsUnknown()) return last;
    if (!last.IsTuple()) return Value::Error("'...' expands something that is not a list");
    for (const Value& item : last.items()) args.push_back(item);
  }
  return CallFunction(name, args, FunctionContext{instance_.root_dir});
}

Value Evaluator::For(const Expression& e, const Names& names, int depth) const {
  const Value collection = Eval(e.ForCollection(), names, depth + 1);
  if (collection.IsUnknown()) return collection;
  std::vector<std::pair<Value, Value>> pairs;
  if (collection.IsTuple()) {
    for (size_t i = 0; i < collection.items().size(); ++i)
      pairs.emplace_back(Value::Number(static_cast<double>(i)), collection.items()[i]);
  } else if (collection.IsObject()) {
    for (const auto& [key, item] : collection.entries()) pairs.emplace_back(Value::String(key), item);
  } else {
    return Value::Error("a for expression over " + collection.Describe());
  }
  std::vector<Value> items;
  Value::Entries entries;
  Names inner = names;
  for (const auto& [key, item] : pairs) {
    if (!e.key_name.empty()) inner[std::string(e.key_name)] = key;
    inner[std::string(e.name)] = item;
    if (const Expression* condition = e.ForCondition()) {
      const Value keep = Eval(*condition, inner, depth + 1);
      if (keep.IsUnknown()) return keep;
      const auto b = AsBool(keep);
      if (!b) return Value::Error("a for expression's if is not a boolean");
      if (!*b) continue;
    }
    Value value = Eval(e.ForValue(), inner, depth + 1);
    if (!e.object_for) {
      items.push_back(std::move(value));
      continue;
    }
    const Value key_value = Eval(*e.ForKey(), inner, depth + 1);
    if (key_value.IsUnknown()) return key_value;
    const auto text = key_value.AsString();
    if (!text) return Value::Error("a for expression's key is not a string");
    if (e.group) {
      auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& entry) { return entry.first == *text; });
      if (it == entries.end()) {
        entries.emplace_back(*text, Value::Tuple({std::move(value)}));
      } else {
        std::vector<Value> grouped = it->second.items();
        grouped.push_back(std::move(value));
        it->second = Value::Tuple(std::move(grouped));
      }
    } else {
      entries.emplace_back(*text, std::move(value));
    }
  }
  return e.object_for ? Value::Object(std::move(entries)) : Value::Tuple(std::move(items));
}

Value Evaluator::Splat(const Expression& e, const Names& names, int depth) const {
  const Value source = Eval(e.children.at(0), names, depth + 1);
  if (source.IsUnknown()) return source;
  if (source.IsNull()) return Value::Tuple({});
  // A splat over a single value treats it as a one-element list.
  std::vector<Value> sources = source.IsTuple() ? source.items() : std::vector<Value>{source};
  std::vector<Value> results;
  Names inner = names;
  for (const Value& item : sources) {
    inner["\x01splat"] = item;
    results.push_back(Eval(e.children.at(1), inner, depth + 1));
  }
  return Value::Tuple(std::move(results));
}

Value Evaluator::Binary(const Expression& e, const Names& names, int depth) const {
  const Value left = Eval(e.children.at(0), names, depth + 1);
  // && and || short-circuit only on known values, as Terraform's do not at all; unknowns win.
  const Value right = Eval(e.children.at(1), names, depth + 1);
  if (left.IsUnknown() || right.IsUnknown()) return PropagateUnknown(left, right);
  switch (e.op) {
    case Operator::kEqual: return Value::Bool(left == right);
    case Operator::kNotEqual: return Value::Bool(!(left == right));
    case Operator::kAnd:
    case Operator::kOr: {
      const auto a = AsBool(left), b = AsBool(right);
      if (!a || !b) return Value::Error("'&&' and '||' need booleans");
      return Value::Bool(e.op == Operator::kAnd ? (*a && *b) : (*a || *b));
    }
    default: break;
  }
  const auto a = left.AsNumber(), b = right.AsNumber();
  if (!a || !b) return Value::Error("arithmetic on " + left.Describe() + " and " + right.Describe());
  switch (e.op) {
    case Operator::kAdd: return Value::Number(*a + *b);
    case Operator::kSubtract: return Value::Number(*a - *b);
    case Operator::kMultiply: return Value::Number(*a * *b);
    case Operator::kDivide: return *b == 0 ? Value::Error("division by zero") : Value::Number(*a / *b);
    case Operator::kModulo: return *b == 0 ? Value::Error("modulo by zero") : Value::Number(std::fmod(*a, *b));
    case Operator::kLess: return Value::Bool(*a < *b);
    case Operator::kLessEqual: return Value::Bool(*a <= *b);
    case Operator::kGreater: return Value::Bool(*a > *b);
    case Operator::kGreaterEqual: return Value::Bool(*a >= *b);
    default: return Value::Error("an operator cxlint does not know");
  }
}

}  // namespace cxlint::model
