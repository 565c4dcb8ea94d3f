"""Demo social map: the providers and activities of DOMAIN.md §8, in Hillegom and Lisse.

Every age band is covered, some activities recur, some are full. Activities are created
through the service, as a provider's coordinator or the admin would, so schedules, themes and
the audit trail are exactly as in real use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.activities import service as activity_service
from api.activities.schedule import LOCAL
from api.activities.schemas import ActivityCreate
from api.auth.identity import Caller
from api.auth.models import Organisation
from api.providers.models import Provider, ProviderKind, ProviderMunicipality, ProviderTheme

BOTH = ("GM0534", "GM0553")


@dataclass(frozen=True)
class DemoProvider:
    code: str
    kind: ProviderKind
    description: str
    themes: tuple[str, ...]
    minimum_age: int | None = None
    maximum_age: int | None = None
    municipalities: tuple[str, ...] = BOTH


PROVIDERS = (
    DemoProvider(
        "welzijnskompas",
        ProviderKind.welfare_foundation,
        "Welzijnswerk voor volwassenen en ouderen: ontmoeting, mantelzorg, vervoer.",
        ("meeting-people", "informal-care", "language-digital", "exercise"),
        18,
    ),
    DemoProvider(
        "welzijnskwartier",
        ProviderKind.welfare_foundation,
        "Jongerenwerk, opvoedondersteuning en huiswerkbegeleiding.",
        ("growing-up", "education", "meeting-people"),
        0,
        23,
    ),
    DemoProvider(
        "welzijn-hillegom-lisse",
        ProviderKind.welfare_foundation,
        "De brede welzijnsorganisatie in verkenning: voor alle leeftijden.",
        ("meeting-people", "growing-up", "money", "volunteering", "language-digital"),
    ),
    DemoProvider(
        "sv-lisse",
        ProviderKind.club,
        "Omnisportvereniging met een open inloop.",
        ("exercise",),
        4,
        None,
        ("GM0553",),
    ),
    DemoProvider(
        "buurtkracht-hillegom",
        ProviderKind.citizen_initiative,
        "Bewoners die samen de buurt in beweging brengen.",
        ("exercise", "housing-neighbourhood"),
        None,
        None,
        ("GM0534",),
    ),
)


@dataclass(frozen=True)
class DemoActivity:
    key: str
    provider: str
    title: str
    description: str
    municipality: str
    themes: tuple[str, ...]
    ages: tuple[int | None, int | None]
    weekday: int
    start: time
    minutes: int
    recurrence: str | None
    capacity: int | None = None
    cost: tuple[int, str] | None = None
    registration_required: bool = False
    status: str = "published"
    location: tuple[str, str, int, str, str] = (
        "Dorpshuis",
        "Hoofdstraat",
        1,
        "2181 EA",
        "Hillegom",
    )


LISSE_HALL = ("Ontmoetingscentrum De Vaart", "Heereweg", 80, "2161 BK", "Lisse")
LIBRARY = ("Bibliotheek Hillegom", "Hoofdstraat", 85, "2181 EB", "Hillegom")
ACTIVITIES = (
    DemoActivity(
        "coffee",
        "welzijnskompas",
        "Koffieochtend in de Bibliotheek",
        "Elke dinsdag koffie, thee en een praatje. Iedereen is welkom.",
        "GM0534",
        ("meeting-people",),
        (55, None),
        1,
        time(10),
        90,
        "FREQ=WEEKLY;BYDAY=TU",
        location=LIBRARY,
    ),
    DemoActivity(
        "gym",
        "buurtkracht-hillegom",
        "Buurtgym",
        "Samen sporten in het park, voor jong en oud.",
        "GM0534",
        ("exercise",),
        (4, None),
        2,
        time(19),
        60,
        "FREQ=WEEKLY;BYDAY=WE",
        15,
        (250, "per keer"),
    ),
    DemoActivity(
        "cycling",
        "welzijnskompas",
        "Fietsmaatjes",
        "Samen fietsen op een duofiets met een vrijwilliger.",
        "GM0534",
        ("exercise", "meeting-people"),
        (65, None),
        3,
        time(14),
        120,
        "FREQ=WEEKLY;BYDAY=TH",
        6,
        registration_required=True,
    ),
    DemoActivity(
        "homework",
        "welzijnskwartier",
        "Huiswerkklas",
        "Hulp bij plannen en huiswerk, met een vaste begeleider.",
        "GM0534",
        ("education",),
        (12, 17),
        0,
        time(15, 30),
        90,
        "FREQ=WEEKLY;BYDAY=MO,WE",
        12,
        registration_required=True,
        location=LIBRARY,
    ),
    DemoActivity(
        "toddlers",
        "welzijn-hillegom-lisse",
        "Peuterochtend",
        "Spelen, zingen en koffie voor ouders met peuters.",
        "GM0534",
        ("growing-up",),
        (0, 4),
        4,
        time(9, 30),
        90,
        "FREQ=WEEKLY;BYDAY=FR",
        10,
    ),
    DemoActivity(
        "language",
        "welzijn-hillegom-lisse",
        "Taalcafé",
        "Nederlands oefenen in een ontspannen sfeer.",
        "GM0534",
        ("language-digital", "meeting-people"),
        (18, None),
        3,
        time(19, 30),
        90,
        "FREQ=WEEKLY;BYDAY=TH",
        location=LIBRARY,
    ),
    DemoActivity(
        "parenting",
        "welzijnskwartier",
        "Opvoedspreekuur",
        "Vragen over opvoeden? Loop binnen bij de pedagoog.",
        "GM0553",
        ("growing-up",),
        (18, None),
        1,
        time(9),
        120,
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        4,
        registration_required=True,
        location=LISSE_HALL,
    ),
    DemoActivity(
        "youth",
        "welzijnskwartier",
        "Jongerenhonk",
        "Chillen, gamen en meedenken over activiteiten.",
        "GM0553",
        ("meeting-people",),
        (12, 17),
        4,
        time(19),
        180,
        "FREQ=WEEKLY;BYDAY=FR",
        location=LISSE_HALL,
    ),
    DemoActivity(
        "kids-sport",
        "sv-lisse",
        "Sportinstuif",
        "Elke zaterdag een andere sport proberen.",
        "GM0553",
        ("exercise",),
        (6, 11),
        5,
        time(10),
        90,
        "FREQ=WEEKLY;BYDAY=SA",
        30,
        (100, "per keer"),
        location=("Sporthal Ter Specke", "Spoorlaan", 6, "2161 BH", "Lisse"),
    ),
    DemoActivity(
        "jobs",
        "welzijn-hillegom-lisse",
        "Werkcafé jongvolwassenen",
        "Hulp bij cv, geldzaken en vrijwilligerswerk.",
        "GM0553",
        ("money", "volunteering"),
        (18, 26),
        1,
        time(16),
        120,
        "FREQ=MONTHLY;BYDAY=1TU",
        12,
        location=LISSE_HALL,
    ),
    DemoActivity(
        "carers",
        "welzijnskompas",
        "Mantelzorgcafé",
        "Even tijd voor jezelf, met andere mantelzorgers.",
        "GM0553",
        ("informal-care",),
        (18, None),
        2,
        time(10),
        120,
        "FREQ=MONTHLY;BYDAY=2WE",
        location=LISSE_HALL,
    ),
    DemoActivity(
        "digital",
        "welzijnskompas",
        "Digitaal spreekuur",
        "Hulp bij DigiD, mail en de telefoon.",
        "GM0553",
        ("language-digital",),
        (65, None),
        0,
        time(14),
        120,
        None,
        8,
        registration_required=True,
        location=LISSE_HALL,
    ),
    DemoActivity(
        "walk",
        "welzijnskompas",
        "Wandelgroep Rondje Lisse",
        "Een rustig rondje met koffie na afloop.",
        "GM0553",
        ("exercise", "meeting-people"),
        (80, None),
        0,
        time(10),
        60,
        "FREQ=WEEKLY;BYDAY=MO",
        location=LISSE_HALL,
    ),
    DemoActivity(
        "camp",
        "welzijnskwartier",
        "Zomerkamp",
        "In voorbereiding: een week kamp in de zomervakantie.",
        "GM0553",
        ("growing-up", "meeting-people"),
        (8, 12),
        0,
        time(9),
        480,
        None,
        24,
        status="draft",
        location=LISSE_HALL,
    ),
)


def first_date(weekday: int, at: time, today: datetime) -> datetime:
    """The first such weekday from tomorrow, at a local Dutch time, in UTC."""
    day = today.astimezone(LOCAL).date() + timedelta(days=1)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    return datetime.combine(day, at, tzinfo=LOCAL).astimezone(UTC)


async def seed_providers(session: AsyncSession, orgs: dict[str, Organisation]) -> None:
    for p in PROVIDERS:
        org = orgs[p.code]
        session.add(
            Provider(
                id=org.id,
                name=org.name,
                name_key=org.name.lower(),
                kind=p.kind,
                description=p.description,
                minimum_age=p.minimum_age,
                maximum_age=p.maximum_age,
                email=f"info@{p.code}.example",
                website=f"https://{p.code}.example",
            )
        )
        await session.flush()
        session.add_all(
            ProviderMunicipality(provider_id=org.id, municipality_code=code)
            for code in p.municipalities
        )
        session.add_all(ProviderTheme(provider_id=org.id, theme_slug=slug) for slug in p.themes)
    await session.commit()


async def seed_activities(
    session: AsyncSession, orgs: dict[str, Organisation], admin: Caller, horizon_days: int
) -> dict[str, Any]:
    """Create the demo activities as the admin; returns them by key."""
    now = datetime.now(UTC)
    made: dict[str, Any] = {}
    for a in ACTIVITIES:
        starts = first_date(a.weekday, a.start, now)
        name, street, number, postcode, place = a.location
        body = ActivityCreate.model_validate(
            {
                "title": a.title,
                "description": a.description,
                "providerId": str(orgs[a.provider].id),
                "municipality": a.municipality,
                "themes": list(a.themes),
                "minimumAge": a.ages[0],
                "maximumAge": a.ages[1],
                "location": {
                    "name": name,
                    "street": street,
                    "houseNumber": number,
                    "postcode": postcode,
                    "place": place,
                },
                "schedule": {
                    "startsAt": starts.isoformat(),
                    "endsAt": (starts + timedelta(minutes=a.minutes)).isoformat(),
                    "recurrence": a.recurrence,
                },
                "cost": None
                if a.cost is None
                else {"amountCents": a.cost[0], "description": a.cost[1]},
                "capacity": a.capacity,
                "registrationRequired": a.registration_required,
                "languages": ["nl"],
                "status": a.status,
            }
        )
        made[a.key], _ = await activity_service.create(session, admin, body, horizon_days)
    return made
