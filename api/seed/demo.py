"""`welzijn seed --demo`: fictional people in real organisations, for trying the API out.

Every person here is made up. The seed is idempotent and refuses a database that holds
anything but demo data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import func, select

from api.accounts.registration import origin_of
from api.audit import trail
from api.auth.identity import SYSTEM, Caller, OrganisationKind
from api.auth.models import Client, Organisation, ReferrerKind, User
from api.auth.passwords import hash_secret
from api.auth.roles import Role
from api.auth.service import client_caller, user_caller
from api.core.codes import bind_reference
from api.core.errors import Conflict
from api.reference.catalog import load_reference
from api.seed.people import seed_registrations, seed_residents
from api.seed.referrals import seed_referrals
from api.seed.social_map import seed_activities, seed_providers

PASSWORD = "demo-password"  # noqa: S105 - documented demo credential
PARTNER_SECRET = "demo-secret"  # noqa: S105 - documented demo credential


@dataclass(frozen=True)
class DemoOrganisation:
    code: str
    name: str
    kind: OrganisationKind
    municipality: str | None = None
    referrer_kind: ReferrerKind | None = None


ORGANISATIONS = (
    DemoOrganisation("hltsamen", "HLTsamen (functioneel beheer)", OrganisationKind.municipality),
    DemoOrganisation(
        "gemeente-hillegom", "Gemeente Hillegom", OrganisationKind.municipality, "GM0534"
    ),
    DemoOrganisation("gemeente-lisse", "Gemeente Lisse", OrganisationKind.municipality, "GM0553"),
    DemoOrganisation(
        "huisartsen-hillegom",
        "Huisartsenpraktijk Hillegom-Centrum",
        OrganisationKind.referrer,
        "GM0534",
        ReferrerKind.gp,
    ),
    DemoOrganisation(
        "wijkteam-lisse",
        "Sociaal Wijkteam Lisse",
        OrganisationKind.referrer,
        "GM0553",
        ReferrerKind.district_team,
    ),
    DemoOrganisation("welzijnskompas", "Welzijnskompas", OrganisationKind.provider, "GM0534"),
    DemoOrganisation("welzijnskwartier", "Welzijnskwartier", OrganisationKind.provider, "GM0553"),
    DemoOrganisation(
        "welzijn-hillegom-lisse",
        "Welzijn Hillegom-Lisse (brede organisatie)",
        OrganisationKind.provider,
        "GM0534",
    ),
    DemoOrganisation(
        "sv-lisse", "Sportvereniging De Lisser Bollen", OrganisationKind.provider, "GM0553"
    ),
    DemoOrganisation(
        "buurtkracht-hillegom",
        "Buurtkracht Hillegom (bewonersinitiatief)",
        OrganisationKind.provider,
        "GM0534",
    ),
)
USERS = (
    ("admin@welzijn.example", "Demo Beheerder", "hltsamen", Role.admin),
    (
        "beleid@hillegom.example",
        "Demo Beleidsmedewerker Hillegom",
        "gemeente-hillegom",
        Role.municipality,
    ),
    ("beleid@lisse.example", "Demo Beleidsmedewerker Lisse", "gemeente-lisse", Role.municipality),
    ("huisarts@hillegom.example", "Demo Huisarts", "huisartsen-hillegom", Role.referrer),
    ("wijkteam@lisse.example", "Demo Wijkteammedewerker", "wijkteam-lisse", Role.referrer),
    (
        "coordinator@welzijnskompas.example",
        "Demo Coördinator Welzijnskompas",
        "welzijnskompas",
        Role.provider,
    ),
    (
        "coordinator@welzijnskwartier.example",
        "Demo Coördinator Welzijnskwartier",
        "welzijnskwartier",
        Role.provider,
    ),
    (
        "coordinator@welzijn-hillegom-lisse.example",
        "Demo Coördinator brede organisatie",
        "welzijn-hillegom-lisse",
        Role.provider,
    ),
)
PARTNER = ("demo-partner", "Demo HIS-koppeling Huisartsenpraktijk", "huisartsen-hillegom")
SPA = "http://127.0.0.1:5173"  # the reference SPA of `make run`
DEFAULT_BASE_URL = "https://api.welzijn.example/v1"
DEMO_CODES = {o.code for o in ORGANISATIONS}


def front_ends(base_url: str, organisation: Organisation) -> list[Client]:
    """The public clients of the demo: the reference SPA and Swagger UI's redirect page."""
    docs = base_url.rstrip("/")
    return [
        Client(
            client_id="welzijn-spa",
            name="Welzijn (referentie-app)",
            organisation_id=organisation.id,
            public=True,
            redirect_uris=[f"{SPA}/callback"],
            allowed_origins=[SPA],
        ),
        Client(
            client_id="welzijn-api-docs",
            name="Welzijn API-documentatie (Swagger UI)",
            organisation_id=organisation.id,
            public=True,
            redirect_uris=[f"{docs}/docs/oauth2-redirect"],
            allowed_origins=[origin_of(docs)],
        ),
    ]


