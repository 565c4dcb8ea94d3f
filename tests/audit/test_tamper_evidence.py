"""The trail shows truncation and rewriting by someone who can write the database but does
not hold the audit key: keyed hashes, and signed checkpoints of every chain's head kept off
the machine."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path

import httpx
from jose import jws
from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import trail
from api.auth.identity import SYSTEM
from api.core.config import Settings
from api.core.keys import SigningKey, generate_key
from tests.audit.tampering import (
    checkpoint,
    delete_events,
    newest_of_each_chain,
    rewrite_with_sha256,
    welzijn_audit,
)
from tests.factories import Actors


async def audited_requests(client: httpx.AsyncClient, actors: Actors, count: int) -> None:
    """Audited reads at once: on PostgreSQL they spread over several chains."""
    answers = await asyncio.gather(
        *(client.get("/v1/audit-events", headers=actors.admin.headers) for _ in range(count))
    )
    assert [a.status_code for a in answers] == [200] * count


async def test_a_clean_trail_verifies_with_and_without_its_checkpoint(
    client: httpx.AsyncClient,
    session: AsyncSession,
    actors: Actors,
    settings: Settings,
    tmp_path: Path,
) -> None:
    await audited_requests(client, actors, 12)
    mark = await checkpoint(session, settings, tmp_path)
    await audited_requests(client, actors, 6)  # the trail goes on after a checkpoint
    plain = await welzijn_audit(session, settings, "verify")
    assert plain.returncode == 0, plain.stderr
    assert "intact: 18 events" in plain.stdout
    checked = await welzijn_audit(session, settings, "verify", "--checkpoint", str(mark))
    assert checked.returncode == 0, checked.stderr
    assert "every chain reaches its head of" in checked.stdout


async def test_removing_the_newest_event_of_every_chain_is_caught_by_the_checkpoint(
    client: httpx.AsyncClient,
    session: AsyncSession,
    actors: Actors,
    settings: Settings,
    backend: str,
    tmp_path: Path,
) -> None:
    await audited_requests(client, actors, 16)
    mark = await checkpoint(session, settings, tmp_path)
    newest = await newest_of_each_chain(session)
    assert len(newest) > 1 or backend == "sqlite"  # PostgreSQL: several of its eight chains
    await delete_events(session, backend, newest.values())
    result = await welzijn_audit(session, settings, "verify", "--checkpoint", str(mark))
    assert result.returncode == 1
    named = [line for line in result.stderr.splitlines() if line.startswith("event ")]
    assert named == [
        f"event {event_id}: missing, the head of chain {chain} at the checkpoint"
        for chain, event_id in sorted(newest.items())
    ]


async def test_events_rewritten_with_recomputed_sha256_hashes_are_caught(
    session: AsyncSession, actors: Actors, settings: Settings, backend: str
) -> None:
    """The forger changes events 4 on and recomputes every hash after them: without the key
    the first changed one no longer carries its HMAC."""
    await _events(session, 8)
    assert await rewrite_with_sha256(session, backend, 4, action="list") == 5
    problems = (await trail.verify(session)).problems
    assert problems[0] == "event 4: its content was changed"
    assert len(problems) == 5
    result = await welzijn_audit(session, settings, "verify")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "event 4: its content was changed"


async def test_events_passed_off_as_written_before_keyed_hashing_are_caught(
    session: AsyncSession, actors: Actors, settings: Settings, backend: str
) -> None:
    """Dropping the key id to claim plain SHA-256 works only for events older than every
    keyed one; after the first keyed event such an event is named as rewritten."""
    await _events(session, 8)
    await rewrite_with_sha256(session, backend, 6, action="list", unkeyed=True)
    found = await trail.verify(session)
    assert found.problems == [
        f"event {i}: hashed without the key after keyed event 1, so it was rewritten"
        for i in (6, 7, 8)
    ]


async def test_the_whole_trail_rewritten_without_the_key_is_caught_by_the_checkpoint(
    session: AsyncSession, actors: Actors, settings: Settings, backend: str, tmp_path: Path
) -> None:
    """Rewriting every event as if it came before keyed hashing leaves nothing keyed to
    compare with: the checkpoint's head shows it."""
    await _events(session, 4)
    mark = await checkpoint(session, settings, tmp_path)
    await rewrite_with_sha256(session, backend, 1, unkeyed=True)
    result = await welzijn_audit(session, settings, "verify", "--checkpoint", str(mark))
    assert result.returncode == 1
    assert "event 4: differs from chain" in result.stderr


async def test_events_from_before_keyed_hashing_verify_and_stay_protected(
    session: AsyncSession, actors: Actors, settings: Settings, backend: str
) -> None:
    """A trail migrated from plain SHA-256: its old events verify as they are, the first
    keyed event links to the last of them, so rewriting them breaks that link."""
    await _events(session, 3)
    await rewrite_with_sha256(session, backend, 1, unkeyed=True)  # as the old code wrote them
    await _events(session, 2)
    found = await trail.verify(session)
    assert (found.events, found.unkeyed, found.problems) == (5, 3, [])
    result = await welzijn_audit(session, settings, "verify")
    assert "intact: 5 events, 3 of them from before keyed hashing" in result.stdout
    await rewrite_with_sha256(session, backend, 2, 3, action="list", unkeyed=True)
    assert (await trail.verify(session)).problems == [
        "event 4: the event before it was removed or altered"
    ]


def _resigned_payload(token: str, change: dict[str, object]) -> str:
    header, payload, signature = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=="))
    body["heads"][0] |= change
    forged = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


async def test_a_tampered_checkpoint_is_refused(
    session: AsyncSession, actors: Actors, settings: Settings, tmp_path: Path, backend: str
) -> None:
    """A forger who cut the trail would lower the checkpoint's head: its signature then fails.
    Neither is a checkpoint signed with a key of another deployment, nor an access token."""
    await _events(session, 3)
    mark = await checkpoint(session, settings, tmp_path)
    genuine = mark.read_text().strip()
    other_key = SigningKey.from_pem(generate_key(tmp_path / "other").read_bytes())
    assert other_key.private_pem
    header = jws.get_unverified_header(genuine)
    forgeries = {
        "lowered head": _resigned_payload(genuine, {"id": 2}),
        "changed hash": _resigned_payload(genuine, {"hash": "0" * 64}),
        "another key": jws.sign(
            base64.urlsafe_b64decode(genuine.split(".")[1] + "=="),
            other_key.private_pem.decode(),
            headers={"kid": header["kid"], "typ": header["typ"]},
            algorithm="ES256",
        ),
        "an access token": actors.admin.token,
        "not a JWS": "hello",
    }
    for name, forged in forgeries.items():
        mark.write_text(forged)
        result = await welzijn_audit(session, settings, "verify", "--checkpoint", str(mark))
        assert result.returncode == 1, name
        assert "refused" in result.stderr or "not a checkpoint" in result.stderr, name
        assert "intact" not in result.stdout, name


async def _events(session: AsyncSession, count: int) -> None:
    """Events written one after another from one connection: on one chain."""
    for i in range(count):
        trail.record(session, SYSTEM, "read", "resident", [f"resident-{i}"])
        await trail.commit(session)
