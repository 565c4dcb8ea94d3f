"""Every table module, imported so that the metadata knows the whole schema (Alembic, tests),
and the modules with which a domain adds to those below it (`api.residents.access.link`,
`api.activities.service.on_capacity_change`)."""

from __future__ import annotations

from api.activities import models as activity_models
from api.audit import models as audit_models
from api.auth import models as auth_models
from api.core import idempotency
from api.core.db import metadata
from api.hsds import models as hsds_models
from api.jobs import models as job_models
from api.outbox import models as outbox_models
from api.providers import models as provider_models
from api.reference import models as reference_models
from api.referrals import access as referral_access
from api.referrals import models as referral_models
from api.registrations import access as registration_access
from api.registrations import models as registration_models
from api.registrations import service as registration_service
from api.residents import models as resident_models
from api.stats import models as stats_models
from api.webhooks import models as webhook_models

__all__ = [
    "activity_models",
    "audit_models",
    "auth_models",
    "hsds_models",
    "idempotency",
    "job_models",
    "metadata",
    "outbox_models",
    "provider_models",
    "reference_models",
    "referral_access",
    "referral_models",
    "registration_access",
    "registration_models",
    "registration_service",
    "resident_models",
    "stats_models",
    "webhook_models",
]
