"""Per-language knowledge written by us, as plain TOML files (``fr.toml``, ``en.toml``).

Language is a parameter, not a branch: code asks ``load("fr")["blocks"]["boilerplate"]``
and gets a list; adding a language is adding a file.  A language's knowledge may be split
by topic (``fr.toml``, ``fr.times.toml``, ``fr.quantities.toml``): all files of a
language are merged, in name order.  ``common.toml`` (and ``common.*.toml``) holds what is
language-neutral (photo agencies, symbols) and is merged under every language.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


def _files() -> list[str]:
    folder = resources.files(__package__)
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".toml"))


def available() -> list[str]:
    """Language codes that have a lexicon file."""
    return sorted({n.split(".")[0] for n in _files()} - {"common"})


@cache
def covers(language: str | None, section: str) -> bool:
    """Whether ``language``'s own files hold the ``[section]`` table.

    Why: a language may have a lexicon for one topic only (Spanish has claim cues
    but no block cues).  A reader that would use "this language's cues, else every
    language's" must ask about its own topic, or a page in such a language would be
    read with no cues at all for it.
    """
    return bool(language) and section in _read_language(language or "")


def _read_language(prefix: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for name in _files():
        if name.split(".")[0] == prefix:
            merged = _merge(merged, _read(name))
    return merged


def _read(name: str) -> dict[str, Any]:
    path = resources.files(__package__) / name
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


@cache
def load(language: str | None) -> dict[str, Any]:
    """The lexicon for ``language`` merged over ``common.toml`` (empty if unknown)."""
    common = _read_language("common")
    if not language:
        return common
    return _merge(common, _read_language(language))


@cache
def load_all() -> dict[str, Any]:
    """Every language's lexicon merged: for cues that must work before the language is known."""
    merged = _read_language("common")
    for lang in available():
        merged = _merge(merged, _read_language(lang))
    return merged
