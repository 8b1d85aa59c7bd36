"""Claims: what a page asserts, on whose word, and how surely.

A rumour must never come out as a fact, so certainty is read from the words
and never defaulted: a claim is ``asserted`` only when the outlet states it in
its own voice with no hedge; anything attributed is at least ``reported``.

Per sentence of the body and the headline:
1. attribution: "selon X" / "according to X"; a reporting verb with a clause
   ("X affirme que ...", "X said ..."), including participles ("..., affirmant
   que ...") whose speaker is the main clause's subject; headline conventions
   ("Sources : ...");
2. the source's kind, from the words of the source phrase and the entities in
   it: named person, institution, anonymous (with a count: "un responsable et
   trois personnes" is four), vague ("certains partisans"), document, or none
   (the outlet itself); pronouns ("selon lui") go to the last person named;
3. certainty from cues in the content (negation, conditional mood, modal verbs,
   hedging adverbs, future tense, estimates), strongest first.
Sentences that only say how sources spoke ("... sous couvert d'anonymat") are
not claims: they confirm the anonymity of the claims around them.  The same
claim stated twice (a repeated standfirst, a headline restating the lede) is
one claim with all its evidence.

Cue words are per language in ``lexicons/<lang>.claims.toml``; the code is the same
for every language with a spaCy model.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from newstrace import lexicons
from newstrace.analyze.entities import EntityIndex
from newstrace.model import Article, Claim, Quantity, Source, Sourcing, Span
from newstrace.nlp.countries import metonym_country
from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Strongest first: when several cues apply, the first in this list wins.
CERTAINTY_ORDER = ("denied", "hypothetical", "possible", "probable", "estimate", "predicted",
                   "reported", "asserted")
CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis", "advcl"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}
RELATIVE_DEPS = {"relcl", "acl:relcl"}
_NUMBER_WORDS = {
    "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
    "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8,
    "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "l'une": 1, "l'un": 1,
}


@cache
def cues_for(language: str | None) -> dict[str, Any]:
    """The claims cues of a language (its lexicon, or every lexicon merged when it has none);
    cached, as every verb of saying asks for them: read it, never change it (only
    ``folded`` keeps its folded sets in it)."""
    lex = lexicons.load(language)
    if "claims" not in lex:
        lex = lexicons.load_all()
    numbers = lex.get("numbers", {})
    # Words that give a figure without digits ("estime à plusieurs centaines le nombre"):
    # the quantity reader's magnitudes and vague counts.
    magnitudes = [*numbers.get("magnitudes", {}), *numbers.get("vague", {})]
    return {**lex.get("claims", {}), **{f"c_{k}": v for k, v in lex.get("certainty", {}).items()},
            "magnitude_words": magnitudes}


def folded(cues: dict[str, Any], key: str) -> frozenset[str]:
    """The lexicon list ``key`` accent-folded and lowercased, computed once per cue
    dictionary: every verb of saying and every token asks for these sets."""
    memo: dict[str, frozenset[str]] = cues.setdefault("_folded", {})
    found = memo.get(key)
    if found is None:
        found = memo[key] = frozenset(fold(v) for v in cues.get(key, []))
    return found


def _has(text: str, phrases: list[str]) -> str | None:
    """The first phrase (in lexicon order) found in folded ``text`` on word boundaries."""
    if not phrases:
        return None
    pattern, folded_phrases = _phrase_pattern(tuple(phrases))
    found = {m.group(0) for m in pattern.finditer(fold(text))}
    if not found:
        return None
    return next(p for p, fp in zip(phrases, folded_phrases, strict=True) if fp in found)


def _masked(text: str, phrases: list[str]) -> str:
    """``text`` with each of ``phrases`` blanked out (same length, so offsets hold)."""
    if not phrases:
        return text
    pattern, _ = _phrase_pattern(tuple(phrases))
    folded_text = fold(text)
    if len(folded_text) != len(text):
        return text
    chars = list(text)
    for m in pattern.finditer(folded_text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], list[str]]:
    folded = [fold(p).strip() for p in phrases]
    ordered = sorted(set(filter(None, folded)), key=len, reverse=True)
    whole = "|".join(re.escape(f) for f in ordered if not f.endswith(("'", "’")))
    # A phrase ending in an elided word ("susceptibles d'", "à moins qu'") runs into the
    # next word: no word boundary after it.
    elided = "|".join(re.escape(f) for f in ordered if f.endswith(("'", "’")))
    alternation = "|".join(filter(None, (f"(?:{whole})(?![\\w-])" if whole else "",
                                         f"(?:{elided})" if elided else "")))
    return re.compile(rf"(?<![\w])(?:{alternation})"), folded


@dataclass(slots=True)
class _Draft:
    pb: ParsedBlock
    start: int  # content, normalised offsets in the block
    end: int
    source: Source
    source_span: tuple[int, int] | None
    cues: list[str] = field(default_factory=list)
    certainty: str = "asserted"
    headline: bool = False
    evidence: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        a, b = self.pb.norm.to_original(self.start, self.end)
        return self.pb.block.text[a:b]


# --- sources ----------------------------------------------------------------


def _tokens(pb: ParsedBlock, start: int, end: int) -> list[Token]:
    """The tokens starting inside ``[start, end)``, without walking the whole block."""
    if pb.doc is None:
        return []
    span = pb.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [t for t in pb.doc if start <= t.idx < end]
    return [t for t in span if start <= t.idx < end]


def _count(tokens: list[Token], cues: dict[str, Any]) -> int | None:
    """How many people an anonymous source phrase names ("un responsable et trois personnes")."""
    nouns = folded(cues, "source_nouns")
    total, unknown = 0, False
    for tok in tokens:
        if fold(tok.text) not in nouns or tok.dep_ in ("nmod", "amod"):
            continue
        left = [t for t in tok.lefts if t.dep_ in ("det", "nummod", "nmod", "amod")]
        words = [fold(t.text) for t in left]
        numbers = [_NUMBER_WORDS.get(w) or (int(w) if w.isdigit() else None) for w in words]
        found = [n for n in numbers if n]
        if found:
            total += found[0]
        elif tok.morph.get("Number") == ["Sing"] and words:
            total += 1
        else:
            unknown = True
    return None if unknown or total == 0 else total


def _classify(pb: ParsedBlock, start: int, end: int, index: EntityIndex,
              entity_types: dict[str, str], cues: dict[str, Any]) -> Source:
    text = pb.norm.text[start:end]
    tokens = _tokens(pb, start, end)
    own = _has(text, cues.get("outlet_self", []))
    if own and (fold(text).find(fold(own)) < 5 or not any(
            t.pos_ == "NOUN" for t in tokens if t.idx < start + fold(text).find(fold(own)))):
        # "selon nos informations": the outlet's own word (but "an internal memo reviewed
        # by this newspaper" is the memo's)
        return Source("unattributed")
    ids = index.at(pb.block.id, start, end)
    agent = next((t for t in tokens[1:] if fold(t.text) in ("par", "by") and (
        t.doc[t.i - 1].morph.get("VerbForm") == ["Part"] or t.doc[t.i - 1].tag_ == "VBN")), None)
    if agent is not None:
        # "Des riverains interrogés par Ouest-France": who asked them does not speak.
        ids = index.at(pb.block.id, start, agent.idx)
    named_first = _phrase_head([t for t in tokens if t.idx < start + text.find(",")])
    if tokens and tokens[0].pos_ == "PROPN" and "," in text and (
            named_first is None or named_first.pos_ == "PROPN"):
        # "Mensah, the 200-meter silver medalist in Paris": the name says who; the places
        # and bodies of its apposition do not. (But "Bell's sister, Tanya Bell" is Tanya.)
        ids = index.at(pb.block.id, start, start + text.index(","))
    if metonym_country(text, pb.block.language) is not None:
        # "Kyiv said", "l'Élysée a démenti": a capital or a seat speaking is its government.
        return Source("institution", text, next(iter(ids), None))
    if any(fold(text).startswith(fold(o) + " ") for o in cues.get("one_of", [])) and \
            "," not in text:
        # "one of the residents", "l'un des avocats de X": one person among unnamed others
        # (but "one of the founders, Jane Roe" is named)
        return Source("anonymous", text, None, 1)
    people = [i for i in ids if entity_types.get(i) == "person"]
    lead = _phrase_head(tokens)
    # The name before its apposition ("Sweetwater Farms, based in ...") and its last word.
    name_words = text.split(",")[0].split()
    name_last = fold(name_words[-1].strip(".,")) if name_words else ""
    if lead is not None and lead.pos_ == "NOUN" and \
            lead.morph.get("Number") == ["Plur"] and any(
                c.dep_ in ("det", "amod") and c.i < lead.i
                and fold(c.text) in folded(cues, "vague_quantifiers") for c in lead.children):
        # "Some farmers on Crete", "Plusieurs proches de X": uncounted people, whatever
        # name or body hangs on them.
        return Source("vague", text)
    if lead is not None and fold(lead.text) in folded(cues, "content_nouns") and any(
            t.pos_ == "NOUN" and t.i > lead.i and _has(t.text, cues.get("document_nouns", []))
            for t in lead.subtree):
        # "estimates in a report commissioned by the city council", "les chiffres d'une
        # étude": the document holds them, whoever ordered it.
        return Source("document", text)
    if people and lead is not None and lead.pos_ == "NOUN" and \
            _has(text, cues.get("anonymity", [])):
        # "One farmer in Kent, who asked not to be named": unnamed, whatever name the
        # entity reader found in the phrase.
        return Source("anonymous", text, None, _count(tokens, cues))
    if ids and lead is not None and lead.pos_ == "NOUN" and _has(
            lead.text, cues.get("document_nouns", [])) and not _has(
            lead.text, [*cues.get("title_nouns", []), *cues.get("source_nouns", [])]):
        # "l'avis publié sur le site RappelConso": the document speaks, whatever name the
        # entity reader found in it.
        return Source("document", text, None)
    if people and tokens and tokens[0].pos_ == "PROPN" and "," in text:
        apposed = _phrase_head([t for t in tokens if t.idx > start + text.index(",")])
        if apposed is not None and apposed.pos_ == "NOUN" and \
                _has(apposed.text, cues.get("institution_nouns", [])) and \
                not _has(apposed.text, [*cues.get("title_nouns", []),
                                        *cues.get("body_voices", [])]):
            # ("Jalen Brooks, a spokesman for the union": a person who speaks for a body.)
            # "Calder Ridge, a London brokerage, estimated": the apposition says it is a body.
            return Source("institution", text, people[0])
    if len(people) > 1 and titled_first(tokens):
        people.reverse()  # "le président de Forgeval, Olivier Desgranges": the name
    bodies = [i for i in ids if entity_types.get(i) in ("organization", "country")]
    if people:
        head = _phrase_head(tokens)
        first = next((t for t in tokens if t.pos_ == "NOUN"), None)
        last_word = fold(pb.norm.text[start:end].split()[-1].strip(".,")) if text.split() else ""
        titles = [t for t in tokens if _has(t.text, cues.get("title_nouns", []))]
        # The name must head the whole phrase, with no apposition ("Le porte-parole du
        # Kremlin, Dmitri Peskov", "Le délégué CGT" are people).
        name = head if head is not None and head.pos_ == "PROPN" and head == tokens[-1] and \
            not any(t.text == "," for t in tokens) else None
        if (not titles and name is not None and name.text.isalpha() and name.text.isupper()
                and len(name.text) > 1) or (
                not titles and name is not None and name.i > 0
                and name.doc[name.i - 1].pos_ != "PROPN" and any(  # one word: no person's name
                    t.pos_ == "NOUN" and t.i < name.i
                    and _has(t.text, cues.get("institution_nouns", [])) for t in tokens)):
            # "The Dutch NCSC" (a name in capitals is an acronym), "Telecom operator
            # Norvale" (a body's noun before a one-word name): a body the entity reader
            # took for a person.
            return Source("institution", text, people[0])
        if (first is not None and first.i <= (head.i if head is not None else first.i)
                and first.dep_ not in ("compound", "nmod", "amod", "poss")
                and _has(first.text, cues.get("institution_nouns", []))
                and not _has(first.text, cues.get("body_voices", []))
                and not titles) or \
                (last_word in folded(cues, "organisation_words") and "," not in text) or (
                    # ("Sweetwater Farms, based in Albany, Georgia,": the name before its
                    # apposition)
                    tokens[0].pos_ == "PROPN" and "," in text
                    and name_last in folded(cues, "organisation_words")) or \
                (" " in (_has(text, cues.get("institution_nouns", [])) or "") and not titles) or \
                fold(" ".join(t.text for t in tokens if t.pos_ != "DET")) in folded(
                    cues, "institution_nouns"):
            # "le cabinet Xerfi", "Fitch Ratings", "la Défense civile", "Matignon": a body
            # the entity reader took for a person (but "Civil Protection Minister Nikos
            # Vardakis" is the minister).
            return Source("institution", text, people[0])
        return Source("named", text, people[0])
    places = [i for i in ids if entity_types.get(i) == "place"]
    if places and not bodies and all(t.pos_ in ("PROPN", "DET") for t in tokens):
        return Source("institution", text, places[0])  # "a réagi Pékin": a capital's government
    if _anaphor(tokens, cues):
        return Source("unattributed", text)  # "Ce dernier affirme": resolved by the caller
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        if _has(text, cues.get("vague_quantifiers", [])) or \
                _has(text, cues.get("generic_pronouns", [])):
            return Source("vague", text)  # "Beaucoup pensent que", "on s'accorde à dire que"
        return Source("unattributed", text)  # resolved by the caller
    if _has(text, cues.get("anonymity", [])):
        # "one government official and three people familiar with the matter": whoever
        # they work for, they are not named ("le vice-président chargé des finances, qui a
        # requis l'anonymat").
        return Source("anonymous", text, None, _count(tokens, cues))
    if _titled(tokens, cues):
        return Source("named", text)
    if _counted_insider(tokens, cues):
        # "a government source", "a senior administration official", "three Pentagon
        # officials": counted people, unnamed, whoever employs them.
        return Source("anonymous", text, None, _count(tokens, cues))
    head = _phrase_head(tokens)
    body_head = head is not None and _has(head.text, cues.get("institution_nouns", [])) and \
        not _has(head.text, cues.get("document_nouns", []))
    # (not a document a relative clause tells of: "le Conseil international pour
    # l'exploration de la mer (CIEM), dont les avis servent de base")
    core = _RELATIVE_AFTER.split(text, maxsplit=1)[0]
    if _has(core, cues.get("document_nouns", [])) and not _has(
            core, cues.get("source_nouns", [])) and not body_head and not (
            # ("Critics of the bill": people, whatever text they speak of)
            head is not None and head.pos_ == "NOUN"
            and _has(head.text, cues.get("vague_nouns", []))):
        # ("The U.S. Census Bureau": a body whose name holds a document's noun.)
        return Source("document", text, bodies[0] if bodies else None)
    if head is not None and head.pos_ == "NOUN" and (
            _has(head.lemma_, cues.get("document_nouns", []))
            or _has(head.text, cues.get("document_nouns", []))):
        # "court filings", "des documents consultés par Mediapart": the head says what
        # speaks; the court or the paper only says whose document it is.
        return Source("document", text, bodies[0] if bodies else None)
    if head is not None and head.pos_ == "NOUN" and head.morph.get("Number") != ["Plur"] and any(
            c.dep_ == "det" and c.i < head.i and fold(c.text) in folded(cues, "indefinite_articles")
            for c in head.children
    ) and not _has(head.text, [*cues.get("institution_nouns", []), *cues.get("body_voices", []),
                               *cues.get("document_nouns", [])]):
        # "une aide-soignante de l'hôpital", "a woman who lives on the ground floor", "un
        # chauffeur de la compagnie": one person, unnamed, whoever employs them.
        return Source("anonymous", text, None, _count(tokens, cues) or 1)
    if head is not None and head.pos_ in ("PRON", "ADJ", "DET", "NOUN") and \
            _has(head.text, cues.get("vague_quantifiers", [])):
        return Source("vague", text)  # "Many in the party", "Certains au sein du gouvernement"
    if head is not None and _has(head.text, cues.get("vague_nouns", [])) and (
            not bodies or _has(text, cues.get("vague_quantifiers", []))
            or not _speaks_for_body(pb, head, tokens, set(bodies), index, cues)) and not any(
            c.dep_ == "nummod" for c in head.children):
        # "Plusieurs élus de l'agglomération", "de nombreux commerçants du centre-ville":
        # people of a place, uncounted, unnamed ("UN experts" speak for a named body).
        return Source("vague", text)
    if head is not None and head.pos_ == "NOUN" and head.morph.get("Number") == ["Plur"] and any(
            c.dep_ in ("det", "amod") and c.i < head.i
            and fold(c.text) in folded(cues, "vague_quantifiers") for c in head.children
    ) and not bodies:
        # ("Certains syndicats": bodies, uncounted and unnamed, are vague too.)
        # "Plusieurs sages-femmes du service", "Some rivals on the circuit": people
        # uncounted; the body they belong to does not speak.
        return Source("vague", text)
    if _has(text, cues.get("institution_nouns", [])) or (
        bodies and not _has(text, cues.get("source_nouns", []))
    ):
        # "UN experts" speak for a body; "certains experts" are vague.
        count = len(set(bodies)) if len(set(bodies)) > 1 else None
        return Source("institution", text, bodies[0] if bodies else None, count)
    if _has(text, cues.get("source_nouns", [])):
        if tokens and fold(tokens[0].text) in folded(cues, "vague_quantifiers"):
            return Source("vague", text)  # "Some Republican officials": uncounted
        return Source("anonymous", text, None, _count(tokens, cues))
    vague_nouns = folded(cues, "vague_nouns")
    counted = [t for t in tokens if fold(t.text) in vague_nouns and any(
        c.dep_ == "nummod" for c in t.children)]
    if counted:
        # "three lawmakers": people the reporter spoke to and counted, but did not name.
        numbers = [_NUMBER_WORDS.get(fold(c.text)) or (int(c.text) if c.text.isdigit() else None)
                   for t in counted for c in t.children if c.dep_ == "nummod"]
        return Source("anonymous", text, None, sum(n for n in numbers if n) or None)
    if head is not None and head.pos_ == "NOUN" and head.morph.get("Number") == ["Plur"] and \
            (numbers := [n for c in head.children if c.dep_ == "nummod" and (
                n := _NUMBER_WORDS.get(fold(c.text)) or (int(c.text) if c.text.isdigit() else 0))]):
        # "deux enquêteurs", "three investigators": counted people, unnamed.
        return Source("anonymous", text, None, numbers[0])
    if _has(text, cues.get("vague_quantifiers", [])) or _has(text, cues.get("vague_nouns", [])):
        return Source("vague", text)
    head = next((t for t in tokens if t.dep_ not in ("det", "amod", "compound", "punct")), None)
    before_comma = [t for t in tokens if "," not in text or t.idx < start + text.index(",")]
    # ("Brevia Mobilités, qui exploite ...": capitalised words before the apposition are a
    # name, however the parser tied them.)
    name_first = "," in text and len(before_comma) > 1 and all(
        t.text[:1].isupper() for t in before_comma)
    if head is not None and (head.pos_ == "PROPN" or (head.is_title and not head.is_sent_start)
                             or (head.text.isalpha() and head.text.isupper() and len(head.text) > 1)
                             ) and (head.head.i not in {t.i for t in tokens} or name_first):
        # A name the entity reader did not know ("Sanders vowed ..."): someone named,
        # unless its last word says it is a company ("Nordvik Industries").
        # (of the name before its apposition: "Brevia Mobilités, qui exploite ...")
        if name_last in folded(cues, "organisation_words") or (
                head.text.isalpha() and head.text.isupper() and len(head.text) > 1):
            # ("L'ALK a démenti": a name in capitals is an acronym, a body's.)
            return Source("institution", text)
        return Source("named", text)
    if _ACRONYM_AFTER.search(text):
        # "Transport for London (TfL)": a name given with its acronym is a body's.
        return Source("institution", text)
    if head is not None and head.pos_ == "NOUN" and any(
            t.i < head.i and t.text.isalpha() and t.text.isupper() and len(t.text) > 1
            for t in tokens):
        return Source("institution", text)  # "IOM figures", "UNHCR data": an acronym's
    return Source("vague", text)


_RELATIVE_AFTER = re.compile(r",\s*(?:dont|qui|que|qu['’]|who|which|whose)\b", re.IGNORECASE)
_ACRONYM_AFTER = re.compile(r"^[A-Z][^()]*\((?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z&-]{2,8}\)")


_PLACE_PREPS = frozenset({"in", "en", "dans", "à", "au", "aux"})


def _speaks_for_body(pb: ParsedBlock, head: Token, tokens: list[Token], bodies: set[str],
                     index: EntityIndex, cues: dict[str, Any]) -> bool:
    """Whether people ("experts", "analysts") are a body's: the body's name hangs on them
    directly ("UN experts", "Des experts de l'ONU", "Analysts at the consultancy Cornwall
    Insight"), not through a place ("Des habitants du quartier de la Croix-Rouge")."""
    inside = {t.i for t in tokens}
    nouns = cues.get("institution_nouns", [])
    for t in tokens:
        # (from the first word of the body's name: the parser may hang the others anywhere)
        if not set(index.at(pb.block.id, t.idx, t.idx + len(t.text))) & bodies or (
                t.i > tokens[0].i and set(index.at(pb.block.id, t.doc[t.i - 1].idx,
                                                   t.doc[t.i - 1].idx + 1)) & bodies):
            continue
        prev = t.doc[t.i - 1]
        # ("the consultancy Cornwall Insight": or from the body's noun before its name)
        for start in [t, *([prev] if prev.i in inside and prev.pos_ == "NOUN"
                           and _has(prev.text, nouns) else [])]:
            a, direct = start, True
            while a.i != head.i and a.i in inside and a.head.i != a.i:
                if a.pos_ == "ADP" and fold(a.text) in _PLACE_PREPS:
                    direct = False  # "analysts in Tbilisi": where they are, not whose
                    break
                a = a.head
                if a.i != head.i and a.pos_ == "NOUN" and not _has(a.text, nouns) and \
                        not set(index.at(pb.block.id, a.idx, a.idx + len(a.text))) & bodies:
                    direct = False  # a place between: "du quartier de la Croix-Rouge"
                    break
            if direct and a.i == head.i:
                return True
    return False


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The token of the phrase whose head lies outside it: what the phrase is about."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def _counted_insider(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether the phrase is one or a counted few unnamed insiders ("a police source").

    Why apart from the institution rule: the body's name in the phrase says who employs
    them, not who speaks; a spokesperson, who speaks *for* the body, stays institutional.
    """
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    word = fold(head.text)
    nouns = folded(cues, "source_nouns")
    voices = folded(cues, "body_voices")
    return word in nouns and word not in voices and _count(tokens, cues) is not None


def _titled(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """"Le ministre de l'Économie", "the president": one person, identified by office.

    The phrase's first noun is a title and a definite or possessive determiner points at
    a single holder ("un ministre" or "a senior official" stay anonymous).
    """
    titles = folded(cues, "title_nouns")
    inside = {t.i for t in tokens}
    first = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    # The title is the phrase's first noun ("le ministre de l'Intérieur") or its head
    # ("the opposition leader").
    root = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    head = next((t for t in (first, root) if t is not None and fold(t.text) in titles), None)
    if head is None or (root is not None and root is not head and root.pos_ == "NOUN"
                        and _has(root.text, cues.get("institution_nouns", []))):
        return False  # "the sheriff's office": the office speaks, a body
    dets = [t for t in tokens if t.i < head.i and (t.pos_ == "DET" or t.dep_ == "poss")]
    definite = folded(cues, "definite_determiners")
    # "its leader", "Ukraine's foreign minister": a possessor points at one holder too.
    return bool(dets) and (fold(dets[0].text) in definite or dets[0].dep_ == "poss")


def _quoted_words_are_the_speakers(drafts: list[_Draft], order: dict[str, int]) -> None:
    """Sentences inside quote marks are the speaker's words, never the outlet's.

    A quote of several sentences ('X said: "A. B. C."') gives one attributed claim for
    the sentence the verb of saying governs; the others would otherwise read as the
    outlet's own assertions.  They take the source of a claim read from the same quote,
    else from the paragraph's last attributed quote ('"A," X said. "B."'), else, for a
    paragraph that opens by continuing a quote, from the previous block's; with none,
    they are still "reported", their speaker not read.
    """
    from newstrace.analyze.quotes import _direct_spans  # quotes imports this module

    by_block: dict[str, list[_Draft]] = {}
    for d in sorted(drafts, key=lambda d: (order[d.pb.block.id], d.start)):
        if d.pb.doc is not None and not d.headline:
            by_block.setdefault(d.pb.block.id, []).append(d)
    last_owner: _Draft | None = None
    for block_drafts in by_block.values():
        pb = block_drafts[0].pb
        text = pb.norm.text
        for qa, qb in _direct_spans(text):
            # Who speaks the quote is named outside it; a speaker named inside ("The
            # Americans wanted to ...") is part of what the quote says.
            # (A pronoun speaker, "he wrote", owns the quote too: it is resolved later.)
            owners = [d for d in block_drafts if (d.source.kind != "unattributed"
                                                  or d.source.text)
                      and d.start < qb and d.end > qa and not (
                          d.source_span and qa <= d.source_span[0] < qb)]
            for d in block_drafts:
                if owners and d not in owners and d.source_span and \
                        qa <= d.source_span[0] < qb and qa <= d.start and d.end <= qb + 1:
                    d.cues.append(f"said by {d.source.text} inside the quote of "
                                  f"{owners[0].source.text or 'its speaker'}")
                    d.source, d.source_span = owners[0].source, owners[0].source_span
            if not owners and last_owner is not None and (
                    last_owner.pb is pb or not text[:qa].strip(" \"“«‘'„")):
                # '"A," X said. "B."', or « ... running over from the paragraph before.
                owners = [last_owner]
            for d in block_drafts:
                start = d.start + len(text[d.start:d.end]) - len(
                    text[d.start:d.end].lstrip(" \"“«‘'„"))  # past an opening mark
                if d.source.kind != "unattributed" or d.source.text or not (
                        qa <= start and d.end <= qb + 1):
                    continue
                if owners:
                    d.source, d.source_span = owners[0].source, owners[0].source_span
                    if owners[0].pb is not pb:
                        d.source_span = None  # the speaker stands in another block
                    d.cues.append(f"inside the quote of {owners[0].source.text or 'its speaker'}")
                else:
                    d.cues.append("inside quote marks, speaker not read")
                if d.certainty == "asserted":
                    d.certainty = "reported"
            if owners:
                last_owner = owners[0]


def last_person_before(index: EntityIndex, entity_types: dict[str, str],
                        block_order: dict[str, int], block: str, pos: int) -> str | None:
    found = last_person_position(index, entity_types, block_order, block, pos)
    return found[1] if found else None


def last_person_position(index: EntityIndex, entity_types: dict[str, str],
                         block_order: dict[str, int], block: str,
                         pos: int) -> tuple[tuple[int, int], str] | None:
    """The last person named before ``pos`` of ``block`` (not the byline), with where."""
    best: tuple[tuple[int, int], str] | None = None
    for m in index.mentions:
        if entity_types.get(m.entity) != "person" or m.how == "byline":
            continue
        key = (block_order.get(m.block, -1), m.start)
        if key < (block_order[block], pos) and (best is None or key > best[0]):
            best = (key, m.entity)
    return best


# --- attribution ------------------------------------------------------------


#: Words that open a clause of what is said, and an indirect yes/no question.
_THAT = frozenset({"que", "qu'", "qu’", "that"})
_QUESTION_MARKS = frozenset({"whether", "if", "si", "s'"})


def _opens_relative(comma: Token) -> bool:
    """Whether a comma opens a relative clause (", qui a requis l'anonymat,")."""
    if comma.i + 1 >= comma.sent.end:
        return False
    nxt = comma.doc[comma.i + 1]
    return _relative_pronoun(nxt) or fold(nxt.text) in _THAT | {"dont", "whose", "qui", "who",
                                                                "which"}


def _clause_end(sent: SpacySpan, start_char: int) -> int:
    """Where a source phrase after "selon" ends: the sentence end, or a comma before a verb
    (past a relative clause set off by commas: "D'après une note, que s'est procurée La
    Voix du Nord, jusqu'à 200 emplois ...")."""
    relative = False
    for tok in sent:
        if tok.idx < start_char or tok.text not in (",", ";", ":"):
            continue
        if relative:
            relative = False
            continue  # the comma closing the relative clause
        if tok.text == "," and _opens_relative(tok):
            relative = True
            continue
        rest = [t for t in sent if t.idx > tok.idx]
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            return tok.idx
    last = sent[-1]
    return last.idx if last.is_punct else last.idx + len(last.text)


def _according_to(sent: SpacySpan, cues: dict[str, Any]) -> tuple[int, int, int, str] | None:
    """(cue start, source start, source end, cue) for "selon X" / "according to X", and
    for a sentence opened by "Pour X," when X is someone who can hold a view ("Pour les
    spécialistes de la cybersécurité, l'attaque ...")."""
    folded = fold(sent.text)
    initial = [(c, True) for c in cues.get("according_to_initial", [])]
    for cue, first in [(c, False) for c in cues.get("according_to", [])] + initial:
        m = re.search(rf"(?<![\w']){re.escape(fold(cue))}(?![\w-])", folded)  # ("d'après-midi")
        if not m or (first and folded[: m.start()].strip(" «“\"")) or any(
                folded[m.start() :].startswith(fold(e))
                for e in cues.get("according_to_exceptions", [])):
            continue  # (and "vérifier de source indépendante": how, not on whose word)
        cue_start = sent.start_char + m.start()
        src_start = sent.start_char + m.end()
        while src_start < sent.end_char and sent.doc.text[src_start] == " ":
            src_start += 1
        if re.match(r"(?:qui|lequel|laquelle|lesquels|lesquelles|whom|which)\b",
                    folded[src_start - sent.start_char :]):
            # "assure leur avocate, Me X, selon qui le dossier ...": the speaker just named
            # says more; the report before stands.
            continue
        src_end = _clause_end(sent, src_start)
        commas = [t for t in sent if t.idx > src_start and t.text == ","]
        comma = commas[0].idx if commas else None
        if len(commas) > 1 and _opens_relative(commas[0]):
            comma = commas[1].idx  # "Selon un membre du conseil, qui a requis l'anonymat, ..."
        if comma is not None and src_end > comma and not folded[: m.start()].strip(" «“\""):
            # "Selon des habitants, la situation empire": a sentence opened by the cue gives
            # its content after the comma, though the tagger saw no verb there.
            src_end = comma
        if first and not _holds_views([t for t in sent if src_start <= t.idx < src_end], cues):
            continue
        src_end = _with_apposed_name(sent, src_end)
        if src_end > src_start:
            return cue_start, src_start, src_end, cue
    return None


def _holds_views(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a phrase names people or a body ("les spécialistes", "le ministre", "l'ONU"),
    not a thing ("pour la première fois", "pour 2025")."""
    head = _phrase_head(tokens)
    if head is None:
        return False
    span = fold(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text)
    named = any(t.pos_ == "PROPN" and t.head.pos_ == "NOUN" and t.head in tokens
                for t in tokens)  # "l'économiste Anne Roussel": a title and a name
    if head.pos_ == "PROPN" or named or _has(span, cues.get("vague_quantifiers", [])) or any(
            span.startswith(fold(q)) for q in cues.get("vague_quantifiers", [])):
        return True  # a name, or "de nombreux viticulteurs": people
    # ("Pour les avocats spécialisés": a plural the lexicon gives in the singular)
    return bool(_has(head.text, _speaker_nouns(cues)) or _has(head.lemma_, _speaker_nouns(cues)))


def _speaker_nouns(cues: dict[str, Any]) -> list[str]:
    """The nouns of whoever can speak or hold a view: people by kind, role or title
    ("experts", "sources", "le ministre", "a spokesperson") and bodies ("le parquet")."""
    return [*cues.get("vague_nouns", []), *cues.get("source_nouns", []),
            *cues.get("institution_nouns", []), *cues.get("title_nouns", []),
            *cues.get("body_voices", [])]


def _with_apposed_name(sent: SpacySpan, end: int) -> int:
    """"Selon le sélectionneur, Thierry Moreau, le capitaine ...": the name set off by commas
    after the source is part of it."""
    after = [t for t in sent if t.idx >= end]
    if len(after) < 3 or after[0].text != ",":
        return end
    name = []
    for t in after[1:]:
        if t.pos_ != "PROPN":
            break
        name.append(t)
    if name and name[-1].i + 1 < sent.end and sent.doc[name[-1].i + 1].text == ",":
        return name[-1].idx + len(name[-1].text)
    return end


def _in_document(sent: SpacySpan, cues: dict[str, Any]) -> tuple[int, int, int, str] | None:
    """(cue start, source start, source end, cue) for "In a CNN poll, Clinton led by 24
    points" / "... dans un sondage Ifop": a figure read in a poll or a study is the
    document's word, not the outlet's.  The phrase must qualify the clause (hang on its
    verb): in "her lead in the poll narrowed" the poll only says whose lead it is.
    """
    preps = folded(cues, "document_preps")
    nouns = folded(cues, "survey_nouns")
    if not preps or not nouns:
        return None
    documents = folded(cues, "document_nouns")
    saying = folded(cues, "np_reporting_verbs") | folded(cues, "judging_verbs") | folded(
        cues, "document_acts") | set(_verb_kinds(cues))
    for tok in sent:
        said_in = fold(tok.lemma_) in documents and tok.head.pos_ == "VERB" and \
            tok.head.morph.get("VerbForm") == ["Part"] and _lemma_in(tok.head, saying)
        if fold(tok.lemma_) not in nouns and fold(tok.text) not in nouns and not said_in:
            # ("Des massacres avaient été décrits dans un rapport de l'ONU", "jugés
            # « préoccupants » dans un rapport": what a report says, told in the passive.)
            continue
        if tok.dep_ == "pobj" and fold(tok.head.text) in preps:
            cue, governor = tok.head, tok.head.head
        else:
            cue = next((c for c in tok.children if c.dep_ == "case" and fold(c.text) in preps),
                       None)
            governor = tok.head
        if cue is None:
            continue
        words = [t for t in tok.subtree if t.i != cue.i and not t.is_punct]
        if not words:
            continue
        # Hanging on a verb, or (the parser often gives it to the noun before) opening
        # or closing the sentence.
        content = [t for t in sent if not t.is_punct]
        edge = min(cue.i, words[0].i) == content[0].i or words[-1].i == content[-1].i
        if governor.pos_ not in ("VERB", "AUX") and not edge:
            continue
        return cue.idx, words[0].idx, words[-1].idx + len(words[-1].text), cue.text
    return None


def _complete_before(sent: SpacySpan, cue_start: int) -> bool:
    """Whether the words before a cue form a clause of their own ("X did Y, according to Z").

    Not so in "... qui, selon lui, pourrait ...", where the verb that governs the
    words before the cue comes after it.
    """
    before = [t for t in sent if t.idx < cue_start and not t.is_punct]
    if len(before) < 3:
        return False
    tok = before[-1]
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    # ("Les manifestants étaient 4 200 selon la préfecture": a copula's predicate)
    return (tok.pos_ in ("VERB", "AUX") and tok.idx < cue_start) or any(
        c.dep_ == "cop" and c.idx < cue_start for c in tok.children)


def _span_of(tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def subjects_of(verb: Token) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    out: list[Token] = []
    for s in subs:
        out.extend(_glued(list(s.subtree)))
    return [t for t in out if not t.text.startswith("-t")]  # "a-t-il": the euphonic t


_CLITICS = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "tu"})


def _clitic(verb: Token) -> Token | None:
    """The subject pronoun joined to the verb by a hyphen ("confie-t-elle", "a-t-il
    lancé"), within two words after it or four before it, with no punctuation between
    ("a-t-il de nouveau affirmé")."""
    doc = verb.doc
    before = []
    for t in reversed(doc[max(verb.i - 4, verb.sent.start) : verb.i]):
        if t.is_punct:
            break
        before.append(t)
    near = [*before, *doc[verb.i + 1 : verb.i + 3]]
    return next((t for t in near if t.text.startswith("-")
                 and t.text.lstrip("-").removeprefix("t-").lower() in _CLITICS), None)


def speaker_of(verb: Token) -> list[Token]:
    """Who speaks through a verb of saying: its subject, or for a participle or a verb
    joined to another ("X emailed supporters saying: ...", "X laughed and said ...") the
    subject of the verb it hangs on, which the parser gives to that verb only."""
    clitic = _clitic(verb)
    if clitic is not None:
        # "confie-t-elle, la main posée sur son ventre", "a-t-il lancé devant 300
        # manifestants": the clitic speaks.
        return [clitic]
    if _passive(verb):
        # "was confirmed by local officials": the agent speaks, the subject is what is said.
        agent = next((c for c in verb.children if c.dep_ in ("agent", "obl:agent")), None)
        if agent is None:
            return []
        noun = next((c for c in agent.children if c.dep_ == "pobj"), agent)
        words = []
        for t in noun.subtree:
            if t.i > noun.i and t.is_punct:
                break  # "by the company, which cited ...": the relative clause is not the name
            if t.dep_ != "case":
                words.append(t)
        return words
    who = subjects_of(verb)
    if not who and (aux := _insertion_auxiliary(verb)) is not None:
        # "Le ministère a de son côté relativisé ces chiffres": the subject is the
        # auxiliary's, which the parser made the root.
        who = subjects_of(aux)
    if not who and _headline_noun_verb(verb):
        who = [c for c in verb.children if c.i < verb.i and c.dep_ == "compound"]
    if not who and verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and _before_that(verb):
        # "The National Weather Service forecast that ...": the verb taken for the noun
        # its subject qualifies.
        who = [t for t in verb.subtree if t.i < verb.i]
    if not who and verb.head.i != verb.i and (
        verb.morph.get("VerbForm") in (["Part"], ["Ger"])
        or verb.dep_ in ("advcl", "acl", "xcomp", "conj")
    ):
        who = subjects_of(verb.head)
    if not who and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN") and \
            verb.head.dep_ == "ROOT" and verb.head.i < verb.i and verb.tag_ == "VBN" and \
            verb.doc[verb.i - 1].text == "," and verb.head.i == verb.sent.root.i and any(
                c.dep_ in ("dobj", "obj") for c in verb.children):
        # "Sea-Watch, a German rescue charity, accused the authorities of ...": a past
        # tense the tagger took for a participle hung on the name, which is its subject.
        who = [t for t in verb.head.subtree if t.i < verb.i - 1]
    if not who and verb.dep_ == "conj" and verb.head.pos_ in ("PROPN", "NOUN") and \
            verb.head.dep_ == "ROOT" and verb.head.i < verb.i and _said(verb) and \
            not any(c.dep_ == "cc" for c in verb.children):
        # "L'accusé, lui, a toujours contesté ...": the parser made the subject the root
        # and the verb its conjunct; the pronoun that stresses the subject is not it.
        own = {t.i for t in verb.subtree}
        who = [t for t in verb.head.subtree if t.i < verb.i and t.i not in own and not (
            t.pos_ == "PRON" and t.head == verb.head)]
        while who and who[-1].is_punct:
            who.pop()
    cut = next((n for n, t in enumerate(who[:-1]) if t.text == "," and
                _relative_pronoun(who[n + 1])), None)
    if cut and _has(" ".join(t.text for t in who[cut:]),
                    cues_for(verb.lang_).get("anonymity", [])):
        cut = None  # ("One grower, who asked not to be named,": how the source is unnamed)
    # "Le texte, dont l'AFP a obtenu une copie, prévoit": the relative clause the parser
    # made a second subject says nothing of who speaks.
    return who[:cut] if cut else who


def inverted_subject(verb: Token) -> list[Token]:
    """The speaker named after a verb of saying ("..., a déclaré la maire de Paris.",
    "said Alan Cole, an economist"), which parsers often call an object: the first noun
    phrase to the verb's right, up to the next punctuation (an apposition is not the name).
    """
    cues = cues_for(verb.lang_)
    times = folded(cues, "time_words")
    hearer = cue_lemma(verb, folded(cues, "hearer_verbs")) in folded(cues, "hearer_verbs")
    for c in verb.rights:
        if fold(c.text) in times:
            continue  # "a expliqué lundi Sophie Marchand": the day is not who speaks
        if hearer and c.dep_ in ("obj", "dobj"):
            continue  # "told the Guardian": who was told, not who told
        if any(fold(d.text) in folded(cues, "c_negative_words")
               for d in c.children if d.dep_ == "det"):
            continue  # "n'établit aucun lien": nobody speaks as "aucun lien"
        # "a affirmé le prévenu à la barre": the parser may call the subject a complement.
        if c.dep_ in SUBJECT_DEPS | {"obj", "dobj", "xcomp"} and \
                c.pos_ in ("PROPN", "NOUN", "PRON"):
            words = list(c.subtree)
            for d in verb.children:
                # "a déclaré Claire Le Goff": a name the parser cut in two subjects
                if d.i > c.i and d.pos_ == "PROPN" == c.pos_ and \
                        d.dep_ in SUBJECT_DEPS | {"obj", "dobj"} and \
                        d.left_edge.i == words[-1].i + 1:
                    words += list(d.subtree)
            return _and_apposed_name(inverted_words(_glued(words), c))
    if verb.lang_ == "fr" and not hearer:
        return _and_apposed_name(_inverted_by_form(verb, times))
    return []


def _glued(words: list[Token]) -> list[Token]:
    """A phrase with the words glued to its end without a space ("une aide" + "-" +
    "soignante"): the tokenizer cut a hyphenated noun the parser then split up."""
    if not words:
        return words
    doc, out = words[0].doc, list(words)
    while out[-1].i + 1 < len(doc) and not out[-1].whitespace_ and (
            doc[out[-1].i + 1].text in ("-", "‑") or out[-1].text in ("-", "‑")):
        out.append(doc[out[-1].i + 1])
    return out


def titled_first(words: list[Token]) -> bool:
    """Whether a speaker's words open with a title, a common noun ("le président de
    Forgeval, Olivier Desgranges"): the person is then the last one named in them."""
    head = next((t for t in words if t.pos_ not in ("DET", "ADJ", "PUNCT")), None)
    return head is not None and head.pos_ == "NOUN"


def inverted_words(words: list[Token], head: Token) -> list[Token]:
    """An inverted speaker's words up to the next punctuation or, in French, a preposition
    that starts a circumstance ("a lancé l'avocat à l'adresse des jurés", "a déclaré le chef
    du gouvernement devant les députés"): who speaks, not where or to whom."""
    out = []
    for t in words:
        hyphen = t.text in ("-", "‑") and not t.doc[t.i - 1].whitespace_  # "aide-soignante"
        # ("a martelé ce dernier lors d'un point presse": an adverb opens a circumstance)
        if t.i > head.i and ((t.is_punct and not hyphen) or t.pos_ == "ADV" or (
                head.lang_ == "fr" and t.pos_ == "ADP" and _ends_name(t))):
            break
        out.append(t)
    return out


def _and_apposed_name(words: list[Token]) -> list[Token]:
    """A title and the name set off after it are one speaker ("a déclaré la présidente du
    tribunal, Catherine Aubry, en lisant", "said the coach, Tom Reyes.", "l'un de ses
    auteurs, Julien Marchal"): the name says who; an apposition after a name ("said Alan
    Cole, an economist") is not added."""
    head = next((t for t in words if t.pos_ not in ("DET", "ADJ")), None)
    if head is None or head.pos_ not in ("NOUN", "PRON") or any(
            t.morph.get("PronType") == ["Prs"] and t.morph.get("Poss") != ["Yes"]
            for t in words) or (  # ("leur avocate, Me X": a possessive is no pronoun)
            head.pos_ == "PRON" and not any(t.pos_ == "NOUN" for t in words)):
        return words  # "said Alan Cole, an economist", "she": no title to name
    doc = words[-1].doc
    i = words[-1].i + 1
    if i >= len(doc) or doc[i].text != ",":
        return words
    name: list[Token] = []
    k = i + 1
    while k < words[-1].sent.end and (doc[k].pos_ == "DET" or (
            doc[k].is_lower and doc[k].pos_ == "NOUN")):
        k += 1  # "le porte-parole du ministère, le colonel Thierry Amblard": a rank first
    for t in doc[k : words[-1].sent.end]:
        if t.pos_ == "PROPN" or (name and (t.text in ("-", "‑") or t.is_title)) or (
                not name and t.is_title and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            # ("Me Claire Vannier": a capitalised title the tagger took for a noun.)
            name.append(t)
        else:
            break
    after = name[-1].i + 1 if name else len(doc)
    if name and (after >= words[-1].sent.end or doc[after].is_punct):
        return [*words, *doc[i : name[-1].i + 1]]
    return words


#: Prepositions inside a speaker's name or title ("la Banque de France", "président du
#: syndicat"); any other ends it.
_NAME_PREPS = frozenset({"de", "du", "des", "d'", "d’", "of"})


def _inverted_by_form(verb: Token, times: set[str]) -> list[Token]:
    """The inverted subject read by its place when the parser hung it elsewhere ("a confié
    mercredi à La Dépêche Jean-Marc Fabre", "a averti mercredi la Banque de France"): after
    the verb, past words of time and one prepositional phrase, the first noun phrase up to
    the next comma."""
    toks = [t for t in verb.doc[verb.i + 1 : verb.sent.end]]
    i, phrase = 0, False
    while i < len(toks):
        if fold(toks[i].text) in times or toks[i].pos_ in ("ADV", "AUX") or \
                toks[i].text.startswith("-"):
            i += 1
        elif toks[i].text == "," and i + 1 < len(toks) and toks[i + 1].pos_ in ("ADP", "ADV") \
                and (close := next((k for k in range(i + 1, len(toks))
                                    if toks[k].text == ","), None)) is not None:
            i = close + 1  # "a promis vendredi, devant une salle comble, la ministre"
        elif toks[i].pos_ == "ADP" and not phrase:
            # One prepositional phrase ("à la presse, depuis Genève, la coordinatrice").
            phrase = True
            i += 1
            while i < len(toks) and toks[i].pos_ == "DET":
                i += 1
            kind = toks[i].pos_ if i < len(toks) else ""
            first = i
            # "sur France Inter le député": a name's capitalised words, whatever their tags
            while i < len(toks) and (toks[i].pos_ in ("ADJ", kind)
                                     or (kind == "PROPN" and toks[i].is_title)):
                i += 1
            if kind == "PROPN" and i - first >= 2 and (i >= len(toks) or toks[i].is_punct):
                i = first + 1  # "a confié à l'AFP Olena, 54 ans": the medium, then who
        else:
            break
    out: list[Token] = []
    for t in toks[i:]:
        if t.is_punct or (out and t.pos_ == "ADV") or (out and t.pos_ == "ADP" and _ends_name(t)):
            break  # "Pékin après le passage ...": the phrase after the name is not it
        out.append(t)
    if not out or out[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON") or not (_anaphor(
            out, cues_for(verb.lang_)) or any(
            t.pos_ in ("PROPN", "NOUN", "PRON") for t in out)):
        return []
    return out


def _anaphor(words: list[Token], cues: dict[str, Any]) -> bool:
    """Whether ``words`` are a phrase that stands for the last one named ("ce dernier",
    whose "dernier" the tagger calls an adjective): a speaker, though it holds no noun."""
    return fold(" ".join(t.text for t in words)) in folded(cues, "singular_anaphors") | \
        folded(cues, "plural_anaphors")


def _ends_name(prep: Token) -> bool:
    """Whether a preposition ends a speaker's name or title: any but those inside one
    ("la Banque de France"), "pour" before a noun phrase and "à" before a capital, which
    name a post ("la coordinatrice de l'ONU pour le Soudan", "le ministre délégué à
    l'Industrie")."""
    if fold(prep.text) in _NAME_PREPS:
        return False
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    noun = next((t for t in prep.doc[prep.i + 1 : prep.i + 4] if t.pos_ != "DET"), None)
    if fold(prep.text) == fold("à") and noun is not None and noun.is_title:
        return False  # "le ministre délégué à l'Industrie": a post, not a place
    if fold(prep.text) in ("en", "in") and after is not None and after.pos_ == "NOUN":
        return False  # "l'ingénieur en chef", "editor in chief"
    return not (fold(prep.text) in ("pour", "for") and after is not None
                and after.pos_ in ("DET", "PROPN"))


@dataclass(slots=True)
class _Report:
    """A reporting verb, what it reports (a clause head, or a span) and who speaks."""

    verb: Token
    speaker: list[Token]
    clause: Token | None = None
    span: tuple[int, int] | None = None  # content, when it is not one clause's subtree
    #: A certainty the construction itself gives ("estimated X at N": "estimate: ..."),
    #: and the kind of attribution when the verb's lexicon list does not say it.
    certainty: str | None = None
    kind: str | None = None


def _verb_kinds(cues: dict[str, Any]) -> dict[str, str]:
    memo: dict[str, Any] = cues.setdefault("_folded", {})
    if "_verb_kinds" not in memo:
        memo["_verb_kinds"] = _build_verb_kinds(cues)
    return memo["_verb_kinds"]  # type: ignore[no-any-return]


def _build_verb_kinds(cues: dict[str, Any]) -> dict[str, str]:
    """Folded lemma -> how the verb attributes: "reporting" (speech: a quote), "stance"
    (thought) or "evidence" (a study "shows"); the last two attribute without quoting."""
    kinds = {fold(v): "commitment" for v in cues.get("commitment_verbs", [])}
    kinds.update({fold(v): "evidence" for v in cues.get("evidence_verbs", [])})
    kinds.update({fold(v): "stance" for v in cues.get("stance_verbs", [])})
    kinds.update({fold(v): "reporting" for v in cues.get("reporting_verbs", [])})
    return kinds


def _verb_like(tok: Token) -> bool:
    """A verb, or a word the tagger called a noun or an adjective though it has a subject
    and no copula ("Le rapporteur, X, chiffre à 12 milliards le coût": "chiffre" NOUN)."""
    return tok.pos_ == "VERB" or (tok.pos_ in ("NOUN", "ADJ") and any(
        c.dep_ in SUBJECT_DEPS for c in tok.children) and not any(
        c.dep_ == "cop" for c in tok.children))


def cue_lemma(tok: Token, verbs: set[str]) -> str:
    """The lexicon's lemma for a verb: its own, or the one a regular English or French
    form points to ("hopes", "hoped", "hoping" of "hope"; "glisse", "glissent", "glissé" of
    "glisser"), as the small models lemmatize "hopes" as "hop" and "glisse" as itself."""
    lemma = fold(tok.lemma_)
    word = fold(tok.text)
    forms = [("s", ""), ("d", ""), ("ed", ""), ("ing", ""), ("ing", "e")]
    if tok.lang_ == "fr" and (_verb_like(tok) or _after_closing_quote(tok) or any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)
            for c in tok.children)):  # ("juge que ..." tagged as the noun "juge")
        # "glisse", "glissent", "glissé" of "glisser" (not the noun "tempête")
        forms += [("e", "er"), ("ent", "er"), ("é", "er"), ("ée", "er"), ("és", "er"),
                  ("ées", "er")]
    candidates = [lemma] + [word[: -len(suffix)] + restore for suffix, restore in forms
                            if word.endswith(suffix)]
    # A French pronominal verb is listed with its pronoun ("s'inquiéter"), and counts only
    # with it ("engagera sa responsabilité" is no "s'engager").
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].morph.get("Reflex") == ["Yes"])
    for found in candidates:
        for form in (found, f"s'{found}", f"se {found}") if reflexive else (found,):
            if form in verbs:
                return form
    return lemma


