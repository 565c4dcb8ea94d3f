"""The referral lifecycle as data (DOMAIN.md §4, after HL7 FHIR Task): which move is legal,
which party makes it, and whether it needs a reason code. Read by the service, served by
GET /v1/referral-transitions, and tested exhaustively."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from api.referrals.models import ReferralStatus as S


class Party(StrEnum):
    """Who a caller is to a referral."""

    sender = "sender"
    receiver = "receiver"
    admin = "admin"


@dataclass(frozen=True)
class Transition:
    source: S
    target: S
    parties: frozenset[Party]
    reason_required: bool


RECEIVER = frozenset({Party.receiver, Party.admin})
SENDER = frozenset({Party.sender, Party.admin})
NEEDS_REASON = frozenset({S.rejected, S.failed, S.cancelled})

_MOVES: dict[S, tuple[S, ...]] = {
    S.requested: (S.accepted, S.rejected, S.cancelled),
    S.accepted: (S.in_progress, S.on_hold, S.completed, S.failed, S.cancelled),
    S.in_progress: (S.on_hold, S.completed, S.failed, S.cancelled),
    S.on_hold: (S.in_progress, S.completed, S.failed, S.cancelled),
}

# The sender may only cancel; the receiving provider makes every other move; admins any.
TRANSITIONS: tuple[Transition, ...] = tuple(
    Transition(
        source, target, SENDER if target == S.cancelled else RECEIVER, target in NEEDS_REASON
    )
    for source, targets in _MOVES.items()
    for target in targets
)
BY_MOVE: dict[tuple[S, S], Transition] = {(t.source, t.target): t for t in TRANSITIONS}


def allowed_targets(source: S, parties: frozenset[Party]) -> list[S]:
    return [t.target for t in TRANSITIONS if t.source == source and t.parties & parties]
