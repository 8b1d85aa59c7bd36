"""HTML pages to typed blocks, on top of trafilatura.

trafilatura finds the article region and cleans it well; what it does not do
is say *what* each piece is.  newstrace needs that: a caption's date bounds the
publication date, a comment is not a claim of the outlet, a byline names an
author who reports and is not an actor.  So this module walks trafilatura's
XML body and gives each piece a :data:`model.BlockKind`, then removes the
leftovers trafilatura lets through (share bars, "read more", newsletter
prompts, author bios...) with signals that do not depend on the site:
link density, repetition, position after the last real paragraph, short
lines made of boilerplate cue words (listed per language in :data:`CUES`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from newstrace.errors import NoArticle
from newstrace.extract.page import ExtractedPage
from newstrace.model import BODY_KINDS, Block, BlockKind

EXTRACTOR = f"html:trafilatura-{trafilatura.__version__}"

#: What we ask of trafilatura.  Metadata for title/byline/date; comments apart (they
#: are typed blocks, never body); links kept so that link density can be measured;
#: images off (captions are read from the page itself, see ``_captions``).
TRAFILATURA_OPTIONS: dict[str, object] = {
    "with_metadata": True,
    "include_comments": True,
    "include_tables": True,
    "include_images": False,
    "include_formatting": False,
    "include_links": True,
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class _Piece:
    """A block before ids and offsets are known."""

    kind: BlockKind
    text: str
    cues: list[str] = field(default_factory=list)
    links: int = 0
    """Characters of this piece inside links (trafilatura ``<ref>``)."""
    tag: str = ""
    dup: int | None = None
    """Index of an earlier piece this one repeats."""


# --- Text of trafilatura's XML ------------------------------------------------


def _clean(text: str) -> str:
    """Collapse spaces inside lines, drop empty lines: one block never holds a blank line."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _inline_text(
    elem: etree._Element, parts: list[str], links: list[int], in_link: bool = False
) -> None:
    """Text of an element and its inline children; ``<lb/>`` is a line break.

    ``links[0]`` counts the characters inside ``<ref>`` (links), for link density.
    """
    in_link = in_link or elem.tag == "ref"
    if elem.tag == "lb":
        parts.append("\n")
    elif elem.text:
        parts.append(elem.text)
        if in_link:
            links[0] += len(elem.text.strip())
    for child in elem:
        if child.tag in ("cell", "item"):
            parts.append(" ")
        _inline_text(child, parts, links, in_link)
        if child.tail:
            parts.append(child.tail)
            if in_link:
                links[0] += len(child.tail.strip())
        if child.tag == "cell":
            parts.append(" ")


def _text_and_links(elem: etree._Element) -> tuple[str, int]:
    parts: list[str] = []
    links = [0]
    _inline_text(elem, parts, links)
    return _clean("".join(parts)), links[0]


_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "div"})
_KIND_OF_TAG: dict[str, BlockKind] = {"head": "subheading"}


def _has_blocks(elem: etree._Element) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in elem.iter() if child is not elem)


def _walk(elem: etree._Element, out: list[_Piece], kind: BlockKind | None = None) -> None:
    """Flatten trafilatura's XML into pieces: one per paragraph, heading, list item, table row."""
    for child in elem:
        tag = child.tag
        if not isinstance(tag, str) or tag == "graphic":
            pass
        elif tag == "row" or not _has_blocks(child):
            text, links = _text_and_links(child)
            if text:
                piece_kind = kind or _KIND_OF_TAG.get(tag, "paragraph")
                out.append(_Piece(piece_kind, text, links=links, tag=tag))
        else:
            if child.text and child.text.strip():
                out.append(_Piece(kind or "paragraph", _clean(child.text), tag=tag))
            _walk(child, out, kind)
        if child.tail and child.tail.strip() and elem.tag != "body":
            out.append(_Piece(kind or "paragraph", _clean(child.tail), tag=elem.tag))


# --- Boilerplate cues, per language --------------------------------------------