def _cue_verbs(cues: dict[str, Any]) -> set[str]:
    return set(_verb_kinds(cues)) | set(_intent_kinds(cues))


def _intent_kinds(cues: dict[str, Any]) -> dict[str, str]:
    memo: dict[str, Any] = cues.setdefault("_folded", {})
    if "_intent_kinds" not in memo:
        memo["_intent_kinds"] = _build_intent_kinds(cues)
    return memo["_intent_kinds"]  # type: ignore[no-any-return]


def _build_intent_kinds(cues: dict[str, Any]) -> dict[str, str]:
    """Folded lemma -> the certainty an intention gives what it governs: "plans to leave"
    is predicted, "hopes to win" only possible; with an infinitive only."""
    kinds = {fold(v): "possible" for v in cues.get("wish_verbs", [])}
    kinds.update({fold(v): "predicted" for v in cues.get("intention_verbs", [])})
    return kinds


def _agent_by_form(verb: Token) -> list[Token]:
    """The agent of a passive verb read by its preposition ("par la préfecture", "by the
    city"), whatever the parser called the phrase: its noun's words up to punctuation."""
    by = next((t for t in verb.doc[verb.i + 1 : verb.sent.end]
               if fold(t.text) in ("par", "by") and t.dep_ in ("case", "agent", "prep")), None)
    if by is None:
        return []
    noun = by.head if by.dep_ == "case" else next(
        (c for c in by.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    words = []
    for t in noun.subtree:
        if t.i > noun.i and t.is_punct:
            break
        if t.i > by.i:
            words.append(t)
    return words


def _before_that(tok: Token) -> bool:
    """A word the tagger did not take for a verb, right before "que"/"that" and after a
    noun ("Un proche du joueur dément qu'il ait demandé": "dément" tagged an adverb); the
    caller still requires a verb of saying's form."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    return nxt is not None and fold(nxt.text) in ("que", "qu'", "qu’", "that") and \
        tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and \
        tok.pos_ in ("ADV", "ADJ", "NOUN")


def _headline_noun_verb(tok: Token) -> bool:
    """"Drummond pledges to end ...": an English headline's present tense the tagger took for
    a plural noun at the root, with the name before it and "to" and a verb after it."""
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    return tok.lang_ == "en" and tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and \
        tok.tag_ == "NNS" and tok.i > tok.sent.start and len(nxt) == 2 and \
        nxt[0].text == "to" and nxt[1].pos_ == "VERB"


def _idiom(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether the verb opens an idiom that reports nothing ("ont trouvé la mort": died)."""
    words = fold(" ".join([verb.lemma_, *(t.text for t in verb.doc[verb.i + 1 : verb.i + 3])]))
    return any(words.startswith(i) for i in folded(cues, "verb_idioms"))


def _adjectival(tok: Token) -> bool:
    """A participle with no auxiliary that qualifies a noun ("un vote prévu mi-décembre",
    "les faits reprochés", "the plan announced on Monday"): it tells what the noun is,
    nobody speaks through it."""
    return tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] and not any(
        c.dep_.startswith("aux") for c in tok.children) and tok.i > 0 and \
        tok.doc[tok.i - 1].text != "," and \
        _insertion_auxiliary(tok) is None  # ", Raymond Oakes, denied": a verb the parser hung


_TENSE_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "has", "have",
                                "had"})


def _insertion_auxiliary(tok: Token) -> Token | None:
    """"Le premier ministre a de son côté promis", "a pour sa part estimé": a past tense
    whose auxiliary stands before an inserted phrase, on whose noun the parser hung the
    participle.  The auxiliary, which holds the subject, or ``None``."""
    doc = tok.doc
    for j in range(tok.i - 2, max(tok.i - 6, doc[tok.i].sent.start) - 1, -1):
        if doc[j].text.lower() in _TENSE_AUXILIARIES:
            found = doc[j + 1].pos_ in ("ADP", "ADV") and j < tok.head.i < tok.i and not any(
                t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[j + 1 : tok.i])
            return doc[j] if found else None
    return None


