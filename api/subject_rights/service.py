"""AVG subject rights and retention: export everything about a resident, erase, anonymise.

Erasure keeps the anonymous facts statistics need (municipality, and on referrals and
registrations their age band, themes and statuses); the identity goes, and so do the free
texts and every stored copy (the idempotency records' answers; the change feed is read from
the status history, whose notes go). Audit records hold ids only and stay.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi.encoders import jsonable_encoder
from sqlalchemy import ColumnElement, and_, delete, exists, or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.audit import trail
from api.audit.models import AuditEvent, AuditEventResource
from api.audit.schemas import AuditEventRead
from api.auth.identity import SYSTEM, Caller
from api.core import idempotency_records
from api.core.db import utcnow
from api.referrals.models import OPEN, Referral, ReferralStatusChange
from api.registrations.models import ACTIVE_STATUSES, Registration
from api.residents import service
from api.residents.models import Resident, ResidentExternalId
from api.residents.schemas import ResidentExport

IDENTITY = {
    "given_name": None,
    "family_name_prefix": None,
    "family_name": None,
    "family_name_key": None,
    "birth_date": None,
    "street": None,
    "house_number": None,
    "house_number_addition": None,
    "postcode": None,
    "place": None,
    "phone": None,
    "email": None,
    "preferred_language": None,
    "preferred_contact": None,
}


async def export(session: AsyncSession, caller: Caller, resident_id: uuid.UUID) -> ResidentExport:
    """All that is held about one resident (AVG art. 15), as one document."""
    resident = await service.get_visible(session, caller, resident_id)
    [shaped] = await service.present(session, caller, [resident])
    events = (
        (
            await session.execute(
                select(AuditEvent)
                .where(
                    col(AuditEvent.id).in_(
                        select(AuditEventResource.event_id).where(
                            col(AuditEventResource.resource_id) == str(resident.id)
                        )
                    )
                )
                .order_by(col(AuditEvent.id))
            )
        )
        .scalars()
        .all()
    )
    document = ResidentExport(
        exported_at=utcnow(),
        resident=shaped,
        audit_events=[
            AuditEventRead.model_validate(e.model_dump() | {"resource_ids": e.resource_ids.split()})
            for e in events
        ],
        **await _related(session, resident.id),
    )
    trail.record(session, caller, "export", service.AUDIT_TYPE, [resident.id])
    await trail.commit(session)
    return document


async def _related(session: AsyncSession, resident_id: uuid.UUID) -> dict[str, Any]:
    """Referrals (with their history, reason included), registrations and consents."""
    referrals = (
        (
            await session.execute(
                select(Referral)
                .where(col(Referral.resident_id) == resident_id)
                .order_by(col(Referral.id))
            )
        )
        .scalars()
        .all()
    )
    changes = (
        (
            await session.execute(
                select(ReferralStatusChange)
                .where(col(ReferralStatusChange.referral_id).in_([r.id for r in referrals]))
                .order_by(col(ReferralStatusChange.id))
            )
        )
        .scalars()
        .all()
    )
    registrations = (
        (
            await session.execute(
                select(Registration)
                .where(col(Registration.resident_id) == resident_id)
                .order_by(col(Registration.id))
            )
        )
        .scalars()
        .all()
    )
    return {
        "referrals": [
            jsonable_encoder(
                r.model_dump()
                | {"history": [c.model_dump() for c in changes if c.referral_id == r.id]}
            )
            for r in referrals
        ],
        "registrations": [jsonable_encoder(r.model_dump()) for r in registrations],
        "consents": [
            jsonable_encoder(
                {
                    "referral_id": r.id,
                    "given_by": r.consent_given_by,
                    "method": r.consent_method,
                    "given_at": r.consent_given_at,
                    "recorded_by": r.consent_recorded_by,
                }
            )
            for r in referrals
        ],
    }


async def _erase(session: AsyncSession, resident_ids: list[uuid.UUID]) -> None:
    """Identity, free texts, identifiers and stored answers showing them go; statuses,
    themes, age bands and places stay."""
    now = utcnow()
    referrals = select(Referral.id).where(col(Referral.resident_id).in_(resident_ids))
    await session.execute(
        delete(ResidentExternalId).where(col(ResidentExternalId.resident_id).in_(resident_ids))
    )
    await session.execute(
        update(Resident)
        .where(col(Resident.id).in_(resident_ids))
        .values(**IDENTITY, erased_at=now, updated_at=now, version=col(Resident.version) + 1)
    )
    await _erase_referral_texts(session, referrals)
    await session.execute(
        update(Registration)
        .where(col(Registration.resident_id).in_(resident_ids))
        .values(override_reason=None)
    )
    await idempotency_records.erase_answers(session, resident_ids=resident_ids)


async def _erase_referral_texts(session: AsyncSession, referral_ids: Any) -> None:
    await session.execute(
        update(Referral)
        .where(col(Referral.id).in_(referral_ids))
        .values(reason=None, outcome=None, external_id=None)
    )
    await session.execute(
        update(ReferralStatusChange)
        .where(col(ReferralStatusChange.referral_id).in_(referral_ids))
        .values(note=None)
    )


async def erase(session: AsyncSession, caller: Caller, resident_id: uuid.UUID) -> None:
    """Erase the identity (AVG art. 17); the resident answers 404 from now on."""
    resident = await service.get_visible(session, caller, resident_id)
    await _erase(session, [resident.id])
    trail.record(session, caller, "erase", service.AUDIT_TYPE, [resident.id])
    await trail.commit(session)


def _inactive_since(cutoff: datetime) -> ColumnElement[bool]:
    """Nothing open and nothing changed since the cutoff: not the resident, not a referral,
    not a registration."""
    recent_referral = exists().where(
        col(Referral.resident_id) == col(Resident.id),
        or_(col(Referral.status).in_(OPEN), col(Referral.updated_at) >= cutoff),
    )
    recent_registration = exists().where(
        col(Registration.resident_id) == col(Resident.id),
        or_(
            col(Registration.status).in_(ACTIVE_STATUSES),
            col(Registration.updated_at) >= cutoff,
        ),
    )
    return and_(
        col(Resident.erased_at).is_(None),
        col(Resident.updated_at) < cutoff,
        ~recent_referral,
        ~recent_registration,
    )


@dataclass(frozen=True)
class RetentionResult:
    residents: list[uuid.UUID]
    referrals: int


async def retention(
    session: AsyncSession, retention_days: int, *, dry_run: bool, now: datetime | None = None
) -> RetentionResult:
    """Anonymise residents inactive for longer than the retention period, the free texts of
    referrals closed before it, and the idempotency answers stored before it."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    ids = list(
        (
            await session.execute(
                select(Resident.id).where(_inactive_since(cutoff)).order_by(col(Resident.id))
            )
        ).scalars()
    )
    closed = select(Referral.id).where(
        col(Referral.closed_at) < cutoff, col(Referral.reason).is_not(None)
    )
    old_referrals = list((await session.execute(closed)).scalars())
    if dry_run:
        await session.rollback()
        return RetentionResult(ids, len(old_referrals))
    if ids:
        await _erase(session, ids)
        trail.record(session, SYSTEM, "retention-erase", service.AUDIT_TYPE, ids)
    if old_referrals:
        await _erase_referral_texts(session, old_referrals)
        trail.record(session, SYSTEM, "retention-erase", "referral", old_referrals)
    if await idempotency_records.erase_answers(session, stored_before=cutoff):
        trail.record(session, SYSTEM, "retention-erase", "idempotency-record", [])
    await trail.commit(session)
    return RetentionResult(ids, len(old_referrals))
