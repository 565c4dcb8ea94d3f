"""The sign-in page's HTML: plain markup and one stylesheet from the package, no script.
Dutch by default, English on request (`ui_locales=en`, or the link on the page)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Literal
from urllib.parse import urlencode

from fastapi.responses import HTMLResponse

from api.core.openapi import BASE_PATH

Language = Literal["nl", "en"]
ACTION = f"{BASE_PATH}/auth/authorize"
# The page's own stylesheet only; nothing may frame it (clickjacking), no script runs.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)

TEXT: dict[Language, dict[str, str]] = {
    "nl": {
        "title": "Inloggen",
        "intro": "Log in bij de Welzijn API om verder te gaan naar {client}.",
        "email": "E-mailadres",
        "password": "Wachtwoord",
        "submit": "Inloggen",
        "other": "English",
        "change_title": "Kies een nieuw wachtwoord",
        "change_intro": "Uw wachtwoord is opnieuw ingesteld. Kies een nieuw wachtwoord van "
        "minstens 12 tekens voordat u verdergaat naar {client}.",
        "current": "Huidig wachtwoord",
        "new": "Nieuw wachtwoord",
        "again": "Herhaal het nieuwe wachtwoord",
        "change_submit": "Wachtwoord opslaan en inloggen",
        "wrong": "Het e-mailadres of het wachtwoord klopt niet.",
        "missing": "Vul uw e-mailadres en wachtwoord in.",
        "throttled": "Te veel mislukte pogingen. Probeer het over {seconds} seconden opnieuw.",
        "expired": "Het formulier is verlopen. Probeer het opnieuw.",
        "too_short": "Het nieuwe wachtwoord moet minstens 12 tekens hebben.",
        "mismatch": "De twee nieuwe wachtwoorden zijn niet gelijk.",
        "same": "Kies een ander wachtwoord dan het huidige.",
        "error_title": "Inloggen is niet mogelijk",
        "error_intro": "Deze aanvraag om in te loggen klopt niet. Ga terug naar de toepassing "
        "en probeer het opnieuw.",
    },
    "en": {
        "title": "Sign in",
        "intro": "Sign in to the Welzijn API to continue to {client}.",
        "email": "E-mail address",
        "password": "Password",
        "submit": "Sign in",
        "other": "Nederlands",
        "change_title": "Choose a new password",
        "change_intro": "Your password was reset. Choose a new password of at least 12 "
        "characters before you continue to {client}.",
        "current": "Current password",
        "new": "New password",
        "again": "Repeat the new password",
        "change_submit": "Save password and sign in",
        "wrong": "The e-mail address or the password is not correct.",
        "missing": "Fill in your e-mail address and password.",
        "throttled": "Too many failed attempts. Try again in {seconds} seconds.",
        "expired": "The form has expired. Please try again.",
        "too_short": "The new password needs at least 12 characters.",
        "mismatch": "The two new passwords are not the same.",
        "same": "Choose a password other than the current one.",
        "error_title": "Signing in is not possible",
        "error_intro": "This sign-in request is not valid. Go back to the application and "
        "try again.",
    },
}


def language(requested: str | None) -> Language:
    """The first of `ui_locales` (RFC 6749 extension of OpenID Connect) that we speak."""
    for tag in (requested or "").split():
        primary = tag.split("-")[0].lower()
        if primary in ("nl", "en"):
            return "en" if primary == "en" else "nl"
    return "nl"


def _page(lang: Language, title: str, body: str, status: int) -> HTMLResponse:
    html = f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{escape(title)} · Welzijn API</title>
<link rel="stylesheet" href="{BASE_PATH}/static/signin.css">
</head>
<body>
<main>
{body}
</main>
</body>
</html>
"""
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": CSP})


def _field(name: str, label: str, kind: str, autocomplete: str, value: str = "") -> str:
    shown = f' value="{escape(value)}"' if value else ""
    return (
        f'<label for="{name}">{escape(label)}</label>\n'
        f'<input id="{name}" name="{name}" type="{kind}" autocomplete="{autocomplete}" '
        f'required aria-describedby="message"{shown}>'
    )


def form_page(
    lang: Language,
    params: Mapping[str, str],
    *,
    client_name: str,
    csrf: str,
    message: str | None = None,
    username: str = "",
    change_password: bool = False,
    status: int = 200,
) -> HTMLResponse:
    """The sign-in form (or, after a password reset, the form that sets a new one). The
    authorization request travels in hidden fields: the server keeps no state between."""
    text = TEXT[lang]
    hidden = "\n".join(
        f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
        for name, value in (*params.items(), ("ui_locales", lang), ("csrf", csrf))
    )
    notice = (
        f'<p id="message" class="message" role="alert">{escape(message)}</p>'
        if message
        else '<p id="message" class="message" hidden></p>'
    )
    if change_password:
        title, intro, submit = text["change_title"], text["change_intro"], text["change_submit"]
        fields = [
            _field("username", text["email"], "email", "username", username),
            _field("password", text["current"], "password", "current-password"),
            _field("new_password", text["new"], "password", "new-password"),
            _field("new_password_again", text["again"], "password", "new-password"),
        ]
    else:
        title, intro, submit = text["title"], text["intro"], text["submit"]
        fields = [
            _field("username", text["email"], "email", "username", username),
            _field("password", text["password"], "password", "current-password"),
        ]
    other: Language = "en" if lang == "nl" else "nl"
    switch = urlencode({**params, "ui_locales": other})
    body = f"""<h1>{escape(title)}</h1>
<p>{escape(intro.format(client=client_name))}</p>
{notice}
<form method="post" action="{ACTION}">
{hidden}
{chr(10).join(fields)}
<button type="submit">{escape(submit)}</button>
</form>
<p class="language"><a href="{ACTION}?{escape(switch)}" hreflang="{other}" lang="{other}">\
{escape(text["other"])}</a></p>"""
    return _page(lang, title, body, status)


def error_page(lang: Language, reason: str) -> HTMLResponse:
    """A request that may not be answered by a redirect (RFC 6749 §4.1.2.1): no such client,
    or a redirect_uri it did not register. Nothing on it links anywhere."""
    text = TEXT[lang]
    body = (
        f"<h1>{escape(text['error_title'])}</h1>\n<p>{escape(text['error_intro'])}</p>\n"
        f'<p class="message" role="alert" lang="en">{escape(reason)}</p>'
    )
    return _page(lang, text["error_title"], body, 400)