def _reporting(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """The sentence's reporting verbs with their clauses and speakers (see
    ``_reporting_by_parse``), or a French incise after a quote that the parse lost: then
    every verb inside the quote is what the incise's speaker says."""
    toks = list(sent)
    reports = [r for r in _reporting_by_parse(sent, cues)
               if not _misread_report(r, toks, cues)]
    reports = [r for r in reports if not _describes_a_speaker(r, reports)]
    for r in reports:
        r.speaker = _name_after_post(r)
    incise = _incise_by_form(sent, cues) or _learned_from(sent, cues)
    if incise is None:
        if all((r.speaker and r.speaker[0].i > r.verb.i) or _in_relative(r.verb)
               for r in reports):
            # "Le collectif X, qui revendique 1 200 signatures, dénonce quant à lui la
            # disparition de ...": a subject the parser lost before the verb, whose object
            # it then took for an inverted speaker.
            opening = _opening_by_form(sent, cues, tagged=True)
            if opening is not None and (not reports or opening.verb.i in {
                    r.verb.i for r in reports} or all(_in_relative(r.verb) for r in reports)):
                return [opening]
        return reports
    same = next((r for r in reports if r.verb.i == incise.verb.i and r.speaker), None)
    if same is not None and incise.span is not None and same.speaker[0].i < same.verb.i and \
            incise.span[0] <= same.speaker[0].idx < incise.span[1] and \
            incise.speaker[0].i > incise.verb.i:
        # "Au moins quatre personnes sont mortes ..., a annoncé la préfecture": the parser
        # took what was said for the subject; the incise names who said it.
        return [incise if r is same else r for r in reports]
    if same is not None:
        if {t.i for t in same.speaker} < {t.i for t in incise.speaker} or (
                fold(" ".join(t.text for t in same.speaker)) in folded(cues, "inversion_inserts")):
            # ("a de son côté assuré le CNES": the parser took the inserted phrase for
            # the speaker)
            same.speaker = incise.speaker  # "l'adjoint" of "l'adjoint à l'urbanisme, X"
        if same.clause is None and same.span is not None and \
                same.span[0] <= same.verb.idx < same.span[1]:
            # "..., a-t-elle annoncé dans la foulée, en privilégiant ...": what was said
            # ends at the incise.
            same.span = incise.span
        return reports
    if reports and len(incise.speaker) == 1 and incise.speaker[0].pos_ == "PRON":
        return reports  # ("X n'exclut pas de ..., a-t-il confié": X's stance stands)
    end = incise.span[1]  # type: ignore[index]
    if all(r.verb.idx < end or r.verb.i > incise.verb.i for r in reports):
        return [incise]
    return reports


def _misread_report(r: _Report, toks: list[Token], cues: dict[str, Any]) -> bool:
    """Whether the parse read a report that is none: a speaker inside a relative clause
    is that clause's, not the verb's ("Le jugement, dont l'AFP a obtenu copie, relève
    ..."); an act of speech dated by a clause of time reports nothing ("two years after
    the council declared a climate emergency")."""
    start = toks[0].i if toks else 0
    in_relative = bool(r.speaker) and not _relative_pronoun(r.speaker[0]) and \
        r.speaker[0].i < r.verb.i and _opened_by_relative(toks, r.speaker[0].i - start)
    dated = r.clause is None and r.span is not None and r.span[0] > r.verb.idx and \
        r.verb.dep_ != "ROOT" and any(
            c.dep_ == "mark" and fold(c.text) in folded(cues, "c_adverbial_marks")
            for c in r.verb.children)
    return in_relative or dated


def _describes_a_speaker(r: _Report, reports: list[_Report]) -> bool:
    """Whether a report is a relative clause that says who another report's speaker is
    ("Un rapport de l'ONG Acled, qui recense les violences politiques, estime à 7 600
    ..."): who they are, no claim to cite."""
    return _in_relative(r.verb) and r.clause is None and any(
        o is not r and not _in_relative(o.verb) and r.verb.head in o.speaker for o in reports)


def _name_after_post(r: _Report) -> list[Token]:
    """The speaker, or the name set after a post without an article that opens the
    sentence ("Hydrologue à l'université de Rennes, Claire Jaouen juge que": the name is
    who speaks)."""
    if not r.speaker:
        return r.speaker
    first = r.speaker[0]
    between = first.doc[r.speaker[-1].i + 1 : r.verb.i]
    if first.i == first.sent.start and first.pos_ == "NOUN" and first.is_title and \
            len(between) > 1 and between[0].text == "," and all(
                t.pos_ == "PROPN" for t in between[1:]):
        return list(between[1:])
    return r.speaker


def _learned_from(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"..., a-t-on appris mardi auprès du syndicat mixte qui gère la plateforme": what the
    outlet learned from someone is that someone's word.  A verb of learning
    (``learning_verbs``) after a comma, then its source after ``learning_preps`` and "de";
    the words before the comma are what was learned."""
    learning = folded(cues, "learning_verbs")
    preps = folded(cues, "learning_preps")
    if not learning or not preps:
        return None
    toks = [t for t in sent if not t.is_space]
    for n, verb in enumerate(toks):
        if not _lemma_in(verb, learning) or n < 3:
            continue
        comma = next((k for k in range(n - 1, max(n - 5, 0), -1) if toks[k].text == ","), None)
        at = next((k for k in range(n + 1, min(n + 5, len(toks))) if fold(toks[k].text) in preps),
                  None)
        if comma is None or at is None or at + 2 >= len(toks):
            continue
        first = at + 2 if fold(toks[at + 1].text) in ("de", "d'", "d’", "du", "des") else at + 1
        words = list(itertools.takewhile(
            lambda t: not t.is_punct and not _relative_pronoun(t), toks[first:]))
        if words and any(t.pos_ in ("NOUN", "PROPN") for t in words):
            return _Report(verb, words, None, (toks[0].idx, toks[comma].idx))
    return None


def _reporting_by_parse(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """The sentence's reporting verbs with their clauses and speakers, in reading order.

    First the verbs that govern a clause ("X affirme que ...", "X said ..."), several
    when a sentence reports several things ("X said A, adding that B"; "A said B and C
    noted D") but never one inside another's content (a report within a report is
    the outer speaker's word); else a reporting phrase set off by commas after or
    inside the content ("..., a déclaré le ministre.", "The museum, Mr. Bush said, ...").
    """
    verbs = _cue_verbs(cues)
    # The lemmatizer misses some forms ("indique" -> "indique"): a long verb stem also counts.
    stems = tuple(v[:-2] for v in verbs if len(v) > 6)
    # A verb the tagger missed still counts when it governs a "que"/"that" clause.
    found = [t for t in sent if (t.pos_ in ("VERB", "AUX") or any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in t.children
    ) or (  # "a leaked report shows.": a verb the tagger took for a plural noun
        any(c.dep_ == "ccomp" for c in t.children)
        and any(c.dep_ in SUBJECT_DEPS for c in t.children)
    ) or _after_closing_quote(t) or _before_that(t) or _headline_noun_verb(t)) and (
        cue_lemma(t, verbs) in verbs
                                        or fold(t.text).startswith(stems)
                                        or _phrasal(t, cues) is t)
             and not _adjectival(t) and not _idiom(t, cues)
             # "les faits qui lui sont reprochés": what the noun is, no report
             and not (t.dep_ in RELATIVE_DEPS and _passive(t))
             # "Asked whether other items might follow, a spokesperson said ...": who was
             # asked answers; the question is no one's claim.
             and not _asked(t, cues)
             # "l'Alliance répondra « avec toute sa force »": nothing said yet
             and t.morph.get("Tense") != ["Fut"]
             # "le gouvernement n'a pas réagi": no answer, the outlet's fact
             and not (_refusal(t, cues) and any(
                 fold(c.text) in folded(cues, "c_negation") for c in t.children))
             and not _declined(t, cues)]
    infinitive = folded(cues, "infinitive_reporting") | folded(cues, "directive_verbs") | \
        folded(cues, "fear_verbs") | {
        fold(v) for v in cues.get("commitment_verbs", [])} | set(_intent_kinds(cues))
    reports: list[_Report] = []
    for tok in found:
        # The clause after the verb first: "A, however reports do not indicate B" gives
        # the verb both A and B, and only B is what the reports indicate.
        phrasal = _phrasal(tok, cues)
        # ("a confié X, dont le fils a été fait prisonnier": a relative clause the parser
        # hung on the verb says nothing the speaker said.)
        clauses = [c for c in [*tok.children, *(phrasal.children if phrasal else [])]
                   if c.dep_ in ("ccomp", "parataxis")
                   and not (c.i > tok.i and _relative_pronoun(c.left_edge)
                            and fold(c.left_edge.text) not in ("that", "que", "qu'", "qu’"))]
        clause = next((c for c in clauses if c.i > tok.i), clauses[0] if clauses else None)
        if clause is None and cue_lemma(tok, verbs) in infinitive and not (
                cue_lemma(tok, verbs) in folded(cues, "directive_verbs")
                and any(c.morph.get("Reflex") == ["Yes"] for c in tok.children)):
            # "affirment avoir entendu", "denied having", "claimed to have seen" (but "se
            # demande comment garder ..." asks a question)
            # (not past a "que" that opens a clause the parser lost: "a affirmé qu'aucune
            # victime n'était à déplorer")
            clause = next((c for c in tok.children if c.dep_ == "xcomp"
                           and (c.pos_ in ("VERB", "AUX") or any(  # « tendre » ADJ
                               (m.dep_ == "mark" and fold(m.text) in ("de", "d'", "d’"))
                               or m.dep_.startswith("aux")  # "avoir gelé", ADJ
                               for m in c.children))
                           and c.morph.get("VerbForm") != ["Fin"] and not any(
                               fold(k.text) in _THAT
                               for k in tok.doc[tok.i + 1 : c.i])), None) or \
                _infinitive_after(tok)
        if clause is None:
            # "X a déclaré : « A »", "X said: A": a colon after the verb introduces its
            # words, whatever the parser called the clause that follows.
            colon = next((c for c in tok.children if c.text == ":" and c.i > tok.i), None)
            if colon is not None:
                clause = next((c for c in tok.children if c.i > colon.i
                               and c.pos_ in ("VERB", "AUX")), None)
        if clause is None and cue_lemma(tok, verbs) in ("valoir",) and tok.head is not tok:
            clause = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
        if clause is None:
            that = _that_after(sent, tok, cues)
            speaker = speaker_of(tok) or _fronted_subject(sent, tok) or \
                _subject_left_unparsed(sent, tok, cues)
            if that is not None and speaker and not any(_covers(r, tok) for r in reports):
                # "a fait valoir lundi que ...": the parser lost the clause; "que" opens it.
                reports.append(_Report(tok, speaker, None, (that, _content_bounds(sent)[1])))
            continue
        lemma = cue_lemma(tok, verbs)
        if lemma in _intent_kinds(cues) and lemma not in _verb_kinds(cues) and \
                clause.dep_ != "xcomp" and not any(c.dep_ == "mark" for c in clause.children):
            # "wants a deal": an intention takes an infinitive; but "Le cahier des charges
            # prévoit que ..." states what a text provides.
            continue
        if clause.dep_ == "xcomp" and lemma in _intent_kinds(cues) and (_passive(tok) or any(
                fold(c.text) in folded(cues, "c_negation") for c in tok.children)):
            # "is expected to": someone else expects, a hedge of the outlet's; "did not
            # wish to comment": a refusal, the outlet's own statement.
            continue
        if clause.dep_ == "xcomp" and tok.dep_ == "xcomp" and (
                lemma in _intent_kinds(cues) or lemma in _verb_kinds(cues)) and (
                _lemma_in(tok.head, folded(cues, "declining_verbs")) or any(
                    fold(c.text) in folded(cues, "c_negation") for c in tok.head.children)):
            continue  # "refused to pledge to release", "n'a pas voulu promettre de": no pledge
        if any(_covers(r, tok) for r in reports):
            continue  # a report within a report is the outer speaker's word
        speaker = speaker_of(tok)
        owner = next((r for r in reports if r.clause is not None and tok in r.clause.subtree),
                     None)
        if owner is not None and not subjects_of(tok):
            speaker = owner.speaker  # "X says A and tells B": X's second act of speech
        if not speaker and cue_lemma(tok, verbs) == "valoir":
            speaker = subjects_of(tok.head)
        if not speaker:
            speaker = _fronted_subject(sent, tok)
        if not speaker:
            speaker = _subject_left_unparsed(sent, tok, cues)
        if speaker and speaker[-1].i < tok.i and any(
                t.text in ("»", "”") for t in sent.doc[speaker[-1].i : tok.i]):
            # "« Chaque échange, je viens », a confié X": words inside the quote marks are
            # what is said, never who says it.
            speaker = inverted_subject(tok)
        if clause.dep_ == "xcomp" and _has(sent.doc.text[slice(*_span_of(list(clause.subtree)))],
                                           cues.get("anonymity", [])):
            continue  # "qui ont souhaité garder l'anonymat": how they spoke, not what
        span = _clause_span(clause, tok, verbs, cues)
        rest = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > clause.i
                     and not any(k.dep_ in ("mark", *SUBJECT_DEPS) for k in c.children)), None)
        if rest is not None and any(k.dep_ == "mark" for k in clause.children):
            # "found that the area burned each year in the West could double": the parser
            # cut one clause in two at a participle it took for the verb; it runs on.
            span = (span[0], max(span[1], _span_of(list(rest.subtree))[1]))
        close = next((t for t in sent if t.i > tok.i and t.idx < span[1]
                      and t.text in ("»", "”")), None)
        if close is not None and not any(t.text in ("«", "“") for t in sent.doc[tok.i : close.i]):
            # A verb inside quote marks says nothing past them ("« Les salariés n'y croient
            # plus », tacle X": what X does is no content of "croient").
            if close.idx <= span[0]:
                continue
            span = (span[0], close.idx)
        if speaker:
            opening = next((t for t in sent if t.idx >= span[0] and t.text not in ("«", "“")),
                           None)
            asked = "hypothetical: question" if _lemma_in(tok, folded(
                cues, "question_verbs")) and opening is not None and fold(opening.text) in (
                folded(cues, "question_words") | _QUESTION_MARKS) else None
            # ("asked why the plant had not been inspected": a question, no denial)
            reports.append(_Report(tok, _after_apposed_content(speaker, span, cues), clause,
                                   span, asked))
        elif _passive(tok):
            # "The ministry was told: ...", "it was announced that ...": someone's words,
            # whose the page does not say; never the outlet's own.
            reports.append(_Report(tok, [], clause, span, f"reported: passive ({tok.text})"))
    reports += [r for r in _object_reports(sent, cues) + _other_reports(sent, cues)
                if r.verb not in {o.verb for o in reports}
                and not any(_covers(o, r.verb) for o in reports)]
    # "If the B sample confirms the result, ...": a verb of saying inside a condition is
    # part of the hypothesis, nobody's statement.
    marks = folded(cues, "c_condition_marks")
    # (Not a mark the parser hung on the verb across a quote or a clause: "« Si le site
    # ferme, ... », a prévenu X", "Si aucune trêve n'est conclue, ..., avertit le PAM".)
    conditional = {t.i for t in found if any(
        c.dep_ == "mark" and fold(c.text) in marks and not any(
            k.text in ("»", "”", '"', ",") for k in t.doc[min(c.i, t.i) : max(c.i, t.i)])
        for c in t.children)}
    reports = [r for r in reports if r.verb.i not in conditional]
    found = [t for t in found if t.i not in conditional]
    if reports:
        # A report within another's content is the outer speaker's word, whichever verb
        # came first in the sentence.
        # An intention inside ("X said the airline plans to ...") keeps what it tells of
        # the future.
        reports = [r for r in reports if (r.clause is not None and r.clause.dep_ == "xcomp")
                   or not any(o is not r and _covers(o, r.verb) and not _covers(r, o.verb)
                              for o in reports)]
        for tok in found:
            # "Le texte prévoirait l'ouverture de corridors, a précisé l'un d'eux.": a
            # closing inserted phrase says everything before it, reports included.
            if tok.i > max(r.verb.i for r in reports) and tok not in {r.verb for r in reports} \
                    and not (tok.morph.get("VerbForm") in (["Part"], ["Ger"]) and not any(
                        c.dep_.startswith("aux") for c in tok.children)) \
                    and (closing := _inserted(sent, tok)) is not None and \
                    all(_covers(closing, r.verb) for r in reports) and not (
                        len(closing.speaker) == 1 and closing.speaker[0].pos_ == "PRON") \
                    and not any(t.pos_ == "CCONJ" for t in sent.doc[
                        max((t.i for t in sent if t.i < tok.i and t.text in _BREAKS),
                            default=tok.i) : tok.i]):  # (", et a relevé sa prévision")
                # (", a-t-il confié": the pronoun is the speaker already named, whose
                # "n'exclut pas" stands.)
                return [closing]
        first = min(r.verb.i for r in reports)
        for tok in found:
            # "« ... », a déclaré X à l'AFP, estimant que ...": the inserted phrase before
            # the participle's clause says the quote.
            if tok.i < first and not any(_covers(r, tok) for r in reports) and \
                    (inserted := _inserted(sent, tok)) is not None:
                reports.append(inserted)
                break
        return sorted(reports, key=lambda r: r.verb.i)
    for tok in found:
        report = _inserted(sent, tok)
        if report is not None:
            return [report]
    labelled = _quote_then_speaker(sent, found) or _denial_by_form(sent, cues)
    if labelled is not None:
        return [labelled]
    saying = {v for v, k in _verb_kinds(cues).items() if k in ("reporting", "evidence")}
    closing = _closing_verb(sent, saying) or _closing_incise(sent, set(_verb_kinds(cues))) \
        or _closing_inversion(sent, saying, cues) or _opening_by_form(sent, cues)
    return [closing] if closing else []


def _asked(tok: Token, cues: dict[str, Any]) -> bool:
    """"Asked whether other items might follow, a spokesperson said ...", "Interrogé sur
    ..., le maire a assuré": a participle telling what the speaker was asked; who was
    asked answers, and the question is no one's claim."""
    return _lemma_in(tok, folded(cues, "question_verbs")) and tok.dep_ in ("advcl", "acl") \
        and (tok.tag_ == "VBN" or tok.morph.get("VerbForm") == ["Part"]) \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def _object_reports(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """"X called Y a liar", "X described Y as Z", "X accused Y of Z", "X urged Y to Z",
    "X a accusé Y d'avoir menti": a verb whose object and the complement after it together
    say what the speaker asserted or asked.  The object alone ("X praised Y") says nothing
    that could be true or false, so a complement is required.
    """
    verbs = folded(cues, "object_complement_verbs")
    preps = folded(cues, "object_complement_preps")
    judging = folded(cues, "judging_verbs")
    out: list[_Report] = []
    for tok in sent:
        adjective = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp") and
                          c.pos_ == "ADJ" and c.i > tok.i), None)
        # "Le rapport juge également « probable » un report": a verb the tagger took for
        # the adjective of its own subject.
        on_subject = tok.pos_ in ("NOUN", "ADJ") and tok.dep_ == "amod" and \
            tok.head.i == tok.i - 1 and tok.head.dep_ in SUBJECT_DEPS and \
            any(form in judging for form in (f"{fold(tok.text)}r", f"{fold(tok.text)[:-3]}er"))
        judges = (tok.pos_ == "VERB" and fold(tok.lemma_) in judging) or on_subject
        if adjective is None and judges:
            # "juge « probable » qu'un accord soit signé": the quote marks hide the
            # adjective from the parser; read it by its place, before "que" or its object.
            nxt = [t for t in tok.doc[tok.i + 1 : min(tok.i + 6, sent.end)]
                   if not t.is_quote and t.pos_ != "ADV"]
            if len(nxt) >= 2 and nxt[0].pos_ == "ADJ" and (
                    fold(nxt[1].text) in _THAT or (on_subject and nxt[1].pos_ == "DET")):
                adjective = nxt[0]
        if adjective is None and tok.pos_ == "VERB" and fold(tok.lemma_) in judging:
            # "juge l'objectif « hors d'atteinte »": an object, then what it is judged.
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i),
                       None)
            adjective = next((c for c in tok.children if obj is not None and c.i > obj.i and (
                c.dep_ in ("xcomp", "oprd") or (c.dep_ == "obl:arg" and any(
                    t.is_quote for t in tok.doc[obj.i : c.i])))), None) and obj
            if obj is None and tok.i + 3 < sent.end and tok.doc[tok.i + 1].pos_ == "DET" and \
                    tok.doc[tok.i + 2].pos_ == "NOUN" and any(
                        t.text == "«" for t in tok.doc[tok.i + 3 : sent.end]):
                # (the same, with the object the parser hung elsewhere)
                adjective = tok.doc[tok.i + 1]
        if judges and adjective is not None:
            # "jugent probable un remaniement", "s'est dit prêt à négocier": the judgement
            # and what it bears on are the speaker's.
            speaker = [t for t in tok.head.subtree if t.i < tok.i] if on_subject \
                else speaker_of(tok)
            if speaker and not any(t.is_quote for t in sent.doc[speaker[0].i : tok.i]):
                # (« Ce budget sacrifie ... », a jugé X: the quote is no speaker)
                last = max((t.idx + len(t.text) for c in tok.rights if not c.is_punct
                            for t in c.subtree), default=adjective.idx + len(adjective.text))
                if on_subject or adjective.head != tok:
                    last = max(last, *(t.idx + len(t.text) for t in adjective.head.subtree
                                       if not t.is_punct))
                    last = max(last, *(t.idx + len(t.text) for t in sent if t.text == "»"))
                first = min(t.idx for t in adjective.subtree if t.i > tok.i and t.pos_ != "ADV")
                out.append(_Report(tok, speaker, None, (first, last)))
            continue
        if tok.pos_ != "VERB" or fold(tok.lemma_) not in verbs:
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i), None)
        small = next((c for c in tok.children if obj is None and c.dep_ in ("oprd", "ccomp")
                      and c.i > tok.i and c.pos_ in ("ADJ", "NOUN")), None)
        if small is not None:
            # "called the price cap illegal": the parser made the object the subject of
            # its complement.
            obj = next((k for k in small.children if k.dep_ in SUBJECT_DEPS and k.i < small.i),
                       None)
        if obj is None:  # "called on Congress to act"
            on = next((c for c in tok.children if c.dep_ == "prep" and fold(c.text) in
                       ("on", "upon")), None)
            obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on else None
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        # "voient dans la réforme « un tri social »": the complement may come first.
        comps = [c for c in [*tok.children, *obj.children] if c.i > tok.i and c is not obj and (
            c is small or
            c.dep_ in ("oprd", "xcomp", "ccomp", "advcl")
            or ((c.dep_ in ("prep", "nmod") or c.dep_.startswith("obl")) and fold(next(
                (k.text for k in c.children if k.dep_ == "case"), c.text)) in preps))]
        if not comps:
            continue
        speaker = speaker_of(tok)
        if not speaker:
            continue
        start = min(t.idx for t in [*obj.subtree, *(t for c in comps for t in c.subtree)])
        end = max(t.idx + len(t.text) for t in [*obj.subtree, *(t for c in comps
                                                                  for t in c.subtree)])
        out.append(_Report(tok, speaker, None, (start, end)))
    return out


_RELATIVE_LEAD = frozenset({"that", "which", "selon", "laquelle", "lequel", "lesquelles",
                            "lesquels", "que", "qu'", "qu’"})


def _content_of(tok: Token) -> tuple[int, int]:
    """The span of a clause or phrase without the words that only introduce it ("that",
    "selon laquelle")."""
    toks = list(tok.subtree)
    while len(toks) > 1 and (toks[0].dep_ == "mark" or fold(toks[0].text) in _RELATIVE_LEAD):
        toks = toks[1:]
    return _span_of(toks)


