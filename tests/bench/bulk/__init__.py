"""Benchmark volume (fictional people, seeded random): `python -m tests.bench.bulk`.

Test tooling, not part of the product: the wheel holds what a municipality runs, and only the
benchmark and its tests need a million fictional referrals.
"""
