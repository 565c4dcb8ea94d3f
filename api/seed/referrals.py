"""Demo referrals in every state between the demo organisations, one of them forwarded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.identity import Caller
from api.core.db import utcnow
from api.referrals import lifecycle, service
from api.referrals.models import Referral, days_between, month_of
from api.referrals.schemas import ReferralCreate, StatusChangeCreate

OVERDUE_DAYS = 5


@dataclass(frozen=True)
class DemoReferral:
    sender: str
    resident: int
    provider: str
    themes: tuple[str, ...]
    reason: str
    moves: tuple[dict[str, str], ...] = ()
    activity: str | None = None
    external_id: str | None = None
    days_ago: int = 1


DEMO = (
    DemoReferral(
        "gp",
        18,
        "welzijnskompas",
        ("meeting-people",),
        "Sinds het overlijden van haar man weinig contact met anderen.",
        ({"status": "accepted"},),
        activity="coffee",
    ),
    DemoReferral(
        "partner",
        -1,
        "welzijnskompas",
        ("money",),
        "Schulden stapelen zich op; wil hulp bij het ordenen van post.",
        ({"status": "accepted"}, {"status": "in-progress"}),
        external_id="VW-2026-0101",
    ),
    DemoReferral(
        "gp",
        5,
        "welzijnskompas",
        ("exercise", "meeting-people"),
        "Beweegt te weinig sinds de heupoperatie.",
        ({"status": "accepted"}, {"status": "on-hold", "note": "Eerst herstel."}),
    ),
    DemoReferral(
        "gp",
        3,
        "welzijnskompas",
        ("informal-care",),
        "Zorgt voor een zieke partner en raakt overbelast.",
        (
            {"status": "accepted"},
            {"status": "in-progress"},
            {"status": "completed", "outcome": "Neemt deel aan het mantelzorgcafé."},
        ),
        days_ago=40,
    ),
    DemoReferral(
        "wijkteam",
        10,
        "welzijn-hillegom-lisse",
        ("money", "language-digital"),
        "Wil hulp bij formulieren en de taal.",
        (
            {"status": "accepted"},
            {
                "status": "failed",
                "reasonCode": "could-not-contact",
                "note": "Drie keer gebeld, geen reactie.",
            },
        ),
        days_ago=30,
    ),
    DemoReferral(
        "wijkteam",
        12,
        "welzijnskwartier",
        ("growing-up",),
        "Vragen over de opvoeding van een puber.",
        (
            {
                "status": "rejected",
                "reasonCode": "no-capacity",
                "note": "Wachtlijst tot het voorjaar.",
            },
        ),
        days_ago=12,
    ),
    DemoReferral(
        "partner",
        -2,
        "welzijnskompas",
        ("exercise",),
        "Zoekt een maatje om mee te fietsen.",
        (
            {
                "status": "cancelled",
                "reasonCode": "declined-by-resident",
                "note": "Heeft zelf een maatje gevonden.",
            },
        ),
        external_id="VW-2026-0102",
    ),
    DemoReferral(
        "gp",
        7,
        "welzijnskompas",
        ("meeting-people",),
        "Voelt zich eenzaam in de avonden.",
        days_ago=10,
    ),
    DemoReferral(
        "wijkteam",
        9,
        "welzijnskompas",
        ("growing-up",),
        "Vader zoekt ondersteuning bij de opvoeding.",
    ),
)


# The partner system pushes its own patients inline (the negative numbers above).
INLINE: dict[int, dict[str, Any]] = {
    -1: {
        "givenName": "Peter",
        "familyName": "Koster",
        "birthDate": "1961-08-12",
        "municipality": "GM0534",
        "phone": "0620269901",
        "externalIds": [{"sourceSystem": "demo-his", "externalId": "P-9901"}],
    },
    -2: {
        "givenName": "Marja",
        "familyNamePrefix": "van",
        "familyName": "Velzen",
        "birthDate": "1949-02-03",
        "municipality": "GM0534",
        "phone": "0620269902",
        "externalIds": [{"sourceSystem": "demo-his", "externalId": "P-9902"}],
    },
}


def _body(
    d: DemoReferral, residents: list[Any], providers: dict[str, Any], activities: dict[str, Any]
) -> ReferralCreate:
    who: dict[str, Any] = (
        {"resident": INLINE[d.resident]}
        if d.resident < 0
        else {"residentId": str(residents[d.resident].id)}
    )
    return ReferralCreate.model_validate(
        who
        | {
            "providerId": str(providers[d.provider]),
            "activityId": str(activities[d.activity].id) if d.activity else None,
            "themes": list(d.themes),
            "reason": d.reason,
            "contactPerson": {"name": "Demo Contactpersoon", "phone": "0252 123456"},
            "consent": {
                "givenBy": "resident",
                "method": "verbal",
                "givenAt": (utcnow() - timedelta(days=d.days_ago, hours=1)).isoformat(),
            },
            "sourceSystem": "demo-his" if d.external_id else None,
            "externalId": d.external_id,
        }
    )


async def _backdate(session: AsyncSession, referral_id: Any, days_ago: int) -> None:
    """Demo history: the referral was asked for `days_ago` days ago (acceptance stays today)."""
    requested = utcnow() - timedelta(days=days_ago)
    row = await session.get(Referral, referral_id)
    assert row is not None
    row.requested_at, row.requested_month = requested, month_of(requested)
    if row.accepted_at is not None:
        row.accept_days = days_between(requested, row.accepted_at)
    await session.commit()


async def seed_referrals(
    session: AsyncSession,
    callers: dict[str, Caller],
    residents: list[Any],
    providers: dict[str, Any],
    activities: dict[str, Any],
) -> int:
    """Send and move the demo referrals; the last one is forwarded by Welzijnskompas."""
    made = []
    for d in DEMO:
        body = _body(d, residents, providers, activities)
        referral = await service.create(session, callers[d.sender], body, OVERDUE_DAYS)
        receiver = callers[d.provider]
        for move in d.moves:
            mover = callers[d.sender] if move["status"] == "cancelled" else receiver
            await lifecycle.change_status(
                session,
                mover,
                await lifecycle.lock(session, mover, referral.id),
                StatusChangeCreate.model_validate(move),
                None,
                OVERDUE_DAYS,
            )
        await _backdate(session, referral.id, d.days_ago)
        made.append(referral)
    # Forwarding: Welzijnskompas sends the father's question on to Welzijnskwartier.
    last = made[-1]
    forward = _body(DEMO[-1], residents, providers, activities).model_copy(
        update={
            "provider_id": providers["welzijnskwartier"],
            "previous_referral_id": last.id,
            "reason": "Past beter bij het opvoedspreekuur van Welzijnskwartier.",
        }
    )
    await service.create(session, callers["welzijnskompas"], forward, OVERDUE_DAYS)
    return len(made) + 1
