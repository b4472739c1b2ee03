#include "model/terraform/evaluator.h"

#include <algorithm>
#include <cmath>

#include "model/terraform/functions.h"

namespace cxlint::model {

namespace {

using parse::hcl::Expression;
using parse::hcl::ExprKind;
using parse::hcl::Operator;

// Evaluation recurses through locals, outputs and module inputs as well as expressions; this
// bounds the whole chain (cycles are caught separately, with a clearer message).
constexpr int kMaxEvalDepth = 400;

Value PropagateUnknown(const Value& a, const Value& b) { return a.IsUnknown() ? a : b; }

// A collection being built stays within the value budget: checked as each part is added, so a
// hostile expression is stopped before it has built more than the budget.
class WeightLimit {
 public:
  explicit WeightLimit(uint64_t max) : max_(max) {}
  /// False once the parts added so far weigh more than the budget.
  bool Add(const Value& part) { return (total_ += part.Weight()) <= max_; }
  bool AddBytes(size_t bytes) { return (total_ += bytes) <= max_; }
  Value Error() const {
    return Value::Error("the value would be larger than the evaluation budget of " + std::to_string(max_) + " bytes");
  }

 private:
  uint64_t max_;
  uint64_t total_ = 0;
};

// Copying a large memoised value costs in proportion to its size; it is charged as steps, so
// a loop that copies a big value again and again still meets the step budget.
constexpr uint64_t kBytesPerStep = 256;

}  // namespace

std::optional<bool> AsBool(const Value& value) {
  if (value.kind() == Value::Kind::kBool) return value.boolean();
  if (value.IsString() && (value.str() == "true" || value.str() == "false")) return value.str() == "true";
  return std::nullopt;
}

Value Evaluator::Evaluate(const Expression& expression) const {
  budget().steps = 0;
  return Eval(expression, Names{}, 0);
}

std::optional<Value> Evaluator::OverBudget() const {
  const EvalBudget& b = budget();
  if (b.steps > b.max_steps)
    return Value::Error("evaluating it takes more than the evaluation budget of " + std::to_string(b.max_steps) +
                        " steps");
  if (b.total_steps > b.max_total_steps)
    return Value::Error("the configuration takes more than the evaluation budget of " +
                        std::to_string(b.max_total_steps) + " steps in all");
  return std::nullopt;
}

Value Evaluator::Eval(const Expression& e, const Names& names, int depth) const {
  if (depth > kMaxEvalDepth) return Value::Error("the expression nests too deeply to evaluate");
  EvalBudget& b = budget();
  ++b.steps, ++b.total_steps;
  if (auto over = OverBudget()) return *over;
  Value value = EvalNode(e, names, depth);
  if (value.Weight() > b.max_value_bytes) return WeightLimit(b.max_value_bytes).Error();
  return value;
}

Value Evaluator::EvalNode(const Expression& e, const Names& names, int depth) const {
  switch (e.kind) {
    case ExprKind::kNumber: return Value::Number(e.number());
    case ExprKind::kBool: return Value::Bool(e.bool_value);
    case ExprKind::kNull: return Value::Null();
    case ExprKind::kTemplate: return Template(e, names, depth);
    case ExprKind::kLiteralPart: return Value::String(std::string(e.value()));
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
      WeightLimit limit(budget().max_value_bytes);
      for (const Expression& child : e.children) {
        items.push_back(Eval(child, names, depth + 1));
        if (!limit.Add(items.back())) return limit.Error();
      }
      return Value::Tuple(std::move(items));
    }
    case ExprKind::kObject: {
      Value::Entries entries;
      WeightLimit limit(budget().max_value_bytes);
      for (size_t i = 0; i < e.ObjectSize(); ++i) {
        const Expression& key_expr = e.ObjectKey(i);
        std::string key;
        // A bare name as an object key is the name itself, not a variable.
        if (key_expr.kind == ExprKind::kVariable) {
          key = std::string(key_expr.name());
        } else {
          const Value key_value = Eval(key_expr, names, depth + 1);
          if (key_value.IsUnknown()) return key_value;
          const auto text = key_value.AsString();
          if (!text) return Value::Error("an object key is not a string");
          key = *text;
        }
        Value value = Eval(e.ObjectValue(i), names, depth + 1);
        if (!limit.Add(value) || !limit.AddBytes(key.size())) return limit.Error();
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
  if (e.IsStringLiteral()) return Value::String(std::string(e.value()));
  // "${x}" alone is x itself, not x converted to a string.
  if (e.children.size() == 1 && e.children[0].kind == ExprKind::kInterpolation)
    return Eval(e.children[0].children.at(0), names, depth + 1);
  std::string out;
  const uint64_t max_bytes = budget().max_value_bytes;
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
        if (!part.key_name().empty()) inner[std::string(part.key_name())] = key;
        inner[std::string(part.name())] = item;
        if (auto over = OverBudget()) return *over;
        Value piece = Template(part.children.at(1), inner, depth + 1);
        if (piece.IsUnknown()) return piece;
        body += piece.AsString().value_or("");
        if (body.size() > max_bytes) return WeightLimit(max_bytes).Error();
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
    if (out.size() > max_bytes) return WeightLimit(max_bytes).Error();
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
    value = Root(root, steps, used, names, depth);
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
    key = std::string(step.name());
  } else {
    Value index = step.kind == ExprKind::kLegacyIndex ? Value::Number(step.number())
                                                      : Eval(step.children.at(0), names, depth + 1);
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
                      const Names& names, int depth) const {
  const std::string name(root.name());
  if (auto it = names.find(name); it != names.end()) return it->second;
  // In a template file, as in Terraform, only the variables templatefile() passes exist.
  if (names.count(kTemplateScope)) {
    used = steps.size();
    return Value::Error("a template sees only the variables templatefile() passes it, and \"" + name + "\" is not one");
  }
  auto attr = [&](size_t i) -> std::string {
    return i < steps.size() && steps[i]->kind == ExprKind::kGetAttr ? std::string(steps[i]->name()) : std::string();
  };
  if (name == "var") {
    used = 1;
    return Variable(attr(0), depth);
  }
  if (name == "local") {
    used = 1;
    return Local(attr(0), depth);
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
    return ModuleOutput(attr(0), attr(1), depth);
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
  return ResourceAttribute(name, attr(0), steps, used, depth);
}

Value Evaluator::Named(const ModuleInstance& owner, const std::string& key, int depth,
                       const std::function<Value(int depth)>& compute) const {
  EvalBudget& b = budget();
  if (auto it = owner.named_values.find(key); it != owner.named_values.end()) {
    b.steps += it->second.Weight() / kBytesPerStep;
    b.total_steps += it->second.Weight() / kBytesPerStep;
    if (auto over = OverBudget()) return *over;
    return it->second;
  }
  if (!owner.in_progress.insert(key).second) return Value::Error(key + " refers to itself");
  // The chain of names continues the depth of the expression that refers to it, so a long chain
  // of locals is bounded as a whole instead of restarting the count at each name.
  Value value = compute(depth + 1);
  owner.in_progress.erase(key);
  // A value cut short by the step budget is not kept: a later evaluation has a budget of its own.
  if (value.IsError() && b.steps > b.max_steps) return value;
  b.named_bytes += value.Weight();
  if (b.named_bytes > b.max_named_bytes)
    value = Value::Error("the named values together would be larger than the evaluation budget of " +
                         std::to_string(b.max_named_bytes) + " bytes");
  owner.named_values[key] = value;
  return value;
}

Value Evaluator::ResourceAttribute(const std::string& type, const std::string& name,
                                   const std::vector<const Expression*>& steps, size_t& used, int depth) const {
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
  const std::string attribute(steps[1]->name());
  const parse::hcl::Body& body = resource->block.node->body;
  const bool repeated = body.FindAttribute("count") || body.FindAttribute("for_each");
  // An argument set in the configuration is known at plan time (Terraform shows it in the plan);
  // computed attributes such as `id` are not.
  if (const parse::hcl::Attribute* set = body.FindAttribute(attribute); set && !repeated) {
    return Named(instance_, type + "." + name + "." + attribute, depth,
                 [&](int inner) { return Eval(set->expression, Names{}, inner); });
  }
  return Value::Unknown(address + "." + attribute + " is known only after apply", address + "." + attribute);
}

Value Evaluator::Variable(const std::string& name, int depth) const {
  if (auto it = instance_.variables.find(name); it != instance_.variables.end()) return it->second;
  auto declared = instance_.config->variables.find(name);
  if (declared == instance_.config->variables.end()) return Value::Error("var." + name + " is not declared");
  if (!instance_.call) return Value::Error("var." + name + " has no value");  // roots are filled when built
  return Named(instance_, "var." + name, depth, [&](int inner) {
    const std::string module = instance_.address.substr(instance_.address.rfind('.') + 1);
    if (const parse::hcl::Attribute* argument = instance_.call->node->body.FindAttribute(name))
      return Evaluator(*instance_.parent).Eval(argument->expression, Names{}, inner);
    if (const parse::hcl::Attribute* fallback = declared->second.node->body.FindAttribute("default"))
      return Eval(fallback->expression, Names{}, inner);
    return Value::Unknown("module." + module + " does not set var." + name);
  });
}

Value Evaluator::Local(const std::string& name, int depth) const {
  const std::string key = "local." + name;
  if (auto it = instance_.named_values.find(key); it != instance_.named_values.end())
    return Named(instance_, key, depth, {});
  auto declared = instance_.config->locals.find(name);
  if (declared == instance_.config->locals.end()) return Value::Error("local." + name + " is not declared");
  return Named(instance_, key, depth,
               [&](int inner) { return Eval(declared->second.node->expression, Names{}, inner); });
}

Value Evaluator::ModuleOutput(const std::string& module, const std::string& output, int depth) const {
  auto child = instance_.children.find(module);
  if (child == instance_.children.end()) {
    if (instance_.config->module_calls.count(module))
      return Value::Unknown("module." + module + " is not a local module cxlint can read");
    return Value::Error("module." + module + " is not declared");
  }
  const ModuleInstance& target = *child->second;
  auto declared = target.config->outputs.find(output);
  if (declared == target.config->outputs.end()) return Value::Error("module." + module + " has no output " + output);
  const parse::hcl::Attribute* value = declared->second.node->body.FindAttribute("value");
  if (!value) return Value::Error("output " + output + " has no value");
  return Named(target, "output." + output, depth,
               [&](int inner) { return Evaluator(target).Eval(value->expression, Names{}, inner); });
}

Value Evaluator::Call(const Expression& e, const Names& names, int depth) const {
  std::string name(e.name());
  if (const size_t colons = name.rfind("::"); colons != std::string::npos) name = name.substr(colons + 2);
  if (name == "templatefile") return TemplateFile(e, names, depth).value;
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
  WeightLimit limit(budget().max_value_bytes);
  for (const Expression& argument : e.children) {
    args.push_back(Eval(argument, names, depth + 1));
    if (!limit.Add(args.back())) return limit.Error();
  }
  if (e.expand_final && !args.empty()) {
    Value last = std::move(args.back());
    args.pop_back();
    if (last.IsUnknown()) return last;
    if (!last.IsTuple()) return Value::Error("'...' expands something that is not a list");
    for (const Value& item : last.items()) args.push_back(item);
  }
  EvalBudget& b = budget();
  uint64_t search_left = b.max_regex_search_bytes - std::min(b.regex_search_bytes, b.max_regex_search_bytes);
  Value result = CallFunction(
      name, args,
      FunctionContext{instance_.root_dir, b.max_file_size, b.max_value_bytes, b.max_regex_search_bytes, &search_left});
  b.regex_search_bytes = b.max_regex_search_bytes - search_left;
  return result;
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
  // Nested for expressions over large lists multiply; both budgets stop them early.
  WeightLimit limit(budget().max_value_bytes);
  for (const auto& [key, item] : pairs) {
    if (auto over = OverBudget()) return *over;
    if (!e.key_name().empty()) inner[std::string(e.key_name())] = key;
    inner[std::string(e.name())] = item;
    if (const Expression* condition = e.ForCondition()) {
      const Value keep = Eval(*condition, inner, depth + 1);
      if (keep.IsUnknown()) return keep;
      const auto b = AsBool(keep);
      if (!b) return Value::Error("a for expression's if is not a boolean");
      if (!*b) continue;
    }
    Value value = Eval(e.ForValue(), inner, depth + 1);
    if (!limit.Add(value)) return limit.Error();
    if (!e.object_for) {
      items.push_back(std::move(value));
      continue;
    }
    const Value key_value = Eval(*e.ForKey(), inner, depth + 1);
    if (key_value.IsUnknown()) return key_value;
    const auto text = key_value.AsString();
    if (!text) return Value::Error("a for expression's key is not a string");
    if (!limit.AddBytes(text->size())) return limit.Error();
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
  WeightLimit limit(budget().max_value_bytes);
  for (const Value& item : sources) {
    if (auto over = OverBudget()) return *over;
    inner["\x01splat"] = item;
    results.push_back(Eval(e.children.at(1), inner, depth + 1));
    if (!limit.Add(results.back())) return limit.Error();
  }
  return Value::Tuple(std::move(results));
}

Value Evaluator::Binary(const Expression& e, const Names& names, int depth) const {
  // A chain a + b + c + ... is a left spine of binary nodes, as long as the parser allows: it is
  // followed in a loop, not by recursion, innermost operator first.
  std::vector<const Expression*> spine;
  const Expression* leftmost = &e;
  while (leftmost->kind == ExprKind::kBinary) {
    spine.push_back(leftmost);
    leftmost = &leftmost->children.at(0);
  }
  Value left = Eval(*leftmost, names, depth + 1);
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
    if (auto over = OverBudget()) return *over;
    left = Apply(**it, left, Eval((*it)->children.at(1), names, depth + 1));
  }
  return left;
}

Value Evaluator::Apply(const Expression& e, const Value& left, const Value& right) const {
  // && and || short-circuit only on known values, as Terraform's do not at all; unknowns win.
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
