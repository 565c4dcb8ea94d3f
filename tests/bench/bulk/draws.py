"""What the bulk seed draws from: municipalities, themes, fictional names, and the paths
referrals take with the days each step lasts."""

from __future__ import annotations

MUNICIPALITIES = ("GM0534", "GM0553", "GM1525", "GM0546", "GM0547", "GM0579", "GM0626", "GM0638")
THEMES = (
    "meeting-people",
    "exercise",
    "growing-up",
    "education",
    "language-digital",
    "money",
    "volunteering",
    "informal-care",
    "housing-neighbourhood",
    "mental-wellbeing",
)
GIVEN = (
    "Anna",
    "Bram",
    "Chantal",
    "Daan",
    "Emma",
    "Fatima",
    "Gerrit",
    "Hanna",
    "Ibrahim",
    "Julia",
    "Kees",
    "Lotte",
    "Mohamed",
    "Noor",
    "Olga",
    "Pieter",
    "Rachid",
    "Sanne",
    "Tim",
    "Wilma",
    "Yara",
    "Zeynep",
)
FAMILY = (
    "Bakker",
    "de Jong",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Dekker",
    "Jansen",
    "Kaya",
    "Yilmaz",
    "Brouwer",
    "van Leeuwen",
    "Groen",
    "Koster",
)
# Where referrals end up, and how often. Each step takes its time (STEP_DAYS); a referral is
# in the last step it has reached by now, so only recent referrals are still open, as in a
# real register where old referrals are closed and new ones arrive at the end of the table.
PATHS: tuple[tuple[tuple[str, ...], float], ...] = (
    (("requested", "accepted", "in-progress", "on-hold"), 0.04),
    (("requested", "accepted", "in-progress", "completed"), 0.62),
    (("requested", "accepted", "failed"), 0.08),
    (("requested", "rejected"), 0.14),
    (("requested", "cancelled"), 0.12),
)
# Days from the step before, as (low, high) of a uniform draw; acceptance is drawn apart.
STEP_DAYS = {
    "rejected": (1, 20),
    "cancelled": (1, 30),
    "in-progress": (1, 20),
    "on-hold": (14, 90),
    "failed": (7, 60),
    "completed": (14, 180),
}
HISTORY_DAYS = 730
REASONS = {
    "failed": "could-not-contact",
    "rejected": "no-capacity",
    "cancelled": "declined-by-resident",
}
BROAD = "welzijn-hillegom-lisse"
