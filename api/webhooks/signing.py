"""Standard Webhooks signatures (standardwebhooks.com): `webhook-id`, `webhook-timestamp` and
`webhook-signature`, an HMAC-SHA256 of `id.timestamp.body` with the subscription's secret.
While a rotated-out secret overlaps, each message carries both signatures."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime

PREFIX = "whsec_"


def new_secret() -> str:
    """24 random bytes, base64, with the prefix the Standard Webhooks libraries expect."""
    return PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix(PREFIX))
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def headers(
    message_id: str,
    moment: datetime,
    body: bytes,
    secret: str,
    previous: str | None = None,
) -> dict[str, str]:
    timestamp = int(moment.timestamp())
    signatures = [signature(s, message_id, timestamp, body) for s in (secret, previous) if s]
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(signatures),
    }