def _other_reports(sent: SpacySpan, cues: dict[str, Any]) -> list[_Report]:
    """Attributions with no verb of saying before a clause, each with the certainty the
    construction gives:
    - a denial with a noun ("a nié toute implication", "denied any wrongdoing"), or a
      rejection of claims ("rejected claims that its forces had struck"): denied;
    - "n'exclut pas de suspendre", "did not rule out a strike": possible; "exclut toute
      démission": denied;
    - "estime à 4 % la hausse", "estimated the cost at $486 billion": an estimate;
    - "a été clair : ...", "was adamant: ...": the words after the colon are the subject's.
    """
    denial = folded(cues, "denial_verbs")
    rejection = folded(cues, "rejection_verbs")
    claim_nouns = folded(cues, "claim_nouns")
    open_verbs = folded(cues, "open_verbs")
    document_acts = folded(cues, "document_acts")
    seeing_in = folded(cues, "seeing_in")
    judging = folded(cues, "judging_verbs")
    estimating = folded(cues, "estimate_verbs")
    at = folded(cues, "estimate_preps")
    adjectives = folded(cues, "speaking_adjectives")
    negation = folded(cues, "c_negation")
    np_verbs = folded(cues, "np_reporting_verbs")
    evidence = folded(cues, "evidence_verbs")
    proofs = folded(cues, "evidence_nouns")
    questions = folded(cues, "question_verbs")
    magnitudes = folded(cues, "magnitude_words")
    marks = folded(cues, "c_condition_marks") | _QUESTION_MARKS
    out: list[_Report] = []
    for tok in sent:
        if _asked(tok, cues):
            continue
        lemma = fold(tok.lemma_)
        if (known := cue_lemma(tok, denial | rejection)) in denial | rejection:
            lemma = known  # ("conteste", left as it is by the lemmatizer)
        if tok.pos_ == "ADJ" and lemma in adjectives and any(c.dep_ == "cop" for c in tok.children):
            colon = next((t for t in sent if tok.i < t.i <= tok.i + 2 and t.text == ":"), None)
            speaker = subjects_of(tok)
            if colon is not None and speaker and colon.i < sent.end - 2:
                out.append(_Report(tok, speaker, None, (colon.idx + 1, _content_bounds(sent)[1])))
            continue
        if tok.pos_ == "VERB" and _passive(tok) and _lemma_in(tok, estimating) and \
                (agent := _agent_by_form(tok)):
            # "Le nombre de sans-abri est estimé à 3 500 par la mairie": the agent's figure.
            subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                first = min(t.i for t in subject.subtree)
                figure = [t for t in sent if first <= t.i < agent[0].i - 1]
                out.append(_Report(tok, agent, None, _span_of(figure),
                                   f"estimate: {tok.text}", "estimate"))
            continue
        if tok.pos_ == "VERB" and _passive(tok) and _lemma_in(tok, np_verbs):
            # "The closure was confirmed on Wednesday by the company": what the agent says
            # is the subject.
            agent = speaker_of(tok)
            subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass")),
                           None)
            if agent and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                out.append(_Report(tok, agent, None, _span_of(list(subject.subtree))))
            continue
        if (said := _estimate_by_form(sent, tok, estimating, at, magnitudes)) is not None:
            out.append(said)
            continue
        if not _verb_like(tok) or _passive(tok) or _idiom(tok, cues):
            # "est estimé à 20 000": the subject is what is estimated, not who; "declared a
            # state of emergency": an act
            continue
        speaker = speaker_of(tok) or _subject_left_unparsed(sent, tok, cues)
        if not speaker and _lemma_in(tok, document_acts) and (
                fronted := _fronted_subject(sent, tok)) and \
                (lead := _phrase_head(fronted)) is not None and \
                _has(lead.text, cues.get("document_nouns", [])):
            # "Un sondage Ifop réalisé pour ... donnait X gagnante", "Le document, que Le
            # Monde a pu consulter, décrit ...": the parser made the document the root.
            speaker = fronted
        if not speaker or any(t.text in ("«", "“", "»", "”") for t in speaker):
            # ("« C'est une atteinte à la dignité », a dénoncé X": the quote the parser
            # made the subject is what is said; the inserted phrase is read elsewhere.)
            continue
        particles = [fold(c.text) for c in tok.children if c.dep_ in ("prt", "compound:prt")]
        phrase = " ".join([lemma, *particles])
        # (not a participle on the object the parser hung on the verb: "dénonce, elle, un
        # procès « politique » destiné à écarter ...")
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                       and c.pos_ in ("VERB", "AUX") and not (
                           c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Part"]
                           and c.tag_ != "VBG"  # ("ruled out introducing a charge")
                           and not any(k.dep_.startswith("aux") for k in c.children))
                       and not _in_relative(c)), None)  # (", qui emploie 240 personnes")
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i
                    and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        head = _phrase_head(speaker)
        if head is not None and head.pos_ == "NOUN" and _lemma_in(tok, document_acts) and (
                _has(head.lemma_, cues.get("document_nouns", []))
                or _has(head.text, cues.get("document_nouns", []))):
            # "L'arrêté préfectoral interdit tout rassemblement", "Un rapport avait classé la
            # vallée parmi ...": what a document rules or finds is its word, not the outlet's.
            out.append(_Report(tok, speaker, None, (tok.idx, _content_bounds(sent)[1]), None,
                               "statement"))
            continue
        seen = next((c for c in tok.children if c.dep_.startswith("obl") and c.i > tok.i and any(
            k.dep_ == "case" and f"{lemma} {fold(k.text)}" in seeing_in
            for k in c.children)), None)
        if clause is None and obj is None and seen is not None and any(
                t.text in ("«", "“", '"') for t in sent if t.i > seen.i):
            # "voient dans la réforme « un tri social déguisé »": the judgement in quote
            # marks, which the parser hung on the noun before it.
            out.append(_Report(tok, speaker, None, (seen.left_edge.idx,
                                                    _content_bounds(sent)[1]), None, "stance"))
            continue
        judged = next((c for c in tok.children if c.i > tok.i and c.dep_ in (
            "obj", "dobj", "xcomp", "amod") and (c.pos_ == "ADJ" or (
                c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Part"]))), None)
        about = obj or next((c for c in judged.children if c.dep_ in ("obj", "dobj")
                             and c.pos_ in ("NOUN", "PROPN")), None) if judged else None
        if judged is not None and about is not None and judged.i < about.i and (
                clause is None or clause.i == judged.i) and \
                _lemma_in(tok, judging):
            # "a jugé « inacceptables » les frappes" (the adjective may be tagged a
            # participle): the judgement and what it is about.
            words = [*judged.subtree, *about.subtree]
            out.append(_Report(tok, speaker, None, (min(t.idx for t in words), max(
                t.idx + len(t.text) for t in words)), None, "stance"))
            continue
        if phrase in open_verbs or (lemma in open_verbs and not particles):
            target = clause or obj
            # "n'exclut pas, de son côté, une réorganisation": the object past an insertion
            at_span = _content_of(target) if target is not None else _object_by_form(tok, cues)
            if at_span is None:
                continue
            negated = any(fold(c.text) in negation for c in tok.children
                          if c.dep_ in ("neg", "advmod")) or any(
                # "n'exclut « aucune piste »", "did not rule out any option"
                fold(t.text) in folded(cues, "c_negative_words")
                for t in [t for t in sent if t.idx >= at_span[0] and not t.is_punct][:2])
            out.append(_Report(tok, speaker, None, at_span,
                               "possible: not ruled out" if negated else f"denied: {tok.text}",
                               "stance"))
        elif _lemma_in(tok, estimating):
            # "estimated the cost of rebuilding at $486 billion": the figure may hang on
            # the object's words; "estime à 4 % la hausse": the object may follow it.
            # "estiment à plus de 30 % la part": the parser may take the figure for the
            # object; "à plusieurs centaines": a figure without digits.
            near = [*tok.children, *(obj.subtree if obj is not None else [])]
            candidates = [c for c in near if (c.dep_ == "prep" and fold(c.text) in at) or (
                c.dep_.startswith(("obl", "obj", "nmod")) and any(
                    k.dep_ == "case" and fold(k.text) in at for k in c.children))] + [
                # "estime au contraire à 4 millions", "chiffre le préjudice pour l'opérateur
                # à 40 millions": hung on the adverbial
                g for c in tok.children if c.dep_.startswith("obl") for g in c.children
                if any(k.dep_ == "case" and fold(k.text) in at for k in g.children)]
            # ("estime à près d'une sur deux la part": the parser made the figure the
            # object's determiner)
            shares = [t for t in (obj.subtree if obj is not None else []) if t.dep_ == "det"
                      and any(k.dep_ == "case" and fold(k.text) in at for k in t.children)]
            # The first with a figure ("£40bn"), not "entre amendes et indemnisations".
            by = next((c for c in candidates + shares if any(
                t.like_num or fold(t.text) in magnitudes or any(ch.isdigit() for ch in t.text)
                for t in [*c.subtree, *(c.doc[c.i + 1 : c.i + 4] if c in shares else [])])),
                None)
            if by is None:
                continue
            if obj is not None and obj in by.subtree:
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")
                            and c not in by.subtree), None) or next(
                    (t for t in by.subtree if t.dep_ == "appos"), None)
            toks = [*by.subtree, *(obj.subtree if obj is not None else [])]
            out.append(_Report(tok, speaker, None, _span_of(toks), f"estimate: {tok.text}",
                               "estimate"))
        elif clause is None and (feared := _feared(tok, obj, cues)) is not None:
            # "On redoute une fermeture", "on s'attend à une offensive": a fear or an
            # expectation of something named; the stance is the certainty.
            out.append(_Report(tok, speaker, None, _span_of(list(feared[0].subtree)),
                               f"{feared[1]}: {tok.text}", "stance"))
        elif clause is None and obj is None and _listed_verb(tok, "fear_verbs", cues) and \
                (found := _object_by_form(tok, cues)) is not None:
            # "craignent, elles, une hausse déguisée": the feared thing past an insertion.
            out.append(_Report(tok, speaker, None, found, f"possible: {tok.text}", "stance"))
        elif _lemma_in(tok, questions) and clause is None and (colon := next(
                (t for t in sent if tok.i < t.i <= tok.i + 2 and t.text == ":"), None)
        ) is not None and colon.i < sent.end - 2:
            # "des parents d'élèves s'interrogent : l'école rouvrira-t-elle ?"
            out.append(_Report(tok, speaker, None, (colon.idx + 1, _content_bounds(sent)[1]),
                               "hypothetical: question", "stance"))
        elif _lemma_in(tok, questions) and \
                (opening := _question_opening(tok, marks, cues)) is not None:
            # "Des diplomates se demandent si ...", "s'interroge sur la capacité de l'État",
            # "have long debated whether": read by the words after the verb, as the parser
            # often loses the clause ("survivra" taken for a participle).
            out.append(_Report(tok, speaker, None, (opening.idx, _content_bounds(sent)[1]),
                               "hypothetical: question", "stance"))
        elif _lemma_in(tok, questions) and clause is not None and any(
                c.dep_ == "mark" and fold(c.text) in marks for c in clause.children):
            # "se demandent si le tramway pourra ...", "asked whether ...": a question.
            out.append(_Report(tok, speaker, None, _content_of(clause), "hypothetical: question",
                               "stance"))
        elif (lemma in evidence or _lemma_in(tok, evidence)) and obj is not None and (
                fold(obj.lemma_) in proofs or fold(obj.text) in proofs or any(
                    fold(c.text) in folded(cues, "c_negative_words")
                    for c in obj.children)) and clause is None:
            # "An internal review found no evidence that ...": the finding is the content.
            out.append(_Report(tok, speaker, None, _span_of(list(obj.subtree))))
        elif clause is None and (said := _prep_object(tok, cues)) is not None:
            # "a fait état sur Telegram de 14 morts", "se plaignent depuis des mois de
            # panaches de fumée": a phrase of saying whose object follows a preposition.
            out.append(_Report(tok, speaker, None, said, None, "statement"))
        elif _lemma_in(tok, np_verbs) and clause is None and obj is None and \
                not _after_comma(tok) and _said(tok) and \
                (found := _object_by_form(tok, cues)) is not None:
            # "dénoncent depuis des mois des rodéos", "a revendiqué vendredi, via son
            # agence, l'attentat": the parser hung the object on the phrase before it.
            out.append(_Report(tok, speaker, None, found, _promise(tok, cues), "statement"))
        elif _lemma_in(tok, np_verbs) and obj is not None and (
                clause is None or (clause.dep_ == "xcomp" and clause.i > obj.i)) and (
                obj.pos_ in ("NOUN", "PROPN") or fold(obj.text) in {
                    fold(w) for w in cues.get("indefinite_articles", [])}) and not (
                lemma in denial or lemma in rejection) and not _after_comma(tok) and \
                _said(tok) and not _has(obj.text, cues.get("manner_nouns", [])) and not (
                    _lemma_in(tok, folded(cues, "finding_verbs")) and any(
                        c.dep_ == "det" and c.morph.get("Definite") == ["Def"]
                        for c in obj.children)):
            # ("qui a requis l'anonymat": how one speaks, not what; "a relevé l'âge
            # légal": raised, where "relève de graves lacunes" notes a finding.)
            # "announced his resignation", "dénoncent une baisse de leur chiffre
            # d'affaires": a verb of saying whose object is what was said.  A claim, but
            # no quote: nobody's words are given.
            # "décrivent un car « lancé à pleine vitesse »": an article the tagger took
            # for a pronoun opens a phrase the parser tore apart; it runs to the end.
            what = _span_of(list(obj.subtree)) if obj.pos_ != "PRON" else (
                obj.idx, _content_bounds(sent)[1])
            # "Le plan prévoit l'évacuation ... si le débit dépasse ...": a condition.
            inside = {t.i for t in obj.subtree}
            condition = next((t for t in sent if t.i > tok.i and t.i not in inside
                              and t.dep_ == "mark" and fold(t.text) in marks), None)
            out.append(_Report(tok, speaker, None, what,
                               f"hypothetical: condition ({condition.text})" if condition
                               else _promise(tok, cues), "statement"))
        elif (lemma in denial or lemma in rejection) and clause is None and obj is not None:
            if fold(obj.lemma_) in folded(cues, "whole_nouns"):
                # "a rejeté l'ensemble des 21 chefs d'accusation": what is counted
                obj = next((c for c in obj.children if c.dep_ in ("nmod", "prep", "pobj")
                            and c.pos_ in ("NOUN", "PROPN")), None) or next(
                    (g for c in obj.children if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj"), obj)
            # ("les chefs retenus contre lui": a participle says what the noun is, no more.)
            said = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "acl:relcl", "relcl")
                         and c.pos_ in ("VERB", "AUX") and not _modifying_participle(c)), None) \
                if fold(obj.lemma_) in claim_nouns or fold(obj.text) in claim_nouns else None
            refused = cues.get("refused_nouns", [])
            reports_noun = fold(obj.lemma_) in claim_nouns or fold(obj.text) in claim_nouns
            if said is None and not reports_noun and (
                    lemma not in denial or _has(obj.lemma_, refused) or _has(obj.text, refused)):
                # "rejected the offer", "denied his request": an act, not a denial of
                # something said.
                continue
            what = _content_of(said) if said is not None else _span_of(list(obj.subtree))
            out.append(_Report(tok, speaker, None, what, f"denied: {tok.text}",
                               None if said is not None else "statement"))
    return out


def _estimate_by_form(sent: SpacySpan, tok: Token, estimating: frozenset[str],
                      at: frozenset[str], magnitudes: frozenset[str]) -> _Report | None:
    """"Le rapporteur, X, chiffre à environ 12 milliards le coût": a French estimate verb
    the tagger took for a noun ("chiffre", "évalue"), read by its form: a present tense
    whose infinitive is an estimate verb, then "à" and a figure; the noun phrase before it
    (no verb in it) estimates, what follows is the estimate."""
    doc = tok.doc
    if tok.lang_ != "fr" or tok.pos_ not in ("NOUN", "ADJ") or tok.i == sent.start or \
            fold(tok.text) + "r" not in estimating or tok.i + 1 >= sent.end or \
            fold(doc[tok.i + 1].text) not in at or not any(
                t.like_num or fold(t.text) in magnitudes for t in doc[tok.i + 1 : tok.i + 5]):
        return None
    speaker = [t for t in doc[sent.start : tok.i]]
    while speaker and speaker[-1].is_punct:
        speaker.pop()
    if not speaker or any(t.pos_ in ("VERB", "AUX") for t in speaker) or not any(
            t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return None
    figure = [t for t in doc[tok.i + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    return _Report(tok, speaker, None, _span_of(figure), f"estimate: {tok.text}", "estimate")


def _to_punctuation(first: Token, end: int) -> tuple[int, int]:
    """The characters from ``first`` to the next punctuation before token ``end``; quote
    marks and hyphens do not end the phrase ("dénoncé « une enquête bâclée »")."""
    doc = first.doc
    stop = next((k for k in range(first.i + 1, end) if doc[k].is_punct
                 and doc[k].text not in ("«", "»", "“", "”", '"', "-")), end)
    last = doc[stop - 1]
    return first.idx, last.idx + len(last.text)


def _prep_object(verb: Token, cues: dict[str, Any]) -> tuple[int, int] | None:
    """What a phrase of saying with a prepositional object says (``prep_object_reporting``:
    "faire état de", "se plaindre de"), read by the words after the verb: its noun if it
    has one, then the preposition, past adjuncts each time; up to the next punctuation."""
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in verb.children)
    for entry in folded(cues, "prep_object_reporting"):
        words = entry.removeprefix("s'").removeprefix("se ").split()
        if len(words) < 2 or not _lemma_in(verb, {words[0]}) or (
                words[0] != entry.split()[0] and not reflexive):
            continue
        at: Token | None = verb
        for word in words[1:]:
            nxt = _past_adjuncts(at, cues, frozenset({word, "du", "des", "d'", "d’"}))
            if nxt is None or fold(nxt.text) not in (word, *(("du", "des", "d'", "d’")
                                                            if word == "de" else ())):
                at = None
                break
            at = nxt
        if at is None or at.i + 1 >= verb.sent.end:
            continue
        first = verb.doc[at.i + 1] if fold(at.text) in ("de", "d'", "d’") else at
        return _to_punctuation(first, verb.sent.end)
    return None


def _promise(verb: Token, cues: dict[str, Any]) -> str | None:
    """The certainty a verb of saying gives its noun object when it tells the future:
    "predicted the collapse", "a promis l'envoi de 600 policiers"."""
    if _lemma_in(verb, folded(cues, "forecast_verbs")):
        return f"predicted: forecast ({verb.text})"
    if _lemma_in(verb, folded(cues, "commitment_verbs")):
        return f"predicted: commitment ({verb.text})"
    return None


def _past_adjuncts(verb: Token, cues: dict[str, Any], keep: frozenset[str] = frozenset(),
                   start: int | None = None) -> Token | None:
    """The first word after a verb that is not an adjunct, as the parser often hangs what
    follows the adjuncts elsewhere: words of time and adverbs, one prepositional phrase
    ("a assuré dans la matinée que", "dénoncent depuis l'été des loyers", "se demandent
    en privé si") and insertions between commas (", via son agence Amaq,").  Words in
    ``keep`` ("si", "que", "des") stop the search."""
    times = folded(cues, "time_words")
    doc, end = verb.doc, verb.sent.end
    i, pps = (verb.i + 1 if start is None else start), 0
    while i < end and fold(doc[i].text) not in keep:
        t = doc[i]
        if fold(t.text) in times or t.pos_ == "ADV":
            i += 1
        elif t.text == ",":
            close = next((k for k in range(i + 1, end) if doc[k].text == ","), None)
            if close is None:
                return None
            i = close + 1
        elif t.pos_ == "ADP" and pps < 2:
            # ("affirme au contraire à Ouest-France que": two phrases at most.)
            pps += 1
            i += 1
            while i < end and doc[i].pos_ in ("DET", "ADJ", "NUM"):
                i += 1  # the phrase's own article ("depuis des mois")
            if i < end and fold(doc[i].text) not in keep:
                i += 1  # the phrase's noun, whatever the tagger made of it ("depuis l'été")
            # ("au Dauphiné libéré": a name's participle the tagger took for a verb.)
            while i < end and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or (
                    _adjectival(doc[i]) and doc[i].head.i == i - 1)) and \
                    fold(doc[i].text) not in keep:
                i += 1
        else:
            break
    return doc[i] if i < end else None


def _object_by_form(verb: Token, cues: dict[str, Any]) -> tuple[int, int] | None:
    """The noun object of a verb read by its place when the parser hung it elsewhere
    (see ``_past_adjuncts``): a determiner and a noun, up to the next punctuation."""
    partitive = folded(cues, "partitive_articles")
    first = _past_adjuncts(verb, cues, partitive)
    end = verb.sent.end
    if first is not None and first.text in ("«", "“", '"') and first.i + 2 < end:
        first = verb.doc[first.i + 1]  # "n'a pas exclu « des départs volontaires »"
    if first is None or first.i + 1 >= end or not (
            first.pos_ == "DET" or fold(first.text) in partitive):
        return None
    after = verb.doc[first.i + 1]
    if after.text in ("«", "“", '"') and first.i + 2 < end:
        after = verb.doc[first.i + 2]  # "a dénoncé mercredi une « décision politique »"
    if after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    return _to_punctuation(first, end)


def _question_opening(verb: Token, marks: set[str], cues: dict[str, Any]) -> Token | None:
    """Where a question opens after a verb of asking, past its adjuncts: at "si"/"whether"
    ("se demandent si", "debated whether"), or after the "sur" of a reflexive
    "s'interroger sur la capacité de ..." (the question is about that)."""
    words = folded(cues, "question_words")
    first = _past_adjuncts(verb, cues, frozenset(marks) | folded(cues, "question_preps") | words)
    if first is not None and first.text in ("«", "“", '"') and first.i + 1 < verb.sent.end:
        first = verb.doc[first.i + 1]  # "se demande « comment garder des familles ... »"
    if first is None or first.i >= verb.sent.end - 1:
        return None
    word = fold(first.text)
    if word in marks or word in words:
        return first
    if word in folded(cues, "question_preps") and any(
            c.morph.get("Reflex") == ["Yes"] for c in verb.children):
        return verb.doc[first.i + 1]
    return None


def _content_heads(pb: ParsedBlock, rep: _Report, cues: dict[str, Any]) -> list[Token]:
    """The head of what a report says and its auxiliaries: the clause's head, or the
    words of its span whose head lies outside it."""
    if rep.clause is not None:
        return _heads([rep.clause], set())[1]
    if rep.span is not None:
        toks = _tokens(pb, *rep.span)
        heads = _heads(toks, {t.i for t in toks})[1]
        if not any(t.pos_ in ("VERB", "AUX") for t in heads):
            # ("Ces nouveaux venus, dont certains n'ont jamais enseigné, bénéficieront ...":
            # the parser hung the clause's verb on the relative clause before it)
            heads += [t for t in toks if t.pos_ in ("VERB", "AUX") and t.morph.get(
                "VerbForm") == ["Fin"] and not _in_relative(t) and not _opened_by_relative(
                toks, toks.index(t))]
        return heads
    return []


def _own_future(heads: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a reported clause tells what its speaker will do: its subject is a personal
    pronoun ("it", "they", "elle", "nous"; a speaker's own plan is told of themself) and
    its verb is in the future of the past ("would", "présenterait"), or, in English, a
    past progressive with a time to come ("was opening ... next month")."""
    pronouns = folded(cues, "own_pronouns")
    root = heads[0] if heads else None
    if root is None or not any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"
                               and fold(c.text) in pronouns for c in root.children):
        return False
    if _future_in_past(heads, cues):
        return True
    coming = folded(cues, "coming_time_words")
    return root.tag_ == "VBG" and any(c.dep_ == "aux" and c.morph.get("Tense") == ["Past"]
                                      for c in root.children) and any(
        fold(t.text) in coming for t in root.subtree)


def _future_in_past(heads: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a reported clause tells the future: a future or a conditional verb (the
    French future of the past, "serait rouverte"), or "will"/"would" ("would clear")."""
    will = folded(cues, "future_auxiliaries")
    return any(_tagged_future(t) or t.morph.get("Mood") == ["Cnd"]
               or _future_form(t) or _conditional_form(t) or fold(t.text) in will
               for t in heads)


def _feared(verb: Token, obj: Token | None, cues: dict[str, Any]) -> tuple[Token, str] | None:
    """What a fear or an expectation with no clause is about, and the certainty it gives
    it: "redoute une fermeture" (possible), "s'attend à une offensive", "expect a rate
    cut" (probable).  A lexicon entry written "s'attendre" needs the reflexive."""
    for key, certainty in (("fear_verbs", "possible"), ("expectation_verbs", "probable")):
        if _listed_verb(verb, key, cues):
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj, certainty
            target = next((c for c in verb.children if c.dep_.startswith("obl")
                           and c.pos_ == "NOUN" and any(k.dep_ == "case" and fold(k.text) == "a"
                                                        for k in c.children)), None)
            return (target, certainty) if target is not None else None
    return None


def _listed_verb(verb: Token, key: str, cues: dict[str, Any]) -> bool:
    """Whether the verb is one of the lexicon list ``key`` ("expect", "redouter"); an
    entry written with its pronoun ("s'attendre") counts only with the reflexive."""
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in verb.children)
    return any(_lemma_in(verb, {entry.removeprefix("s'").removeprefix("se ")}) and (
        not entry.startswith(("s'", "se ")) or reflexive)
        for entry in folded(cues, key))


def _lemma_in(tok: Token, words: set[str]) -> bool:
    """Whether the verb is one of ``words``, also when the lemmatizer left a form as it is
    ("estime" for "estimer"): a long lemma's stem then counts."""
    return cue_lemma(tok, words) in words or any(
        len(w) > 6 and fold(tok.text).startswith(w[:-2]) for w in words)


def _closing_verb(sent: SpacySpan, verbs: set[str]) -> _Report | None:
    """"<content>, a leaked internal memo shows.": a short phrase closing the sentence after
    a comma, whose last word is a verb of saying or evidence the tagger took for a plural
    noun; the phrase before it is the speaker."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 4:
        return None
    last = toks[-1]
    # ("..., leaked memo warns": a verb too, when a participle in its phrase kept the
    # inserted reading from it.)
    if last.pos_ not in ("NOUN", "VERB") or cue_lemma(last, verbs) not in verbs or (
            last.pos_ == "NOUN" and fold(last.text) in verbs):
        return None
    comma = next((t for t in reversed(toks[:-1]) if t.text == ","), None)
    if comma is None or comma.i == toks[0].i:
        return None
    phrase = [t for t in toks if comma.i < t.i < last.i]
    if phrase and ((phrase[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON") and not (
            phrase[0].tag_ in ("VBN", "VBD") and len(phrase) > 1 and phrase[1].pos_ == "NOUN"))
                   or fold(phrase[0].text) in ("each", "every", "all", "chacun", "chaque")):
        return None
    if not phrase or len(phrase) > 8 or any(t.pos_ == "AUX" or t.dep_ == "mark" for t in phrase) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    return _Report(last, phrase, None, (toks[0].idx, comma.idx))


def _said(verb: Token) -> bool:
    """Whether the verb tells of something said, not of something to be said ("is
    expected to announce layoffs"): finite, or a participle with its auxiliary."""
    form = verb.morph.get("VerbForm")
    return form == ["Fin"] or verb.tag_ in ("VBD", "VBZ", "VBP") or (
        form == ["Part"] and (any(c.dep_.startswith("aux") for c in verb.lefts)
                              or _insertion_auxiliary(verb) is not None))


def _after_comma(verb: Token) -> bool:
    """Whether the verb opens a phrase after a comma with a definite noun or a name after
    it ("..., a annoncé l'ONU"): that noun is the speaker, inverted, not what was said
    ("..., décrivent des cadences intenables" says what was described)."""
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECT_DEPS), None)
    # "A procédé à un échange, le premier depuis deux mois, ont annoncé les deux pays":
    # an apposition after a clause is no subject, the phrase is an incise.
    apposed = subject is not None and subject.left_edge.i > verb.sent.start and \
        verb.doc[subject.left_edge.i - 1].text == "," and any(
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            for t in verb.doc[verb.sent.start : subject.left_edge.i])
    # ("Le transporteur table sur ..., a indiqué sa porte-parole": a second subject after
    # the verb is the inverted speaker; the first was the content's.)
    inverted = any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children)
    if subject is not None and not apposed and not inverted and not any(
            t.i > verb.i and t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            for t in verb.sent):
        # "L'avocat, Me X, a regretté « la lenteur »": the subject came first; but in "La
        # fréquentation, a souligné la directrice, a atteint ..." the sentence goes on.
        return False
    first = min([verb, *(c for c in verb.lefts if c.dep_.startswith("aux"))], key=lambda t: t.i)
    obj = next((c for c in verb.rights if c.dep_ in ("obj", "dobj", "nsubj")), None)
    definite = obj is not None and (obj.pos_ == "PROPN" or any(
        d.dep_ == "det" and d.morph.get("Definite") == ["Def"] for d in obj.children))
    after_quote = first.i > 1 and verb.doc[first.i - 2].text in ("»", "”", '"')
    return first.i > 0 and verb.doc[first.i - 1].text in (",", "—", "–") and (
        definite or after_quote)  # "», raconte un voisin": the incise after a quote


_INCISE = re.compile(r",\s*([^\W\d_]+)(?:-t)?-(il|elle|ils|elles|on)\s*[.!?…]?\s*$", re.IGNORECASE)


def _closing_incise(sent: SpacySpan, verbs: set[str]) -> _Report | None:
    """"..., raconte-t-elle.", "..., affirme-t-il": a French incise closing the sentence,
    read by its form when the tagger missed the verb (it took "raconte" for an adjective)."""
    m = _INCISE.search(sent.text)
    if m is None:
        return None
    word = fold(m.group(1))
    if not any(word.startswith(v[:-2]) for v in verbs
               if len(v) > 4 and v.endswith(("er", "ir", "re"))):
        return None
    start = sent.start_char + m.start(1)
    verb = next((t for t in sent if t.idx == start), None)
    pronoun = next((t for t in sent if t.idx >= start + len(m.group(1)) and
                    fold(t.text.strip("-")) == fold(m.group(2))), None)
    comma = sent.start_char + m.start()
    if verb is None or pronoun is None or comma <= sent.start_char:
        return None
    return _Report(verb, [pronoun], None, (sent.start_char, comma))


def _past_inserts(words: list[Token], cues: dict[str, Any]) -> list[Token]:
    """``words`` without the inserted phrase that opens them ("pour sa part la CPME")."""
    text = fold(" ".join(t.text for t in words))
    return words[next((len(i.split()) for i in folded(cues, "inversion_inserts")
                       if text.startswith(i + " ")), 0):]


def _closing_inversion(sent: SpacySpan, verbs: set[str],
                       cues: dict[str, Any]) -> _Report | None:
    """"..., juge pour sa part la Confédération des PME.": a French verb of saying and
    its inverted subject closing the sentence after a comma, read by their form when the
    tagger took the verb for a noun, or the parser lost the phrase ("..., précise la fiche
    publiée sur le site RappelConso").  The word must be a present form of a listed verb
    ("juge" of "juger"), followed by a determiner or a name, and nothing after it may be
    a finite verb; the words before the comma are what was said."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct and toks[-1].text != ")":
        toks = toks[:-1]
    comma = next((n for n in range(len(toks) - 3, 0, -1) if toks[n].text == ","), None)
    if comma is None or toks[0].i == toks[comma].i or toks[0].lang_ != "fr":
        return None
    word = toks[comma + 1]
    if not word.is_lower or word.pos_ == "AUX":
        return None
    if _verb_by_form(word, verbs) is None:
        return None
    speaker = _past_inserts(toks[comma + 2 :], cues)
    if not speaker or not (speaker[0].pos_ in ("DET", "PROPN") or speaker[0].text[:1].isupper()) \
            or any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                   and not t.text[:1].isupper() for t in speaker) or not any(
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
            for t in toks[:comma]):
        return None
    return _Report(word, speaker, None, (toks[0].idx, toks[comma].idx))


_CLOSING_QUOTES = frozenset({"»", "”"})
_OPENING_QUOTES = frozenset({"«", "“", "\""})


def _incise_by_form(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"« ... », a salué sur place le directeur régional des TER, Hervé Kerlouan.": a
    French incise after a closing quote mark, read by its form.  Press French puts any
    verb there ("a salué", "tacle", "s'emporte"), then times, places and set-off phrases
    ("lors d'une conférence de presse à Angers", ", la gorge serrée,"), then who speaks;
    the parser often hangs that speaker on the circumstance.  After a plain comma
    ("Un glissement de terrain serait à l'origine de l'accident, avance SNCF Réseau, le
    gestionnaire des voies, qui ...") the verb must be a listed verb of saying and the
    words before it a clause.  The verb must be finite (or a participle after its
    auxiliary) and the speaker a noun phrase, a title with the name set off after it
    kept; the words up to the comma are what was said."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 5 or toks[0].lang_ != "fr":
        return None
    close = next((n for n, t in enumerate(toks[:-3]) if t.text in _CLOSING_QUOTES
                  and toks[n + 1].text == ","), None)
    if close is not None and close > 0 and not any(
            a <= toks[close].idx < b for a, b in _quoted_titles(toks, cues)):
        return _incise_at(toks, close + 1, cues, quoted=True)
    asked = next((n for n, t in enumerate(toks[:-3]) if t.text in ("?", "!")
                  and toks[n + 1].is_lower), None)
    if asked is not None and asked > 2:
        # "L'embarcation avait-elle été repérée ? s'interroge de son côté X": a question
        # closes like a quote.
        return _incise_at(toks, asked, cues, quoted=True)
    if not any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
               for t in toks[: len(toks) - 3]):
        return None
    first = next((k for k, t in enumerate(toks) if t.morph.get("VerbForm") == ["Fin"]), None)
    if first is not None and first > 1 and toks[first - 1].text == "," and \
            _incise_at(toks, first - 1, cues, quoted=False) is not None:
        return None  # "Le suspect, a indiqué X, a reconnu les faits": a subject, then an
        # inserted phrase, then its own verb
    for comma in range(len(toks) - 3, 1, -1):
        # (A clause before the comma, not only a relative one: "Le collectif X, qui
        # revendique 1 200 signatures, dénonce ...")
        if toks[comma].text == "," and any(
                t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                and not _in_relative(t) and not _opened_by_relative(toks, k)
                for k, t in enumerate(toks[:comma])) and (
                found := _incise_at(toks, comma, cues, quoted=False)) is not None:
            return found
    return None


def _opened_by_relative(toks: list[Token], k: int) -> bool:
    """Whether the phrase set off by commas that holds ``toks[k]`` opens with a relative
    pronoun ("Le texte, dont l'AFP a obtenu une copie, prévoit": the parser may make
    "obtenu" the root)."""
    start = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text == ","), 0)
    return any(_relative_pronoun(t) for t in toks[start:k][:2])


def _in_relative(verb: Token) -> bool:
    """Whether a verb, or the verb its auxiliary or copula serves, heads a relative
    clause ("qui revendique", "qui a été blessé")."""
    head = verb.head if verb.dep_.startswith("aux") or verb.dep_ == "cop" else verb
    return any(_relative_pronoun(c) for c in head.children) or (
        head.dep_ in RELATIVE_DEPS and any(_relative_pronoun(t) for t in head.lefts))


def _incise_at(toks: list[Token], comma: int, cues: dict[str, Any], quoted: bool
               ) -> _Report | None:
    """The incise opening after the comma at ``comma`` (see ``_quote_incise``)."""
    n = comma + 1
    auxiliary = False
    clitic: Token | None = None
    while n < len(toks) and (toks[n].pos_ == "AUX" or toks[n].morph.get("Reflex") == ["Yes"]
                             or fold(toks[n].text) in ("s'", "s’", "se") or (
                                 auxiliary and toks[n].text.startswith("-"))):
        if toks[n].text.startswith("-"):
            clitic = toks[n]  # "a-t-elle annoncé dans la foulée, en ...": the pronoun speaks
        auxiliary = auxiliary or toks[n].pos_ == "AUX"
        n += 1
    if not auxiliary and n < len(toks) - 2 and toks[n].lemma_ in ("avoir", "être") and (
            toks[n + 1].pos_ != "VERB" and not toks[n + 1].is_punct):
        # ("a de son côté promis": the tagger may take the auxiliary for the verb when
        # words part it from its participle)
        after = _past_aux_inserts(toks, n + 1, cues, quoted)
        if after < len(toks) and toks[after].morph.get("VerbForm") == ["Part"]:
            auxiliary = True
            n += 1
    if auxiliary and n < len(toks) and toks[n].pos_ != "VERB":
        n = _past_aux_inserts(toks, n, cues, quoted)
    if n >= len(toks) - 1:
        return None
    verb = toks[n]
    listed = set(_verb_kinds(cues)) | folded(cues, "np_reporting_verbs") | folded(
        cues, "denial_verbs")
    finite = verb.pos_ == "VERB" and (verb.morph.get("VerbForm") == ["Fin"] or (
        auxiliary and verb.morph.get("VerbForm") == ["Part"]))
    # ("..., évoquant une dispute": a present participle has no subject after it; a past
    # one without its auxiliary neither, but "déplore", "avertit" tagged as participles
    # are presents.)
    lemma = _verb_by_form(verb, listed)
    by_form = lemma is not None and not fold(verb.text).endswith("ant") and (
        auxiliary or verb.morph.get("VerbForm") not in (["Part"], ["Ger"])
        or not _participle_of(verb.text.lower(), lemma))
    if not verb.is_lower or not (finite or by_form) or (
            not quoted and not (by_form or cue_lemma(verb, listed) in listed)):
        return None
    if clitic is not None and _clitic(verb) is not None and (finite or by_form):
        return _Report(verb, [_clitic(verb)], None,  # type: ignore[list-item]
                       (toks[0].idx, toks[comma].idx))
    if toks[n + 1].text.startswith("-") or clitic is not None:
        return None  # "», lance-t-il": the clitic speaks, read elsewhere
    times = folded(cues, "time_words")
    n += 1
    rest = _past_inserts(toks[n:], cues)
    n = len(toks) - len(rest)
    while n < len(toks):
        t = toks[n]
        if fold(t.text) in times or t.pos_ == "ADV":
            n += 1
        elif t.text == "," and (other := next((k for k in range(n + 1, len(toks))
                                                if toks[k].text == ","), None)) is not None \
                and not any(k.pos_ == "PROPN" for k in toks[n + 1 : other]):
            n = other + 1  # "raconte, la gorge serrée, Sébastien Laffargue"
        elif t.pos_ == "ADP" and t.dep_ != "det":  # (not "des" of "des pharmaciens")
            # A circumstance ("sur place", "lors d'une conférence de presse à Angers"):
            # its words, each noun or name right after a preposition or an article.
            n += 1
            while n < len(toks) and toks[n].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM",
                                                      "ADP") and not (
                    toks[n].pos_ in ("DET", "PROPN", "NUM")
                    and toks[n - 1].pos_ not in ("ADP", "DET")
                    and not (toks[n].pos_ == "PROPN" and toks[n - 1].pos_ == "PROPN"
                             and toks[n - 2].pos_ in ("ADP", "DET"))):
                # (a number after a name opens the speaker: "à l'AFP deux sources")
                n += 1
        else:
            break
    words: list[Token] = []
    ended = True
    first = n
    unnamed = _anonymous_opening(toks[n:], cues)
    for t in toks[n:]:
        if len(words) < unnamed:
            words.append(t)  # "juge l'un d'eux, qui ...": an unnamed source's phrase
            continue
        hyphen = t.text in ("-", "‑") and not t.doc[t.i - 1].whitespace_
        if (t.is_punct and not hyphen) or _relative_pronoun(t):
            # (after a plain comma, the speaker ends the sentence or a phrase: "dénonce
            # la disparition de « ... »" has an object, not an inverted subject)
            ended = quoted or _relative_pronoun(t) or t.text in (",", ".", "!", "?", "(", ";")
            break
        if words and t.pos_ == "ADV":
            break  # "a martelé ce dernier lors d'un point presse": a circumstance after
        if not quoted and t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Part"] and any(
                w.pos_ == "NOUN" for w in words) and not any(
                k.morph.get("VerbForm") == ["Fin"] for k in toks[t.i - toks[0].i + 1 :]):
            break  # "révèle une étude rendue publique mardi par ...": the participle
            # and what hangs on it describe the speaker, who ends here
        if (words and t.pos_ == "ADP" and _ends_name(t)) or (
                t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]):
            ended = False  # (not "l'avocate du mis en examen": a participle names a post)
            break
        words.append(t)
    if not ended and words and not _anaphor(words, cues) and fold(
            toks[first + len(words)].text) in folded(cues, "post_prepositions"):
        # "l'adjoint à l'urbanisme, Karim Benhaddou": a post's words, when a name set off
        # after them says who holds it.
        post = words + list(itertools.takewhile(
            lambda t: not t.is_punct and t.pos_ not in ("CCONJ", "VERB", "AUX"),
            toks[first + len(words) :]))
        if len(named := _and_apposed_name(post)) > len(post):
            words, ended = named, True
        elif (first + len(post) >= len(toks) or toks[first + len(post)].text in (
                ".", "!", "?")) and all(t.is_lower or t.is_punct for t in post[len(words):]):
            words, ended = post, True  # "..., reconnaît l'adjoint à l'urbanisme."
    # (A capitalised word is a name's whatever its tag: "a indiqué lundi Armor Fibre".)
    if not words or (words[0].pos_ not in ("DET", "PROPN", "NOUN", "NUM") and words[0].dep_ != "det"
                     and not (words[0].is_title and words[0].pos_ in ("ADJ", "X", "VERB"))
                     ) or not (_anaphor(
            words, cues) or any(t.pos_ in ("NOUN", "PROPN") for t in words) or unnamed
    ) or (not quoted and not ended):
        return None
    return _Report(verb, _and_apposed_name(words), None, (toks[0].idx, toks[comma].idx))


def _past_aux_inserts(toks: list[Token], n: int, cues: dict[str, Any], quoted: bool) -> int:
    """Where the participle should stand after an auxiliary at ``toks[n - 1]``: past an
    inserted phrase ("a de son côté promis") and, after a quote, adverbs ("», a aussitôt
    annoncé"); not past adverbs after a plain comma ("Les FSR, dirigées par X, ont
    toujours démenti toute implication": no incise)."""
    n = len(toks) - len(_past_inserts(toks[n:], cues))
    while quoted and n < len(toks) - 1 and toks[n].pos_ == "ADV" and toks[n].is_lower:
        n += 1
    return n


def _anonymous_opening(words: list[Token], cues: dict[str, Any]) -> int:
    """How many of ``words`` an anonymity phrase that opens them covers ("l'un d'eux",
    "une source"), or 0."""
    text = fold(words[0].doc[words[0].i : words[-1].i + 1].text) if words else ""
    found = max((len(p) for p in folded(cues, "anonymity") if text.startswith(p) and (
        len(text) == len(p) or not text[len(p)].isalnum())), default=0)
    return sum(1 for t in words if t.idx - words[0].idx < found) if found else 0


#: Word classes a French subject phrase is made of, when read by form.
_SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _participle_of(word: str, lemma: str) -> bool:
    """Whether ``word`` (lowercase, accents kept) may be a past participle of the French
    verb ``lemma`` ("déploré", "averti", "prévenu"; any form of a verb in "-re", whose
    participles vary: "dit", "écrit")."""
    if lemma.endswith("er"):
        return word.endswith(("é", "ée", "és", "ées"))
    if lemma.endswith("ir"):
        return word.rstrip("s").removesuffix("e").endswith(("i", "u"))
    return True


#: Endings of present forms whose infinitive the plain rules miss: (ending, letters cut,
#: infinitive ending).
_SECOND_GROUP = (("it", 1, "r"), ("issent", 5, "r"), ("ient", 4, "enir"),
                 ("iennent", 7, "enir"))


def _verb_by_form(tok: Token, verbs: set[str]) -> str | None:
    """The listed French verb a word is a present or past form of ("revendique",
    "revendiquent", "revendiqué" of "revendiquer"; "décrit" of "décrire"), whatever its
    tag."""
    w = fold(tok.text)
    # (second group and "-venir", "-tenir": "avertit", "avertissent", "prévient")
    second = [w[: len(w) - cut] + end for ending, cut, end in _SECOND_GROUP if w.endswith(ending)]
    # (the plural's "-ent" only: "assureur" is no form of "assurer")
    plural = (w[:-3] + "er",) if w.endswith("ent") else ()
    for lemma in (w + "r", *plural, w[:-1] + "er", w[:-2] + "er", w[:-1] + "re",
                  w[:-1] + "ir", *second):
        if len(lemma) > 4 and lemma in verbs:
            return lemma
    return None


def _opening_by_form(sent: SpacySpan, cues: dict[str, Any], tagged: bool = False
                     ) -> _Report | None:
    """"Le syndicat revendique « 60 % de grévistes »", "Elle anticipe une reprise": a
    French sentence opening with its subject, then a form of a listed verb that the
    tagger took for a noun, an adjective or a name, so that the parse holds no verb of
    saying.  The subject must be a plain noun phrase (or a subject pronoun) from the
    sentence's first word, with no verb and no preposition in it, and the verb's object
    must follow; the words after the verb are what was said.  With ``tagged``, also a
    verb of saying tagged as one that the parser left without a subject, after an opening
    the subject does not belong to ("Joint par téléphone,", "À Lille,", "Portugal :")."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 4 or toks[0].lang_ != "fr":
        return None
    opening = next((k for k, t in enumerate(toks[:6]) if t.text == ","), None)
    label = next((k for k, t in enumerate(toks[:5]) if t.text == ":"), None)
    circumstance = next((k for k, t in enumerate(toks[:10]) if t.text == ","), None) \
        if toks[0].pos_ == "ADP" else None
    post = next((k for k, t in enumerate(toks[:14]) if t.text == ","), None) \
        if toks[0].pos_ == "NOUN" and toks[0].is_title else None
    if post is not None and post + 2 < len(toks) and toks[post + 1].pos_ == "PROPN" and \
            not any(t.pos_ in ("VERB", "AUX", "DET", "PUNCT") for t in toks[1:post]
                    if t.dep_ != "case"):
        # "Pneumologue aux Hospices civils de Lyon, Sophie Marcheix juge que": a post
        # without an article, set before the name of who holds it
        toks = toks[post + 1 :]
    elif opening is not None and fold(toks[0].text) in folded(cues, "reached_words") and tagged:
        toks = toks[opening + 1 :]  # "Joint par téléphone, l'avocat du joueur ... conteste"
    elif circumstance is not None and tagged and not any(
            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") != ["Inf"]
            for t in toks[:circumstance]):
        # "À Saint-Pétersbourg, des habitants ... disent", "Pour justifier la hausse, ..."
        toks = toks[circumstance + 1 :]
    elif label is not None and tagged and label + 1 < len(toks) and \
            toks[label + 1].pos_ in ("DET", "PROPN"):
        toks = toks[label + 1 :]  # "Portugal : l'Alliance démocratique revendique ..."
    if len(toks) < 4:
        return None
    verbs = set(_verb_kinds(cues)) | folded(cues, "np_reporting_verbs") | \
        folded(cues, "denial_verbs") | folded(cues, "forecast_verbs")
    pronouns = folded(cues, "own_pronouns")
    commas, relative, n = 0, False, 0
    while n + 1 < min(len(toks), 24):
        n += 1
        tok = toks[n]
        if tok.text == "," and commas < 2:
            commas += 1  # "La FSU, premier syndicat du secondaire, revendique"
            close = next((k for k in range(n + 1, len(toks)) if toks[k].text == ","), None)
            inside = toks[n + 1 : close] if close is not None else []
            if commas in (1, 2) and close is not None and (
                    fold(toks[n + 1].text) == "qui" or _opened_by_relative(toks, close) or (
                        any(_relative_pronoun(t) for t in inside) and not any(
                            t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                            and not _in_relative(t) for t in inside))):
                # "Une infirmière du service, qui souhaite rester anonyme, décrit", "Le
                # document, daté de mars et qui n'a pas été rendu public, pointe": the
                # relative clause says who the source is, up to its closing comma (also
                # after a name set off: "Le ministre, Étienne Lacombe, qui défendra ...,").
                commas, relative, n = 2 * commas, True, close
            continue
        if commas == 1 and tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"] and \
                toks[n - 1].pos_ != "AUX" and _participle_of(tok.text.lower(), fold(tok.lemma_)):
            continue  # "Le patron du chalutier, un navire immatriculé au Guilvinec, conteste"
        auxiliary = False
        if tagged and commas % 2 == 0 and tok.is_lower and (
                tok.pos_ == "AUX" or tok.dep_.startswith("aux")) and \
                fold(tok.lemma_) == "avoir" and n + 1 < len(toks):
            # "La région Bretagne, autorité organisatrice des TER, a de son côté assuré
            # que": the auxiliary, an inserted phrase, then the participle of saying.
            after = _past_inserts(toks[n + 1 :], cues)
            # ("a « fermement condamné » le coup de force": a quote mark and an adverb)
            after = list(itertools.dropwhile(
                lambda t: t.text in _OPENING_QUOTES or t.pos_ == "ADV", after))
            if after and after[0].pos_ == "VERB" and cue_lemma(after[0], verbs) in verbs:
                n, auxiliary = len(toks) - len(after), True
                tok = toks[n]
        # A verb the tagger got right but the parser left without its subject.
        # ("conteste", "pointe" tagged as participles or infinitives are presents.)
        tagged_lemma = cue_lemma(tok, verbs) if cue_lemma(tok, verbs) in verbs else \
            _verb_by_form(tok, verbs)
        listed = tagged and commas % 2 == 0 and tok.pos_ == "VERB" and tok.is_lower and \
            tagged_lemma is not None and not subjects_of(tok) and (
                auxiliary or tok.morph.get("VerbForm") == ["Fin"] or (
                    tok.morph.get("VerbForm") == ["Part"]
                    and not _participle_of(tok.text.lower(), tagged_lemma)) or (
                    # ("invoque" tagged as an infinitive)
                    tok.morph.get("VerbForm") == ["Inf"]
                    and not fold(tok.text).endswith(("er", "ir", "re"))))
        if tok.text[:1].isupper() and not tok.is_punct:
            continue  # a name's word, whatever its tag ("Sauvons les Hauts", "des TER")
        if tok.text == "(" and n + 2 < len(toks) and toks[n + 1].text[:1].isupper() and \
                toks[n + 2].text == ")":
            n += 2  # "La Ligue tunisienne des droits de l'homme (LTDH)", "(Cedeao)": its acronym
            continue
        if (tok.pos_ in ("VERB", "AUX") and not (relative and commas in (2, 4)) and not listed) or \
                not (tok.is_lower or tok.like_num) or tok.is_punct:
            return None
        lemma = (tagged_lemma if listed else _verb_by_form(tok, verbs)) \
            if tok.is_lower and commas % 2 == 0 else None
        if lemma is None:
            # ("Le maire de Lyon"; "La CFDT de la plateforme, elle, pointe")
            if tok.pos_ not in _SUBJECT_POS and tok.pos_ != "ADP" and not (
                    commas == 1 and tok.pos_ == "PRON"):
                return None
            continue
        subject = toks[:n]
        if commas and not relative:
            # ("l'avocat du joueur, Me Julien Ferrand, conteste": the name set off says who)
            subject = _and_apposed_name(toks[: next(k for k, t in enumerate(toks)
                                                    if t.text == ",")])
        elif relative:
            subject = toks[: n - 1]
        # ("Nerval Télécom, qui ...": a name of capitalised words, whatever their tags)
        if not (subject[0].pos_ in ("DET", "PROPN") or (
                subject[0].text[:1].isupper() and len(subject) > 1
                and subject[1].text[:1].isupper()
                and subject[0].pos_ not in ("CCONJ", "SCONJ", "ADV", "ADP")) or (
                n == 1 and fold(subject[0].text) in pronouns)) or \
                not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in subject):
            return None
        rest = toks[n + 1 :]
        while rest and rest[-1].is_punct:
            rest = rest[:-1]
        rest = _past_inserts(rest, cues)  # ("revendique pour sa part « ... »")
        joined = next((k for k, t in enumerate(rest[:-1]) if t.pos_ == "CCONJ"
                       and rest[k + 1].pos_ == "VERB"
                       and rest[k + 1].morph.get("VerbForm") == ["Fin"]), None)
        if joined:
            rest = rest[:joined]  # "dénonce la disparition de X et craint ...": one act
        partitive = rest and rest[0].pos_ == "ADP" and fold(rest[0].text) in ("des", "du", "d'")
        # ("confie être", "a promis de rembourser")
        infinitive = rest and (rest[0].morph.get("VerbForm") == ["Inf"] or (
            len(rest) > 1 and fold(rest[0].text) in ("de", "d'", "d’")
            and rest[1].morph.get("VerbForm") == ["Inf"]))
        # ("Un rapport alerte sur « l'impasse »": a verb of saying with its preposition)
        preposition = rest and any(entry.split()[0] == lemma and entry.split()[1:] == [
            fold(rest[0].text)] for entry in folded(cues, "prep_object_reporting"))
        if len(rest) < 2 or (rest[0].pos_ not in ("DET", "NUM", "PUNCT", "ADV", "SCONJ")
                             and rest[0].dep_ != "det"  # ("toute négligence")
                             and not partitive and not infinitive and not preposition) or \
                any(t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                    and not any(c.dep_ == "mark" for c in t.children) for t in rest[:2]):
            return None
        said = f"denied: {tok.text}" if lemma in folded(cues, "denial_verbs") else \
            f"predicted: forecast ({tok.text})" if lemma in folded(cues, "forecast_verbs") \
            else f"predicted: commitment ({tok.text})" if lemma in folded(
                cues, "commitment_verbs") and any(t.morph.get("VerbForm") == ["Inf"]
                                                  for t in rest[:2]) else None
        return _Report(tok, subject, None, (rest[0].idx, rest[-1].idx + len(rest[-1].text)),
                       said, "statement")
    return None


def _antecedent(verb: Token, pronoun: Token) -> list[Token]:
    """Who a relative pronoun stands for ("The governor, who said ..." -> "The governor"):
    the noun the relative clause hangs on, or (when the parser lost the clause) the
    noun just before the pronoun, with the words before it in its phrase."""
    noun: Token | None = verb.head if verb.dep_ in RELATIVE_DEPS else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        noun = next((t for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i])
                     if not t.is_punct), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return []
        # "Trois salariés de l'usine, qui ...": the phrase's head, not the last noun of it.
        while noun.dep_ in ("nmod", "pobj") and noun.head.i < noun.i and \
                noun.head.pos_ in ("NOUN", "PROPN", "ADP"):
            noun = noun.head if noun.head.pos_ != "ADP" else noun.head.head
            if noun.pos_ not in ("NOUN", "PROPN"):
                return []
    words = [t for t in noun.subtree if t.i < pronoun.i]
    while words and words[-1].is_punct:
        words.pop()
    return words


def _relative_words(verb: Token) -> bool:
    """Whether a verb the parser called relative has a relative word in its clause ("who
    police said had suffered"); ", state business filings show." has none, and is no
    relative clause."""
    return not subjects_of(verb) or any(_relative_pronoun(t) for t in verb.subtree)


def _relative_pronoun(tok: Token) -> bool:
    return tok.morph.get("PronType") == ["Rel"] or (
        tok.pos_ == "PRON" and fold(tok.text) in ("who", "whom", "which", "qui", "lequel",
                                                   "laquelle")) or (
        # ("markets that Brussels says are closed": "that" tagged a conjunction, parsed as
        # the subject it is)
        fold(tok.text) == "that" and (tok.tag_ == "WDT" or tok.pos_ == "SCONJ")
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj"))


def _without_comment(pb: ParsedBlock, start: int, end: int, cues: dict[str, Any]) -> int:
    """Where reported content ends when the outlet adds its own comment on it: "..., a
    claim that could not be independently verified", "..., une affirmation invérifiable"."""
    phrases = cues.get("comment_appositions", [])
    if not phrases:
        return end
    text = pb.norm.text[start:end]
    alternation = "|".join(re.escape(p) for p in phrases)
    m = re.search(rf",\s+(?:{alternation})(?![\w])", text, re.IGNORECASE)
    return start + m.start() if m and m.start() > 0 else end


def _clause_span(clause: Token, verb: Token, verbs: set[str], cues: dict[str, Any]
                 ) -> tuple[int, int]:
    """What a verb of saying reports: its clause, up to where the sentence goes on with
    something else the parser hung on it: the speaker's next act of speech, a verb in the
    same form as the verb of saying and with no subject of its own ("says he respects
    Clinton and calls her ...", "says he'd sit Putin down and tells the crowd ...") or a
    participle after a comma (", adding that ...", ", citing a poll"), or the outlet's own
    contrast or concession after a comma ("says the mails were personal, but for
    Republicans it is ...", ", although he again refused to ...")."""
    toks = list(clause.subtree)
    contrast = folded(cues, "contrast_conjunctions")
    acts = verbs | folded(cues, "object_complement_verbs")
    end = toks[-1].idx + len(toks[-1].text)
    for t in toks:
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.i <= clause.i:
            continue
        first = t.left_edge
        joints = []
        while first.i > clause.left_edge.i and (t.doc[first.i - 1].is_punct
                                                or t.doc[first.i - 1].dep_ == "cc"):
            first = t.doc[first.i - 1]
            joints.append(first)
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in t.children)
        said_again = not own_subject and t.tag_ == verb.tag_ and \
            t.morph.get("VerbForm") == ["Fin"] and cue_lemma(t, acts) in acts
        turn = own_subject and any(j.text == "," for j in joints) and any(
            fold(j.text) in contrast for j in joints)
        if said_again or turn:
            end = min(end, first.idx)
            break
    marks = contrast | folded(cues, "concessive_marks")
    acts |= folded(cues, "act_participles")
    for t in toks:
        if t.i <= clause.i or t.idx >= end:
            continue
        # ", adding that ...", ", citing a poll", ", tout en affirmant": the speaker's next
        # act, whatever the parser hung it on.
        act = (t.tag_ == "VBG" or t.morph.get("VerbForm") == ["Ger"] or (
            t.morph.get("VerbForm") == ["Part"] and t.morph.get("Tense") == ["Pres"])
        ) and cue_lemma(t, acts) in acts
        first = t.left_edge if not act else t
        while act and first.i > clause.left_edge.i and fold(t.doc[first.i - 1].text) in (
                "en", "tout"):
            first = t.doc[first.i - 1]
        before = t.doc[first.i - 1] if first.i > clause.left_edge.i else None
        if before is None or before.text != ",":
            continue
        # ", although he again refused ...": the outlet's concession, with its own subject.
        concession = t.dep_ == "advcl" and any(
            c.dep_ == "mark" and fold(c.text) in marks for c in t.children) and any(
            c.dep_ in SUBJECT_DEPS for c in t.children)
        if act or concession:
            end = before.idx
            break
    kept = [t for t in toks if t.idx < end]
    return _span_of(kept) if kept else _span_of(toks)


def _subject_left_unparsed(sent: SpacySpan, verb: Token, cues: dict[str, Any]) -> list[Token]:
    """Who speaks through a finite verb the parser gave no subject: a quantifier just
    before it ("..., beaucoup pensent que"), or the nearest name before it that is no
    preposition's object ("Devant le tribunal de Béthune, Karim B., 43 ans, a nié ...")."""
    if verb.morph.get("VerbForm") not in (["Fin"], ["Part"]) or (
            verb.morph.get("VerbForm") == ["Part"]
            and not any(c.dep_.startswith("aux") for c in verb.lefts)):
        return []
    before = [t for t in sent if t.i < verb.i and not t.dep_.startswith("aux")
              and t.morph.get("Reflex") != ["Yes"]]
    if before and _has(before[-1].text, cues.get("vague_quantifiers", [])):
        return [before[-1]]
    for t in reversed(before[-6:]):
        # "beaucoup de vignerons craignent": the quantifier the parser made an adverb,
        # with its noun, just before the verb.
        if _has(t.text, cues.get("vague_quantifiers", [])) and \
                max(k.i for k in t.subtree) == before[-1].i:
            return list(t.subtree)
    first = min([verb, *(c for c in verb.lefts if c.dep_.startswith("aux"))], key=lambda t: t.i)
    doc = verb.doc
    stressed = folded(cues, "stressed_pronouns")
    if first.i - 3 > sent.start and doc[first.i - 1].text == "," and \
            fold(doc[first.i - 2].text) in stressed and doc[first.i - 3].text == "," and all(
                t.pos_ in _SUBJECT_POS or t.text in ("-", "'")
                for t in doc[sent.start : first.i - 3]):
        # "Le prévenu, lui, a toujours contesté ...": the subject stressed by a pronoun set
        # off before the verb, whatever the parser hung it on.
        return list(doc[sent.start : first.i - 3])
    for t in reversed(before[-8:]):
        name = [t, *(c for c in t.children if c.dep_ in ("flat:name", "flat", "compound"))]
        # "..., Catherine Malbec, a reconnu": a name set off just before the verb, whatever
        # the parser hung it on.
        set_off = t.dep_ in ("nmod", "dep") and max(k.i for k in name) + 2 == first.i and \
            t.doc[first.i - 1].text == ","
        if t.pos_ == "PROPN" and (t.dep_ in ("appos", "nsubj", "ROOT") or set_off) and not any(
                c.dep_ == "case" for c in t.children):
            return name
    if before and before[0].i == sent.start and len(before) <= 6 and all(
            t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") or t.text in ("-", "'") for t in before
    ) and any(t.pos_ == "PROPN" for t in before):
        return before  # "Météo-France prévoit": a name the tokenizer cut, nothing else before
    return []


def _infinitive_after(verb: Token) -> Token | None:
    """"a nié mardi devant les enquêteurs avoir perçu ...": the infinitive the parser hung
    on a noun between; the first one within a few words after the verb, with no verb of
    its own kind between."""
    doc, end = verb.doc, verb.sent.end
    purpose = folded(cues_for(verb.lang_), "purpose_marks")
    i, counted = verb.i + 1, 0
    while i < end and counted < 8:
        t = doc[i]
        if t.text == ",":
            # "reproche à son adversaire, le maire de Bergerac (divers centre), d'avoir":
            # an apposition set off by commas is skipped whole.
            close = next((k for k in range(i + 1, min(i + 14, end)) if doc[k].text == ","),
                         None)
            if close is None:
                return None
            i = close + 1
            continue
        if fold(t.text) in _THAT:
            return None  # a clause of its own opens
        if t.morph.get("PronType") == ["Rel"]:
            # "demande aux consommateurs qui en détiendraient de ne pas les consommer":
            # past the relative clause's own verb.
            own = next((k for k in range(i + 1, min(i + 6, end))
                        if doc[k].morph.get("VerbForm") == ["Fin"]), None)
            if own is None:
                return None
            i = own + 1
            continue
        # ("de ne pas les consommer": an infinitive the tagger called finite, known by its
        # "de" and its ending.)
        infinitive = t.morph.get("VerbForm") == ["Inf"] or any(
            c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Inf"] for c in t.children
        ) or (t.lang_ == "fr" and t.text.endswith(("er", "ir", "re")) and any(
            c.dep_ == "mark" and fold(c.text) in ("de", "d'", "d’", "a") for c in t.children))
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and not infinitive:
            return None
        if t.pos_ == "VERB" and infinitive:
            if any(c.dep_ == "mark" and fold(c.text) in purpose for c in t.children):
                return None  # "a promis des renforts pour rouvrir": what for, not what
            if any(a.dep_ in ("obj", "dobj") and a.head == verb and a.pos_ == "NOUN"
                   for a in t.ancestors):
                # "a estimé à 4 milliards le manque à gagner", "le nombre de personnes
                # ayant pu consommer": the object's own words.
                return None
            return t
        # (articles, prepositions and adjectives do not count: "a demandé mardi à la cour
        # d'assises spéciale de Paris de condamner")
        i, counted = i + 1, counted + (t.pos_ not in ("DET", "ADP", "ADJ"))
    return None



def _that_after(sent: SpacySpan, verb: Token, cues: dict[str, Any]) -> int | None:
    """Where the clause starts when "que"/"that" follows the verb of saying past its
    adjuncts ("a fait valoir lundi que ...", "a assuré dans la matinée que ..."), whatever
    the parser made of it."""
    that = _THAT
    first = _past_adjuncts(verb, cues, that)
    hearer = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "iobj")
                   and c.i > verb.i), None)
    if first is not None and hearer is not None and first.i == hearer.left_edge.i and \
            cue_lemma(verb, folded(cues, "hearer_verbs")) in folded(cues, "hearer_verbs"):
        # "told analysts on a call that ...": past who was told.
        first = _past_adjuncts(verb, cues, that, hearer.right_edge.i + 1)
    while first is not None and first.pos_ == "VERB" and first.head.i == verb.i and \
            first.dep_ == "xcomp":  # "a fait savoir que": the infinitive of a phrasal verb
        first = _past_adjuncts(first, cues, that)
    if first is None or fold(first.text) not in that or first.i + 1 >= sent.end:
        return None
    return sent.doc[first.i + 1].idx


