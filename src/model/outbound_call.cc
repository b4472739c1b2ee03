#include "model/outbound_call.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <queue>
#include <unordered_map>

#include "base/genesys_domains.h"
#include "base/strings.h"
#include "model/flow_graph.h"
#include "model/project.h"
#include "model/terraform/functions.h"
#include "model/terraform/terraform_model.h"

namespace cxlint::model {

namespace {

// True when `action` lies inside branch `branch` of `owner`, at any depth.
bool InsideBranch(const Flow& flow, ActionId action, ActionId owner, int branch) {
  for (ActionId at = action; at != kNoAction; at = flow.actions[at].owner) {
    if (flow.actions[at].owner == owner && flow.actions[at].owner_branch == branch) return true;
  }
  return false;
}

// Actions that wait for the customer's answer. A call made again after one is a new question with
// a new answer (a bot re-prompt, a menu asked again), not a retry of the same request.
bool WaitsForCustomer(const Action& action) {
  static constexpr std::string_view kTypes[] = {
      "askForSlot",         "askForBoolean",     "askForIntent",        "collectInput",       "getResponse",
      "callBotFlow",        "AskForSlotAction",  "AskForBooleanAction", "AskForIntentAction", "AskForNLUIntentAction",
      "CollectInputAction", "GetResponseAction", "CallBotFlowAction",
  };
  return action.kind == ActionKind::kOther &&
         std::find(std::begin(kTypes), std::end(kTypes), action.type) != std::end(kTypes);
}

// The way from taking `branch` of `from` to `target`, `target` included, that waits least (so
// the retry rules judge the most aggressive retry); empty when `target` cannot be reached without
// waiting for the customer. A wait that cannot be read counts as 0 ms, and of two ways that wait
// as long the one without such a wait is taken, so WaitOnPath reads a sum whenever one exists.
std::vector<ActionId> LeastWaitPath(const Flow& flow, ActionId from, int branch, ActionId target,
                                    const ReachOptions& options = {}) {
  const ActionId entry = BranchEntry(flow, from, branch);
  const auto size = static_cast<ActionId>(flow.actions.size());
  if (entry < 0 || entry >= size || target < 0 || target >= size || WaitsForCustomer(flow.actions[entry])) return {};
  using Cost = std::pair<int64_t, int>;  // milliseconds of readable waits, number of unreadable ones
  auto weight = [&](ActionId id) -> Cost {
    const Action& step = flow.actions[id];
    if (step.kind != ActionKind::kWait) return {0, 0};
    if (step.duration_ms.value.literal) return {*step.duration_ms.value.literal, 0};
    return {0, 1};
  };
  // Only the actions the search reaches are recorded: most searches end after a few steps, and
  // arrays over the whole flow, once per call and branch, made a flow of 16,000 calls quadratic.
  struct Visit {
    Cost best{INT64_MAX, INT_MAX};
    ActionId parent = kNoAction;
    bool done = false;
  };
  std::unordered_map<ActionId, Visit> visits;
  using Item = std::pair<Cost, ActionId>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
  visits[entry].best = weight(entry);
  queue.push({visits[entry].best, entry});
  while (!queue.empty()) {
    const auto [cost, id] = queue.top();
    queue.pop();
    Visit& visit = visits[id];
    if (visit.done) continue;
    visit.done = true;
    if (id == target) {
      std::vector<ActionId> path;
      for (ActionId at = target; at != kNoAction; at = visits[at].parent) path.push_back(at);
      std::reverse(path.begin(), path.end());
      return path;
    }
    for (ActionId next : Successors(flow, id, options)) {
      if (next < 0 || next >= size || WaitsForCustomer(flow.actions[next])) continue;
      Visit& reached = visits[next];
      if (reached.done) continue;
      const Cost step = weight(next);
      const Cost through{cost.first + step.first, cost.second + step.second};
      if (through < reached.best) {
        reached.best = through;
        reached.parent = id;
        queue.push({through, next});
      }
    }
  }
  return {};
}

// The waits on a path, as one located wait: summed when several, located at the first `wait`
// action, or at `fallback` (the re-call) when there is none (an immediate retry).
Located<std::optional<int64_t>> WaitOnPath(const Flow& flow, const std::vector<ActionId>& path,
                                           const Location& fallback) {
  Located<std::optional<int64_t>> wait{int64_t{0}, fallback};
  bool located = false;
  for (ActionId id : path) {
    const Action& step = flow.actions[id];
    if (step.kind != ActionKind::kWait) continue;
    if (!located) wait.location = step.location, located = true;
    const auto& duration = step.duration_ms.value;
    if (!duration.literal || !wait.value) {
      wait.value = std::nullopt;
    } else {
      *wait.value += *duration.literal;
    }
  }
  return wait;
}

// True when `found` replaces `kept` as the shortest wait before a retry. An unreadable wait may
// be shorter than any readable one but 0 ms, so the shortest is then unreadable too.
bool ShorterWait(const Located<std::optional<int64_t>>& found, const Located<std::optional<int64_t>>& kept) {
  if (found.value && kept.value) return *found.value < *kept.value;
  if (found.value) return *found.value == 0;
  return kept.value && *kept.value > 0;
}

// True when a loop calls `call` again whatever the last attempt did: after a success too
// (polling, a fixed cadence by design), or with an input that follows the loop's index or picks
// an item of a list (iteration over different items). Neither is a retry of a failed call.
bool PollsOrIterates(const Flow& flow, ActionId call, ActionId loop) {
  const Action& head = flow.actions[call];
  const int success = head.BranchIndex(BranchKind::kSuccess);
  if (success >= 0 && ReachFromBranch(flow, call, success).Contains(call)) return true;
  if (!head.data_action) return false;
  const std::string& index = flow.actions[loop].loop_index;
  for (const Binding& input : head.data_action->inputs) {
    const std::string& text = input.value.value;
    if (index.empty() ? text.find("GetAt(") != std::string::npos : text.find(index) != std::string::npos) return true;
  }
  return false;
}

bool IsJump(ActionKind kind) {
  return kind == ActionKind::kChangeState || kind == ActionKind::kCallTask || kind == ActionKind::kJumpToTask ||
         kind == ActionKind::kLoopNext || kind == ActionKind::kJumpToMenu;
}

std::string Quoted(const std::string& text) { return "'" + text + "'"; }

std::string FlowCallSubject(const Action& action) {
  std::string subject = "call data action " + Quoted(action.name.value.empty() ? action.type : action.name.value);
  if (action.data_action)
    subject += " (" + Quoted(action.data_action->category.value) + " / " + Quoted(action.data_action->name.value) + ")";
  return subject;
}

std::string UpperCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

// Reads a `webhook` block's declared settings (docs/domain.md §16).
RetryPolicy DeclaredPolicy(const TerraformResource& resource, const parse::hcl::Block& block, OutboundCall& call) {
  const parse::hcl::Body& body = block.body;
  const Location block_at = resource.At(block.type_span);
  auto setting = [&](std::initializer_list<std::string_view> names) -> std::optional<Located<Value>> {
    for (std::string_view name : names) {
      if (const parse::hcl::Attribute* attribute = body.FindAttribute(name))
        return Located<Value>{resource.Evaluate(attribute->expression), resource.At(attribute->span)};
    }
    return std::nullopt;
  };
  RetryPolicy policy;
  policy.where = block_at;
  const auto count = setting({"retry_count", "max_retries"});
  // Unset means no retry (docs/domain.md §16).
  if (!count) return policy;
  const auto retries = count->value.AsNumber();
  policy.source = RetrySource::kDeclared;
  policy.where = count->location;
  if (!retries) {
    policy.attempts = std::nullopt;
  } else if (*retries <= 0) {
    policy.source = RetrySource::kNone;
    return policy;
  } else {
    policy.attempts = static_cast<int>(*retries) + 1;
  }
  const auto interval = setting({"retry_interval_ms"});
  const auto factor = setting({"backoff_multiplier", "retry_multiplier"});
  const std::optional<double> interval_ms = interval ? interval->value.AsNumber() : std::optional<double>(0.0);
  policy.backoff_factor = factor ? factor->value.AsNumber() : std::optional<double>(1.0);
  if (factor) policy.backoff_factor_location = factor->location;
  const Location wait_at = interval ? interval->location : count->location;
  for (int i = 0; policy.attempts && i < *policy.attempts - 1; ++i) {
    std::optional<int64_t> wait;
    if (interval_ms && policy.backoff_factor)
      wait = static_cast<int64_t>(std::llround(*interval_ms * std::pow(*policy.backoff_factor, i)));
    policy.waits_ms.push_back({wait, wait_at});
  }
  if (const auto jitter = setting({"retry_jitter"})) {
    policy.jitter = jitter->value.kind() == Value::Kind::kBool && jitter->value.boolean();
    policy.jitter_unknown = jitter->value.kind() == Value::Kind::kUnknown;
    policy.jitter_location = jitter->location;
  }
  if (const auto on_timeout = setting({"retry_on_timeout"}))
    policy.retries_on_timeout = on_timeout->value.kind() == Value::Kind::kBool && on_timeout->value.boolean();
  if (const auto timeout = setting({"timeout_ms"})) {
    if (const auto ms = timeout->value.AsNumber()) policy.attempt_timeout_ms = static_cast<int64_t>(*ms);
  }
  if (const auto statuses = setting({"retry_on_status"}); statuses && statuses->value.IsTuple()) {
    for (const Value& status : statuses->value.items()) {
      if (const auto code = status.AsNumber()) policy.retry_statuses.push_back(static_cast<int>(*code));
    }
  }
  (void)call;
  return policy;
}

// Genesys Cloud's fixed Open Messaging policy (docs/domain.md §7): up to 5 retries, 5 s apart,
// 10 s timeout each, on timeout, 429 and 5xx; not configurable.
RetryPolicy OpenMessagingPolicy(const Location& at) {
  RetryPolicy policy;
  policy.source = RetrySource::kPlatform;
  policy.attempts = 6;
  for (int i = 0; i < 5; ++i) policy.waits_ms.push_back({int64_t{5000}, at});
  policy.attempt_timeout_ms = 10'000;
  policy.retries_on_timeout = true;
  policy.retry_statuses = {429, 500, 502, 503, 504};
  policy.where = at;
  return policy;
}

void ApplyMiddleware(OutboundCall& call, const Project& project) {
  // The nearest `.cxlint.yaml` of the file that makes the call names its middleware.
  const UrlParts url = call.Url();
  if (url.host.empty() || !IsMiddlewareHost(project.ConfigFor(call.location), url.host)) return;
  // Retries toward the backend are the middleware's job (docs/domain.md §17, step 1).
  call.policy = RetryPolicy{};
  call.policy.source = RetrySource::kMiddleware;
  call.policy.where = call.url.location;
}

}  // namespace

UrlParts OutboundCall::Url() const {
  const auto text = url.value.AsString();
  return text ? ParseUrl(*text) : UrlParts{};
}

bool OutboundCall::IsGenesysApi() const {
  // An action of the built-in category runs on Genesys Cloud's own API, defined or not.
  if (!data_action && flow && action != kNoAction && flow->actions[action].data_action &&
      IsBuiltInGenesysCategory(flow->actions[action].data_action->category.value))
    return true;
  const UrlParts url = Url();
  if (!url.relative && IsGenesysCloudHost(url.host)) return true;  // apps.mypurecloud.com, api.<domain>
  if (!url.IsGenesysApiPath()) return false;
  // Relative URLs run against the integration's base: Genesys's own API for
  // purecloud-data-actions; other types with relative URLs (Salesforce, Dynamics) use other paths.
  if (!data_action) return true;
  const auto type = data_action->integration_type.value.AsString();
  return !type || *type == "purecloud-data-actions";
}

const Located<Value>* OutboundCall::Header(std::string_view name) const {
  for (const auto& [header, value] : headers) {
    if (EqualsIgnoreCase(header, name)) return &value;
  }
  return nullptr;
}

std::string OutboundCall::Method() const {
  const auto text = method.value.AsString();
  return text ? UpperCase(*text) : std::string();
}

namespace {

// The nearest re-call of the data action of `head` on the Failure or Timeout path of `current`,
// with the way there that waits least; none when no path calls it again.
struct Recall {
  ActionId action = kNoAction;
  std::vector<ActionId> path;
  bool on_timeout = false;
};

Recall NearestRecall(const Flow& flow, ActionId current, const Action& head, const std::vector<ActionId>& chain) {
  Recall best;
  for (BranchKind kind : {BranchKind::kFailure, BranchKind::kTimeout}) {
    const int branch = flow.actions[current].BranchIndex(kind);
    if (branch < 0 || flow.actions[current].branches[branch].Empty()) continue;
    const Reach reach = ReachFromBranch(flow, current, branch);
    for (ActionId candidate : reach.actions) {
      if (candidate == current || !CallsSameDataAction(flow.actions[candidate], head) ||
          std::find(chain.begin(), chain.end(), candidate) != chain.end() ||
          !InsideBranch(flow, candidate, current, branch))
        continue;
      std::vector<ActionId> path = LeastWaitPath(flow, current, branch, candidate);
      if (!path.empty() && (best.action == kNoAction || path.size() < best.path.size())) {
        best.action = candidate;
        best.path = std::move(path);
        best.on_timeout = kind == BranchKind::kTimeout;
      }
    }
  }
  return best;
}

// Step 1: Failure/Timeout paths that call the same data action again, possibly after waits; a
// chain of N re-calls is N retries. False, with `policy` untouched, when there is none.
bool RetriedByRecalls(const Flow& flow, ActionId call, RetryPolicy& policy, std::vector<ActionId>* retries) {
  const Action& head = flow.actions[call];
  std::vector<ActionId> chain;
  ActionId current = call;
  while (chain.size() < 64) {
    const Recall best = NearestRecall(flow, current, head, chain);
    if (best.action == kNoAction) break;
    chain.push_back(best.action);
    policy.waits_ms.push_back(WaitOnPath(flow, best.path, flow.actions[best.action].location));
    policy.provenance.push_back({flow.actions[best.action].location, "retried here"});
    policy.retries_on_timeout |= best.on_timeout;
    current = best.action;
  }
  if (chain.empty()) return false;
  policy.source = RetrySource::kFlowFailurePath;
  policy.attempts = 1 + static_cast<int>(chain.size());
  policy.where = flow.actions[chain.front()].location;
  policy.step_timeouts_ms.push_back(head.timeout_ms.value.literal);
  for (ActionId id : chain) policy.step_timeouts_ms.push_back(flow.actions[id].timeout_ms.value.literal);
  if (retries) retries->insert(retries->end(), chain.begin(), chain.end());
  return true;
}

// Step 2: a jump back to the call from its Failure/Timeout path. False, with `policy` untouched,
// when there is none.
bool RetriedByJumpBack(const Flow& flow, ActionId call, RetryPolicy& policy) {
  const Action& head = flow.actions[call];
  for (BranchKind kind : {BranchKind::kFailure, BranchKind::kTimeout}) {
    const int branch = head.BranchIndex(kind);
    if (branch < 0 || head.branches[branch].Empty()) continue;
    const std::vector<ActionId> path = LeastWaitPath(flow, call, branch, call, ReachOptions{true});
    const bool jumps_back =
        std::any_of(path.begin(), path.end(), [&](ActionId id) { return IsJump(flow.actions[id].kind); });
    if (path.empty() || !jumps_back) continue;
    // loopNext inside a counted loop is bounded by the loop (step 3 below).
    if (EnclosingLoop(flow, call) != kNoAction) break;
    policy.source = RetrySource::kFlowFailurePath;
    policy.retries_on_timeout = kind == BranchKind::kTimeout;
    for (ActionId id : path) {
      if (IsJump(flow.actions[id].kind)) {
        policy.where = flow.actions[id].location;
        policy.provenance.push_back({flow.actions[id].location, "jumps back here"});
        break;
      }
    }
    // With no `wait` on the way, the jump back is where the retry happens at once.
    policy.waits_ms.push_back(WaitOnPath(flow, path, policy.where));
    // A decision on the way may count attempts; cxlint cannot read such a bound, so it does not
    // call the retries unbounded.
    const bool guarded = std::any_of(path.begin(), path.end(), [&](ActionId id) {
      return flow.actions[id].kind == ActionKind::kDecision || flow.actions[id].kind == ActionKind::kSwitch;
    });
    policy.attempts = std::nullopt;
    policy.bounded = guarded;
    return true;
  }
  return false;
}

// Step 3: a loop whose body calls the action again after a failure or a timeout: loopCount
// attempts, and before each retry the waits on the way from the Failure/Timeout output round the
// loop back to the call (after the call in this iteration and before it in the next). A loop
// whose Failure and Timeout paths leave it, or come back only through a question to the customer,
// does not retry the call.
void RetriedInLoop(const Flow& flow, ActionId call, RetryPolicy& policy) {
  const Action& head = flow.actions[call];
  const ActionId loop = EnclosingLoop(flow, call);
  if (loop == kNoAction || PollsOrIterates(flow, call, loop)) return;
  const Action& owner = flow.actions[loop];
  std::optional<Located<std::optional<int64_t>>> wait;
  for (BranchKind kind : {BranchKind::kFailure, BranchKind::kTimeout}) {
    const int branch = head.BranchIndex(kind);
    if (branch < 0) continue;
    const std::vector<ActionId> path = LeastWaitPath(flow, call, branch, call);
    if (path.empty()) continue;
    policy.retries_on_timeout |= kind == BranchKind::kTimeout;
    const auto found = WaitOnPath(flow, path, owner.location);
    if (!wait || ShorterWait(found, *wait)) wait = found;
  }
  if (!wait) return;
  policy.source = RetrySource::kFlowLoop;
  policy.where = owner.location;
  policy.attempts = owner.loop_count.value.literal
                        ? std::optional<int>(static_cast<int>(*owner.loop_count.value.literal))
                        : std::nullopt;
  for (int i = 1; policy.attempts && i < *policy.attempts; ++i) policy.waits_ms.push_back(*wait);
  // Every round runs the same step.
  if (policy.attempts)
    policy.step_timeouts_ms.assign(static_cast<size_t>(*policy.attempts), head.timeout_ms.value.literal);
  if (policy.attempts && *policy.attempts <= 1) {
    policy.source = RetrySource::kNone;
    policy.retries_on_timeout = false;
    policy.waits_ms.clear();
    policy.step_timeouts_ms.clear();
  }
}

}  // namespace

RetryPolicy DeriveFlowRetryPolicy(const Flow& flow, ActionId call, std::vector<ActionId>* retries) {
  RetryPolicy policy;
  policy.where = flow.actions[call].location;
  // The first of the three ways a flow retries that the call has is its policy.
  if (RetriedByRecalls(flow, call, policy, retries) || RetriedByJumpBack(flow, call, policy)) return policy;
  RetriedInLoop(flow, call, policy);
  return policy;
}

namespace {

// The Call Data Action `id` of `flow` as an outbound call, with the retry policy its flow gives it
// and the data action it binds to.
OutboundCall FlowDataActionCall(const Project& project, const Flow& flow, ActionId id, RetryPolicy policy,
                                const DataActionIndex& data_actions) {
  const Action& action = flow.actions[id];
  OutboundCall call;
  call.kind = CallKind::kFlowDataAction;
  call.location = action.location;
  call.subject = FlowCallSubject(action);
  call.flow = &flow;
  call.action = id;
  call.policy = std::move(policy);
  if (call.policy.source == RetrySource::kNone && EnclosingLoop(flow, id) != kNoAction) {
    const int failure = action.BranchIndex(BranchKind::kFailure);
    call.polled = failure >= 0 && ReachFromBranch(flow, id, failure).Contains(id);
  }
  if (action.data_action) {
    const DataActionBinding binding = BindDataAction(data_actions, *action.data_action);
    call.data_action = binding.action;
    call.unbound_reason = binding.unresolved;
    call.data_action_undefined = binding.undefined;
  }
  if (call.data_action) {
    call.url = call.data_action->url_template;
    call.method = call.data_action->method;
    call.headers = call.data_action->headers;
    call.policy.attempt_timeout_ms = call.data_action->TimeoutMs();
  } else {
    call.url = {Value::Unknown("the data action is not bound"), action.location};
    call.method = {Value::Unknown("the data action is not bound"), action.location};
  }
  if (action.timeout_ms.value.literal) {
    call.step_timeout_ms = *action.timeout_ms.value.literal;
    call.step_timeout_location = action.timeout_ms.location;
  }
  ApplyMiddleware(call, project);
  return call;
}

// The Call Data Actions of `flow` as outbound calls, in the flow's order.
void CollectFlowCalls(const Project& project, const Flow& flow, const DataActionIndex& data_actions,
                      std::vector<OutboundCall>& calls) {
  std::vector<ActionId> retries;
  std::vector<std::pair<ActionId, RetryPolicy>> heads;
  for (ActionId id : flow.ActionsOfKind(ActionKind::kCallData)) {
    if (std::find(retries.begin(), retries.end(), id) != retries.end()) continue;
    heads.emplace_back(id, DeriveFlowRetryPolicy(flow, id, &retries));
  }
  for (auto& [id, policy] : heads) {
    // A call that turned out to be another call's retry is judged as part of that call.
    if (std::find(retries.begin(), retries.end(), id) != retries.end()) continue;
    calls.push_back(FlowDataActionCall(project, flow, id, std::move(policy), data_actions));
  }
}

// A `webhook` block of `resource` (an integration's outbound webhook) as an outbound call.
OutboundCall WebhookCall(const Project& project, const TerraformResource& resource, const parse::hcl::Block& block) {
  OutboundCall call;
  call.kind = CallKind::kWebhookBlock;
  call.location = resource.At(block.type_span);
  std::string key;
  if (const parse::hcl::Attribute* name = block.body.FindAttribute("key"))
    key = resource.Evaluate(name->expression).AsString().value_or("");
  call.subject = "webhook" + (key.empty() ? std::string() : " " + Quoted(key)) + " of " + resource.address;
  const parse::hcl::Attribute* url = block.body.FindAttribute("url");
  call.url = url ? Located<Value>{resource.Evaluate(url->expression), resource.At(url->expression.span)}
                 : Located<Value>{Value::Null(), call.location};
  const parse::hcl::Attribute* method = block.body.FindAttribute("method");
  call.method = method ? Located<Value>{resource.Evaluate(method->expression), resource.At(method->expression.span)}
                       : Located<Value>{Value::String("POST"), call.location};  // webhooks POST by convention
  if (const parse::hcl::Attribute* headers = block.body.FindAttribute("headers")) {
    const Value value = resource.Evaluate(headers->expression);
    for (const auto& [name, item] : value.entries())
      call.headers.emplace_back(name, Located<Value>{item, resource.At(headers->expression.span)});
  }
  call.policy = DeclaredPolicy(resource, block, call);
  ApplyMiddleware(call, project);
  return call;
}

// The outbound notification webhook of an open messaging integration; none when it sets no URL.
std::optional<OutboundCall> OpenMessagingCall(const Project& project, const TerraformResource& resource) {
  const parse::hcl::Attribute* url = resource.block->body.FindAttribute("outbound_notification_webhook_url");
  if (!url) return std::nullopt;
  OutboundCall call;
  call.kind = CallKind::kOpenMessaging;
  call.location = resource.At(url->span);
  call.subject = "the outbound webhook of " + resource.address;
  call.url = {resource.Evaluate(url->expression), resource.At(url->expression.span)};
  call.method = {Value::String("POST"), call.location};
  if (const parse::hcl::Attribute* headers = resource.block->body.FindAttribute("webhook_headers")) {
    const Value text = resource.Evaluate(headers->expression);
    const Value decoded = text.IsString() ? JsonDecode(text.str()) : text;
    for (const auto& [name, item] : decoded.entries())
      call.headers.emplace_back(name, Located<Value>{item, resource.At(headers->expression.span)});
  }
  call.policy = OpenMessagingPolicy(resource.HeaderLocation());
  ApplyMiddleware(call, project);
  return call;
}

}  // namespace

std::vector<OutboundCall> CollectOutboundCalls(const Project& project, const std::vector<DataAction>& data_actions) {
  std::vector<OutboundCall> calls;
  const DataActionIndex index(data_actions);
  for (const Flow& flow : project.flows) CollectFlowCalls(project, flow, index, calls);
  if (!project.terraform) return calls;
  for (const TerraformResource& resource : project.terraform->resources()) {
    if (resource.is_data) continue;
    for (const parse::hcl::Block& block : resource.block->body.blocks) {
      if (block.type == "webhook") calls.push_back(WebhookCall(project, resource, block));
    }
    if (resource.type == "genesyscloud_conversations_messaging_integrations_open") {
      if (std::optional<OutboundCall> call = OpenMessagingCall(project, resource)) calls.push_back(std::move(*call));
    }
  }
  return calls;
}

}  // namespace cxlint::model
