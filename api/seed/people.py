"""Demo residents and their registrations. Every person here is made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.identity import Caller
from api.core.ageband import age_on
from api.registrations import service as registration_service
from api.registrations.schemas import RegistrationCreate
from api.residents import service as resident_service
from api.residents.schemas import ResidentCreate

# given, prefix, family, birth date, municipality, street, number, postcode, place
RESIDENTS: tuple[tuple[str, str | None, str, str, str, str, int, str, str], ...] = (
    ("Ans", None, "Verhoeven", "1941-04-02", "GM0534", "Leidsestraat", 14, "2182 DL", "Hillegom"),
    ("Henk", "de", "Wit", "1944-09-17", "GM0534", "Pastoorslaan", 3, "2182 BX", "Hillegom"),
    (
        "Riet",
        "van der",
        "Meer",
        "1950-01-23",
        "GM0534",
        "Weeresteinstraat",
        40,
        "2181 GC",
        "Hillegom",
    ),
    (
        "Kees",
        None,
        "Bloemendaal",
        "1952-06-30",
        "GM0534",
        "Van Nispenstraat",
        9,
        "2181 AK",
        "Hillegom",
    ),
    ("Joke", None, "Hoogervorst", "1955-11-11", "GM0534", "Mariastraat", 21, "2181 CT", "Hillegom"),
    ("Wim", "van", "Dam", "1948-03-05", "GM0534", "Hoofdstraat", 120, "2181 EP", "Hillegom"),
    (
        "Gerda",
        None,
        "Zwetsloot",
        "1946-07-19",
        "GM0534",
        "Elsbroekerlaan",
        7,
        "2181 NN",
        "Hillegom",
    ),
    ("Thea", None, "Kortekaas", "1949-12-01", "GM0534", "Olympiaweg", 31, "2182 HE", "Hillegom"),
    ("Sanne", None, "Groeneveld", "1992-02-14", "GM0553", "Kanaalstraat", 18, "2161 JB", "Lisse"),
    ("Youssef", "el", "Idrissi", "1989-08-08", "GM0553", "Grachtweg", 5, "2161 HL", "Lisse"),
    ("Priya", None, "Ramdin", "1995-05-27", "GM0553", "Heereweg", 201, "2161 BM", "Lisse"),
    ("Lotte", None, "Vermeulen", "1990-10-03", "GM0553", "Vivaldilaan", 12, "2162 ZK", "Lisse"),
    ("Daan", None, "Schouten", "1987-01-15", "GM0553", "Lisserdijk", 44, "2161 CA", "Lisse"),
    ("Milan", None, "Bakker", "2011-06-21", "GM0534", "Sixlaan", 16, "2182 EG", "Hillegom"),
    ("Noor", None, "Jansen", "2012-03-09", "GM0553", "Nassaustraat", 2, "2161 RE", "Lisse"),
    ("Sem", "van", "Leeuwen", "2004-09-30", "GM0553", "Achterweg", 27, "2161 AG", "Lisse"),
    ("Fenna", None, "Dekker", "2017-12-24", "GM0553", "Esdoornlaan", 8, "2161 TZ", "Lisse"),
    ("Bram", None, "Visser", "1936-02-28", "GM0553", "Rembrandtlaan", 1, "2162 CB", "Lisse"),
    ("Fatima", "el", "Amrani", "1957-03-14", "GM0534", "Hoofdstraat", 12, "2181 EC", "Hillegom"),
    ("Jan", None, "Ruigrok", "1969-05-05", "GM0534", "Vosselaan", 56, "2181 CM", "Hillegom"),
)
# Activity key -> indexes into RESIDENTS registered, in order (past capacity: waitlisted).
REGISTRATIONS: dict[str, tuple[int, ...]] = {
    "cycling": (0, 1, 2, 3, 4, 5, 6, 7),  # six places: two on the waiting list
    "parenting": (8, 9, 10, 11, 12),  # four places: one waits
    "homework": (13,),
    "kids-sport": (16,),
    "youth": (14,),
    "jobs": (15,),
    "walk": (17,),
}


def resident_body(index: int) -> ResidentCreate:
    given, prefix, family, born, municipality, street, number, postcode, place = RESIDENTS[index]
    return ResidentCreate.model_validate(
        {
            "givenName": given,
            "familyNamePrefix": prefix,
            "familyName": family,
            "birthDate": born,
            "municipality": municipality,
            "address": {
                "street": street,
                "houseNumber": number,
                "postcode": postcode,
                "place": place,
            },
            "phone": f"06{20260000 + index:08d}",
            "email": f"{given.lower()}.{family.lower()}@example.nl",
            "preferredLanguage": "nl",
            "preferredContact": "phone",
        }
    )


async def seed_residents(session: AsyncSession, referrers: dict[str, Caller]) -> list[Any]:
    """Residents registered by the GP practice (Hillegom) or the district team (Lisse)."""
    made = []
    for index, row in enumerate(RESIDENTS):
        resident, _ = await resident_service.create(
            session, referrers[row[4]], resident_body(index)
        )
        made.append(resident)
    return made


async def seed_registrations(
    session: AsyncSession,
    referrers: dict[str, Caller],
    activities: dict[str, Any],
    residents: list[Any],
) -> int:
    count = 0
    for key, indexes in REGISTRATIONS.items():
        activity = activities[key]
        for index in indexes:
            registrar = referrers[RESIDENTS[index][4]]
            born = date.fromisoformat(RESIDENTS[index][3])
            reason = None if _fits(activity, born) else "Demo: afgestemd met de aanbieder."
            locked = await registration_service.activity_to_register(
                session, registrar, activity.id
            )
            await registration_service.register(
                session,
                registrar,
                locked,
                RegistrationCreate.model_validate(
                    {"residentId": str(residents[index].id), "overrideReason": reason}
                ),
            )
            count += 1
    return count


def _fits(activity: Any, born: date) -> bool:
    age = age_on(born, date.today())  # noqa: DTZ011 - a calendar date
    low, high = activity.minimum_age, activity.maximum_age
    return (low is None or age >= low) and (high is None or age <= high)