def _after_closing_quote(tok: Token) -> bool:
    """Whether ``tok`` opens the phrase after a closing quote mark and a comma ("»,
    soupire Thierry Vayssier", "», s'inquiète X"): there, a verb of saying the tagger took
    for a noun or an adjective."""
    doc = tok.doc
    i = tok.i - 1 if tok.i >= 1 and doc[tok.i - 1].morph.get("Reflex") == ["Yes"] else tok.i
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].text in ("»", "”", '"')


def _covers(report: _Report, tok: Token) -> bool:
    """Whether ``tok`` stands inside what ``report`` reports."""
    if report.span is not None:
        return report.span[0] <= tok.idx < report.span[1]
    return report.clause is not None and tok in report.clause.subtree


def _passive(verb: Token) -> bool:
    """Whether a verb is passive.  The French parser writes ``nsubj:pass`` for the subject
    of a perfect with "avoir" ("Il a assuré") and of a pronominal verb ("Elle s'est
    engagée"): those subjects act, and speak."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"auxpass", "aux:pass"}:
        return True
    if not deps & {"nsubjpass", "nsubj:pass"}:
        return False
    return not any((c.dep_.startswith("aux") and c.lemma_ == "avoir")
                   or c.morph.get("Reflex") == ["Yes"] for c in verb.children)


def _fronted_subject(sent: SpacySpan, verb: Token) -> list[Token]:
    """"Deux diplomates, qui ont requis l'anonymat, affirment que ...": when the parser
    makes the sentence's first noun phrase its root, that phrase (up to its first comma)
    is the subject of the verb that follows it."""
    root = sent.root
    if root.pos_ == "VERB" and root.i < verb.i and root.morph.get("VerbForm") in (
            ["Part"], ["Ger"]) and not any(c.dep_.startswith("aux") for c in root.children):
        # "Un diplomate ..., s'exprimant sous couvert d'anonymat, juge que": the parser
        # made the inserted participle the root and gave it the speaker.
        out = [t for t in subjects_of(root) if t.i < verb.i]
        while out and out[-1].is_punct:
            out.pop()
        return out
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i:
        return []
    out = []
    for t in sent:
        if (t.i > root.i and (t.is_punct or t.pos_ in ("VERB", "AUX")
                              or t.text.lower() in _TENSE_AUXILIARIES)) or t.i >= verb.i:
            break
        out.append(t)
    return out


_BREAKS = {",", "—", "–", ";", "(", ")"}


def _modifier(tok: Token, seg: list[Token]) -> bool:
    """Whether a verb in a reporting phrase only describes a noun of it ("a leaked memo",
    "un habitant du quartier inondé"), a participle on a noun of the same phrase, or
    completes its verb of saying ("a fait savoir son avocat")."""
    if _phrasal(tok, cues_for(tok.lang_)) is not None:
        return True  # "fait" of "a fait savoir"
    if tok.morph.get("VerbForm") != ["Part"]:
        return False
    if tok.dep_ in ("amod", "acl") and tok.head in seg and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    # ("devant sa porte éventrée": a participle right after a noun, whatever the parser
    # hung it on.)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before in seg and before.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_.startswith("aux") for c in tok.children)


def _phrasal(verb: Token, cues: dict[str, Any]) -> Token | None:
    """The infinitive that makes ``verb`` a verb of saying ("fait savoir", "a fait valoir",
    "laisse entendre"), if it has one, or ``verb`` itself when it is that infinitive; read
    by the words' order, as the parser hangs the two on each other either way."""
    phrases = folded(cues, "phrasal_reporting")
    if not phrases or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and f"{fold(verb.lemma_)} {fold(after.lemma_)}" in phrases:
        return after
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and f"{fold(before.lemma_)} {fold(verb.lemma_)}" in phrases:
        return verb
    return None


