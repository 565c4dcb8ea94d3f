"""Batches of rows into the database: COPY on PostgreSQL, executemany elsewhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from api.core.db import metadata

BATCH = 20_000


class Sink:
    """Writes batches of rows: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection
        self.postgres = connection.dialect.name == "postgresql"

    async def write(self, table: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        name = table.__tablename__
        if self.postgres:
            columns = list(rows[0])
            records = [
                tuple(json.dumps(v) if isinstance(v, list) else v for v in (r[c] for c in columns))
                for r in rows
            ]
            raw = await self.connection.get_raw_connection()
            await raw.driver_connection.copy_records_to_table(  # type: ignore[union-attr]
                name, records=records, columns=columns
            )
        else:
            await self.connection.execute(metadata.tables[name].insert(), rows)


def chunks(count: int) -> Iterator[int]:
    while count > 0:
        yield min(BATCH, count)
        count -= BATCH