async def seed_identity(
    session: AsyncSession, base_url: str = DEFAULT_BASE_URL
) -> dict[str, Organisation]:
    orgs = {
        o.code: Organisation(
            code=o.code,
            name=o.name,
            kind=o.kind,
            municipality_code=o.municipality,
            referrer_kind=o.referrer_kind,
        )
        for o in ORGANISATIONS
    }
    session.add_all(orgs.values())
    await session.flush()
    password_hash = await hash_secret(PASSWORD)
    session.add_all(
        User(
            email=email,
            display_name=name,
            organisation_id=orgs[org].id,
            role=role,
            password_hash=password_hash,
        )
        for email, name, org, role in USERS
    )
    client_id, name, org = PARTNER
    session.add(
        Client(
            client_id=client_id,
            name=name,
            organisation_id=orgs[org].id,
            secret_hash=await hash_secret(PARTNER_SECRET),
        )
    )
    session.add_all(front_ends(base_url, orgs["hltsamen"]))
    return orgs


async def _caller(session: AsyncSession, email: str) -> Caller:
    user_id = await session.scalar(select(User.id).where(User.email == email))
    assert user_id is not None
    return await user_caller(session, user_id, None)


async def seed_demo(
    session: AsyncSession, horizon_days: int = 366, base_url: str = DEFAULT_BASE_URL
) -> str:
    """Seed once; a second run changes nothing. Refuses a database with other data.
    `base_url` is the API's public /v1 URL, where Swagger UI's redirect page is."""
    codes = set((await session.execute(select(Organisation.code))).scalars())
    if codes - DEMO_CODES:
        raise Conflict("this database holds non-demo organisations: refusing to add demo data")
    if codes:
        return "demo data already present"
    if await session.scalar(select(func.count()).select_from(User)):
        raise Conflict("this database holds users: refusing to add demo data")
    orgs = await seed_identity(session, base_url)
    await session.commit()
    await seed_providers(session, orgs)
    bind_reference(await load_reference(session))
    admin = await _caller(session, "admin@welzijn.example")
    referrers = {
        "GM0534": await _caller(session, "huisarts@hillegom.example"),
        "GM0553": await _caller(session, "wijkteam@lisse.example"),
    }
    activities = await seed_activities(session, orgs, admin, horizon_days)
    residents = await seed_residents(session, referrers)
    registrations = await seed_registrations(session, referrers, activities, residents)
    callers = {
        "gp": referrers["GM0534"],
        "wijkteam": referrers["GM0553"],
        "partner": await client_caller(session, PARTNER[0], None),
        **{
            code: await _caller(session, f"coordinator@{code}.example")
            for code in ("welzijnskompas", "welzijnskwartier", "welzijn-hillegom-lisse")
        },
    }
    providers = {code: org.id for code, org in orgs.items()}
    referrals = await seed_referrals(session, callers, residents, providers, activities)
    trail.record(session, SYSTEM, "seed", "demo", [])
    await trail.commit(session)
    return (
        f"demo data seeded: {len(orgs)} organisations, {len(USERS)} users, 3 clients, "
        f"{len(activities)} activities, {len(residents)} residents, "
        f"{registrations} registrations, {referrals} referrals"
    )
