"""`/v1/residents/{residentId}` export and erasure (AVG art. 15 and 17): admins only."""

from __future__ import annotations

from fastapi import Response, status

from api.auth.permissions import CanExerciseSubjectRights
from api.core.db import Session
from api.core.routing import router
from api.residents.router import ResidentId
from api.residents.schemas import ResidentExport
from api.subject_rights import service as subject_rights

routes = router("residents")


@routes.get(
    "/residents/{residentId}/export",
    summary="Export all data of a resident",
    response_model_exclude_unset=True,
)
async def export_resident(
    session: Session, caller: CanExerciseSubjectRights, resident_id: ResidentId
) -> ResidentExport:
    """AVG art. 15: the resident's data, referrals, registrations, consents and the audit
    records about them, as one document. Admins only; the export itself is audited."""
    return await subject_rights.export(session, caller, resident_id)


@routes.delete(
    "/residents/{residentId}",
    summary="Erase a resident",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
async def erase_resident(
    session: Session, caller: CanExerciseSubjectRights, resident_id: ResidentId
) -> None:
    """AVG art. 17: the identity is erased; anonymous facts for statistics stay. Admins only."""
    await subject_rights.erase(session, caller, resident_id)
