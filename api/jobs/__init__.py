"""Periodic work: the job registry, its state in the database, and the worker that runs it."""
