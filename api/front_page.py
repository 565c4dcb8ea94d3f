"""The docs' front page (the spec's `info.description`): the prose of api/static/front_page.md,
with the capability table and the lifecycle's moves filled in from the tables the server
enforces (`MATRIX`, `TRANSITIONS`), so the page cannot drift from them."""

from __future__ import annotations

from functools import cache
from importlib import resources

from api.auth.roles import MATRIX, Permission, Role
from api.referrals.transitions import TRANSITIONS

CAPABILITIES: dict[Permission, str] = {
    Permission.manage_providers: "register and change providers",
    Permission.manage_activities: "create and change activities",
    Permission.read_drafts: "read draft, cancelled and archived activities",
    Permission.create_residents: "add residents to the registry",
    Permission.read_residents: "read and search residents",
    Permission.update_residents: "change residents",
    Permission.subject_rights: "export and erase a resident (AVG art. 15, 17)",
    Permission.register_residents: "register residents for activities",
    Permission.read_registrations: "read registrations",
    Permission.send_referrals: "send referrals",
    Permission.read_referrals: "read referrals and the change feed",
    Permission.change_referrals: "move referrals on (only the moves of your part)",
    Permission.read_statistics: "read statistics",
    Permission.read_audit: "read the audit trail",
    Permission.manage_subscriptions: "manage webhook subscriptions",
    Permission.manage_staff: "administer staff accounts and clients (sign-in, deactivation)",
}


def _capability_table() -> str:
    roles = list(Role)
    rows = [
        "| capability (scope) | " + " | ".join(r.value for r in roles) + " |",
        "|---" * (len(roles) + 1) + "|",
    ]
    for permission, holders in MATRIX.items():
        marks = " | ".join("yes" if r in holders else "no" for r in roles)
        rows.append(f"| {CAPABILITIES[permission]} (`{permission.value}`) | {marks} |")
    return "\n".join(rows)


def _moves() -> str:
    targets: dict[str, list[str]] = {}
    for t in TRANSITIONS:
        targets.setdefault(t.source.value, []).append(f"`{t.target.value}`")
    return "\n".join(f"- `{source}` → {' | '.join(to)}" for source, to in targets.items())


@cache
def front_page() -> str:
    text = resources.files("api.static").joinpath("front_page.md").read_text()
    return text.replace("<!-- capabilities -->", _capability_table()).replace(
        "<!-- transitions -->", _moves()
    )
