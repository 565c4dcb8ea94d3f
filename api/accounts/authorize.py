"""`/v1/auth/authorize`: the sign-in page of the authorization code flow (RFC 6749 §4.1)
with PKCE (RFC 7636, S256 only), for front ends registered as public clients.

No state is kept between the page and its form post: the authorization request travels in
hidden fields and is checked again; the CSRF token is a double-submit cookie. A request
whose client or redirect URI is not registered gets an error page, never a redirect
(RFC 6749 §4.1.2.1); every other refusal goes back to the registered URI.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.accounts import grants, service, throttle
from api.accounts.schemas import OAuthError
from api.accounts.signin_page import (
    ACTION,
    TEXT,
    Language,
    error_page,
    form_page,
    language,
)
from api.audit import trail
from api.auth.models import Client
from api.auth.passwords import hash_secret
from api.auth.permissions import Open
from api.auth.roles import Permission
from api.core.config import Settings
from api.core.db import Session
from api.core.routing import router

routes = router("auth")
CSRF_COOKIE = "welzijn_csrf"
CSRF = re.compile(r"[A-Za-z0-9_-]{43}")
REQUEST_PARAMS = (
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)
MAX_PARAM = 2000
MIN_PASSWORD = 12
SCOPES = {p.value for p in Permission}


class Values(Protocol):
    """The query of the page, or the form of its post."""

    def getlist(self, key: str) -> Sequence[object]: ...


@dataclass(frozen=True)
class AuthorizationRequest:
    """A request whose client and redirect URI are known: answers go back to that URI."""

    client: Client
    redirect_uri: str
    state: str | None
    scope: str | None
    challenge: str
    params: dict[str, str]


class Refused(Exception):  # noqa: N818 - raised to answer with a redirect or a page
    def __init__(self, response: Response) -> None:
        self.response = response


def _text(values: Values, name: str) -> str | None:
    """A parameter given at most once, as sendable text; anything else is None."""
    given = values.getlist(name)
    if len(given) != 1 or not isinstance(given[0], str):
        return None
    value = given[0]
    return value if len(value) <= MAX_PARAM and "\x00" not in value else None


def back_to(redirect_uri: str, answer: Mapping[str, str | None]) -> str:
    """The redirect URI with the answer added to its own query (RFC 6749 §3.1.2)."""
    parts = urlsplit(redirect_uri)
    query = parse_qsl(parts.query, keep_blank_values=True)
    query += [(name, value) for name, value in answer.items() if value is not None]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _refusal(
    request: AuthorizationRequest | tuple[str, str | None], error: str, text: str
) -> Refused:
    uri, state = (
        (request.redirect_uri, request.state)
        if isinstance(request, AuthorizationRequest)
        else request
    )
    answer = {"error": error, "error_description": text, "state": state}
    return Refused(RedirectResponse(back_to(uri, answer), status_code=303))


async def _authorization_request(
    session: AsyncSession, values: Values, lang: Language
) -> AuthorizationRequest:
    """The checked request, or Refused: an error page while the client or its redirect URI
    is unknown, a redirect to that URI after."""
    client_id, redirect_uri = _text(values, "client_id"), _text(values, "redirect_uri")
    client = None
    if client_id:
        client = (
            await session.execute(select(Client).where(col(Client.client_id) == client_id))
        ).scalar_one_or_none()
    if client is not None:
        session.expunge(client)  # kept as read: the rollback would expire it
    await session.rollback()  # nothing held while the page waits for a password
    if client is None or not client.public or not client.active:
        raise Refused(error_page(lang, "Unknown or inactive client_id."))
    if redirect_uri is None or redirect_uri not in client.redirect_uris:
        raise Refused(error_page(lang, "The redirect_uri is not registered for this client."))
    state = _text(values, "state")
    base = (redirect_uri, state)
    for name in REQUEST_PARAMS:
        if len(values.getlist(name)) > 1 or (values.getlist(name) and _text(values, name) is None):
            raise _refusal(base, "invalid_request", f"{name} is given twice or is not valid.")
    if _text(values, "response_type") != "code":
        raise _refusal(base, "unsupported_response_type", "Only response_type=code is served.")
    challenge = _text(values, "code_challenge")
    if not challenge:
        raise _refusal(base, "invalid_request", "code_challenge is required (PKCE, S256).")
    if _text(values, "code_challenge_method") != "S256":
        raise _refusal(base, "invalid_request", "code_challenge_method must be S256.")
    if not grants.CHALLENGE.fullmatch(challenge):
        raise _refusal(base, "invalid_request", "code_challenge is not an S256 challenge.")
    scope = _text(values, "scope")
    if scope is not None and not set(scope.split()) <= SCOPES:
        raise _refusal(base, "invalid_scope", "The scope names an unknown permission.")
    params = {n: v for n in REQUEST_PARAMS if (v := _text(values, n)) is not None}
    return AuthorizationRequest(client, redirect_uri, state, scope or None, challenge, params)


def _csrf(request: Request) -> str:
    offered = request.cookies.get(CSRF_COOKIE, "")
    return offered if CSRF.fullmatch(offered) else secrets.token_urlsafe(32)


def _with_csrf(response: HTMLResponse, token: str, settings: Settings) -> HTMLResponse:
    response.set_cookie(
        CSRF_COOKIE,
        token,
        path=ACTION,
        httponly=True,
        samesite="strict",
        secure=settings.public_url.scheme == "https",
    )
    return response


@routes.get("/auth/authorize", include_in_schema=False, response_class=HTMLResponse)
async def authorize_page(
    request: Request,
    session: Session,
    _: Open,
    response_type: Annotated[str | None, Query()] = None,
    client_id: Annotated[str | None, Query()] = None,
    redirect_uri: Annotated[str | None, Query()] = None,
    scope: Annotated[str | None, Query()] = None,
    state: Annotated[str | None, Query()] = None,
    code_challenge: Annotated[str | None, Query()] = None,
    code_challenge_method: Annotated[str | None, Query()] = None,
    ui_locales: Annotated[str | None, Query()] = None,
) -> Response:
    """The sign-in page (the parameters are RFC 6749 §4.1.1's and RFC 7636's); read from
    the query as sent, so a parameter given twice is refused rather than half-read."""
    values = request.query_params
    lang = language(_text(values, "ui_locales"))
    try:
        checked = await _authorization_request(session, values, lang)
    except Refused as refused:
        return refused.response
    token = _csrf(request)
    page = form_page(lang, checked.params, client_name=checked.client.name, csrf=token)
    return _with_csrf(page, token, request.app.state.settings)


@routes.post("/auth/authorize", include_in_schema=False, response_class=HTMLResponse)
async def authorize_sign_in(request: Request, session: Session, _: Open) -> Response:
    """The form of the page: on success a 303 back to the client with a one-time code."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    form = await request.form() if media_type == "application/x-www-form-urlencoded" else None
    values: Values = form if form is not None else request.query_params
    lang = language(_text(values, "ui_locales"))
    try:
        checked = await _authorization_request(session, values, lang)
        return await _sign_in(request, session, values, checked, lang)
    except Refused as refused:
        return refused.response


