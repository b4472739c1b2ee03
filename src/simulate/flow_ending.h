#pragma once
// How a flow goes on once a call has finally failed: the ending the simulation counts.

#include "model/flow.h"
#include "simulate/conversation_policy.h"

namespace cxlint::simulate {

/// The ending of a conversation whose call `last_attempt` (the last re-call of a retry chain, or
/// the call itself) ends with `output` (kFailure or kTimeout), read from the flow as the flow-path
/// rules read it (model/failure_route.h): an output that goes on as a success would is kContinue;
/// otherwise what runs after it is walked, jumps and called tasks included, up to another call:
/// a transfer or a callback reachable there is kHandOff, else a disconnect or an end of the flow
/// is kDisconnect, else kContinue.
Ending EndingAfter(const model::Flow& flow, model::ActionId last_attempt, model::BranchKind output);

}  // namespace cxlint::simulate