def _only_insertions(toks: list[Token]) -> bool:
    """Whether the words are adjuncts set off by commas (", devant une salle comble à
    Guingamp,"), each opened by a preposition or an adverb."""
    if len(toks) < 3 or toks[0].text != "," or toks[-1].text != ",":
        return False
    return toks[1].pos_ in ("ADP", "ADV")


def _denial_by_form(sent: SpacySpan, cues: dict[str, Any]) -> _Report | None:
    """"Néotel : l'opérateur dément tout piratage", "Accusé de népotisme, le maire, Alain
    Ferrand, dément": a form of a denial verb the tagger took for the adjective "dément"
    (``denial_forms``).  Its speaker is the noun phrases set off before it, back to a colon
    or to a phrase that is not a noun's; what is denied follows it, or else is the phrase
    before the speaker (the accusation)."""
    forms = folded(cues, "denial_forms")
    verb = next((t for t in sent if fold(t.text) in forms and t.pos_ not in ("VERB", "AUX")
                 and t.dep_ != "amod"), None)  # ("un comportement dément": the adjective)
    if verb is None:
        return None
    chunks: list[list[Token]] = [[]]
    for t in reversed(sent.doc[sent.start : verb.i]):
        if t.text == ":":
            break
        if t.text == ",":
            chunks.append([])
            continue
        chunks[-1].insert(0, t)
    speaker: list[Token] = []
    rest: list[Token] = []
    for n, chunk in enumerate(chunks):
        if not chunk:
            continue  # the comma right before the verb
        if chunk[0].pos_ in ("DET", "PROPN", "NOUN") and any(
                t.pos_ in ("NOUN", "PROPN") for t in chunk) and not any(
                t.pos_ in ("VERB", "AUX") for t in chunk):
            speaker = [*chunk, *speaker]
            continue
        rest = [t for c in reversed(chunks[n:]) for t in c]
        break
    if not speaker:
        return None
    after = [t for t in sent if t.i > verb.i and not t.is_punct]
    what = after or rest
    if not what:
        return None
    return _Report(verb, speaker, None, _span_of(what), f"denied: {verb.text}")


def _quote_then_speaker(sent: SpacySpan, found: list[Token]) -> _Report | None:
    """"« Je n'ai jamais donné l'ordre de tuer » : l'ex-chef de milice se défend devant la
    CPI": a headline's quote, then a colon, then its speaker as the subject of a verb of
    saying; the quote is the speaker's."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 5 or toks[0].text not in ("«", "“", '"'):
        return None
    close = next((t for t in toks[1:] if t.text in ("»", "”", '"')), None)
    if close is None or close.i + 2 >= sent.end or sent.doc[close.i + 1].text != ":":
        return None
    for verb in found:
        if verb.i <= close.i:
            continue
        speaker = [t for t in subjects_of(verb) if t.i > close.i + 1]
        if speaker and any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
            return _Report(verb, speaker, None, (toks[1].idx, close.idx))
    return None


def _after_apposed_content(speaker: list[Token], span: tuple[int, int],
                           cues: dict[str, Any]) -> list[Token]:
    """"... 34 confirmed cases, most of them in unvaccinated children, the Kansas
    Department of Health said": after the content, the parser may make an apposition of
    the content part of the speaker's phrase; the speaker is the last comma-set chunk,
    unless the first is a name or a title that the chunk after it names ("its artistic
    director, Paul Kessler"; "Mensah, the silver medalist")."""
    if not speaker or speaker[0].idx < span[1]:
        return speaker
    doc = speaker[0].doc
    commas = [t.i for t in doc[speaker[0].i : speaker[-1].i] if t.text == ","]
    if not commas:
        return speaker
    head = [t for t in speaker if t.i < commas[0]]
    last = [t for t in speaker if t.i > commas[-1]]
    if not head or not any(t.pos_ in ("NOUN", "PROPN") for t in last) or \
            head[0].pos_ == "PROPN" or _titled(head, cues):
        return speaker
    return last


def _inserted(sent: SpacySpan, verb: Token) -> _Report | None:
    """"<content>, X said." / "<content>, a indiqué la préfecture." / "A, he said, B."

    The reporting phrase is the stretch between commas around the verb: the verb, its
    auxiliaries, its speaker and adverbials, and nothing that could be content (no other
    verb, no "that" / "que" / "as").  The speaker is the subject, or in an inverted
    phrase ("a déclaré le ministre") the noun phrase after the verb, whatever the parser
    called it.
    """
    toks = list(sent)
    at = verb.i - sent.start
    left = next((i for i in range(at - 1, -1, -1) if toks[i].text in _BREAKS), None)
    if left is None or left < 1:
        return None
    if sum(t.text in ("«", "“") for t in toks[:at]) > sum(
            t.text in ("»", "”") for t in toks[:at]) and not all(
            t.pos_ in ("AUX", "ADV") for t in toks[left + 1 : at]):
        # A verb inside quote marks is what is said ("« À ce stade, aucun lien n'a été
        # établi »"), unless it opens an incise ("« Le vaccin, assure X, n'a ... »").
        return None
    subject = [t for t in subjects_of(verb) if t.i < verb.i]
    if subject and any(t.text in ("»", "”") for t in sent.doc[subject[0].i : verb.i]):
        subject = []  # "« ... des militaires qui ont défendu Marioupol », a écrit X": quoted
    if subject and subject[0].i - sent.start - 1 < left:
        # "..., its artistic director, Paul Kessler, told the Guardian.": the subject has
        # commas of its own; the phrase starts before it.
        first = subject[0].i - sent.start - 1
        if first >= 1 and toks[first].text in _BREAKS:
            left = first
        elif first < 0 and all(t.i < toks[left].i for t in subject) and not any(
                (t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                 and t.head.i != verb.i) or (t.head.i == verb.i and t.dep_ in SUBJECT_DEPS)
                for t in toks if t.i > verb.i) and not (
                verb.i + 1 < sent.end and verb.doc[verb.i + 1].pos_ == "PROPN"):  # ", says Vantra"
            # "Le préfet du Rhône, Jean-Luc Vernay, a détaillé ces mesures, entouré de ...":
            # the sentence opens with the verb's own subject and no other clause; nothing
            # before the verb is said ("La fréquentation, a souligné X, a atteint" is said)
            return None
    right = next((i for i in range(at + 1, len(toks)) if toks[i].text in _BREAKS), len(toks))
    seg = toks[left + 1 : right]
    while seg and seg[-1].is_punct:
        seg = seg[:-1]
    relative = next((n for n, t in enumerate(seg) if t.i > verb.i and _relative_pronoun(t)
                     and n > 0 and seg[n - 1].pos_ in ("NOUN", "PROPN")), None)
    if relative is not None:
        seg = seg[:relative]  # "raconte une infirmière qui a requis l'anonymat": who she is
    # ", which have been confirmed by ...": a relative clause, no insertion; but ", state
    # business filings show." has no relative word, whatever the parser called it.
    if (verb.dep_ in RELATIVE_DEPS and _relative_words(verb)) or \
            any(_relative_pronoun(t) for t in seg):
        return None
    # ("sur France Inter": a capitalised word the tagger took for a verb is a name.)
    if any(t.pos_ == "VERB" and t.i != verb.i and not _modifier(t, seg)
           and not (t.is_title and t.i > sent.start) for t in seg) or any(
        t.dep_ == "mark" or t.pos_ == "SCONJ" for t in seg
    ):
        return None
    nominal = ("PROPN", "NOUN", "PRON")
    # "», s'interroge le maire": the reflexive pronoun is not who speaks.
    # (",' he wrote": the closing quote mark is nobody.)
    before = [t for t in seg if t.i < verb.i and t.pos_ not in ("AUX", "ADV", "PART")
              and not t.is_punct
              and not t.text.startswith("-t") and t.morph.get("Reflex") != ["Yes"]]
    # A participle has no subject after it: "..., revealing a tendency" names nobody.
    finite = verb.morph.get("VerbForm") != ["Ger"] and verb.tag_ != "VBG" and (
        verb.morph.get("VerbForm") not in (["Part"], ["Inf"])
        or any(c.dep_.startswith("aux") for c in verb.lefts)
        or _phrasal(verb, cues_for(verb.lang_)) is verb  # "a fait savoir son avocat"
        # ("..., avertit le Programme alimentaire mondial": a present the tagger took for
        # a participle, right after the comma and before its inverted subject)
        or (verb.lang_ == "fr" and toks[at - 1].text == "," and at + 1 < len(toks)
            and toks[at + 1].pos_ in ("DET", "PROPN") and verb.text.endswith("t")))
    clitic = _clitic(verb)  # "confie-t-elle"
    if clitic is not None and clitic in before:
        before = [clitic]  # "a-t-il de nouveau affirmé": the adverbial is nobody
    inverted = ([clitic] if clitic is not None else inverted_subject(verb)) \
        if seg and finite else []
    after = [t for t in inverted if t.i <= seg[-1].i]
    if (not after and inverted and _only_insertions(toks[right : inverted[0].i - sent.start])
            ) or (after and len(inverted) > len(after) and inverted[len(after)].text == ","):
        # "a promis vendredi, devant une salle comble, la ministre": past the insertion;
        # "a déclaré la présidente du tribunal, Catherine Aubry,": the title and its name
        after = inverted
        right = next((i for i in range(inverted[-1].i - sent.start + 1, len(toks))
                      if toks[i].text in _BREAKS), len(toks))
    # A French incise inverts its subject ("..., le premier depuis deux mois, ont annoncé
    # les deux pays"): a noun phrase after the verb is who speaks.
    inverted_incise = verb.lang_ == "fr" and any(t.pos_ in nominal for t in after) and \
        bool(before) and any(t.text == "," for t in sent.doc[before[-1].i : verb.i])
    speaker = before if any(t.pos_ in nominal for t in before) and not inverted_incise \
        else after
    if not speaker and finite and not subjects_of(verb):
        # "..., its artistic director, Paul Kessler, told the Guardian.": the parser hung
        # the speaker's phrases on the content; they are the comma-set names before the verb.
        chunks, at_break = [], left
        while len(chunks) < 2:
            start = next((i for i in range(at_break - 1, -1, -1) if toks[i].text in _BREAKS),
                         None)
            if start is None or start < 1:
                break
            chunk = toks[start + 1 : at_break]
            if not chunk or any(t.pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "PUNCT")
                                for t in chunk):
                break
            chunks.insert(0, chunk)
            at_break = start
        if chunks and any(t.pos_ == "PROPN" for t in chunks[-1]):
            speaker = [t for chunk in chunks for t in chunk]
            left = at_break
    if not speaker or not any(t.pos_ in nominal for t in speaker) or (
            speaker is after and speaker[0].morph.get("VerbForm") == ["Inf"]):
        # ("confie être « à bout »": an infinitive after the verb is what is said.)
        return None
    hearers = folded(cues_for(verb.lang_), "hearer_verbs")
    times = folded(cues_for(verb.lang_), "time_words")
    if speaker is before and cue_lemma(verb, hearers) not in hearers and any(
            c.dep_ in ("obj", "dobj") and c.i > verb.i and c in seg and fold(c.text) not in times
            for c in verb.children):
        return None  # "52 % des Français soutiennent la réforme": the verb has its object
    content = toks[:left]
    if not content or not any(t.is_alpha for t in content):
        return None
    end = toks[left - 1]
    c_start, c_end = content[0].idx, end.idx + len(end.text)
    rest = [t for t in toks[right + 1 :] if not t.is_punct]
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in content)
    # Speaker before the verb, or a pronoun, or a clause cut in two ("« Le vaccin, assure
    # la professeure Caron, n'a provoqué ... »"): the phrase is inserted and what follows
    # is content too; otherwise a named speaker after the verb may have its apposition.
    closed = toks[left - 1].text in ("»", "”", '"')  # "« ... », confie-t-elle, la main ..."
    if rest and not closed and (speaker is before or all(t.pos_ == "PRON" for t in speaker) or (
            verbless and any(t.pos_ in ("VERB", "AUX") for t in rest))):
        last = rest[-1]
        c_end = last.idx + len(last.text)
    elif verbless and toks[left - 1].text not in ("»", "”", '"') and not (
            speaker is after and len(content) >= 5 and content[0].pos_ in ("DET", "PROPN")
            and any(t.pos_ == "NOUN" and t.is_lower and t.i > content[0].i + 1
                    and t.dep_ == "amod" for t in content)):
        # A verbless quote ("« Une provocation délibérée », a réagi Pékin") is words; but
        # "Le transporteur table sur un retour lundi, a indiqué X" has a verb the tagger
        # took for a noun qualifying the subject.
        return None
    return _Report(verb, speaker, None, (c_start, c_end))


# --- certainty --------------------------------------------------------------


def _unnamed(pb: ParsedBlock, start: int, end: int, tokens: list[Token]) -> str:
    """The content's text with proper names blanked: a name never hedges a claim ("in May",
    "Will Smith", "Maybe Records"), though its letters spell a cue word."""
    chars = list(pb.norm.text[start:end])
    for t in tokens:
        if t.pos_ == "PROPN" and t.idx >= start:
            for i in range(t.idx - start, min(t.idx - start + len(t.text), len(chars))):
                chars[i] = " "
    return "".join(chars)


def _predicate(tok: Token) -> bool:
    """Whether ``tok`` heads a clause: a verb, or a noun or adjective with a copula ("n'est
    pas grave", "ne suis candidat à rien"), or the sentence's root."""
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or any(
        c.dep_ == "cop" for c in tok.children)


def _in_condition(tok: Token, marks: set[str]) -> bool:
    """Whether ``tok`` stands in an "if" clause: "if the bill is not passed, X will ..."
    states a hypothesis, not a denial."""
    for anc in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and fold(c.text) in marks for c in anc.children):
            return True
    return False


def _in_adverbial(tok: Token, marks: frozenset[str]) -> bool:
    """Whether ``tok`` stands in an adverbial clause of time, cause or contrast ("sera
    reconduit tant que le ministère n'aura pas retiré son texte", "because it was not
    safe"): its negation is a circumstance, and denies nothing of the claim. The mark is
    one word ("because") or a word before "que" ("parce que", "tant que")."""
    for anc in [tok, *tok.ancestors]:
        for c in anc.children:
            if c.dep_ != "mark":
                continue
            before = fold(c.doc[c.i - 1].text) if c.i > 0 else ""
            if fold(c.text) in marks or (fold(c.text) in _THAT and before in marks):
                return True
    return False


def _subordinate(verb: Token) -> bool:
    """Whether ``verb`` is a clause standing as a subject or a modifier, whose negation
    says nothing of the content's truth: "paying no income taxes was smart", "not wanting
    to fight, he left"."""
    return verb.dep_ in ("csubj", "csubjpass", "csubj:pass") or (
        verb.morph.get("VerbForm") in (["Ger"], ["Part"]) and verb.dep_ in (
            "advcl", "acl", "pcomp", "amod")
        and not any(c.dep_.startswith("aux") for c in verb.children))  # "ne nous a prévenus"