#: Words and phrases that make a *short* block page furniture rather than article
#: text, grouped by language and by what they announce.  They are compared after
#: case and accent folding, at word boundaries.  Every language is checked on every
#: page: a French site often keeps English share buttons, and a phrase like
#: "read more" means the same wherever it appears.  Add a language by adding a key.
# fmt: off
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "related": (
            "read more", "see more", "see also", "related", "related articles", "related stories",
            "you may also like", "you might also like", "more from", "recommended", "don t miss",
            "also on", "most popular", "most read", "trending", "up next", "more stories",
            "further reading", "watch", "listen", "read next", "more on this", "in other news",
            "top stories", "editor s picks",
        ),
        "share": (
            "share", "share this", "tweet", "email", "print", "print article", "order reprints",
            "reprints", "like this story", "share it with a friend", "copy link", "pin it",
        ),
        "subscribe": (
            "newsletter", "sign up", "subscribe", "get the app", "download the app", "click here",
            "follow us", "thanks for signing up", "inbox", "register", "log in", "sign in",
            "become a member", "support our journalism", "delivered to your inbox", "get access",
            "free trial",
        ),
        "comments": (
            "comments", "comment", "view comments", "leave a comment", "comments are closed",
            "tell us what you think", "join the discussion", "join the conversation",
            "show comments", "add a comment",
        ),
        "legal": (
            "copyright", "all rights reserved", "privacy policy", "terms of use",
            "terms of service", "cookie policy", "use cookies", "accept cookies",
            "personal non commercial use",
        ),
        "ads": (
            "advertisement", "sponsored", "promoted", "ad", "paid content", "partner content",
        ),
        "meta": (
            "tags", "tagged", "posted in", "filed under", "categories", "category", "topics",
            "updated", "published", "last updated", "posted", "photo", "image", "credit",
            "getty images", "file photo", "write to", "contact the author", "about the author",
        ),
        "error": (
            "an error has occurred", "an error occurred", "please try again", "thank you", "sorry",
            "there was an error", "javascript", "enable javascript",
            "this article has been sent to",
        ),
    },
    "fr": {
        "related": (
            "lire aussi", "a lire aussi", "lire la suite", "voir aussi", "a voir aussi",
            "sur le meme sujet", "vous aimerez aussi", "vous aimerez peut etre aussi",
            "les plus lus", "a ne pas manquer", "en savoir plus", "pour aller plus loin", "a lire",
            "a voir", "articles similaires", "dans la meme rubrique", "ecouter", "regarder",
            "la suite", "les plus partages", "a la une",
        ),
        "share": (
            "partager", "partagez", "partager cet article", "imprimer", "envoyer", "tweeter",
            "envoyer par e mail", "copier le lien",
        ),
        "subscribe": (
            "newsletter", "lettre d information", "inscrivez vous", "abonnez vous", "s abonner",
            "abonnement", "telechargez l application", "cliquez ici", "suivez nous", "recevez",
            "se connecter", "connectez vous", "deja abonne", "offre d abonnement", "soutenez",
        ),
        "comments": (
            "commentaires", "commentaire", "reagir", "laisser un commentaire",
            "voir les commentaires", "donnez votre avis", "les commentaires sont fermes",
        ),
        "legal": (
            "tous droits reserves", "politique de confidentialite", "conditions d utilisation",
            "conditions generales", "mentions legales", "droits de reproduction",
            "utilise des cookies", "politique cookies", "gestion des cookies",
        ),
        "ads": (
            "publicite", "sponsorise", "contenu sponsorise", "contenu partenaire",
        ),
        "meta": (
            "mots cles", "publie le", "mis a jour", "mis a jour le", "categorie", "categories",
            "themes", "photo", "credit", "credits", "ecrire a", "a propos de l auteur",
        ),
        "error": (
            "une erreur est survenue", "veuillez reessayer", "merci", "desole",
            "activez javascript",
        ),
    },
}

#: Lead-ins that announce a link to another page even in a long line ("READ MORE: ...").
LEAD_IN_GROUPS = ("related",)

