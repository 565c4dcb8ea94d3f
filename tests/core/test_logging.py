"""Logs are JSON lines with the request id, and carry no personal data or secrets."""

from __future__ import annotations

import io
import json

import httpx
from fastapi import FastAPI


def _entries(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


async def test_each_request_logs_one_json_line_with_its_request_id(
    client: httpx.AsyncClient, log_lines: io.StringIO
) -> None:
    response = await client.get("/v1/health", headers={"X-Request-ID": "log-test-0001"})
    entries = [e for e in _entries(log_lines) if e["logger"] == "api.access"]
    assert entries == [entries[0]]
    entry = entries[0]
    assert entry["requestId"] == response.headers["x-request-id"] == "log-test-0001"
    assert entry["method"] == "GET"
    assert entry["route"] == "/health"
    assert entry["status"] == 200
    assert isinstance(entry["durationMs"], float)


async def test_credentials_and_query_strings_stay_out_of_the_logs(
    client: httpx.AsyncClient, log_lines: io.StringIO
) -> None:
    await client.post(
        "/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "jan.jansen@example.nl",
            "password": "Geheim-Wachtwoord-1",
        },
    )
    await client.get(
        "/v1/audit-events?actor=jan.jansen@example.nl",
        headers={"Authorization": "Bearer secret-token-value"},
    )
    text = log_lines.getvalue()
    assert text
    for secret in ("jan.jansen", "Geheim-Wachtwoord-1", "secret-token-value"):
        assert secret not in text


async def test_an_error_log_has_the_stack_but_not_the_message(
    app: FastAPI, client: httpx.AsyncClient, log_lines: io.StringIO
) -> None:
    async def explode() -> None:
        name = "".join(["Piet ", "Pieter", "sen"])
        raise ValueError(f"resident {name}, 06-12345678")

    app.add_api_route("/v1/test-explode", explode)
    await client.get("/v1/test-explode", headers={"X-Request-ID": "log-test-0500"})
    errors = [e for e in _entries(log_lines) if e["level"] == "ERROR"]
    assert len(errors) == 1
    assert errors[0]["requestId"] == "log-test-0500"
    assert errors[0]["errorType"] == "ValueError"
    assert "explode" in str(errors[0]["stack"])
    assert "Pietersen" not in log_lines.getvalue()
