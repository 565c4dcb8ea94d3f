"""`create_app()`: the whole service, assembled; nothing here runs at import."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cache
from importlib import resources
from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.accounts.authorize import routes as authorize_routes
from api.accounts.me import routes as me_routes
from api.accounts.router import routes as auth_routes
from api.accounts.router import well_known
from api.accounts.schemas import OAuthProblem, RevokeRequest, TokenRequest
from api.activities.router import routes as activity_routes
from api.audit.router import routes as audit_routes
from api.auth.permissions import Open, declared_access
from api.auth.tokens import TokenService
from api.core.config import API_VERSION, Settings, get_settings
from api.core.db import Database, utcnow
from api.core.drain import Drain, DrainMiddleware
from api.core.errors import install_error_handlers
from api.core.keys import KeyRing
from api.core.logging import configure_logging
from api.core.methods import MethodGate, PathMethods
from api.core.middleware import EdgeMiddleware
from api.core.openapi import BASE_PATH, build_openapi
from api.core.routing import api_routes, operation_id
from api.front_page import front_page
from api.health import routes as health_routes
from api.hsds.cors import OpenToAnyOrigin
from api.hsds.router import hsda as hsda_routes
from api.hsds.router import routes as hsds_routes
from api.providers.router import routes as provider_routes
from api.reference.catalog import ReferenceCache, bind_request_reference
from api.reference.router import routes as reference_routes
from api.referrals import overdue
from api.referrals.router import routes as referral_routes
from api.registrations.router import routes as registration_routes
from api.residents.router import routes as resident_routes
from api.staff.router import routes as staff_routes
from api.stats.router import routes as stats_routes
from api.subject_rights.router import routes as subject_rights_routes
from api.tables import metadata
from api.webhooks.router import routes as webhook_routes

DOMAIN_ROUTERS = (
    health_routes,
    auth_routes,
    authorize_routes,
    me_routes,
    reference_routes,
    resident_routes,
    subject_rights_routes,
    provider_routes,
    activity_routes,
    registration_routes,
    referral_routes,
    stats_routes,
    audit_routes,
    hsds_routes,
    hsda_routes,
    webhook_routes,
    staff_routes,
)


def _static_page(name: str) -> str:
    return resources.files("api.static").joinpath(name).read_text().replace("{base}", BASE_PATH)


def _docs_routes() -> APIRouter:
    docs = APIRouter(include_in_schema=False)
    swagger, redoc = _static_page("docs.html"), _static_page("redoc.html")

    @docs.get(f"{BASE_PATH}/docs")
    async def swagger_ui(_: Open) -> HTMLResponse:
        return HTMLResponse(swagger)

    @docs.get(f"{BASE_PATH}/redoc")
    async def redoc_ui(_: Open) -> HTMLResponse:
        return HTMLResponse(redoc)

    @docs.get(f"{BASE_PATH}/docs/oauth2-redirect")
    async def swagger_ui_redirect(_: Open) -> HTMLResponse:
        page = resources.files("api.static").joinpath("vendor/swagger-ui/oauth2-redirect.html")
        return HTMLResponse(
            page.read_text().replace(
                'src="oauth2-redirect.js"',
                f'src="{BASE_PATH}/static/vendor/swagger-ui/oauth2-redirect.js"',
            )
        )

    return docs


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the database engine and keys are opened in its lifespan."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    assert metadata.tables, "every table module is imported"

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.tokens = TokenService(settings, KeyRing.load(settings.keys_dir))
        database = Database.connect(settings)
        app.state.database = database
        app.state.reference = ReferenceCache()
        await asyncio.to_thread(overdue.warm, utcnow().date())
        try:
            yield
        finally:
            await database.dispose()

    app = FastAPI(
        title="Welzijn API",
        summary="Residents, providers, activities and referrals for welfare work in Hillegom "
        "and Lisse.",
        description=front_page(),
        version=API_VERSION,
        lifespan=lifespan,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        redirect_slashes=False,
        generate_unique_id_function=operation_id,
        max_body_size=1_000_000,
        dependencies=[Depends(bind_request_reference)],
    )
    app.state.settings = settings
    app.state.drain = Drain(settings.drain_seconds)  # `welzijn serve` drains it on SIGTERM
    for domain in DOMAIN_ROUTERS:
        app.include_router(domain, prefix=BASE_PATH)
    app.include_router(well_known)
    app.include_router(_docs_routes())
    app.mount(f"{BASE_PATH}/static", StaticFiles(packages=[("api", "static")]), name="static")
    install_error_handlers(app)

    @cache
    def spec() -> dict[str, Any]:
        """Built on first use (about half a second), then served as it is."""
        optional = {
            (path.removeprefix(BASE_PATH), method.lower())
            for method, path, route in api_routes(app)
            if [access for access, _ in declared_access(route.dependant)] == ["optional"]
        }
        return build_openapi(
            app,
            settings,
            optional_auth=optional,
            extra_schemas=[OAuthProblem, RevokeRequest, TokenRequest],
        )

    @app.get(f"{BASE_PATH}/openapi.json", include_in_schema=False)
    async def openapi_document(_: Open) -> dict[str, Any]:
        return await asyncio.to_thread(spec)

    app.openapi = spec  # type: ignore[method-assign]
    app.add_middleware(MethodGate, methods=PathMethods(app))  # innermost: inside CORS
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
        allow_headers=[
            "Authorization",
            "Content-Type",
            "If-Match",
            "If-None-Match",
            "Idempotency-Key",
            "X-Request-ID",
        ],
        expose_headers=["API-Version", "ETag", "Link", "Location", "Retry-After", "X-Request-ID"],
    )
    app.add_middleware(DrainMiddleware, drain=app.state.drain)
    app.add_middleware(OpenToAnyOrigin)
    app.add_middleware(EdgeMiddleware, docs_prefixes=(f"{BASE_PATH}/docs", f"{BASE_PATH}/redoc"))
    return app
