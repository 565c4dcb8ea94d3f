"""`python -m tests.bench.request_path`: how many files of `api/` one `POST /v1/referrals`
runs code in (the README example's referral, on a fresh demo SQLite database).

A reader who follows a request opens each of these files; the figure says how far apart
its rules are. Start-up (imports, the lifespan) is not counted, only the request.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path
from types import FrameType
from typing import Any

import httpx

from api.core.config import Settings
from api.main import create_app

API = Path(__file__).resolve().parents[2] / "api"
BODY = {
    "resident": {
        "givenName": "Mila",
        "familyName": "Jansen",
        "birthDate": "1948-03-02",
        "municipality": "GM0534",
    },
    "themes": ["meeting-people"],
    "reason": "Voelt zich eenzaam sinds de verhuizing.",
    "contactPerson": {"name": "Dr. A. de Vries", "phone": "0252 987 654"},
    "consent": {"givenBy": "resident", "method": "verbal", "givenAt": "2026-12-01T09:00:00Z"},
}


def _welzijn(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "-m", "api.cli_main", *args], env=env, check=True)


async def files_of_one_referral(directory: Path) -> list[str]:
    url = f"sqlite:///{directory}/demo.db"
    env = {"WELZIJN_DATABASE_URL": url, "WELZIJN_KEYS_DIR": str(directory / "keys")}
    env |= {"PATH": "/usr/bin:/bin"}
    _welzijn(env, "keys", "generate", "--if-missing")
    _welzijn(env, "migrate")
    _welzijn(env, "seed", "--demo")
    app = create_app(Settings(database_url=url, keys_dir=directory / "keys"))
    seen: set[str] = set()

    def trace(frame: FrameType, event: str, arg: Any) -> None:
        name = frame.f_code.co_filename
        if name.startswith(str(API)):
            seen.add(str(Path(name).relative_to(API.parent)))

    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            login = await client.post(
                "/v1/auth/token",
                data={
                    "grant_type": "password",
                    "username": "huisarts@hillegom.example",
                    "password": "demo-password",
                },
            )
            token = login.json()["access_token"]
            found = await client.get("/v1/activities?municipality=GM0534&q=koffieochtend")
            activity = found.json()["items"][0]
            body = BODY | {"providerId": activity["providerId"], "activityId": activity["id"]}
            headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": '"vw-2026-0001"'}
            sys.setprofile(trace)
            try:
                sent = await client.post("/v1/referrals", json=body, headers=headers)
            finally:
                sys.setprofile(None)
            assert sent.status_code == 201, sent.text
    return sorted(seen)


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        files = asyncio.run(files_of_one_referral(Path(directory)))
    print("\n".join(files))
    print(f"{len(files)} files of api/ run code for one POST /v1/referrals")


if __name__ == "__main__":
    main()
