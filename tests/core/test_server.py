"""`welzijn serve` runs the app with the collector tuned for a long-running server."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from api.server import GC_THRESHOLDS, create_served_app


@pytest.fixture
def collector() -> Iterator[None]:
    """Put this test process's collector back as it was."""
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.mark.usefixtures("collector")
def test_the_served_app_freezes_what_starting_made_and_collects_less_often() -> None:
    gc.unfreeze()
    app = create_served_app()
    assert app.openapi()["info"]["title"]
    assert gc.get_threshold() == GC_THRESHOLDS
    assert gc.get_freeze_count() > 10_000  # modules, routes, schemas: out of every collection