#: Credit lines that close a report: who else reported, wrote or edited it.  They name
#: reporters, so the block is typed ``byline``.  A one-word cue must open a short line
#: ("Source: AFP", "Contributing: ...").
CREDITS: dict[str, tuple[str, ...]] = {
    "en": (
        "contributed to this report", "contributed reporting", "contributed to this story",
        "contributed to this article", "reporting by", "additional reporting",
        "editing by", "edited by", "writing by", "compiled by", "contributing", "source",
        "sources",
    ),
    "fr": (
        "avec afp", "avec reuters", "avec ap", "avec agences", "edite par", "edition",
        "a contribue a cet article", "ont contribue a cet article", "redige par", "source",
        "sources", "avec la redaction",
    ),
}

#: One-word calls to act that open a sentence of a closing promo ("Subscribe to ...").
OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("subscribe", "register", "download", "sign"),
    "fr": ("abonnez", "inscrivez", "telechargez", "recevez", "soutenez"),
}

#: Words that introduce a picture's credit ("(credit: NASA)", "Photo : AFP").
PHOTO_CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("photo", "photos", "credit", "image", "picture", "pictured"),
    "fr": ("photo", "photos", "credit", "crédit", "image", "illustration"),
}

#: Month names, to recognise a block that is only a date ("November 19, 2019").
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ),
    "fr": (
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
        "octobre", "novembre", "decembre", "janv", "fevr", "avr", "juil", "sept", "oct", "nov",
        "dec",
    ),
}
# fmt: on

#: Words that open a byline ("By Jane Doe", "Par Jean Dupont").
BYLINE_OPENERS: dict[str, tuple[str, ...]] = {"en": ("by",), "fr": ("par",)}


def _phrases(groups: tuple[str, ...] | None = None) -> frozenset[str]:
    return frozenset(
        phrase
        for lang in CUES.values()
        for group, phrases in lang.items()
        if groups is None or group in groups
        for phrase in phrases
    )


_CUE_PHRASES = _phrases()
_CREDIT_WORD = "|".join(sorted({w for ws in PHOTO_CREDIT_WORDS.values() for w in ws}))
#: A block ending with a picture's credit is a caption that trafilatura left in the body
#: ("... its four RS-25 engines. (credit: NASA/Jude Guidry)", "photos © Inexhibit, 2018").
_PHOTO_CREDIT = re.compile(
    rf"(\((?:{_CREDIT_WORD})\s*(?::|©|by)[^)]*\)|\b(?:{_CREDIT_WORD})\s*(?::|©)[^.]{{0,60}})\W*$",
    re.IGNORECASE,
)
#: A caption is at most this long (in words).
CAPTION_MAX_WORDS = 60
_CREDIT_PHRASES = frozenset(p for phrases in CREDITS.values() for p in phrases)
_OPENERS = frozenset(w for words in OPENERS.values() for w in words)
_SENTENCE = re.compile(r"(?<=[.!?:])\s+")
_LABEL = re.compile(r"\W*\w+\s*:")
_LEAD_INS = _phrases(LEAD_IN_GROUPS)
_MONTH_WORDS = frozenset(m for names in MONTHS.values() for m in names)
_BYLINE_WORDS = frozenset(w for words in BYLINE_OPENERS.values() for w in words)
#: Legal lines are furniture wherever the phrase stands in a block of up to
#: ``LEAD_IN_MAX_WORDS`` words; one-word ones ("copyright") need a year beside them.
_LEGAL = frozenset(p for p in _phrases(("legal",)) if " " in p)
_COPYRIGHT = re.compile(r"(©|\(c\)|\bcopyright\b)\s*(\d{4}|©)", re.IGNORECASE)
#: What a trailing line may announce and still be furniture, wherever the cue stands
#: in it ("There's more. Sign up for our newsletter to get it daily.").
_TAIL_LINES = _phrases(("subscribe", "share", "comments", "legal", "related"))
_TAIL_MAX_WORDS = 40
_MAX_PHRASE = max(len(p.split()) for p in _CUE_PHRASES | _CREDIT_PHRASES)

