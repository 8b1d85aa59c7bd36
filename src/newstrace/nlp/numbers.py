"""Numbers as news writes them, read to floats: digits, magnitudes, number words.

Why a module of its own: the quantities analyzer, the dates and the claims all
meet the same strings ("12 000", "12,000", "2,5 milliards", "$61bn", "vingt et
un", "des milliers"), and the separator rules must be one decision, written
once, tested once.

Separators (``parse_digits``), decided per language (``lexicons``: the
``numbers.decimal_comma`` list in ``common.quantities.toml``; an unknown
language reads the English way):

* spaces (space, NBSP U+00A0, narrow NBSP U+202F, thin space) and the Swiss
  apostrophe only ever group thousands: "12 000" is 12000;
* when both "," and "." appear, the last one is the decimal mark:
  "1,234.56" and "1.234,56" are both 1234.56;
* a separator repeated ("1,234,567", "1.234.567") groups thousands;
* a lone separator followed by anything but exactly three digits is a decimal
  mark, whatever the language ("12,5", "12.5", "0,125"): it cannot be a
  thousands group;
* a lone separator followed by exactly three digits ("12,000", "12.000",
  "1,234") groups thousands when it is *not* the language's decimal mark
  (English "12,000", French/German "12.000"); when it *is* the decimal mark,
  it groups thousands only if the three digits end in 0: news never writes a
  decimal with a trailing zero, so French "12,000" (an English-formatted number
  in a translated text) is 12000 while French "1,234" is 1.234, and English
  "12.000" is 12000 while English "3.141" is 3.141.

Number words are read by ``text2num`` (French, English, Spanish, Portuguese,
German, Dutch, Danish, Italian; compiled, about half a microsecond a word).
Vague counts ("des milliers", "tens of billions") are read as the lower bound
of their order of magnitude: "des milliers" is 1000, "plusieurs dizaines de
milliards" is 1e10; the quantities analyzer marks them ``approximate``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from text_to_num import text2num

from newstrace import lexicons

#: Languages ``text2num`` knows.
T2N_LANGUAGES = frozenset({"fr", "en", "es", "pt", "de", "nl", "da", "it"})

#: Spaces that group thousands, and the apostrophes the Swiss use for it.
_GROUP_SPACES = "\u0020\u00a0\u202f\u2009\u2007\u2002\u2003\u200a"
_APOSTROPHES = "'\u2019\u02bc"
_MINUS = "-\u2212\u2013"

_DIGITS_RE = re.compile(r"\d+(?:[ ,.']\d+)*")
_GROUPED_RE = re.compile(r"\d{1,3}(?:(?P<sep>[ ,.'])\d{3})(?:(?P=sep)\d{3})*")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*'?|[^\w\s]")
_TRANSLATE = {ord(c): " " for c in _GROUP_SPACES} | {ord(c): "'" for c in _APOSTROPHES}


def base_language(language: str | None) -> str | None:
    """``"fr-FR"`` -> ``"fr"``: lexicons and text2num are keyed by the base code."""
    if not language:
        return None
    return language.replace("_", "-").split("-")[0].lower() or None


@lru_cache(maxsize=64)
def _numbers_lexicon(language: str | None) -> dict[str, Any]:
    return lexicons.load(base_language(language)).get("numbers", {})


def decimal_mark(language: str | None) -> str:
    """The decimal mark of ``language``: "," for French, German...; "." otherwise."""
    lang = base_language(language)
    return "," if lang in set(_numbers_lexicon(None).get("decimal_comma", ())) else "."


def parse_digits(text: str, language: str | None = None) -> float | None:
    """A digit string with separators ("12 000", "1.234,56") as a float, or None.

    The rules are in the module docstring; ``text`` must be digits and
    separators only (no sign, no unit).
    """
    s = text.translate(_TRANSLATE)
    if not s or not _DIGITS_RE.fullmatch(s):
        return None
    if " " in s or "'" in s:
        head = re.match(r"\d+(?:[ ']\d+)*", s)
        assert head is not None
        ints, rest = head.group(0), s[head.end():]
        if not _GROUPED_RE.fullmatch(ints) and ints.isdigit() is False:
            return None
        if rest and not re.fullmatch(r"[.,]\d+", rest):
            return None
        digits = re.sub(r"[ ']", "", ints)
        return float(digits + ("." + rest[1:] if rest else ""))
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        if s.count(dec) != 1:
            return None
        ints, frac = s.split(dec)
        if not _GROUPED_RE.fullmatch(ints) or ints.count(grp) != len(ints.split(grp)) - 1:
            return None
        return float(ints.replace(grp, "") + "." + frac)
    if not commas and not dots:
        return float(s)
    sep = "," if commas else "."
    parts = s.split(sep)
    if len(parts) > 2:
        return float("".join(parts)) if _GROUPED_RE.fullmatch(s) else None
    ints, frac = parts
    if len(frac) == 3 and len(ints) <= 3 and not ints.startswith("0"):
        is_decimal_mark = sep == decimal_mark(language)
        if not is_decimal_mark or frac.endswith("0"):
            return float(ints + frac)
    return float(ints + "." + frac)


@lru_cache(maxsize=65536)
def number_word_value(words: str, language: str | None) -> int | None:
    """The integer that number words spell ("vingt et un" -> 21), or None.

    Lower-cased and cached: news repeats the same few words.  ``text2num`` is
    compiled code; any failure of it (including a panic) is "not a number".
    """
    lang = base_language(language)
    if lang not in T2N_LANGUAGES or not words or len(words) > 200:
        return None
    try:
        return int(text2num(words.lower(), lang))
    except (KeyboardInterrupt, SystemExit):  # pragma: no cover
        raise
    except BaseException:  # text2num raises ValueError, or a PanicException on odd input
        return None


def magnitudes(language: str | None) -> dict[str, float]:
    """Magnitude words and abbreviations of ``language`` ("milliards" -> 1e9, "bn" -> 1e9)."""
    lex = _numbers_lexicon(language)
    out = {k.lower(): float(v) for k, v in lex.get("magnitude_abbreviations", {}).items()}
    out.update({k.lower(): float(v) for k, v in lex.get("magnitudes", {}).items()})
    return out


def vague_counts(language: str | None) -> dict[str, float]:
    """Vague count words of ``language`` and their lower bound ("milliers" -> 1000)."""
    return {k.lower(): float(v) for k, v in _numbers_lexicon(language).get("vague", {}).items()}


def _vague_value(words: list[str], language: str | None) -> float | None:
    """"dizaines de milliards" -> 1e10: vague words and magnitudes chained by "of" words."""
    vague, mags = vague_counts(language), magnitudes(language)
    of_words = set(lexicons.load(base_language(language)).get("quantities", {}).get("of", ()))
    dets = set(lexicons.load(base_language(language)).get("quantities", {})
               .get("vague_determiners", ()))
    while words and words[0] in dets:
        words = words[1:]
    if not words or words[0] not in vague:
        return None
    value = vague[words[0]]
    i = 1
    while i < len(words):
        if words[i] in of_words and i + 1 < len(words) and (words[i + 1] in vague
                                                             or words[i + 1] in mags):
            i += 1
        if words[i] in vague:
            value *= vague[words[i]]
        elif words[i] in mags:
            value *= mags[words[i]]
        else:
            return None
        i += 1
    return value


def parse_number(text: str, language: str | None = None) -> float | None:
    """The number ``text`` writes, or None when it writes no (single) number.

    Reads digits with separators ("12 000", "1,234.56", "1.234,56"), a sign,
    a magnitude after them ("3 millions", "2,5 milliards", "1.2bn", "50k"),
    number words ("vingt et un", "twenty-five", "deux cents mille") and vague
    counts ("tens", "des milliers", "dizaines de milliards", read as the lower
    bound of their order of magnitude).  Never raises.
    """
    if not isinstance(text, str):
        return None
    s = text.translate(_TRANSLATE).strip()
    if not s or len(s) > 200:
        return None
    sign = 1.0
    if s[0] in _MINUS or s[0] == "+":
        sign = -1.0 if s[0] in _MINUS else 1.0
        s = s[1:].lstrip()
    m = re.match(r"\d+(?:[ ,.']\d+)*", s)
    if m:
        value = parse_digits(m.group(0), language)
        if value is None:
            return None
        rest = s[m.end():].strip().lower()
        if rest:
            factor = magnitudes(language).get(rest) or magnitudes("en").get(rest)
            if factor is None:
                return None
            value *= factor
        return sign * value
    words = [w.lower() for w in _WORD_RE.findall(s)]
    if not words:
        return None
    vague = _vague_value(words, language)
    if vague is not None:
        return sign * vague
    spelled = number_word_value(" ".join(words).replace(" - ", "-"), language)
    if spelled is not None:
        return sign * float(spelled)
    return None
