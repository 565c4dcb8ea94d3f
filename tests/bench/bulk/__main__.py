"""`python -m tests.bench.bulk [--residents N] [--referrals N] [--activities N]`: seed the
database of `WELZIJN_DATABASE_URL` (migrated) with the benchmark volume, after the demo."""

from __future__ import annotations

import argparse
import asyncio

from api.core.config import Settings
from api.core.errors import Problem
from tests.bench.bulk.rows import Volume
from tests.bench.bulk.seed import seed_bulk


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bulk", description=__doc__)
    default = Volume()
    parser.add_argument("--residents", type=int, default=default.residents)
    parser.add_argument("--referrals", type=int, default=default.referrals)
    parser.add_argument("--activities", type=int, default=default.activities)
    options = parser.parse_args()
    if min(options.residents, options.referrals) < 100 or options.activities < 10:
        parser.error("at least 100 residents and referrals, and 10 activities")
    volume = Volume(options.residents, options.referrals, options.activities)
    try:
        print(asyncio.run(seed_bulk(Settings(), volume)))
    except Problem as exc:
        raise SystemExit(f"error: {exc.detail}") from None


if __name__ == "__main__":
    main()
