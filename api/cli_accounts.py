"""`welzijn users` and `welzijn clients`: staff accounts, partner systems and front ends."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from api.cli_support import fail, run, with_session

users = typer.Typer(help="Staff accounts.", no_args_is_help=True)
clients = typer.Typer(
    help="Clients: partner systems (a secret) and front ends (--public).", no_args_is_help=True
)


@users.command("create")
def users_create(
    email: Annotated[str, typer.Option(help="Login name.")],
    organisation: Annotated[str, typer.Option(help="Organisation code or id.")],
    role: Annotated[str, typer.Option(help="admin, municipality, referrer or provider.")],
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)
    ] = "",
) -> None:
    """Create a staff account."""
    from api.accounts import service
    from api.auth.roles import USER_ROLES, Role
    from api.core.errors import Problem

    if role not in [r.value for r in USER_ROLES]:
        fail("role must be admin, municipality, referrer or provider")
    if len(password) < 12:
        fail("the password needs at least 12 characters")

    # Any: `with_session` hands back whatever its work returns; each command reads its own.
    async def work(session: Any) -> Any:
        return await service.create_user(
            session,
            email=email,
            name=name or email,
            organisation=organisation,
            role=Role(role),
            password=password,
        )

    try:
        user = run(lambda config: with_session(config, work))
    except Problem as exc:
        fail(exc.detail)
    typer.echo(f"user {user.id} created")


@clients.command("create")
def clients_create(
    client_id: Annotated[str, typer.Option(help="The client_id the client sends.")],
    organisation: Annotated[str, typer.Option(help="Organisation code or id.")],
    name: Annotated[str, typer.Option(help="Display name (shown on the sign-in page).")] = "",
    public: Annotated[
        bool, typer.Option("--public", help="A front end: no secret, the code flow with PKCE.")
    ] = False,
    redirect_uri: Annotated[
        list[str] | None,
        typer.Option("--redirect-uri", help="An exact redirect URI of a front end (repeatable)."),
    ] = None,
    origin: Annotated[
        list[str] | None,
        typer.Option(
            "--origin",
            help="An origin the front end calls from (repeatable; default: its redirect URIs').",
        ),
    ] = None,
) -> None:
    """Create a partner system and print its secret, once; or, with --public, a front end."""
    from api.accounts import service
    from api.core.errors import BadRequest, Problem

    # Any: `with_session` hands back whatever its work returns; each command reads its own.
    async def work(session: Any) -> Any:
        return await service.create_client(
            session,
            client_id=client_id,
            name=name or client_id,
            organisation=organisation,
            public=public,
            redirect_uris=redirect_uri or [],
            allowed_origins=origin or [],
        )

    try:
        client, secret = run(lambda config: with_session(config, work))
    except BadRequest as exc:
        fail("; ".join(f"{e.location}: {e.detail}" for e in exc.errors or []) or exc.detail)
    except Problem as exc:
        fail(exc.detail)
    if secret is None:
        origins = " ".join(client.allowed_origins)
        typer.echo(f"public client {client.client_id} created (origins: {origins})")
        return
    typer.echo(f"client {client.client_id} created; its secret (shown only now):")
    typer.echo(secret)
