"""Accounts: logging in (the token endpoint and its throttle), staff users and machine clients."""
