#include "simulate/engine.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <vector>

namespace cxlint::simulate {

namespace {

enum class EventKind : uint8_t {
  kArrival,       // a conversation arrives and makes its first attempt
  kAttemptStart,  // a retry starts after its wait
  kAttemptEnd,    // an attempt's response (or its timeout) comes back
};

enum class Outcome : uint8_t { kAnswered, kRejected, kTimedOut };

struct Event {
  Micros at;
  uint64_t order;  // ties at the same microsecond run in the order they were scheduled
  uint32_t conversation;
  EventKind kind;
};

struct Later {
  bool operator()(const Event& a, const Event& b) const { return a.at != b.at ? a.at > b.at : a.order > b.order; }
};

struct Conversation {
  Micros arrived = 0;
  int attempt = 0;  // attempts made so far
  Outcome outcome = Outcome::kAnswered;
  bool executing = false;  // holds one of Genesys Cloud's concurrent executions
  Micros retry_after = -1;
};

class Run {
 public:
  Run(const Scenario& scenario, const ConversationPolicy& policy)
      : scenario_(scenario),
        policy_(policy),
        arrivals_(scenario.seed),
        service_(scenario.seed ^ 0x5deece66dull),  // a second stream, so arrivals never depend on the policy
        endpoint_(scenario.endpoint),
        limits_(scenario.genesys),
        end_of_arrivals_(static_cast<Micros>(scenario.duration_s * kMicrosPerSecond)),
        max_rate_(scenario.profile.Max()) {}

  RunStats Go() {
    ScheduleNextArrival(0);
    while (!queue_.empty()) {
      const Event event = queue_.top();
      queue_.pop();
      ++stats_.events;
      switch (event.kind) {
        case EventKind::kArrival: Arrive(event.at); break;
        case EventKind::kAttemptStart: StartAttempt(event.conversation, event.at); break;
        case EventKind::kAttemptEnd: EndAttempt(event.conversation, event.at); break;
      }
    }
    stats_.peak_in_flight = limits_.peak_in_flight();
    std::sort(stats_.times_to_answer.begin(), stats_.times_to_answer.end());
    return std::move(stats_);
  }

 private:
  void Push(Micros at, uint32_t conversation, EventKind kind) { queue_.push({at, next_order_++, conversation, kind}); }

  // Arrivals form a Poisson process whose rate follows the profile, drawn by thinning: candidates
  // at the profile's highest rate, each kept with the share of that rate the profile has then.
  void ScheduleNextArrival(Micros after) {
    if (max_rate_ <= 0) return;
    double at = static_cast<double>(after) / kMicrosPerSecond;
    while (true) {
      at += arrivals_.Exponential(1.0 / max_rate_);
      if (at * kMicrosPerSecond >= static_cast<double>(end_of_arrivals_)) return;
      if (arrivals_.Uniform() * max_rate_ < scenario_.profile.RateAt(at)) break;
    }
    Push(static_cast<Micros>(at * kMicrosPerSecond), 0, EventKind::kArrival);
  }

  void Arrive(Micros now) {
    const uint32_t id = static_cast<uint32_t>(conversations_.size());
    conversations_.push_back({now});
    ++stats_.conversations;
    ++stats_.At(now).offered;
    ScheduleNextArrival(now);
    StartAttempt(id, now);
  }

  void StartAttempt(uint32_t id, Micros now) {
    Conversation& conversation = conversations_[id];
    ++conversation.attempt;
    ++stats_.attempts;
    conversation.retry_after = -1;
    if (policy_.through_data_action && !limits_.TryStart(now)) {
      // Refused by Genesys Cloud before anything is sent: the flow sees a Failure at once.
      ++stats_.genesys_refusals;
      ++stats_.At(now).rejected;
      conversation.outcome = Outcome::kRejected;
      conversation.executing = false;
      Push(now + static_cast<Micros>(scenario_.endpoint.rejection_ms * 1000), id, EventKind::kAttemptEnd);
      return;
    }
    conversation.executing = policy_.through_data_action;
    ++stats_.endpoint_requests;
    ++stats_.At(now).sent;
    const EndpointAnswer answer = endpoint_.Request(now, service_);
    if (!answer.accepted) {
      ++stats_.responses_429;
      ++stats_.At(now).rejected;
      conversation.outcome = Outcome::kRejected;
      if (answer.retry_after) conversation.retry_after = *answer.retry_after;
      Push(now + answer.duration, id, EventKind::kAttemptEnd);
    } else if (answer.duration > policy_.attempt_timeout) {
      conversation.outcome = Outcome::kTimedOut;
      Push(now + policy_.attempt_timeout, id, EventKind::kAttemptEnd);
    } else {
      conversation.outcome = Outcome::kAnswered;
      Push(now + answer.duration, id, EventKind::kAttemptEnd);
    }
  }

  void EndAttempt(uint32_t id, Micros now) {
    Conversation& conversation = conversations_[id];
    if (conversation.executing) limits_.Finish();
    conversation.executing = false;
    if (conversation.outcome == Outcome::kAnswered) {
      ++(conversation.attempt == 1 ? stats_.answered_first_time : stats_.answered_after_retries);
      stats_.times_to_answer.push_back(now - conversation.arrived);
      return;
    }
    const bool timed_out = conversation.outcome == Outcome::kTimedOut;
    if (timed_out) ++stats_.timeouts;
    const bool retries = timed_out ? policy_.retries_on_timeout : policy_.retries_on_rejection;
    if (retries && conversation.attempt < policy_.attempts) {
      Micros wait = policy_.WaitBefore(conversation.attempt, service_);
      if (policy_.honours_retry_after) wait = std::max(wait, conversation.retry_after);
      const Micros start = now + wait;
      if (!policy_.budget || start - conversation.arrived <= *policy_.budget) {
        Push(start, id, EventKind::kAttemptStart);
        return;
      }
    }
    const Ending ending = timed_out ? policy_.on_timeout : policy_.on_failure;
    SecondCounts& second = stats_.At(now);
    ++second.not_answered;
    switch (ending) {
      case Ending::kHandOff: ++stats_.handed_off; break;
      case Ending::kDisconnect:
        ++stats_.disconnected;
        ++second.lost;
        break;
      case Ending::kContinue:
        ++stats_.continued;
        ++second.lost;
        break;
    }
  }

  const Scenario& scenario_;
  const ConversationPolicy& policy_;
  Random arrivals_;
  Random service_;
  Endpoint endpoint_;
  GenesysLimits limits_;
  Micros end_of_arrivals_;
  double max_rate_;
  std::priority_queue<Event, std::vector<Event>, Later> queue_;
  uint64_t next_order_ = 0;
  std::vector<Conversation> conversations_;
  RunStats stats_;
};

}  // namespace

RunStats Simulate(const Scenario& scenario, const ConversationPolicy& policy) { return Run(scenario, policy).Go(); }

}  // namespace cxlint::simulate
