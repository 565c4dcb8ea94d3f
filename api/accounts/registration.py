"""What a front end may register (RFC 9700 §2.1, §4.1.3): exact redirect URIs, https except
on this machine's loopback, no fragment; origins as a browser sends them."""

from __future__ import annotations

from urllib.parse import urlsplit

LOOPBACK = ("127.0.0.1", "localhost", "[::1]")
Problem = tuple[str, str, str]
"""Where (a JSON pointer), a kebab-case code, and a message."""


def _secure(scheme: str, host: str) -> bool:
    return scheme == "https" or (scheme == "http" and host in LOOPBACK)


def _netloc_host(netloc: str) -> str:
    host = netloc.rsplit("@", 1)[-1]
    return host if host.startswith("[") else host.split(":")[0]


def redirect_uri_problem(uri: str) -> str | None:
    parts = urlsplit(uri)
    host = _netloc_host(parts.netloc).lower()
    if not parts.scheme or not host or "@" in parts.netloc:
        return "An absolute URI without user information."
    if not _secure(parts.scheme, host):
        return "https, or http on the loopback address only."
    if parts.fragment or "#" in uri:
        return "A redirect URI has no fragment."
    return None


def origin_problem(origin: str) -> str | None:
    parts = urlsplit(origin)
    host = _netloc_host(parts.netloc).lower()
    if not host or parts.path or parts.query or parts.fragment or "@" in parts.netloc:
        return "An origin is scheme, host and port only, as in `https://app.example`."
    if not _secure(parts.scheme, host) or origin != origin.lower().rstrip("/"):
        return "https (http on loopback), lower case, no trailing slash."
    return None


def origin_of(uri: str) -> str:
    parts = urlsplit(uri)
    return f"{parts.scheme}://{parts.netloc}".lower()


def client_problems(
    public: bool, redirect_uris: list[str], allowed_origins: list[str]
) -> list[Problem]:
    """Every problem of a client's registration at once."""
    found: list[Problem] = []
    if public and not redirect_uris:
        found.append(("/redirectUris", "required", "A public client needs a redirect URI."))
    if not public and (redirect_uris or allowed_origins):
        found.append(
            ("/public", "public-only", "Only public clients (front ends) have redirect URIs.")
        )
    found += [
        (f"/redirectUris/{i}", "invalid-redirect-uri", text)
        for i, uri in enumerate(redirect_uris)
        if (text := redirect_uri_problem(uri))
    ]
    found += [
        (f"/allowedOrigins/{i}", "invalid-origin", text)
        for i, origin in enumerate(allowed_origins)
        if (text := origin_problem(origin))
    ]
    return found
