"""The messages: CloudEvents 1.0 in structured JSON mode, after the NL GOV profile."""

from __future__ import annotations

import contextlib
import json
from datetime import datetime

from api.core.config import Settings
from api.core.db import utcnow, uuid7
from api.outbox.models import OutboxEvent
from api.webhooks import outbound
from api.webhooks.models import VERIFICATION_TYPE, WebhookSubscription


def _time(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def cloud_event(event: OutboxEvent, settings: Settings) -> bytes:
    """CloudEvents 1.0, structured JSON, after the NL GOV profile: `source` a URN of this
    API, `subject` the referral (or registration, activity) id, `dataref` its URL, and the
    `sequence` extension (zero-padded, so it sorts as text as well)."""
    return json.dumps(
        {
            "specversion": "1.0",
            "type": event.type,
            "source": settings.webhook_source,
            "id": str(event.event_id),
            "time": _time(event.occurred_at),
            "subject": str(event.subject_id),
            "dataref": settings.base_url + event.dataref,
            "sequence": f"{event.id:020d}",
            "datacontenttype": "application/json",
            "data": json.loads(event.data),
        },
        separators=(",", ":"),
    ).encode()


def challenge_event(
    subscription: WebhookSubscription, challenge: str, settings: Settings
) -> tuple[str, bytes]:
    event_id = str(uuid7())
    body = {
        "specversion": "1.0",
        "type": VERIFICATION_TYPE,
        "source": settings.webhook_source,
        "id": event_id,
        "time": _time(utcnow()),
        "subject": str(subscription.id),
        "datacontenttype": "application/json",
        "data": {"challenge": challenge},
    }
    return event_id, json.dumps(body, separators=(",", ":")).encode()


def echoed(answer: outbound.Answer, challenge: str) -> bool:
    """The receiver answered 2xx with the challenge: as `{"challenge": …}` or the bare text."""
    if not answer.ok:
        return False
    text = answer.body.decode("utf-8", "replace").strip()
    with contextlib.suppress(ValueError, AttributeError):
        return bool(json.loads(text).get("challenge") == challenge)
    return text == challenge
