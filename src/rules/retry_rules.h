#pragma once
// What the retry rules (CX101-CX108) share: which calls' retries they judge, and how their
// messages speak of retries. The rules read Project::outbound_calls only.

#include <cstdint>
#include <string>
#include <vector>

#include "base/finding.h"
#include "model/outbound_call.h"
#include "model/project.h"

namespace cxlint::rules {

/// Waits this long or longer make retries a schedule (a poll), not a burst: Genesys Cloud's limits
/// count per minute (docs/domain.md §2), so each attempt already lands in a later window. CX104,
/// CX105 and CX107 leave such retries alone.
inline constexpr int64_t kPollWaitMs = 60'000;

/// True when the URL cannot be read while `.cxlint.yaml` names middleware hosts: the call may be
/// delegated, so the retry rules stay silent. A call whose data action no linted file defines is
/// not "maybe delegated": the flow makes its retries, so they are judged.
bool MaybeDelegated(const model::Project& project, const model::OutboundCall& call);

/// True when CX102-CX107 judge the call's retries: a flow's loop or failure path makes them, or a
/// webhook block declares them. Not when a middleware host owns them (docs/domain.md §17, step 1), not the
/// fixed Open Messaging policy (nobody can change it, docs/domain.md §7), not a maybe-delegated call.
bool JudgesRetries(const model::Project& project, const model::OutboundCall& call);

/// True for the methods whose repetition can do the work twice: POST, PUT, PATCH.
bool IsWriteMethod(std::string_view method);

/// True when the call sends an Idempotency-Key, X-Idempotency-Key or X-Request-Id header, the
/// names receivers use to drop a repeated request (CX108, CX304).
bool SendsIdempotencyKey(const model::OutboundCall& call);

/// The related locations of a missing-key finding: where the call is sent again, and the data
/// action the header belongs on.
std::vector<RelatedLocation> IdempotencyKeyContext(const model::OutboundCall& call);

/// "Idempotency-Key, X-Idempotency-Key or X-Request-Id", for messages.
inline constexpr std::string_view kIdempotencyHeaderNames = "Idempotency-Key, X-Idempotency-Key or X-Request-Id";

/// True when every wait before a retry is known and at least kPollWaitMs.
bool IsPoll(const model::RetryPolicy& policy);

/// The related location "the first attempt" for a flow call reported somewhere else (a re-call, a
/// wait, a loop); empty for webhook blocks and when `reported` is the call itself.
std::vector<RelatedLocation> FirstAttempt(const model::OutboundCall& call, const Location& reported);

/// "once", "twice", "3 times".
std::string Times(int count);

/// A multiplier for messages: "1x", "1.2x".
std::string FormatFactor(double factor);

}  // namespace cxlint::rules