def _declined(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether a verb of saying tells a question left unanswered ("declined to say how
    many", "did not say whether", "a refusé de dire si"): the outlet's fact, nobody's claim."""
    negation = folded(cues, "c_negation")
    held = any(fold(c.text) in negation for c in verb.children) or (
        verb.dep_ == "xcomp" and (_lemma_in(verb.head, folded(cues, "declining_verbs")) or any(
            fold(c.text) in negation for c in verb.head.children)))
    after = next((t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_punct), None)
    return held and after is not None and fold(after.text) in (
        folded(cues, "question_words") | _QUESTION_MARKS)


def _refusal(verb: Token, cues: dict[str, Any]) -> bool:
    """Whether negating ``verb`` tells a refusal to speak, the outlet's plain fact and no
    denial: a verb of speech ("would not elaborate", "ne s'est pas exprimé") or a verb of
    will with one ("n'a pas souhaité s'exprimer", "did not want to comment")."""
    speech = folded(cues, "comment_verbs")
    if fold(verb.lemma_) in speech:
        return True
    return fold(verb.lemma_) in folded(cues, "refusal_verbs") and any(
        c.dep_ == "xcomp" and fold(c.lemma_) in speech for c in verb.children)


def _modifying_participle(tok: Token) -> bool:
    """"des personnes ayant pu consommer les produits": a participle, perfect or not,
    that qualifies a noun."""
    return tok.dep_ == "acl" and tok.morph.get("VerbForm") == ["Part"] and \
        tok.head.pos_ in ("NOUN", "PROPN", "PRON") and all(
            c.morph.get("VerbForm") in (["Part"], ["Ger"])
            for c in tok.children if c.dep_.startswith("aux"))


def _aside(tok: Token, within: set[int]) -> bool:
    """Whether ``tok`` stands in a side clause of the content, whose negation or denial is
    not the content's: a relative clause ("the owner, who is not named in the
    indictment, is cooperating"), a participle on a noun ("un chiffre contesté par la
    direction"), or a clause joined after the first ("had been contacted but that no talks
    had been scheduled", "Nous irons jusqu'au bout, mais nous ne laisserons pas"): the
    claim an analyst cites first is the first clause's."""
    for a in [tok, *tok.ancestors]:
        if a.i not in within or a.head.i == a.i or a.head.i not in within:
            return False
        if a.dep_ in RELATIVE_DEPS or _adjectival(a) or _modifying_participle(a) or (
                a.pos_ in ("VERB", "AUX") and a.left_edge.i < a.i
                and a.left_edge.morph.get("PronType") == ["Rel"]):
            # (a relative clause the parser called something else: "..., dont la
            # létalité peut atteindre 30 %")
            return True
        if a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and a.head.pos_ in ("VERB", "AUX"):
            return True
        if a.dep_ == "acl" and a.head.pos_ in ("NOUN", "PROPN", "PRON") and any(
                c.dep_ in SUBJECT_DEPS or (c.dep_ == "mark" and fold(c.text) in _THAT) or (
                    c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Fin"])
                for c in a.children) and not any(
                c.dep_ == "mark" and fold(c.text) not in _THAT for c in a.children):
            # "un niveau de tension que nous n'avions pas connu": a clause with its own
            # subject that says what the noun is, whatever the parser called its "que".
            return True
        mark = next((c for c in a.children if c.dep_ == "mark" and fold(c.text) in _THAT), None)
        if a.dep_ == "ccomp" and mark is not None and mark.i > 0 and (
                noun := a.doc[mark.i - 1]).pos_ == "NOUN" and noun.dep_ in ("obj", "dobj") \
                and noun.head.i == a.head.i:
            # "Nous vivons une crise que nous n'avions jamais connue": the parser made the
            # relative clause on the object a second complement of the verb.
            return True
        if (a.dep_ == "appos" or (a.dep_ in ("conj", "obl:mod", "nmod") and a.pos_ == "NOUN"
                                  and not any(c.dep_ == "cc" for c in a.children))) and \
                a.i > a.head.i and \
                a.doc[next((t.i for t in a.subtree if not t.is_punct), a.i) - 1].text == "," and \
                a.right_edge.i >= max(within) - 1:
            # "..., des faits susceptibles de constituer des crimes de guerre": a remark
            # set off after a noun.
            return True
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and fold(c.text) in folded(
                cues_for(a.lang_), "adverbial_marks") for c in a.children):
            # "..., as some people may not yet have reported their symptoms": a reason or
            # a time, not the claim.
            return True
    return False


def _negation(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """The word that negates the content: an adverb on its predicate ("did not", "n'a pas",
    "never"), or a negative determiner or pronoun as one of its arguments ("no evidence",
    "aucune décision n'a", "none of the passengers", "ne ... rien"); not inside an "if"
    clause."""
    adverbs = folded(cues, "c_negation")
    words = folded(cues, "c_negative_words")
    marks = folded(cues, "c_condition_marks")
    adverbials = folded(cues, "c_adverbial_marks")
    with_ne = folded(cues, "negation_with_ne")
    alone = folded(cues, "negation_alone_before")
    idioms = [fold(n) for n in cues.get("not_negations", [])]
    within = {t.i for t in tokens}
    for t in tokens:
        w = fold(t.text)
        ne = any(fold(c.text) in ("ne", "n'", "n’") for c in [
            *t.head.children, *t.doc[max(t.i - 4, t.sent.start) : t.i]])
        if w in with_ne and not ne and not (
                t.i + 1 < len(t.doc) and f"{w} {fold(t.doc[t.i + 1].text)}" in alone):
            # "plus de 4 000 dossiers": more, not "ne ... plus"; "une prière, pas une
            # kermesse": a contrast, not "ne ... pas" (but "Pas de blessé" denies)
            continue
        if w in with_ne and any(fold(q.text) in _THAT and (
                q.i == t.i + 1 or q.head.pos_ not in ("VERB", "AUX"))
                for q in t.doc[t.i + 1 : min(t.i + 4, t.sent.end)]):
            # "ne vise plus qu'une marge de 4,5 %", "n'étaient plus remplis qu'à 17 %":
            # only, not "not" (a "que" opening a clause is no restriction)
            continue
        around = fold(t.doc[max(t.i - 4, 0) : t.i + 6].text).replace("-", " ")  # "jamais-vu"
        if any(i in around and w in i.split() for i in idioms):
            continue  # "du jamais vu": unprecedented, nothing denied
        # "had been told not to discuss it": a negated instruction, not a negated claim.
        instruction = t.head.dep_ == "xcomp" and t.head.morph.get("VerbForm") == ["Inf"] and \
            t.head.head.pos_ == "VERB" and fold(t.head.head.lemma_) not in folded(
                cues, "infinitive_reporting")
        adverb = w in adverbs and t.dep_ in ("advmod", "neg") and _predicate(t.head) and \
            not instruction and not _refusal(t.head, cues) and not _subordinate(t.head)
        # A negative word as a determiner or a pronoun ("aucune décision", "nothing"), not
        # as an adjective ("une croissance nulle": zero, not a negation).
        argument = w in words and t.pos_ != "ADJ" and (
            (_predicate(t.head) and not _subordinate(t.head))
            or (t.dep_ == "det" and _predicate(t.head.head) and not _subordinate(t.head.head)))
        if argument and t.i == t.head.i + 1 and fold(t.head.lemma_) in {
                fold(v) for v in cues.get("answer_verbs", [])}:
            argument = False  # "voters said no to the plan": an answer, not a negation
        # "n'envisage ni plan social ni cession": the conjunction denies with the "ne" of
        # the predicate it joins objects to.
        joined = w in adverbs and t.pos_ == "CCONJ" and (pred := next(
            (a for a in t.ancestors if _predicate(a)), None)) is not None and any(
            fold(c.text) in ("ne", "n'", "n’") for c in pred.children) and \
            not _subordinate(pred) and not _refusal(pred, cues)
        if (adverb or argument or joined) and not _in_condition(t, marks) and \
                not _in_adverbial(t, adverbials) and not _aside(t, within):
            return t
    return None


def _main_cue(tokens: list[Token], roots: list[Token], within: set[int],
              found: str | None) -> str | None:
    """A cue found in the content's words, unless each of its occurrences stands in a side
    clause ("... and that patients should come forward if they needed care"), or,
    for "whether", deeper than a complement of the content's predicate ("deserve to know
    whether", "before deciding whether": a question inside the claim, not the claim as a
    question; "it was unclear whether" and "questioned whether" are)."""
    if not found:
        return found
    first = fold(found.split()[0]) if found.split() else ""
    # ("s'il": the tokenizer cuts it after the apostrophe)
    hits = [t for t in tokens if fold(t.text) == first or (
        fold(t.text) in ("s'", "s’") and first[:2] == fold(t.text))]
    if not hits:
        return found  # a phrase the tokens do not show one to one: trust the words
    for t in hits:
        if _aside(t, within):
            continue
        if first == "whether" and not (t.head in roots or t.head.head in roots):
            continue
        lexicon = cues_for(t.lang_)
        if fold(t.text) in folded(lexicon, "c_condition_marks") and t.dep_ == "mark" and any(
                fold(v.lemma_) in folded(lexicon, "deciding_verbs") for v in [t.head.head, *(
                    c for c in t.head.head.children if c.dep_ == "xcomp")]):
            continue  # "doit décider s'il suspend les travaux": what a decision is about
        return found
    return None


def _certainty(pb: ParsedBlock, start: int, end: int, cues: dict[str, Any],
               attributed: bool, extra: list[str],
               holes: tuple[tuple[int, int], ...] = ()) -> tuple[str, list[str]]:
    """The content's certainty and the cues that decided it; words in ``holes`` (a
    relative clause that reports someone else's words) do not count."""
    raw = _tokens(pb, start, end)
    holes = (*holes, *_quoted_titles(raw, cues))
    tokens = [t for t in raw if not any(a <= t.idx < b for a, b in holes)]
    # The content's heads and their auxiliaries and copulas ("serait dans le viseur": the
    # parser makes the noun the root, the verb its copula): tense and mood are read there.
    roots, heads = _heads(tokens, {t.i for t in raw})
    text = _unnamed(pb, start, end, tokens)
    for a, b in holes:
        text = text[: max(0, a - start)] + " " * (min(b, end) - max(a, start)) + \
            text[min(b, end) - start :]
    found: dict[str, str] = {}
    within = {t.i for t in tokens}
    speech = folded(cues, "comment_verbs")
    checked = next((r for r in roots[:1] if (not any(
        t.text in (";", ":") for t in tokens if t.i < r.i) and ((
        _lemma_in(r, folded(cues, "verification_verbs")) or _refusal(r, cues)) and any(
            fold(c.text) in folded(cues, "c_negation") for c in r.children))) or _declined(r, cues)
        or (_lemma_in(r, folded(cues, "declining_verbs")) and any(
            c.dep_ == "xcomp" and (fold(c.lemma_) in speech or _declined(c, cues))
            for c in r.children))), None)
    if checked is None and tokens:
        # ("n'a pas pu vérifier", "L'AFP n'a pas été en mesure de vérifier ces bilans,
        # l'accès ... étant contrôlé": the negation stands on the verb the check hangs on,
        # which the parser may not make the root)
        checked = next((d for d in tokens[:12] if _lemma_in(d, folded(cues, "verification_verbs"))
                        and d.morph.get("VerbForm") == ["Inf"] and d.head.i < d.i and any(
                            fold(c.text) in folded(cues, "c_negation") for c in d.head.children)
                        and any(c.dep_ in SUBJECT_DEPS for c in d.head.children)), None)
    if checked is not None and not attributed:
        # "Reuters could not independently verify the claim": the outlet telling what it
        # checked is its own plain fact; nothing is denied. ("n'a pas souhaité préciser si
        # d'autres procédures étaient en cours": a refusal, no question of the outlet's.)
        return "asserted", [f"outlet's note: {checked.text}"]
    lemmas = {fold(t.lemma_) for t in tokens if t.pos_ != "PROPN" and not _aside(t, within)}
    directive = any(c.startswith("part of a request or charge") for c in extra)
    # ("n'exclut « aucune piste »": the negation was the stance's, already read.)
    # ("asked why the plant had not been inspected": the question holds the negation.)
    negated = _negation(tokens, cues) if not directive and not any(
        c in ("possible: not ruled out", "hypothetical: question") for c in extra) else None
    if negated is not None:
        found["denied"] = f"negation: {negated.text}"
    denial = folded(cues, "denial_verbs")
    if lemmas & denial:
        found["denied"] = f"denial verb: {next(iter(lemmas & denial))}"
    rejecting = next((r for r in roots if _lemma_in(r, folded(cues, "rejection_verbs")) and any(
        c.dep_ in ("dobj", "obj") and (fold(c.lemma_) in folded(cues, "claim_nouns")
                                       or fold(c.text) in folded(cues, "claim_nouns"))
        for c in r.children)), None)
    if rejecting is not None:
        # "said her client “categorically rejects” the allegations": a denial told.
        found["denied"] = f"rejection: {rejecting.text}"
    denied = next((c for c in extra if c.startswith("denied")), None)
    if denied:
        found["denied"] = denied
    phrase = _has(text, cues.get("negation_phrases", []))
    if phrase and "denied" not in found:
        found["denied"] = f"negation: {phrase}"
    # ("would likely last up to three days even if the ship is refloated": a concession,
    # no hypothesis.)
    hyp = _main_cue(tokens, roots, within, _has(
        _masked(text, cues.get("c_concessions", [])), cues.get("c_hypothetical", []))) \
        if not directive else None
    if hyp or text.rstrip(" »”\"'’").endswith("?") or \
            pb.norm.text[end : end + 3].strip().startswith("?"):
        found["hypothetical"] = f"hypothesis: {hyp.strip() if hyp else '?'}"
    inverted = _inverted_condition(tokens, cues)
    if inverted is not None:
        found["hypothetical"] = f"hypothesis: {inverted.text} (inverted)"
    question = next((c for c in extra if c.startswith("hypothetical")), None)
    if question:
        found.setdefault("hypothetical", question)
    possible = _main_cue(tokens, roots, within, _has(text, cues.get("c_possible", [])))
    rough = [t for t in tokens if fold(t.text) == fold(possible or "")]
    if rough and all(t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num for t in rough):
        possible = None  # "We had maybe ten minutes": a figure told roughly, no hedge
    # "au pouvoir" is a noun: only the verb (or an adverb) makes a claim possible.
    # ("faute de pouvoir leur délivrer": an infinitive "pouvoir" is no hedge of the claim)
    if possible or {fold(t.lemma_) for t in tokens if t.pos_ in ("VERB", "AUX", "ADV")
                    and t.morph.get("VerbForm") != ["Inf"]
                    and not _aside(t, within)} & folded(cues, "c_possible_lemmas"):
        found["possible"] = f"modal: {possible or 'pouvoir'}"
    wish = next((c for c in extra if c.startswith("possible")), None)
    if wish:
        found.setdefault("possible", wish)
    # ("had made extreme fire weather twice as likely": a comparison, no hedge)
    probable = _main_cue(tokens, roots, within, _has(
        _masked(text, cues.get("c_comparisons", [])), cues.get("c_probable", [])))
    if probable and inverted is not None and fold(inverted.text) == probable:
        probable = None  # "Should the league approve": a condition, not "should" as a hedge
    if probable:
        found["probable"] = f"hedge: {probable}"
        hedge = next((t for t in tokens if fold(t.text) == fold(probable.split()[0])), None)
        if negated is not None and hedge is not None and found.get("denied", "").startswith(
                "negation") and negated.head in (hedge, hedge.head):
            # "ne devrait pas examiner le dossier avant le printemps", "is not expected to":
            # a likelihood that something will not happen, still a likelihood.
            del found["denied"]
    expected = next((c for c in extra if c.startswith("probable")), None)
    if expected:
        found.setdefault("probable", expected)
    estimate = next((c for c in extra if c.startswith("estimate")), None) or (
        f"estimate: {e}" if (e := _has(text, cues.get("c_estimate", [])))
        and not _apposed(text, e) else None)
    if estimate:
        found["estimate"] = estimate
    future = folded(cues, "c_predicted_lemmas")
    # ("Le prévenu devra verser 180 000 euros": a duty set now, not a forecast)
    obligations = folded(cues, "obligation_lemmas")
    forecast = _has(text, cues.get("c_predicted", []))
    if forecast:
        found["predicted"] = f"forecast: {forecast}"
    # "va fermer" tells the future; "allait fermer" only as what is said ("a annoncé
    # qu'elle allait étendre"), not deeper ("savait que le site allait fermer").
    # ("pour aller travailler": an infinitive "aller" is a purpose, no future.)
    futures = [t for t in tokens if fold(t.lemma_) in future and (
        t.morph.get("Tense") not in (["Imp"], ["Past"]) or t in heads)
        and t.morph.get("VerbForm") != ["Inf"]]
    # ("Food businesses have acted quickly, and we will continue": the future of a second
    # clause is not the claim's.)
    if any(c.startswith("predicted") for c in extra) or any(
            (_tagged_future(t) or _future_form(t)) and not _conditional_form(t)
            and not _aside(t, within) and fold(t.lemma_) not in obligations
            for t in tokens) or (
        any((t.tag_ == "MD" or (t.pos_ == "AUX" and t.dep_.startswith("aux")))
            and not _aside(t, within) for t in futures)
    ) or any(  # "va supprimer": a future auxiliary the parser took for the main verb
        any(c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"] for c in t.children)
        for t in futures
    ):
        found["predicted"] = next((c for c in extra if c.startswith("predicted")),
                                  "future tense")
    intents = _intent_kinds(cues)
    # A present intention only: "envisagerait" is hearsay, "entendait" a past (or "heard"),
    # "n'a pas souhaité commenter" a refusal.
    # A plan ("l'entreprise prévoit de fermer", "said she plans to"), or an aim or a wish
    # the speaker tells of their own; "estiment que la junte cherche à" and "« Le
    # gouvernement veut nous faire travailler »" tell another's, as reported.
    intent = next((t for t in roots if t.pos_ == "VERB" and cue_lemma(t, set(intents)) in intents
                   and any(c.dep_ == "xcomp" for c in t.children)
                   and (cue_lemma(t, set(intents)) not in folded(cues, "aim_verbs")
                        | folded(cues, "wish_verbs") or all(
                       c.pos_ == "PRON" for c in t.children if c.dep_ in SUBJECT_DEPS))
                   and t.morph.get("Tense") in (["Pres"], []) and t.morph.get("Mood") != ["Cnd"]
                   and not _conditional_form(t) and not any(
                       fold(c.text) in folded(cues, "c_negation") for c in t.children)), None)
    if intent is not None:  # "said she plans to start", "a dit vouloir partir"
        found.setdefault(intents[cue_lemma(intent, set(intents))], f"intention: {intent.text}")
    fear = folded(cues, "fear_verbs")
    feared = next((t for t in roots if t.pos_ == "VERB" and _lemma_in(t, fear)), None)
    if feared is not None:  # "disent craindre pour l'avenir du site"
        found.setdefault("possible", f"fear: {feared.text}")
    conditional = [t for t in heads if (t.morph.get("Mood") == ["Cnd"] and not _future_form(t))
                   or _conditional_form(t)]
    if conditional and "possible" not in found and "probable" not in found:
        found["reported"] = f"conditional: {conditional[0].text}"
    reported = _has(text, cues.get("c_reported", []))
    hits = [t for t in tokens if fold(t.text) == fold(reported or "")]
    if hits and all(t.pos_ in ("ADJ", "NOUN", "VERB") and t.dep_ in (
            "amod", "acl", "xcomp") and any(a.dep_.startswith(("obl", "nmod", "pobj"))
                                            for a in t.ancestors) for t in hits):
        # "porte plainte après la fuite présumée du sujet", "after the alleged attack": a
        # doubt on a circumstance, not on the claim.
        reported = None
    if reported:
        found.setdefault("reported", f"hearsay: {reported}")
    passive = next((c for c in extra if c.startswith("reported")), None)
    if passive:
        found.setdefault("reported", passive)
    if attributed:
        found.setdefault("reported", "attributed")
    opening = next((t for t in tokens if not t.is_punct), None)
    if "hypothetical" in found and "denied" in found and opening is not None and \
            fold(opening.text) in folded(cues, "c_condition_marks"):
        # "« Si rien n'est fait, certaines universités ne pourront plus payer »": a
        # negation inside what a condition would bring is part of the hypothesis.
        found = {"hypothetical": found.pop("hypothetical"), **found}
        return "hypothetical", list(found.values())
    return strongest(found)


_FR_FUTURE_ENDINGS = ("ons", "ont", "ez", "ai", "as", "a")
_FR_IRREGULAR_FUTURE = ("ser", "aur", "ir", "fer", "pourr", "devr", "viendr", "tiendr", "verr",
                        "saur", "voudr", "faudr", "enverr", "courr", "mourr", "vaudr", "pleuvr")


_FR_CONDITIONAL_ENDINGS = ("aient", "ions", "iez", "ais", "ait")


def _conditional_form(tok: Token) -> bool:
    """A French conditional the tagger read as an imperfect ("ouvrirait" tagged Tense=Imp)
    or a future ("seraient" tagged Tense=Fut): the future's stem and an imperfect ending
    ("ouvrir-ait", "ser-aient")."""
    return tok.morph.get("Mood") != ["Cnd"] and _fr_future_stem(tok, _FR_CONDITIONAL_ENDINGS)


def _heads(tokens: list[Token], within: set[int]) -> tuple[list[Token], list[Token]]:
    """The tokens whose head lies outside ``within`` (the content's roots), and those roots
    with their auxiliaries and copulas, where a clause's tense and mood are written."""
    roots = [t for t in tokens if t.head.i not in within or t.head.i == t.i]
    return roots, [*roots, *(c for r in roots for c in r.children
                             if c.dep_.startswith("aux") or c.dep_ == "cop")]


def _quoted_titles(tokens: list[Token], cues: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    """Quoted titles in the content: quote marks opened right after a noun of a work
    (``work_nouns``), with or without a comma ("Le livre « Nous ne mourrons pas ce soir »",
    'Her debut novel, "We Were Never Here,"'), or after a word that names
    (``naming_words``: "Le rapport, sobrement intitulé « Sortir de l'impasse »"). Their
    words hedge and deny nothing, and no incise follows them."""
    works = folded(cues, "work_nouns")
    naming = folded(cues, "naming_words")
    out = []
    for n, t in enumerate(tokens):
        if not ((t.is_quote and t.is_left_punct) or t.text in ("«", "“")) or n == 0:
            continue
        before = tokens[n - 1] if tokens[n - 1].text != "," or n < 2 else tokens[n - 2]
        # ("Mohamed Hamdan Daglo, dit « Hemedti »": a name's nickname, after its comma)
        nickname = n >= 3 and fold(tokens[n - 1].text) in folded(cues, "nickname_words") and \
            tokens[n - 2].text == "," and tokens[n - 3].pos_ == "PROPN"
        if (before.pos_ not in ("NOUN", "PROPN") or fold(before.text) not in works) and \
                fold(tokens[n - 1].text) not in naming and not nickname:
            continue
        close = next((k for k in tokens[n + 1 :] if k.is_quote or k.text in ("»", "”")), None)
        if close is not None:
            out.append((t.idx, close.idx + len(close.text)))
    return tuple(out)


_FR_FUTURE = re.compile("r(?:" + "|".join(_FR_FUTURE_ENDINGS) + ")$")


def _tagged_future(tok: Token) -> bool:
    """A future by the tagger, believed in French only with a future's ending: the small
    model tags "comprends" Tense=Fut."""
    return tok.morph.get("Tense") == ["Fut"] and (
        tok.lang_ != "fr" or _FR_FUTURE.search(fold(tok.text)) is not None)


def _future_form(tok: Token) -> bool:
    """A French future the tagger read as a present ("ouvrirons" tagged Tense=Pres): the
    infinitive's stem and a future ending ("ouvrir-ons", "prendr-ont", "ser-a")."""
    # (and "gagnerons" tagged Mood=Cnd: no conditional ending, a future)
    return _fr_future_stem(tok, _FR_FUTURE_ENDINGS) and (
        tok.morph.get("Mood") != ["Cnd"] or not fold(tok.text).endswith(_FR_CONDITIONAL_ENDINGS))


def _fr_future_stem(tok: Token, endings: tuple[str, ...]) -> bool:
    """Whether a French verb is the future stem (the infinitive, or an irregular stem such
    as "ser-", "ir-") followed by one of ``endings``."""
    if tok.lang_ != "fr" or tok.pos_ not in ("VERB", "AUX"):
        return False
    word, lemma = fold(tok.text), fold(tok.lemma_)
    for ending in endings:
        stem = word[: -len(ending)]
        # ("appellerons" of "appeler", "emploiera" of "employer": the future's spelling)
        regular = re.sub(r"(?<=[aou])ier$", "yer",
                         re.sub(r"(ll|tt)er$", lambda m: m[1][0] + "er", stem))
        if word.endswith(ending) and stem.endswith("r") and (
                (len(stem) > 2 and lemma in (stem, stem + "e", regular))
                or stem in _FR_IRREGULAR_FUTURE):  # "irons": "ir-" of "aller"
            return True
    return False


def _apposed(text: str, phrase: str) -> bool:
    """Whether ``phrase`` opens a phrase set off by commas inside the sentence ("Ce projet,
    estimé à 7,5 millions d'euros, sera lancé en 2026"): it qualifies a noun, and the
    sentence's claim is elsewhere."""
    flat = re.sub(r"(\d),(\d)", r"\1.\2", fold(text))
    return re.search(rf",\s*{re.escape(fold(phrase))}[^,]*,\s*\S", flat) is not None


def _inverted_condition(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """"Should the league approve the sale, ...", "Had he known, ...": an auxiliary opening
    a clause before its subject states a condition."""
    words = folded(cues, "inverted_conditions")
    for t in tokens:
        if fold(t.text) not in words or t.i + 1 >= len(t.doc):
            continue
        # (also opening a quote: "\"Should China choose escalation, we are ready,\" ...")
        starts = t.i == t.sent.start or (
            t.i - 1 == t.sent.start and t.doc[t.i - 1].text in _OPENING_QUOTES)
        opens = starts or t.doc[t.i - 1].text in (",", ";", "—")
        subject_after = any(c.dep_ in SUBJECT_DEPS and c.i > t.i for c in t.head.children)
        # ("Should the owners fail to pay, the ITF said, it would ...": opening the
        # sentence, whatever the parser hung it on, unless the sentence asks.)
        first = starts and not t.sent.text.rstrip().endswith("?") and any(
            k.text == "," for k in t.doc[t.head.i : t.sent.end])
        if opens and subject_after and t.head.i > t.i and (t.head.dep_ == "advcl" or first):
            return t
    return None


def strongest(found: dict[str, str]) -> tuple[str, list[str]]:
    """The certainty that decides (the first of ``CERTAINTY_ORDER`` found, else asserted)
    and every cue found, the deciding one first: both readers, parsed or not, end here."""
    for level in CERTAINTY_ORDER:
        if level in found:
            return level, [found[level]] + [v for k, v in found.items() if k != level]
    return "asserted", []


# --- the analyzer -----------------------------------------------------------


def _is_sourcing_note(sent: SpacySpan, cues: dict[str, Any]) -> bool:
    """"Le responsable ... s'est exprimé sous couvert d'anonymat": about sources, not news."""
    if not _has(sent.text, cues.get("anonymity", [])) or \
            _has(sent.text, cues.get("according_to", [])):
        # ("..., according to a person familiar with the case": news, and its source.)
        return False
    root = sent.root
    nouns = folded(cues, "source_nouns")
    return any(fold(t.text) in nouns for t in subjects_of(root))


_LEAD = re.compile(r"^(?:que\b|qu['’]|that\b|,|;|:|\s)+", re.IGNORECASE)  # not "Quelque"


def _trim(pb: ParsedBlock, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading "que"/"that" and surrounding punctuation from a content span."""
    text = pb.norm.text[start:end]
    lead = _LEAD.match(text)
    if lead:
        start += lead.end()
    text = pb.norm.text[start:end].rstrip(" ,;:")
    return (start, start + len(text)) if text else None


def _content_bounds(sent: SpacySpan) -> tuple[int, int]:
    end = sent[-1]
    return sent.start_char, end.idx if end.is_punct else end.idx + len(end.text)


def _sentence_drafts(pb: ParsedBlock, sent: SpacySpan, cues: dict[str, Any], index: EntityIndex,
                     types: dict[str, str]) -> list[_Draft]:
    s_start, s_end = _content_bounds(sent)
    drafts: list[_Draft] = []
    extra: list[str] = []
    acc, via = _according_to(sent, cues), "according to"
    reports = _reporting(sent, cues) if acc is None or fold(acc[3]) in folded(
        cues, "participle_sources") else []
    if acc is not None and (reports or fold(acc[3]) in folded(cues, "participle_sources")):
        # ("delayed the results, citing discrepancies in tally sheets": a reason, whether
        # or not a verb of saying comes with it)
        cited = _classify(pb, acc[1], acc[2], index, types, cues)
        head = _phrase_head(_tokens(pb, acc[1], acc[2]))
        people = _speaker_nouns(cues)
        if (cited.kind == "vague" and not _has(cited.text or "", [
                *cues.get("vague_nouns", []), *cues.get("vague_quantifiers", [])])) or \
                cited.kind == "document" or (
                    head is not None and head.pos_ == "NOUN" and not _has(head.text, people)):
            # ("citing staff shortages": the head is no one who speaks)
            # "announced her resignation, citing health reasons": a reason, not a source;
            # "said the plan would work, citing a poll": the speaker's evidence. The verb's
            # speaker speaks ("citing three officials" still names sources).
            acc = None
    if acc is not None:
        reports = []
    if acc is None and not reports:
        # Read in a poll: the poll's word, but nobody's quote.
        acc, via = _in_document(sent, cues), "read in"
    if acc is not None:
        cue_start, src_start, src_end, cue = acc
        source = _classify(pb, src_start, src_end, index, types, cues)
        if _has(cue, cues.get("anonymity", [])):  # "de source policière"
            source = Source("anonymous", source.text)
        if fold(source.text or "").startswith(("les estimations", "estimations", "estimates")) or \
                "estimat" in fold(source.text or ""):
            extra.append(f"estimate: {cue} {source.text}")
        after = [t for t in sent if t.idx >= src_end]
        if _complete_before(sent, cue_start):
            # "X did Y, according to Z[, and W did V]": the cue closes a clause; what
            # follows it, if anything, continues the same report.
            # A participle after the source ("..., selon des sources sécuritaires, l'armée
            # n'ayant communiqué aucun bilan") is the outlet's aside, not more of the report.
            a, b = s_start, (s_end if any(t.pos_ in ("VERB", "AUX")
                                          and t.morph.get("VerbForm") != ["Part"]
                                          for t in after) else cue_start)
        elif any(t.pos_ in ("VERB", "AUX") for t in after) or not pb.norm.text[
                s_start:cue_start].strip(" «“\""):
            # "..., selon lui, pourrait entraîner ...": the source covers what follows it;
            # what stands before it is the outlet's own. ("Selon X, la situation empire":
            # opening the sentence, it covers the rest, verb seen or not.)
            a, b = src_end, s_end
            before = _trim(pb, s_start, cue_start)
            if before and any(t.pos_ in ("VERB", "AUX") for t in sent if t.idx < cue_start):
                m = _Draft(pb, *before, Source("unattributed"), None)
                m.certainty, m.cues = _certainty(pb, *before, cues, False, [])
                drafts.append(m)
        else:
            a, b = s_start, cue_start
        a, b = _trim(pb, a, b) or (a, b)
        d = _Draft(pb, a, b, source, (src_start, src_end), cues=[f"{via}: {cue}"])
        own = source.kind == "unattributed" and source.text is None
        d.certainty, found = _certainty(pb, a, b, cues, not own, extra)
        d.cues += found
        drafts.append(d)
        return drafts
    cue_verbs = _cue_verbs(cues)
    relative: list[Token] = []  # verbs of relative clauses: "X, who said Y, did Z"
    for n, rep in enumerate(reports):
        lemma = cue_lemma(rep.verb, cue_verbs)
        verb, speaker = rep.verb, rep.speaker
        extra = []
        if _lemma_in(verb, folded(cues, "denial_verbs")):  # also "dément" left unlemmatized
            extra.append(f"denied: {verb.text}")
        if rep.certainty:
            extra.append(rep.certainty)
        if _lemma_in(verb, folded(cues, "directive_verbs") | folded(cues, "charge_verbs")) and \
                not any(c.morph.get("Reflex") == ["Yes"] for c in verb.children):  # "se demande si"
            # (and "accusent la mairie de ne pas avoir déclenché l'alerte": the failure is
            # what is charged, no denial)
            # "demande aux consommateurs de ne pas les consommer", "recommande de consulter
            # en cas de fièvre": a negation or a condition inside a request is part of it.
            extra.append(f"part of a request or charge: {verb.text}")
        heads = _content_heads(pb, rep, cues)
        if _lemma_in(verb, folded(cues, "announcing_verbs")) and _future_in_past(heads, cues):
            # "a promis que la ligne serait rouverte", "predicted that the bill would
            # clear": the speaker's own forecast, told in the future of the past.
            extra.append(f"predicted: announced ({verb.text})")
        elif (rep.clause is not None or (
                rep.span is not None and rep.span[0] > verb.idx
                and pb.norm.text[rep.span[0] : rep.span[0] + 1] not in _OPENING_QUOTES
        )) and _own_future(heads, cues):
            # ("a fait savoir dans la soirée qu'il présenterait": a clause the parser lost)
            # "said it would respect the process", "a indiqué qu'elle présenterait un plan",
            # "It said it was opening a ward next month": what the speaker will do, told
            # by the speaker; "said the plan would be presented" stays reported.
            extra.append(f"predicted: own plan ({verb.text})")
        # (A fear verb set after a quote is a way of saying it: "« Les patients prendront
        # des risques », s'inquiète X" tells what the quote tells.)
        if rep.certainty is None and _listed_verb(verb, "fear_verbs", cues) and not (
                rep.clause is None and rep.span is not None and rep.span[1] <= verb.idx):
            extra.append(f"possible: fear ({verb.text})")  # "craignent que ... ne fasse"
        elif rep.certainty is None and not _passive(verb) and \
                _listed_verb(verb, "expectation_verbs", cues):
            # "Many economists expect the central bank to cut rates", "s'attendent à ce
            # que": what they hold likely.
            extra.append(f"probable: expectation ({verb.text})")
        if lemma in folded(cues, "judging_verbs") and rep.span is not None and _has(
                pb.norm.text[verb.idx + len(verb.text) : rep.span[0]], cues.get("c_probable", [])):
            # "a jugé « probable » que son capitaine manque le match": the judgement
            # stands between the verb and its clause.
            extra.append(f"probable: judged ({verb.text})")
        if (rep.clause is not None or (rep.span is not None and rep.span[1] <= verb.idx)) and \
                lemma in {fold(v) for v in cues.get("estimate_clause_verbs", [])}:
            # "AAA estimates that 73 million will drive", "..., the Treasury estimates."
            extra.append(f"estimate: {verb.text}")
        c_start, c_end = rep.span or _span_of(list(rep.clause.subtree))  # type: ignore[union-attr]
        c_start, c_end = _trim(pb, c_start, c_end) or (c_start, c_end)
        c_end = _without_comment(pb, c_start, c_end, cues)
        if len(speaker) == 1 and _relative_pronoun(speaker[0]):
            antecedent = _antecedent(verb, speaker[0])
            if antecedent:
                if speaker[0].head.i == verb.i:
                    relative.append(verb)  # the verb's own relative clause
                speaker = antecedent
        elif verb.dep_ in RELATIVE_DEPS and verb.sent.root.i not in {
                t.i for t in verb.subtree} and _relative_words(verb) and not (
                speaker and not _relative_pronoun(speaker[0]) and any(
                    _relative_pronoun(t) for t in speaker)  # ("X, qui regroupent ..., dénoncent")
                and fold(" ".join(t.text for t in speaker[1:3])) not in ("of whom", "of which")
        ) and not (rep.clause is None and rep.span is not None and rep.span[1] <= verb.idx
                   and speaker and speaker[0].i > verb.i):
            # ("Families of the victims, many of whom say ..., gathered"; but "..., dont
            # celle de Lyon-Centre, indique Atmo": an incise the parser hung on the relative)
            relative.append(verb)  # "The driver, who police said had suffered ..., was taken"
        said_by: tuple[int, int] | None = None
        source = Source("unattributed")
        if speaker:
            said_by = _span_of(speaker)
            source = _classify(pb, *said_by, index, types, cues)
        if (source.kind in ("vague", "institution") or (
                source.kind == "named" and source.entity is None)) and \
                _aside_is_anonymous(speaker, verb, cues):
            # (also "le vice-président chargé des finances, qui a requis l'anonymat")
            source = Source("anonymous", source.text, None, source.count)
        kind = rep.kind or _verb_kinds(cues).get(lemma, "reporting")
        commitment = folded(cues, "commitment_verbs")
        intent = _intent_kinds(cues).get(lemma)
        if rep.clause is not None and (rep.clause.dep_ == "xcomp" or _headline_noun_verb(verb)) \
                and lemma in commitment:
            # "X vowed to win Florida": a commitment about the future, not words quoted.
            kind = "commitment"
            extra.append(f"predicted: commitment ({verb.text})")
        elif rep.clause is not None and rep.clause.dep_ == "xcomp" and intent:
            # "X plans to leave", "X hopes to win": an intention, nobody quoted.
            kind = "intention"
            extra.append(f"{intent}: intention ({verb.text})")
            if _lemma_in(verb.head, folded(cues, "c_possible_lemmas")) and \
                    verb.head.i != verb.i:
                # "pourraient chercher à perturber": a possible intention, no more.
                extra.append(f"possible: modal ({verb.head.text})")
        d = _Draft(pb, c_start, c_end, source, said_by, cues=[f"{kind} verb: {verb.text}"])
        # "..., a constaté notre journaliste": the outlet's own word, stated as its fact.
        own = bool(speaker) and source.kind == "unattributed" and source.text is None
        d.certainty, found = _certainty(pb, c_start, c_end, cues, not own, extra)
        d.cues += found
        drafts.append(d)
        # "..., affirmant que": a participle of its own; "a assuré que" is a past tense.
        participle = (verb.morph.get("VerbForm") in (["Part"], ["Ger"]) or verb.tag_ == "VBG") \
            and not any(c.dep_.startswith("aux") for c in verb.lefts)
        if n == 0 and rep.clause is not None and participle and verb.dep_ != "ROOT" and \
                verb.sent.root.i != verb.i and not subjects_of(verb) and \
                verb.head.pos_ in ("VERB", "AUX"):  # not the speaker's noun the parser made root
            # "X font pression ..., affirmant que ...": the main clause is the outlet's.
            v_start, _ = _span_of(list(verb.subtree))
            main_end = v_start
            while main_end > s_start and pb.norm.text[main_end - 1] in " ,;":
                main_end -= 1
            if main_end > s_start:
                m = _Draft(pb, s_start, main_end, Source("unattributed"), None)
                m.certainty, found = _certainty(pb, s_start, main_end, cues, False, [])
                m.cues += found
                drafts.insert(0, m)
    outside = [t for t in sent if not any(t in v.subtree for v in relative)]
    if reports and len(relative) == len(reports) and any(
            t.pos_ in ("VERB", "AUX") for t in outside):
        # "The governor, who said last month that ..., has now ordered rationing": the
        # relative clause reports the governor's words; the sentence is the outlet's.
        holes = tuple(_span_of(list(v.subtree)) for v in relative)
        m = _Draft(pb, s_start, s_end, Source("unattributed"), None)
        m.certainty, m.cues = _certainty(pb, s_start, s_end, cues, False, [], holes)
        drafts.insert(0, m)
    if drafts:
        return drafts
    d = _Draft(pb, s_start, s_end, Source("unattributed"), None)
    d.certainty, d.cues = _certainty(pb, s_start, s_end, cues, False, [])
    return [d]


def _aside_is_anonymous(speaker: list[Token], verb: Token, cues: dict[str, Any]) -> bool:
    """"Deux enquêteurs, s'exprimant sous couvert d'anonymat, ont indiqué": the words set
    off after the speaker (a participle or a relative clause, on the speaker or, as the
    parser often has it, on the verb before it) say that they spoke unnamed."""
    head = _phrase_head(speaker)
    if head is None:
        return False
    asides = [c for c in [*head.children, *verb.children] if c.dep_ in (
        "acl", "acl:relcl", "relcl", "advcl") and c not in speaker
        and (c.head is head or c.i < verb.i)]
    return any(_has(verb.doc.text[slice(*_span_of(list(c.subtree)))], cues.get("anonymity", []))
               for c in asides)


def _headline(pb: ParsedBlock, cues: dict[str, Any],
              label: tuple[Source, int, int] | None = None) -> _Draft | None:
    text = pb.norm.text
    folded = fold(text).rstrip()
    prefix = next((p for p in cues.get("headline_prefixes", [])
                   if folded.startswith(fold(p)) or folded.endswith(fold(p))), None)
    start, end = 0, len(text.rstrip(" .!"))
    if prefix is None and label is not None:
        source, label_end, content_start = label
        d = _Draft(pb, content_start, end, source, (label_end - len(source.text or ""), label_end),
                   headline=True,
                   cues=["headline convention: speaker label"])
        d.certainty, found = _certainty(pb, content_start, end, cues, True, [])
        d.cues += found
        return d
    if prefix is None:
        d = _Draft(pb, start, end, Source("unattributed"), None, headline=True)
        d.certainty, d.cues = _certainty(pb, start, end, cues, False, [])
        return d
    if fold(text).startswith(fold(prefix)):
        start = len(prefix)
        while start < end and text[start] == " ":
            start += 1
        src = (0, len(prefix.rstrip(" :")))
    else:
        end = len(text) - len(prefix)
        src = (end, len(text))
    # "Report: ..." rests on a report; "Sources: ..." on unnamed people.
    kind = "document" if _has(prefix.strip(" :"), cues.get("document_nouns", [])) else "anonymous"
    source = Source(kind, text[src[0]:src[1]])
    d = _Draft(pb, start, end, source, src, headline=True, cues=[f"headline convention: {prefix}"])
    d.certainty, found = _certainty(pb, start, end, cues, True, [])
    d.cues += found
    return d


_LABEL = re.compile(r"^\s*[\"“«]?\s*([^\W\d][^:\n]{0,40}?)\s*:\s+(?=\S)")
#: Words a label may hold: a name, a title and an initial or two ("Sen. Ted Cruz").
_LABEL_WORDS = 6


def transcript_labels(parsed: list[ParsedBlock], rubrics: list[str]) -> frozenset[str]:
    """The labels of an interview transcript: words in capitals opening body paragraphs
    ("WALLACE: ...", '"PENCE: ...'), when at least two different ones take turns and some
    speak more than once.

    One label alone is a rubric or a kicker ("UPDATE:", "EXCLUSIVE:"); a wire story's
    sections ("ENERGY: ...", "CURRENCIES: ...") each come once; a dialogue has two voices
    that come back, and then every capitalised label is a speaker even when the page
    never names them in full.
    """
    seen: Counter[str] = Counter()
    skip = {fold(r) for r in rubrics}
    for pb in parsed:
        if pb.block.kind != "paragraph":
            continue
        m = _LABEL.match(pb.block.text)
        # "Q:" and "A:" stand for the interviewer and the one interviewed, not for names.
        if m and m.group(1).isupper() and len(m.group(1)) > 1 and len(m.group(1).split()) <= 3 \
                and fold(m.group(1)) not in skip:
            seen[fold(m.group(1))] += 1
    if len(seen) < 2 or sum(seen.values()) <= len(seen):
        return frozenset()
    return frozenset(seen)


def _speaker_label(pb: ParsedBlock, index: EntityIndex, types: dict[str, str],
                   cues: dict[str, Any], people_only: bool,
                   turns: frozenset[str] = frozenset()) -> tuple[Source, int, int] | None:
    """(source, label end, content start) for a block opened by who speaks: a headline
    "Ted Cruz: '...'", "Study: ...", or a transcript turn "FALLIN: Well, I think ...".

    A place or a country is a dateline or a topic ("NEW YORK:", "Ukraine :"), and a word
    such as "Analysis:" or "Live:" a rubric: neither speaks.  In the body only people speak so
    ("people_only"): a turn of an interview, or a label of the page's transcript
    (``turns``, from ``transcript_labels``).
    """
    m = _LABEL.match(pb.norm.text)
    if m is None or len(m.group(1).split()) > _LABEL_WORDS:
        return None
    start, end = m.span(1)
    if fold(m.group(1)) in folded(cues, "headline_rubrics"):
        return None
    ids = index.at(pb.block.id, start, end)
    if any(types.get(i) in ("place", "country") for i in ids) and not any(
            types.get(i) in ("person", "organization") for i in ids):
        return None  # "Ukraine : Kiev et Moscou échangent ...": a topic
    if people_only:
        # A turn names someone the page names elsewhere: "FALLIN:" for Mary Fallin (the
        # parser does not read names in capitals, and a dateline is nobody's name).
        # ("Mayor Ellen Brandt:": a title before the name is no part of it.)
        words = {fold(w) for w in re.findall(r"\w+", m.group(1))} - folded(cues, "title_nouns")
        # ("Budget : le gouvernement ...": a word the entity reader took for a one-word
        # person's name is a topic.)
        who = next((e for e in index.entities if e.type == "person" and words and words <= {
            fold(w) for w in re.findall(r"\w+", e.name)} and len(e.name.split()) > 1), None)
        if who is None:
            if fold(m.group(1)) in turns:
                return Source("named", m.group(1)), end, m.end()
            return None
        return Source("named", m.group(1), who.id), end, m.end()
    source = _classify(pb, start, end, index, types, cues)
    if source.kind not in ("named", "institution", "document", "anonymous"):
        return None
    head = _phrase_head(_tokens(pb, start, end))
    if head is not None and head.pos_ == "NOUN" and not _has(
            head.text, [*_speaker_nouns(cues), *cues.get("document_nouns", [])]):
        # "Grève chez Vellard : ...", "Meurtre de Lucie Bernard : ...": an event named,
        # with a body or a person in it, is a topic; nobody speaks.
        return None
    if source.kind == "named" and len(m.group(1).split()) == 1 and not any(
            e.type == "person" and len(e.name.split()) > 1
            and fold(m.group(1)) in {fold(w) for w in e.name.split()} for e in index.entities):
        # "Budget : le gouvernement n'exclut pas ...": one word that names nobody the page
        # names in full is a topic ("Trump: ..." has its Donald Trump in the story).
        return None
    return source, end, m.end()


def _turn(pb: ParsedBlock, label: tuple[Source, int, int], cues: dict[str, Any]
          ) -> list[_Draft]:
    """A transcript turn ("FALLIN: Well, I think ... Why not?"): every sentence of it is
    the labelled speaker's, whatever it reports inside (a report within a report is the
    outer speaker's word), verbless answers included."""
    source, label_end, content_start = label
    out = []
    for sent in pb.doc.sents:  # type: ignore[union-attr]
        start, end = _content_bounds(sent)
        start = max(start, content_start)
        if end <= start or not any(t.is_alpha for t in sent if t.idx >= start):
            continue
        d = _Draft(pb, start, end, source, (label_end - len(source.text or ""), label_end),
                   cues=["speaker label: :"])
        d.certainty, found = _certainty(pb, start, end, cues, True, [])
        d.cues += found
        out.append(d)
    return out


@cache
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w{4,}", fold(text)))


def _same_claim(a: _Draft, b: _Draft) -> bool:
    own = [d for d in (a, b) if d.source.kind == "unattributed" and d.source.text is None]
    if not own and a.source.kind != b.source.kind:
        # "RDC : le cessez-le-feu violé, selon l'armée" and a lede on what residents
        # heard: each rests on its own source, two claims.
        return False
    if a.pb is b.pb and a.start < b.end and b.start < a.end and own:
        # The outlet's sentence and the words a relative clause in it reports ("X, who
        # said Y, did Z"): two claims, not a repetition.
        return False
    ta, tb = fold(a.text), fold(b.text)
    if ta and tb and (ta in tb or tb in ta):
        return True
    wa, wb = _words(a.text), _words(b.text)
    if not wa or not wb:
        return False
    # ("un recours au 49.3" has one long word: too little to call two claims one; "vote
    # rigging" shares one word with "48.6% of the vote": not enough either.)
    # An attributed headline gives its source to the outlet's sentence it joins, so it
    # must restate it more fully ("l'ARS promet des renforts pour rouvrir les urgences la
    # nuit" is not "Les urgences sont fermées la nuit").
    least = 3 if own and a.source.kind != b.source.kind else 2
    return min(len(wa), len(wb)) >= 2 and len(wa & wb) >= least and \
        len(wa & wb) / min(len(wa), len(wb)) >= 0.5 and (
        a.headline or b.headline)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """The same claim twice (repeated standfirst, headline restating the lede) counts once."""
    out: list[_Draft] = []
    for d in drafts:
        twin = next((o for o in out if _same_claim(o, d)), None)
        if twin is None:
            out.append(d)
            continue
        twin.evidence.extend(d.evidence)
        if twin.source.kind == "unattributed" and d.source.kind != "unattributed":
            twin.source = d.source
        if CERTAINTY_ORDER.index(d.certainty) < CERTAINTY_ORDER.index(twin.certainty):
            twin.certainty = d.certainty
        twin.cues.extend(c for c in d.cues if c not in twin.cues)
    return out


def claims_in(parsed: list[ParsedBlock], article: Article, index: EntityIndex,
              quantities: list[Quantity]) -> tuple[list[Claim], Sourcing]:
    """Every claim of the page with its source and certainty, and the page's sourcing profile."""
    types = {e.id: e.type for e in index.entities}
    order = {b.id: i for i, b in enumerate(article.blocks)}
    drafts: list[_Draft] = []
    anonymity_notes: list[str] = []
    from newstrace.analyze.shallow_claims import ShallowReader  # imports this module

    shallow = ShallowReader(article, index)  # blocks in a language with no parser
    turns = transcript_labels(parsed, cues_for(article.language).get("headline_rubrics", []))
    for pb in parsed:
        if pb.block.kind in ("caption", "subheading"):
            continue
        if pb.doc is None:
            drafts.extend(_Draft(pb, c.start, c.end, c.source, c.source_span, cues=list(c.cues),
                                 certainty=c.certainty, headline=c.headline)
                          for c in shallow.read(pb))
            continue
        cues = cues_for(pb.block.language or article.language)
        if pb.block.kind == "title":
            d = _headline(pb, cues, _speaker_label(pb, index, types, cues, people_only=False))
            if d and d.source.kind == "unattributed":
                # No headline convention ("Sources : ..."): the headline may still say
                # whose word it is, as a sentence does ("..., officials say").
                said = [x for sent in pb.doc.sents
                        for x in _sentence_drafts(pb, sent, cues, index, types)
                        if x.source.kind != "unattributed" or x.source.text]
                topic = _LABEL.match(pb.norm.text)
                if said:
                    for x in said:
                        x.headline = True
                        if topic is not None and x.start < topic.end() < x.end:
                            # "Procès de l'ancien maire : « ... », assure X": the topic
                            # before the colon is no part of what X says.
                            x.start = topic.end()
                    drafts.extend(said)
                    continue
            if d:
                drafts.append(d)
            continue
        label = _speaker_label(pb, index, types, cues, people_only=True, turns=turns)
        if label is not None:
            drafts.extend(_turn(pb, label, cues))
            continue
        for sent in pb.doc.sents:
            if not _states_something(sent, cues):
                continue
            if _is_sourcing_note(sent, cues) and not _reporting(sent, cues):
                anonymity_notes.append(sent.text)
                continue
            drafts.extend(_sentence_drafts(pb, sent, cues, index, types))
    _quoted_words_are_the_speakers(drafts, order)
    texts = {pb.block.id: pb.norm.text for pb in parsed}
    # Names the page shows to be bodies ("directeur général d'Eurofer") are no person a
    # pronoun may stand for.
    named_bodies = _names_shown_as_bodies(index, types, texts, article.language)
    types = {**types, **{e: "organization" for e in named_bodies}}
    spoke: list[tuple[tuple[int, int], Source]] = []  # earlier speakers, in page order
    for d in sorted(drafts, key=lambda d: (order[d.pb.block.id], d.start)):
        pos = d.source_span[0] if d.source_span else d.start
        if d.source.kind == "unattributed" and d.source.text:  # a pronoun
            body = _body_of_pronoun(d, index, types)
            if body is not None:
                d.source = body
            else:
                d.source = _antecedent_source(d, pos, spoke, index, types, order) or d.source
        elif d.source.text and spoke and _has(d.source.text, cues_for(
                d.pb.block.language or article.language).get("same_source", [])):
            # "selon la même source", "the same source said": the source named before.
            before = spoke[-1][1]
            d.source = Source(before.kind, d.source.text, before.entity, before.count)
        elif d.source.kind in ("vague", "named") and d.source.entity is None and \
                (person := _surname_of(d.source.text or "", index)) is not None:
            # "Drummond pledges to ..." (a headline's name the tagger took for a noun)
            # after "Rachel Drummond": the person the page names in full.
            d.source = Source("named", d.source.text, person)
        elif d.source.kind in ("vague", "anonymous", "named") and d.source.entity is None and \
                (person := _role_antecedent(d.source.text or "", (order[d.pb.block.id], pos),
                                            index, types, order, texts)) is not None:
            # "a réagi le coureur" after "du coureur français Maël Riou": the person the
            # page named with that noun.
            d.source = Source("named", d.source.text, person)
        if d.source.kind != "unattributed":
            spoke.append(((order[d.pb.block.id], pos), d.source))
        if d.source.kind == "anonymous" and anonymity_notes:
            d.cues.append("anonymity stated: " + anonymity_notes[0][:60])
        d.evidence = [d.pb.span(d.start, d.end)]
        if d.source_span:
            d.evidence.append(d.pb.span(*d.source_span))
    # A name the page once shows to be a body ("Telecom operator Norvale", "la société
    # rennaise Lexiane") is a body wherever else it speaks ("Norvale declined to say ...").
    bodies = {d.source.entity for d in drafts if d.source.kind == "institution"
              and d.source.entity and types.get(d.source.entity) == "person"} | named_bodies
    people = _person_nouns(cues_for(article.language))
    for d in drafts:
        said = (d.source.text or "").split()
        if d.source.kind != "named" or (said and fold(said[-1].strip(",.")) in people):
            continue  # ("says Corrie Space boss": the body's officer, a person)
        if (d.source.entity in bodies or (
                d.source.entity is None and _named_as_body(d.source.text or "", texts,
                                                           article.language))):
            d.source = Source("institution", d.source.text, d.source.entity, d.source.count)
    # Headline last, so that it joins the body claim it restates.
    drafts.sort(key=lambda d: d.headline)
    merged = _merge(drafts)
    claims = []
    for i, d in enumerate(sorted(merged, key=lambda d: (order[d.pb.block.id], d.start)), start=1):
        span = d.evidence[0]
        qs = tuple(
            qi for qi, q in enumerate(quantities)
            if any(e.block == span.block and e.start < span.end and span.start < e.end
                   for e in q.evidence)
        )
        claims.append(Claim(
            id=f"c{i}", text=d.text, source=d.source, certainty=d.certainty,  # type: ignore[arg-type]
            cues=tuple(dict.fromkeys(d.cues)), evidence=tuple(d.evidence),
            entities=tuple(dict.fromkeys(index.at(d.pb.block.id, d.start, d.end))),
            quantities=qs,
        ))
    return claims, _profile(claims, article)


def _states_something(sent: SpacySpan, cues: dict[str, Any]) -> bool:
    """Whether a sentence can hold a claim: it has a verb, or, verbless as headlines and
    briefs are ("Ukraine : au moins 14 morts dans une frappe russe", "... selon la
    Défense civile", "Soudan : qui contrôle El-Fasher ?"), at least four words and a
    figure, a source or a question.  A verbless scrap ("Par Milos Schmidt", "Photo
    AFP") states nothing."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent) or any(
            fold(t.text) in folded(cues, "denial_forms") for t in sent) or _object_reports(
                sent, cues) or _opening_by_form(sent, cues):
        # ("l'opérateur dément tout piratage", "Le rapport juge « probable » un retard",
        # "Le document pointe des retards": a verb tagged as an adjective or a noun)
        return True
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and (any(any(ch.isdigit() for ch in t.text) or t.pos_ == "NUM"
                                    for t in sent)
                                or sent.text.rstrip().endswith("?")
                                or _has(sent.text, cues.get("according_to", [])) is not None)


_PERSONAL = frozenset({"il", "elle", "he", "she", "him", "her", "lui"})
_NEUTER = frozenset({"it"})
_PLURAL = frozenset({"ils", "elles", "they", "them", "eux"})


def _antecedent_source(d: _Draft, pos: int, spoke: list[tuple[tuple[int, int], Source]],
                       index: EntityIndex, types: dict[str, str],
                       order: dict[str, int]) -> Source | None:
    """Who a pronoun speaker stands for: the nearer of the last person named and the last
    source that spoke before it, when the pronoun can stand for that source.  "One nurse,
    who asked not to be named, told the BBC ... 'I've seen ...,' she said" is the nurse's
    (anonymous), "The trust said ... It said it was opening" the trust's; "he" cannot be a
    body in English, "it" is never a person, and "ils"/"they" never one person."""
    word = fold((d.source.text or "").strip("-").split()[0]) if d.source.text else ""
    word = word.removeprefix("t-")
    cues = cues_for(d.pb.block.language)
    phrase = fold((d.source.text or "").strip())
    if phrase in folded(cues, "singular_anaphors"):
        word = "il"  # "ce dernier", "cette dernière": one, like "il"/"elle"
    elif phrase in folded(cues, "plural_anaphors"):
        word = "ils"
    key = (order[d.pb.block.id], pos)
    person_at = last_person_position(index, types, order, d.pb.block.id, pos)
    english = (d.pb.block.language or "").startswith("en")
    for at, source in reversed(spoke):
        if at >= key:
            continue
        if person_at is not None and person_at[0] > at and word not in _NEUTER:
            break  # a person named since: the pronoun is theirs
        if source.kind == "document":
            continue
        single = source.kind == "named" or (source.kind == "anonymous" and (source.count or 1) == 1)
        if word in _PERSONAL and (single or (not english and source.kind == "institution")):
            return Source(source.kind, d.source.text, source.entity, source.count)
        if word in _NEUTER and source.kind == "institution":
            return Source(source.kind, d.source.text, source.entity, source.count)
        if word in _PLURAL and not single:
            return Source(source.kind, d.source.text, source.entity, source.count)
        break  # the last speaker is not this pronoun's: look no further back
    if person_at is not None and word not in _NEUTER:
        return Source("named", d.source.text, person_at[1])
    return None


_ROLE = re.compile(r"^(?:le|la|l['’]|the)\s*([^\W\d_][\w-]+(?:\s+(?:[\w-]+|[ld]['’]\w+)){0,4})$",
                   re.IGNORECASE)


def _names_shown_as_bodies(index: EntityIndex, types: dict[str, str], texts: dict[str, str],
                           language: str | None) -> set[str]:
    """The names the entity reader took for people that the page shows to be bodies: a
    body's noun set off after them ("Armor Fibre, le gestionnaire du réseau,", "HAROPA
    Port, l'établissement public qui ...,"), or, for one-word names, a body's noun right
    before them, one adjective allowed between ("la société rennaise Lexiane", "AI
    startup Corvid"), or a company's officer ("Vantra chief executive", "le PDG de
    Vantra").  (A name also written in full, "Bertrand Lecoq", is a person's.)"""
    cues = cues_for(language)
    # ("County Clerk Dana Whitmore": a name the entity reader took with its title)
    people = _person_nouns(cues)
    several = {m.entity for m in index.mentions if " " in texts.get(m.block, "")[m.start : m.end]}
    out = set()
    for m in index.mentions:
        if types.get(m.entity) != "person" or m.how == "byline" or m.entity in out:
            continue
        text = texts.get(m.block, "")
        one_word = m.entity not in several
        # (a name of several words only right after the noun: "campaign group Breathe
        # Leicester", not "la société rennaise Jean Martin")
        words = fold(text[m.start : m.end]).split()
        titled = bool(words) and (words[0] in people or _has(words[0], cues.get("title_nouns", [])))
        # (a surname alone after the noun is a family firm's, "la fromagerie Berthollet":
        # the person stays one)
        if _shown_as_body(text, m.start, m.end, language, one_word,
                          several_after_noun=len(words) > 1 and not titled):
            out.add(m.entity)
    return out


def _shown_as_body(text: str, start: int, end: int, language: str | None, one_word: bool,
                   several_after_noun: bool = False) -> bool:
    """Whether the words around the name at ``text[start:end]`` say it is a body's: a
    body's apposition after it; for a one-word name, a body's noun before it (one
    adjective allowed) or a company's officer; for a name of several words when
    ``several_after_noun``, a body's noun right before it."""
    if _apposed_as_body(text, start, end, language):
        return True
    before = _body_noun_before(language)
    if before is not None and (one_word or several_after_noun) and _body_noun_ends(
            before, text[max(0, start - 40) : start], language, adjective=one_word):
        return True
    return one_word and _officer_near(text, start, end, language)


def _apposed_as_body(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the name at ``text[start:end]`` is set off with a body's apposition: closed
    by a comma, or by the sentence's end after an inverted speaker."""
    apposed = _body_apposition(language)
    if apposed is None:
        return False
    return apposed.match(fold(text[end : end + 120])) is not None or (
        _inverted_after_comma(text[max(0, start - 40) : start], language)
        and apposed.match(fold(re.sub(r"[.!?](?=\s|$).*", ",", text[end : end + 160],
                                      flags=re.S))) is not None)


def _inverted_after_comma(before: str, language: str | None) -> bool:
    """Whether a name comes right after a comma and a verb of one to three lowercase words
    ("..., indique Atmo Auvergne-Rhône-Alpes"): an inverted speaker, whose apposition may
    close the sentence ("..., l'organisme chargé de la surveillance de l'air.").  Not
    after "selon", whose name may open a sentence that goes on."""
    found = re.search(r",\s+((?:[^\W\d_A-Z][\w'’-]*\s+){1,3})$", before)
    return found is not None and not any(
        fold(w) in folded(cues_for(language), "according_to") for w in found.group(1).split())


@cache
def _body_apposition(language: str | None) -> re.Pattern[str] | None:
    """An apposition that says the name before it is a body's: a comma, an article and a
    body's noun, closed by a comma ("Selon Claire Vasseur, la Banque centrale devrait
    ..." goes on as a sentence), and the body's, not a possessor's ("Maria Esteves, the
    county's elections director")."""
    cues = cues_for(language)
    people = _person_nouns(cues)
    nouns = sorted((fold(n) for n in cues.get("institution_nouns", [])
                    if " " not in n and fold(n) not in people), key=len, reverse=True)
    articles = sorted(folded(cues, "apposition_articles"), key=len, reverse=True)
    if not nouns or not articles:
        return None
    return re.compile(rf"\s*,\s*(?:{'|'.join(map(re.escape, articles))})\s*"
                      rf"(?:{'|'.join(map(re.escape, nouns))})\b(?!['’]s)[^,.;:!?]*,")


def _officer_near(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the name at ``text[start:end]`` is given a company's officer, after it
    ("Vantra chief executive") or before it ("le PDG de Vantra")."""
    found = _company_title_patterns(language)
    if found is None:
        return False
    after, before = found
    return after.match(fold(text[end : end + 30])) is not None or \
        before.search(fold(text[max(0, start - 40) : start])) is not None


@cache
def _company_title_patterns(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    titles = sorted(folded(cues_for(language), "company_titles"), key=len, reverse=True)
    if not titles:
        return None
    alternation = "|".join(map(re.escape, titles))
    return (re.compile(rf"\s+(?:{alternation})\b"),
            re.compile(rf"\b(?:{alternation})\s+(?:de|d'|d’|du)\s*$"))


def _person_nouns(cues: dict[str, Any]) -> frozenset[str]:
    """Nouns of people, titles and a body's voice ("spokesman", "manager", "experts"): a
    body's noun followed by one of them names a person ("Kremlin spokesman")."""
    return folded(cues, "title_nouns") | folded(cues, "source_nouns") | folded(
        cues, "body_voices") | folded(cues, "vague_nouns")


def _body_noun_ends(before: re.Pattern[str], text: str, language: str | None,
                    adjective: bool = True) -> bool:
    """Whether ``text`` ends with a body's noun, or (with ``adjective``) one and an
    adjective after it, but not a title or a person's noun ("Kremlin spokesman", "Hull
    City manager")."""
    found = before.search(fold(text))
    if found is None:
        return False
    last = found.group(0).split()[-1] if found.group(0).split() else ""
    if not adjective and found.group(1) and before.fullmatch(last) is None:
        return False  # ("campaign group": the second noun is a body's too)
    if not adjective and not text.rstrip().split()[-1].split("-")[-1].islower():
        return False  # ("secretary general of NATO Mark Rutte": a name, not a body's noun)
    return last not in _person_nouns(cues_for(language))


@cache
def _body_noun_before(language: str | None) -> re.Pattern[str] | None:
    """A body's noun ending a stretch of text, one adjective allowed after it (built once
    per language: it is asked for each speaker of each page)."""
    cues = cues_for(language)
    # (and words that only bodies take: "Glasgow-based Corrie Space")
    nouns = sorted((fold(n) for n in [*cues.get("institution_nouns", []),
                                      *cues.get("body_marks_before", [])] if " " not in n),
                   key=len, reverse=True)
    if not nouns:
        return None
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})(\s+[^\W\d_]+)?\s*$")


def _named_as_body(name: str, texts: dict[str, str], language: str | None) -> bool:
    """Whether a name nobody linked is a body's: any name the page sets off with a
    body's apposition ("Armor Réseaux, l'opérateur du câble,"), or one word that follows
    a body's noun ("la société rennaise Lexiane", "AI startup Corvid") or is given a
    company's officer ("Vantra chief executive")."""
    name = name.strip()
    if not name:
        return False
    word = re.compile(rf"\b{re.escape(name)}\b")
    one_word = re.fullmatch(r"[^\W\d_][\w-]+", name) is not None
    return any(_shown_as_body(text, m.start(), m.end(), language, one_word)
               for text in texts.values() for m in word.finditer(text))


def _surname_of(text: str, index: EntityIndex) -> str | None:
    """The one person of the page whose full name ends with the one capitalised word
    ``text`` is ("Drummond" for Rachel Drummond)."""
    word = text.strip()
    if not re.fullmatch(r"[^\W\d_][\w-]+", word) or not word[0].isupper():
        return None
    people = [e.id for e in index.entities if e.type == "person" and len(e.name.split()) > 1
              and fold(e.name.split()[-1]) == fold(word)]
    return people[0] if len(people) == 1 else None


def _role_antecedent(text: str, at: tuple[int, int], index: EntityIndex, types: dict[str, str],
                     order: dict[str, int], texts: dict[str, str]) -> str | None:
    """The person a definite role noun stands for ("le coureur", "the striker"): the last
    one the page named right after that noun ("du coureur français Maël Riou", "striker
    Tom Hale"), one adjective allowed between."""
    found = _ROLE.match(text.strip())
    if found is None or not found.group(1).islower():
        return None
    # ("l'adjoint à l'urbanisme" after "l'adjoint à l'urbanisme, Karim Benhaddou")
    noun = re.compile(rf"\b{re.escape(fold(found.group(1)))}(?:\s+[^\W\d_]+)?,?\s*$")
    best: tuple[tuple[int, int], str] | None = None
    for m in index.mentions:
        key = (order.get(m.block, -1), m.start)
        if types.get(m.entity) != "person" or m.how == "byline" or key >= at or (
                best is not None and key <= best[0]):
            continue
        if noun.search(fold(texts.get(m.block, "")[max(0, m.start - 60) : m.start])):
            best = (key, m.entity)
    return best[1] if best else None


def _body_of_pronoun(d: _Draft, index: EntityIndex, types: dict[str, str]) -> Source | None:
    """"Le parquet de Marseille a ouvert une enquête ..., a-t-il fait savoir": a pronoun
    speaker after the content stands for the content's own subject when that is a body of
    the same gender ("il" for "le parquet"; "it" for "the company")."""
    if d.pb.doc is None or not d.source_span or d.source_span[0] < d.end:
        return None
    pronoun = next((t for t in _tokens(d.pb, *d.source_span) if t.pos_ == "PRON"), None)
    if pronoun is None:
        return None
    word = fold(pronoun.text.strip("-"))
    genders = {"il": "Masc", "ils": "Masc", "elle": "Fem", "elles": "Fem", "it": None}
    if word not in genders:
        return None
    content = _tokens(d.pb, d.start, d.end)
    root = next((t for t in content if t.head.i == t.i or not (d.start <= t.head.idx < d.end)),
                None)
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None) if root else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if genders[word] and subject.morph.get("Gender") not in ([genders[word]], []):
        return None
    words = [t for t in subject.subtree if not t.is_punct]
    source = _classify(d.pb, *_span_of(words), index, types, cues_for(d.pb.block.language))
    return source if source.kind == "institution" else None


def _profile(claims: list[Claim], article: Article) -> Sourcing:
    by_kind: dict[str, int] = {}
    for c in claims:
        by_kind[c.source.kind] = by_kind.get(c.source.kind, 0) + 1
    anonymous = [c.source.count for c in claims if c.source.kind == "anonymous" and c.source.count]
    anon_count = max(anonymous) if anonymous else None
    title_ids = {b.id for b in article.blocks if b.kind == "title"}
    headline = next((c for c in claims if any(e.block in title_ids for e in c.evidence)), None)
    named = bool(headline and headline.source.kind in ("named", "institution", "document"))
    if headline is None:
        summary = "No headline claim was read."
    elif headline.source.kind == "anonymous":
        n = headline.source.count
        who = f"{n} anonymous source{'s' if n != 1 else ''}" if n else "anonymous sources"
        summary = f"The headline claim rests on {who} only ({headline.certainty})."
    elif headline.source.kind == "unattributed":
        summary = f"The headline claim is the outlet's own ({headline.certainty})."
    else:
        kind = headline.source.kind
        summary = (f"The headline claim rests on {'an' if kind[0] in 'aeiou' else 'a'} {kind} "
                   "source: "
                   f"{headline.source.text} ({headline.certainty}).")
    return Sourcing(len(claims), by_kind, anon_count, headline.id if headline else None, named,
                    summary)


__all__ = ["claims_in", "cues_for", "inverted_subject", "last_person_before", "speaker_of",
           "subjects_of"]