def _new_password_problem(new: str, again: str | None, current: str) -> str | None:
    """Which message the chosen password gets, if any."""
    if len(new) < MIN_PASSWORD:
        return "too_short"
    if new != again:
        return "mismatch"
    return "same" if new == current else None


async def _sign_in(
    request: Request,
    session: AsyncSession,
    values: Values,
    checked: AuthorizationRequest,
    lang: Language,
) -> Response:
    settings: Settings = request.app.state.settings
    text = TEXT[lang]
    token = _csrf(request)
    username = _text(values, "username") or ""
    password = _text(values, "password") or ""

    def again(message: str | None, status: int = 400, change: bool = False) -> Refused:
        page = form_page(
            lang,
            checked.params,
            client_name=checked.client.name,
            csrf=token,
            message=message,
            username=username,
            change_password=change,
            status=status,
        )
        return Refused(_with_csrf(page, token, settings))

    sent = _text(values, "csrf") or ""
    if not sent or not hmac.compare_digest(sent, request.cookies.get(CSRF_COOKIE, "")):
        raise again(text["expired"])
    if not username or not password:
        raise again(text["missing"])
    source = throttle.source_of(request.client.host if request.client else None)
    try:
        user, _org, key = await service.authenticate_user(
            session, settings, username, password, source
        )
    except OAuthError as exc:
        if exc.status != 429:
            raise again(text["wrong"]) from exc
        wait = (exc.headers or {}).get("Retry-After", "60")
        refused = again(text["throttled"].format(seconds=wait), status=429)
        refused.response.headers["Retry-After"] = wait
        raise refused from exc
    try:
        granted = service.granted_scope(user.role, checked.scope)
    except OAuthError as exc:
        await throttle.clear(session, key)  # the password was right
        await trail.commit(session)
        raise _refusal(checked, "invalid_scope", "The scope exceeds what this role holds.") from exc
    if user.must_change_password:
        new = _text(values, "new_password")
        problem = (
            _new_password_problem(new, _text(values, "new_password_again"), password)
            if (new is not None)
            else None
        )
        if new is None or problem is not None:
            await throttle.clear(session, key)
            await trail.commit(session)
            raise again(text[problem] if problem else None, 400 if problem else 200, change=True)
        user.password_hash = await hash_secret(new)
        user.must_change_password = False
        session.add(user)
        trail.record(session, service.actor_of(user), "change-password", "user", [user.id])
    code = grants.issue_code(
        session,
        settings,
        client=checked.client,
        user=user,
        redirect_uri=checked.redirect_uri,
        challenge=checked.challenge,
        scope=granted,
    )
    await service.admitted(session, key, user, "user")
    answer = {"code": code, "state": checked.state}
    return RedirectResponse(back_to(checked.redirect_uri, answer), status_code=303)