#: A block this short (in words) may be furniture when it holds a cue.
CUE_MAX_WORDS = 12
#: A lead-in line ("READ MORE: ...") up to this long is a link to another page.
LEAD_IN_MAX_WORDS = 30
#: Share of a block's characters inside links above which it is navigation...
LINK_DENSITY = 0.6
#: ... when it is this short: a long linked paragraph is text that cites a page.
LINK_MAX_WORDS = 15
#: A paragraph at least this long (in words) is real article text: the tail after the
#: last one is furniture (tags, share bars, "more stories").
REAL_PARAGRAPH_WORDS = 12
#: A heading before the first paragraph this long is a dek (summary under the headline).
DEK_MIN_WORDS = 9


# --- Page-level helpers -------------------------------------------------------


def _norm(text: str) -> str:
    """Comparison key: case, accents and punctuation folded."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_WORD.findall("".join(c for c in folded if not unicodedata.combining(c))))


def _html_lang(html: str) -> str | None:
    m = re.search(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:5000], re.IGNORECASE)
    return m.group(1).lower() if m else None


def _lang_hint(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"[A-Za-z]{2,3}", value.strip())
    return m.group(0).lower() if m else None


_URLISH = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_DATE_DIGITS = re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b\d{1,2}:\d{2}\b")
_LETTER = re.compile(r"[^\W\d_]")
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?\S*$")


def _words(norm: str) -> list[str]:
    return norm.split()


def _cue(words: list[str], phrases: frozenset[str], *, prefix_only: bool = False) -> str | None:
    """The first cue phrase found at word boundaries (or only at the start)."""
    starts = [0] if prefix_only else range(len(words))
    for i in starts:
        for n in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if phrase in phrases:
                return phrase
    return None


def _furniture_cue(words: list[str]) -> str | None:
    """A cue that makes this short block furniture ("Share", "Read more", "Comments 12").

    A one-word cue counts only when it is (nearly) the whole block: "Watch" alone
    is a button, "Apple Watch Series 3" is not.  A longer cue must open the block
    or fill most of it: "sign up" inside a sentence is article text.
    """
    if not words:
        return None
    if len(words) <= LEAD_IN_MAX_WORDS and (legal := _cue(words, _LEGAL)):
        return legal
    if len(words) > CUE_MAX_WORDS:
        return None
    cue = _cue(words, _CUE_PHRASES, prefix_only=True)
    if cue is None:
        cue = _cue(words, _CUE_PHRASES)
        if cue is None or len(cue.split()) * 2 < len(words):
            return None
    rest = [w for w in words[len(cue.split()) :] if not w.isdigit()]
    if len(cue.split()) == 1 and len(rest) > 0:
        return None
    return cue


def _is_dateline(words: list[str], text: str) -> bool:
    """A short block that is only a date, a time or "Updated ..." with one."""
    if len(words) > 8:
        return False
    dated = bool(_DATE_DIGITS.search(text)) or any(w in _MONTH_WORDS for w in words)
    rest = [w for w in words if not w.isdigit() and w not in _MONTH_WORDS]
    return dated and len(rest) <= 4


def _is_prose_free(text: str) -> bool:
    """No letters at all, a bare URL or a machine timestamp: nothing a reader reads."""
    stripped = text.strip()
    return (
        not _LETTER.search(text)
        or bool(_URLISH.match(stripped))
        or bool(_ISO_STAMP.match(stripped))
    )


def _classify(pieces: list[_Piece], first_body: int, byline: str | None) -> None:
    """Set aside what trafilatura kept but is not article text.

    Every rule reads signals that do not depend on the site: repetition, link
    density, short lines of boilerplate cue words, dates alone on a line,
    position after the last real paragraph.  The kind becomes ``boilerplate``
    (or ``byline``/``title``) and ``cues`` says why, for a reviewer.
    """
    seen: dict[str, int] = {}
    author = _norm(byline) if byline else ""
    body_seen = 0
    for i, p in enumerate(pieces):
        norm = _norm(p.text)
        if p.kind not in BODY_KINDS:
            if norm and p.kind == "title":
                seen.setdefault(norm, i)
            continue
        words = _words(norm)
        mark: str | None = None
        if _is_prose_free(p.text):
            mark = "no-prose"
        elif norm in seen:
            # a repeated title is furniture; a repeated paragraph is kept (an interview
            # asks each guest the same question) but marked, so it is counted once
            p.dup = seen[norm]
            if pieces[seen[norm]].kind == "title":
                mark = "repeat-title"
        elif len(words) <= LINK_MAX_WORDS and p.links / len(p.text) >= LINK_DENSITY:
            mark = "links"
        elif cue := _furniture_cue(words):
            mark = f"cue:{cue}"
        elif len(words) <= LEAD_IN_MAX_WORDS and _COPYRIGHT.search(p.text):
            mark = "copyright"
        if (
            mark is None
            and len(words) <= LEAD_IN_MAX_WORDS
            and (cue := _cue(words, _LEAD_INS, prefix_only=True))
        ):
            rest = p.text.lstrip()[len(cue) :]
            if re.match(r"\W*[:|»>]", rest) or p.links:
                mark = f"lead-in:{cue}"
        if mark is None and body_seen < 4 and _is_dateline(words, p.text):
            mark = "dateline"
        if mark is None and len(words) <= CAPTION_MAX_WORDS and _PHOTO_CREDIT.search(p.text):
            p.kind = "caption"
            p.cues.append("photo-credit")
            continue
        opens_byline = bool(words) and words[0] in _BYLINE_WORDS
        if (
            mark is None
            and body_seen < 4
            and len(words) <= 10
            and (opens_byline or bool(author and author in norm))
        ):
            p.kind = "byline"
            p.cues.append("byline-in-body")
            continue
        if mark:
            p.kind = "boilerplate"
            p.cues.append(mark)
            continue
        body_seen += 1
        if norm:
            seen.setdefault(norm, i)

    # a heading opening the body, before any paragraph: the dek under the headline
    for p in pieces[first_body : first_body + 2]:
        if p.kind == "paragraph":
            break
        if p.kind == "subheading" and len(_words(_norm(p.text))) >= DEK_MIN_WORDS:
            p.kind = "title"
            p.cues.append("dek")

    # the tail after the last real paragraph: tags, share bars, "more stories"
    last_real = None
    for i, p in enumerate(pieces):
        if (
            p.kind == "paragraph"
            and len(_words(_norm(p.text))) >= REAL_PARAGRAPH_WORDS
            and p.links / max(1, len(p.text)) < 0.3
        ):
            last_real = i
    if last_real is not None:
        for p in pieces[last_real + 1 :]:
            if p.kind == "subheading" or (
                p.kind in BODY_KINDS
                and p.links
                and len(_words(_norm(p.text))) < REAL_PARAGRAPH_WORDS
            ):
                p.kind = "boilerplate"
                p.cues.append("tail")

    # from the end back: promos and prompts closing the page ("Sign up for our newsletter
    # to get more", "Updated at 1:23 p.m."), up to the first line that is none of these
    for p in reversed(pieces):
        if p.kind == "boilerplate" or p.kind not in BODY_KINDS:
            continue
        words = _words(_norm(p.text))
        short = len(words) <= _TAIL_MAX_WORDS
        cue = _cue(words, _TAIL_LINES) if short else None
        if short and (credit := _credit(words, p.text)):
            p.kind = "byline"
            p.cues.append(f"credit:{credit}")
            continue
        if cue and (" " in cue or words[0] == cue):  # "request for comment" is text
            p.cues.append("tail-cue")
        elif short and (opener := _sentence_opener(p.text)):
            p.cues.append(f"tail-cue:{opener}")
        elif _is_dateline(words, p.text):
            p.cues.append("tail-dateline")
        else:
            break
        p.kind = "boilerplate"


def _credit(words: list[str], text: str) -> str | None:
    """A credit line: who else reported or edited the piece ("Reporting by ...").

    A one-word cue must open a short line as a label ("Source: AFP"): "Sources
    close to the minister said..." is a sentence of the article.
    """
    cue = _cue(words, _CREDIT_PHRASES)
    if cue and " " not in cue:
        labelled = words[0] == cue and len(words) <= 8 and bool(_LABEL.match(text))
        return cue if labelled else None
    return cue


def _sentence_opener(text: str) -> str | None:
    """A sentence of the block opens with a one-word call to act ("Subscribe to ...")."""
    for sentence in _SENTENCE.split(text):
        words = _words(_norm(sentence))
        if words and words[0] in _OPENERS:
            return words[0]
    return None


#: A body block whose 4-word runs nearly all (``REPEAT_SHARE``) were printed
#: earlier, in ``REPEAT_SOURCES`` different blocks or more, and is at least
#: ``REPEAT_MIN_WORDS`` long, is a copy of the
#: article (a "print version", an infinite-scroll reload), not more article text.
#: A block repeating one earlier block is kept: a recipe or a meal plan repeats
#: its lines on purpose, an interview its questions.
REPEAT_SHARE = 0.8
REPEAT_SOURCES = 3
REPEAT_MIN_WORDS = 80


def _shingles(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))]


def _repeats(pieces: list[_Piece]) -> None:
    """Set aside body blocks that copy what the page already gave: the whole article
    again, or a teaser cut with an ellipsis ("Good morning! This is the tech news…")."""
    seen: dict[tuple[str, ...], int] = {}
    for i, p in enumerate(pieces):
        if p.kind not in BODY_KINDS:
            continue
        words = _words(_norm(p.text))
        sh = _shingles(words)
        sources = [seen[s] for s in sh if s in seen]
        # a teaser may cut its last word ("on Monday a..."): that run is not required
        teaser = (
            len(words) >= 5
            and p.text.rstrip().endswith(("...", "…"))
            and all(s in seen for s in _shingles(words[:-1]))
        )
        copy = (
            len(words) >= REPEAT_MIN_WORDS
            and len(sources) >= REPEAT_SHARE * len(sh)
            and len(set(sources)) >= REPEAT_SOURCES
        )
        if teaser or copy:
            p.kind = "boilerplate"
            p.cues.append("teaser" if teaser else "copy")
            continue
        for s in sh:
            seen.setdefault(s, i)


def _assemble(pieces: list[_Piece]) -> tuple[str, list[Block]]:
    """Ids in order and offsets into the joined text (blocks separated by a blank line)."""
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    for i, p in enumerate(pieces):
        blocks.append(Block(f"b{i}", p.kind, p.text, pos, pos + len(p.text), cues=tuple(p.cues)))
        parts.append(p.text)
        pos += len(p.text) + 2
    return "\n\n".join(parts), blocks


# --- Captions -------------------------------------------------------------------

#: Caption elements: ``<figcaption>`` and anything whose class names a caption
#: (``wp-caption-text``, ``image-caption``...).  trafilatura drops them from the
#: body (rightly: a caption is not article text), so they are read from the page.
_CAPTION_XPATH = etree.XPath(
    "//figcaption | //*[not(self::figure) and not(self::img)]"
    "[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
)
_TEXT_ELEMENT = (
    "[self::p or self::h2 or self::h3 or self::h4 or self::li or self::blockquote]"
    "[normalize-space()][1]"
)
_NEXT_P = etree.XPath("following::*" + _TEXT_ELEMENT)
_PREV_P = etree.XPath("preceding::*" + _TEXT_ELEMENT)
#: Words of a neighbouring paragraph used to find it among the extracted blocks.
_ANCHOR_WORDS = 8


def _is_caption(elem: etree._Element) -> bool:
    return elem.tag == "figcaption" or "caption" in str(elem.get("class") or "").lower()


def _captions(tree: etree._Element) -> list[tuple[str, str, str]]:
    """``(caption text, next paragraph key, previous paragraph key)`` in page order.

    The neighbouring paragraphs anchor the caption in the extracted body: a
    caption whose neighbours are not article text belongs to a teaser or a
    sidebar, and is left out.
    """
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for elem in _CAPTION_XPATH(tree):
        if any(_is_caption(a) for a in elem.iterancestors()):
            continue  # the outer caption element already holds this text
        text = _clean(" ".join(t for t in elem.itertext() if isinstance(t, str)))
        key = _norm(text)
        if not key or key in seen:
            continue
        seen.add(key)
        keys = []
        for finder in (_NEXT_P, _PREV_P):
            found = finder(elem)
            words = _norm(" ".join(found[0].itertext())).split() if found else []
            keys.append(" ".join(words[:_ANCHOR_WORDS]))
        out.append((text, keys[0], keys[1]))
    return out


def _place_captions(pieces: list[_Piece], captions: list[tuple[str, str, str]]) -> None:
    """Insert each caption before the paragraph that follows it on the page (or after
    the one before it); a caption repeated as a body block becomes that caption."""
    if not captions:
        return
    norms = [_norm(p.text) for p in pieces]
    inserts: list[tuple[int, _Piece]] = []
    for text, next_key, prev_key in captions:
        key = _norm(text)
        same = next((i for i, n in enumerate(norms) if n == key), None)
        if same is not None:
            pieces[same].kind = "caption"
            pieces[same].cues.append("caption-in-body")
            continue
        at = None
        if next_key:
            at = next((i for i, n in enumerate(norms) if n.startswith(next_key)), None)
        if at is None and prev_key:
            at = next((i + 1 for i, n in enumerate(norms) if n.startswith(prev_key)), None)
        if at is not None:
            inserts.append((at, _Piece("caption", text, cues=["caption"])))
    for at, piece in sorted(inserts, key=lambda x: x[0], reverse=True):
        pieces.insert(at, piece)


#: Cards inside a sentence: an inline element holding a picture and several links
#: (a hover card on a person's name, with their latest articles).  The page shows it
#: on demand; its text is not part of the sentence it sits in.
_INLINE_CARD = etree.XPath("//p//*[self::span or self::div or self::aside][.//img][count(.//a)>=2]")


def _drop_cards(tree: etree._Element) -> None:
    """Remove in-sentence cards, keeping the text that follows them.

    Only the innermost match goes: the outer one also holds the linked name
    that is a word of the sentence ("threatened to kill Rep. Ilhan Omar").
    """
    cards = _INLINE_CARD(tree)
    outer = {a for card in cards for a in card.iterancestors()}
    for card in cards:
        parent = card.getparent()
        if card in outer or parent is None:
            continue
        tail = card.tail or ""
        prev = card.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(card)


#: Words of a paragraph's opening used to find it again in the page.
_KEY_WORDS = 8
#: A paragraph of a sibling section must be this long (in words) to be read as article text.
SECTION_MIN_WORDS = 12


def _key(text: str) -> str:
    """The opening of a paragraph, spaces ignored: markup may glue or split words."""
    return "".join(_norm(text).split()[:_KEY_WORDS])


def _raw_text(elem: etree._Element) -> tuple[str, float]:
    """Text of a page element (``<br>`` as a line break) and its share inside links."""
    elem = deepcopy(elem)
    for br in elem.iter("br"):
        br.tail = "\n" + (br.tail or "")
    text = _clean(elem.text_content())
    linked = sum(len(a.text_content().strip()) for a in elem.iter("a"))
    return text, linked / max(1, len(text))


def _continuations(tree: etree._Element, body: list[_Piece]) -> None:
    """Read the rest of an article that the page splits over sibling sections.

    trafilatura keeps one container; some pages cut the article into several
    sections of the same kind (same tag and class, side by side: chunks between
    ads).  The paragraphs of those sibling sections are added in page order.
    """
    paragraphs = list(tree.iter("p"))
    by_key: dict[str, etree._Element] = {}
    for elem in paragraphs:
        if key := _key(elem.text_content()):
            by_key.setdefault(key, elem)
    found = [(i, by_key.get(_key(p.text) or "\0")) for i, p in enumerate(body)]
    found = [(i, e) for i, e in found if e is not None]
    if len(found) < 2:
        return
    parents = Counter(e.getparent() for _, e in found)
    home, _ = parents.most_common(1)[0]
    if home is None or not home.get("class"):
        return
    up = home.getparent()
    scope = up.getparent() if up is not None else None
    if scope is None:
        return
    sig = (home.tag, home.get("class"))
    known = {_key(p.text) for p in body}
    extra: list[tuple[etree._Element, str]] = []
    for section in scope.iter(home.tag):
        if section is home or (section.tag, section.get("class")) != sig:
            continue
        if any(a is home for a in section.iterancestors()) or any(
            a is section for a in home.iterancestors()
        ):
            continue
        for elem in section.iter("p"):
            text, links = _raw_text(elem)
            key = _key(text)
            long_enough = len(_norm(text).split()) >= SECTION_MIN_WORDS
            if long_enough and links < LINK_DENSITY and key not in known:
                known.add(key)
                extra.append((elem, text))
    if not extra:
        return
    order = {e: n for n, e in enumerate(tree.iter())}
    placed = [(order[e], i) for i, e in found]
    for pos, text in sorted(((order[e], t) for e, t in extra), reverse=True):
        after = [i for o, i in placed if o < pos]
        at = (max(after) + 1) if after else 0
        body.insert(at, _Piece("paragraph", text, cues=["sibling-section"]))


def _standfirst(body: list[_Piece], description: str | None) -> None:
    """The page's description (``<meta name=description>``) when it is also printed
    at the top of the body: the lede the outlet wrote, kept as body text."""
    key = _norm(description or "")
    if not key:
        return
    for p in body[:3]:
        norm = _norm(p.text)
        matches = norm == key or (norm and key.startswith(norm) and len(norm) >= 0.6 * len(key))
        if p.kind == "paragraph" and matches:
            p.kind = "standfirst"
            p.cues.append("description")
            return


# --- Public API ---------------------------------------------------------------


def extract_html(html: str, *, url: str | None = None, document: str = "<html>") -> ExtractedPage:
    """Typed blocks of an HTML page: title, byline, standfirst, body, captions, comments.

    Raises :class:`NoArticle` when trafilatura finds no article text.
    """
    if not html or not html.strip():
        raise NoArticle(document, "empty HTML")
    try:
        tree = load_html(html)
        if tree is None:
            raise NoArticle(document, "the HTML could not be parsed")
        captions = _captions(tree)
        _drop_cards(tree)
        doc = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    except NoArticle:
        raise
    except Exception as exc:  # trafilatura/lxml may raise on very broken input
        raise NoArticle(
            document, f"the HTML could not be parsed ({exc.__class__.__name__})"
        ) from exc
    if doc is None or doc.body is None:
        raise NoArticle(document, "trafilatura found no article text")

    body: list[_Piece] = []
    _walk(doc.body, body)
    _continuations(tree, body)
    if not body:
        raise NoArticle(document, "trafilatura found no article text")

    title = _clean(doc.title or "") or None
    byline = _clean(doc.author or "") or None
    pieces: list[_Piece] = []
    if title:
        # the page repeats its title as a first heading: keep one, as the title block
        for i, p in enumerate(body[:3]):
            if p.kind == "subheading" and _norm(p.text) and _norm(p.text) in _norm(title):
                title = p.text
                del body[i]
                break
        pieces.append(_Piece("title", title, cues=["metadata"]))
    if byline:
        pieces.append(_Piece("byline", byline, cues=["metadata"]))
    _place_captions(body, captions)
    _standfirst(body, doc.description)
    first_body = len(pieces)
    pieces.extend(body)
    _classify(pieces, first_body, byline)
    _repeats(pieces)

    if doc.commentsbody is not None:
        comments: list[_Piece] = []
        _walk(doc.commentsbody, comments, kind="comment")
        for c in comments:  # "Comments (12)", "Leave a comment": the section's furniture
            if cue := _furniture_cue(_words(_norm(c.text))):
                c.kind = "boilerplate"
                c.cues.append(f"cue:{cue}")
        pieces.extend(comments)

    if not any(p.kind in BODY_KINDS for p in pieces):
        raise NoArticle(document, "no body text left after cleaning")

    language = _html_lang(html) or _lang_hint(doc.language)
    source_text, blocks = _assemble(pieces)
    published = doc.date if doc.date and _ISO_DATE.match(doc.date) else None
    return ExtractedPage(
        source_text=source_text,
        blocks=blocks,
        title=title,
        byline=byline,
        published=published[:10] if published else None,
        site=doc.sitename or doc.hostname,
        language=language,
        extractor=EXTRACTOR,
    )
