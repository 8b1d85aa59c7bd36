"""The table of known actors (``data/actors.toml``): people and organisations with aliases
in several languages and dated roles.

Why a table of our own: NER finds "Poutine" but cannot say it is "Vladimir Putin",
nor that "le président élu Trump" dates the page between November 2024 and
January 2025.  The table is small, reviewed data; unknown names still come out,
canonicalised within their document only.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newstrace.nlp.dates import fold


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    sector: str | None
    start: str | None
    end: str | None
    cues: tuple[str, ...] = ()

    def held_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: str  # "person" | "organization"
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    roles: tuple[Role, ...] = ()

    def role_on(self, day: str | None) -> Role | None:
        """The role held on ``day`` (or the latest one when the day is unknown)."""
        if not self.roles:
            return None
        if day:
            for role in reversed(self.roles):
                if role.held_on(day):
                    return role
            return None
        return self.roles[-1]


def _key(text: str) -> str:
    return fold(re.sub(r"[’']", "'", text)).strip()


@cache
def actors() -> tuple[Actor, ...]:
    raw = tomllib.loads((resources.files("newstrace") / "data/actors.toml").read_text("utf-8"))
    out = []
    for kind, key in (("person", "person"), ("organization", "organization")):
        for a in raw.get(key, []):
            roles = tuple(
                Role(r["role"], r.get("sector"), r.get("from"), r.get("to"),
                     tuple(r.get("cues", [])))
                for r in a.get("roles", [])
            )
            sector = a.get("sector") or (roles[-1].sector if roles else None)
            out.append(
                Actor(a["id"], a["name"], kind, tuple(a.get("aliases", [])), a.get("country"),
                      sector, roles)
            )
    return tuple(out)


@cache
def _index() -> dict[str, Actor]:
    index: dict[str, Actor] = {}
    for actor in actors():
        for alias in (actor.name, *actor.aliases):
            index.setdefault(_key(alias), actor)
    return index


def lookup(name: str) -> Actor | None:
    """The actor a name or alias denotes ("Poutine" -> Vladimir Putin), if known."""
    return _index().get(_key(name))


@cache
def alias_pattern() -> re.Pattern[str]:
    """One regex for every alias, longest first, case-sensitive, on word boundaries.

    Case-sensitive on purpose: "Trump" the man, not "trump" the card; "OTAN", not "otan".
    """
    names = {alias for a in actors() for alias in (a.name, *a.aliases)}
    names |= {n.replace("'", "’") for n in names}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def by_id(actor_id: str) -> Actor | None:
    for actor in actors():
        if actor.id == actor_id:
            return actor
    return None
