"""The kind of a source phrase (``_classify``): named person, institution, anonymous (with
a count), vague, document or the outlet itself; and the names the entity reader took
for people that the page shows to be bodies (by an apposition, a body's noun before
them, a company's officer).

Apart because the kind is decided from the source phrase alone, once its bounds are
known: it needs the speakers' helpers, never the report finders.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from newstrace.analyze.claims._cues import (
    _has,
    _one_of,
    _person_noun,
    _speaker_nouns,
    cues_for,
    folded,
)
from newstrace.analyze.claims._speakers import _anaphor, _titled, subjects_of, titled_first
from newstrace.analyze.claims._syntax import (
    RELATIVE_DEPS,
    _agrees_only_with,
    _paper_name,
    _phrase_head,
    _span_of,
    _tokens,
)
from newstrace.analyze.claims._verbs import _lemma_in, cue_lemma
from newstrace.analyze.entities import EntityIndex
from newstrace.model import Source
from newstrace.nlp.countries import metonym_country
from newstrace.nlp.dates import fold
from newstrace.nlp.parse import ParsedBlock

if TYPE_CHECKING:
    from spacy.tokens import Token


_NUMBER_WORDS = {
    "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
    "quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8,
    "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "l'une": 1, "l'un": 1,
}

#: A name and an age between commas ("Pike, 29", "Anders Fjeldstad, 52, from Ålesund"): a
#: person.
_AGED_NAME = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’-]+ ){0,3}[A-ZÀ-Ý][\w'’-]+, \d{1,3} ?(?:ans)?(?:,?$|, \D)")
_AGE_BEFORE_NAME = re.compile(r"^(?:the )?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old "
                              r"(?:[A-ZÀ-Ý][\w'’-]+ ){0,3}[A-ZÀ-Ý][\w'’-]+$")


def _uncounted(noun: Token) -> bool:
    """Whether a noun of people comes with no number ("Library staff", "les enquêteurs";
    not "two staff", "deux enquêteurs", "one member")."""
    return not any(c.dep_ == "nummod" or (c.dep_ == "det" and fold(c.text) in _NUMBER_WORDS)
                   for c in noun.children)


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


def _content_lead(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """The head of a phrase when it is a content noun ("l'estimation", "figures"), whose
    giver the phrase may name after it; None otherwise."""
    lead = _phrase_head(tokens)
    return lead if lead is not None and fold(lead.text) in folded(cues, "content_nouns") \
        else None


def _content_owner(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """The first word of whoever's figures a phrase headed by a content noun names
    ("un" in "l'estimation d'un proche du chef"), past the preposition; None when the
    phrase is not such figures or names no owner."""
    lead = _content_lead(tokens, cues)
    if lead is None:
        return None
    owner = next((c for c in lead.children if c.dep_ in ("nmod", "prep") and c.i > lead.i),
                 None)
    if owner is None:
        return None
    first = owner.left_edge if owner.dep_ == "nmod" else next(
        (c for c in owner.children if c.dep_ == "pobj"), owner).left_edge
    while first.pos_ == "ADP" and first.i < owner.i:
        first = first.doc[first.i + 1]  # ("d'", "de", "of")
    return first if first in tokens else None


def wire_witness(text: str, cues: dict[str, Any]) -> bool:
    """Whether a speaker is a news agency or one of its reporters ("l'AFP", "un
    correspondant de l'AFP", "an AFP reporter"): what such a witness saw is the outlet's own
    fact, the wire copy the page runs ("..., a constaté l'AFP" is the agency's dispatch
    telling what its reporter saw, as "a constaté notre journaliste" is the paper's)."""
    agencies = folded(cues, "wire_agencies")
    reporters = folded(cues, "press_reporters")
    words = re.sub(r"^(?:l['’]|the |an? |un |une |des |deux |two |plusieurs )", "",
                   fold(text).strip()).replace("’", "'")
    if words in agencies:
        return True
    for agency in agencies:
        for reporter in reporters:
            if words in (f"{reporter} de l'{agency}", f"{reporter} d'{agency}",
                         f"{reporter} de {agency}", f"{agency} {reporter}",
                         f"{reporter} of {agency}", f"{reporter} from {agency}"):
                return True
    return False


def _of_body_name(text: str, cues: dict[str, Any]) -> bool:
    """Whether a phrase is one capitalised name with a body's noun followed by "of" inside
    it ("Ashbourne Vale Chamber of Trade"), with no apposition and no title before it (the
    caller leaves a document by such a body to the document: "A survey by the Ashbridge
    Chamber of Trade")."""
    words = text.split()
    heads = folded(cues, "body_name_heads")
    return bool(heads) and "," not in text and len(words) > 2 and words[0][:1].isupper() \
        and any(w[:1].isupper() and fold(w) in heads and fold(nxt) in folded(
            cues, "member_prepositions") for w, nxt in itertools.pairwise(words[1:]))


def _body_after_comma(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """"The ship's manager, Hong Kong-based Orient Bay Marine": a role set off by a name a
    body's word ends (``organisation_words``), whatever words of place come before it, is
    the body's, whatever the entity reader made of the name."""
    comma = next((t.i for t in tokens if t.text == ","), None)
    after = [t for t in tokens if comma is not None and t.i > comma and not t.is_punct]
    # (the words of the name, past a place joined by a hyphen: "Hong Kong-based")
    name = [t for t in after if not (t.is_lower and t.i > 0 and t.doc[t.i - 1].text in "-‑")]
    return len(name) >= 2 and tokens[0].pos_ != "PROPN" and all(
        t.text[:1].isupper() for t in name) and len(name[-1].text) > 3 and \
        fold(name[-1].text) in folded(cues, "organisation_words")


def _name_then_body_noun(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """"Action Fraud, the national reporting centre": a name set off by an apposition of
    an article and words that a body's noun ends (``institution_nouns``,
    ``apposed_body_nouns``; no preposition: "a member of the council" is a person) is the
    body, whatever the entity reader made of the name."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma == 0 or tokens[0].pos_ != "PROPN":
        return False
    after = [t for t in tokens[comma + 1 :] if not t.is_punct]
    return len(after) >= 2 and after[0].pos_ == "DET" and after[-1].is_lower and \
        after[-1].pos_ == "NOUN" and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in after[1:]) \
        and fold(after[-1].text) in folded(cues, "institution_nouns") | folded(
            cues, "apposed_body_nouns")


def _described_as_body(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """"Son employeur, Thalmor Systèmes, une PME brestoise ...": a phrase set off after
    the name that opens with an indefinite article and a body's noun (``institution_nouns``,
    ``apposed_body_nouns``) says the name is a body's, whatever the entity reader made of
    it."""
    nouns = folded(cues, "institution_nouns") | folded(cues, "apposed_body_nouns")
    chunks: list[list[Token]] = [[]]
    for t in tokens:
        if t.text == ",":
            chunks.append([])
        else:
            chunks[-1].append(t)
    return any(len(c) >= 2 and c[0].pos_ == "DET" and fold(c[0].text) in folded(
        cues, "indefinite_articles") and c[1].pos_ == "NOUN" and fold(c[1].text) in nouns
               for c in chunks[2:])


def _linked_name(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """A capitalised link word (``body_name_links``) between two capitalised words before
    any comma ("Hope Without Borders said") makes the name a body's, never a person's,
    whatever the entity reader made of it."""
    words = list(itertools.takewhile(lambda t: t.text != ",", tokens))
    return any(t.text[:1].isupper() and fold(t.text) in folded(cues, "body_name_links")
               and words[n - 1].text[:1].isupper() and words[n + 1].text[:1].isupper()
               for n, t in enumerate(words[1:-1], start=1))


def _staff_of_a_name(head: Token | None, cues: dict[str, Any]) -> bool:
    """"Analysts at Jefferies", "economists at Capital Economics": a firm's analysts
    speak for it, though the entity reader knew no such name (``firm_staff`` at a name;
    not "Residents at Maple Court", nor "Some analysts at ...")."""
    if head is None or fold(head.text) not in folded(cues, "firm_staff"):
        return False
    after = [t for t in head.doc[head.i + 1 : head.i + 4] if t.pos_ != "DET"][:2]
    # ("meteorologists at the National Weather Service office": a determiner between)
    return not any(c.dep_ in ("det", "amod") and fold(c.text) in folded(
        cues, "vague_quantifiers") for c in head.children) and len(after) == 2 and \
        fold(after[0].text) in folded(cues, "staff_prepositions") and after[1].pos_ == "PROPN"


def _office_of(head: Token | None, cues: dict[str, Any]) -> bool:
    """"Le cabinet du ministre délégué, Hervé Lannuzel", "The office of Governor Jane Roe":
    a post's office speaks as a body; the name after it says whose post it is (``office_
    nouns`` with "de"/"of" after them)."""
    if head is None or fold(head.text) not in folded(cues, "office_nouns") or \
            head.i + 1 >= len(head.doc):
        return False
    return head.i > 0 and head.doc[head.i - 1].pos_ == "DET" and \
        fold(head.nbor().text) in ("de", "du", "d'", "des", "of")


def _record(tokens: list[Token], lead: Token | None, cues: dict[str, Any]) -> bool:
    """Whether a phrase names a record (``record_nouns``: "les données", "council
    figures") or a periodic report ("le bilan annuel", "the annual review"): its head or
    its first noun (the parser often makes "le dernier relevé mensuel" a participle)."""
    first = next((t for t in tokens if t.pos_ not in ("DET", "ADJ", "NUM", "ADP", "PUNCT")),
                 None)
    periodic = folded(cues, "periodic_words")
    owned = folded(cues, "owned_records")
    records = folded(cues, "record_nouns")
    # (a record's noun opening the sentence may be tagged a name: "Records held by ...")
    for word in {t.i: t for t in (lead, first) if t is not None and (
                 t.pos_ != "PROPN" or (t.i == t.sent.start and fold(t.text) in records))
                 and (t.is_lower or t.i == t.sent.start)}.values():  # ("Données Libres")
        if any(t.pos_ == "PROPN" and t.i < word.i for t in tokens) or (
                fold(word.text) in owned and any(t.pos_ == "ADP" and t.i > word.i
                                                 for t in tokens)
                # (but "Figures published in the cabinet papers" are a document's, and
                # "figures obtained by this newspaper" nobody's but their own)
                and not any(t.i > word.i and _has(t.text, cues.get("document_nouns", []))
                            for t in tokens)
                and not _has(" ".join(t.text for t in tokens), cues.get("outlet_self", []))):
            continue  # "UNHCR figures", "figures from the county's education department":
            # a body's, as "les chiffres du ministère"
        if fold(word.text) in records or any(
                fold(t.text) in periodic for t in tokens if abs(t.i - word.i) == 1):
            return True
    return False


def _hyphenated(tok: Token) -> str:
    """A word with the words the tokenizer split off it at hyphens ("sages-femmes" read
    as "sages", "-", "femmes"; "start-up" with its head made "up")."""
    doc, start, end = tok.doc, tok.i, tok.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and \
            not doc[end + 1].whitespace_:
        end += 2
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and \
            not doc[start - 1].whitespace_:
        start -= 2
    return doc[start : end + 1].text


def _lists_members(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a group's phrase lists its members after a comma ("..., dont le rappeur
    Kalim", "..., including the mayor, Ana Ruiz")."""
    marks = folded(cues, "including_words")
    return any(fold(t.text) in marks and t.i > tokens[0].i and t.doc[t.i - 1].text == ","
               for t in tokens)


def _title_then_name(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """"FDA Commissioner Laura Hendricks": a title and then a name of two or three
    capitalised words closing the phrase, a person, whatever body the title names before
    it (the entity reader may have missed the name and kept only "FDA"); a body's voice
    is a title there ("police spokesman Jens Wolters")."""
    titles = folded(cues, "title_nouns") | folded(cues, "body_voices")
    at = next((n for n in range(len(tokens) - 1, -1, -1) if fold(tokens[n].text) in titles), None)
    name = tokens[at + 1 :] if at is not None else []
    # (not a name closed by a body's word: "The Carrick Head Lighthouse Trust", where
    # "Head" is a headland's)
    return 2 <= len(name) <= 3 and all(
        t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name) and \
        fold(name[-1].text) not in folded(cues, "organisation_words")


def _based_at(tokens: list[Token], cues: dict[str, Any]) -> list[tuple[int, int]]:
    """The characters of the names joined by a hyphen to a word of where one is based
    (``based_suffixes``: "Kent-based", "Lyon-born"): a place, whatever type the entity
    reader gave the name, and never the speaker."""
    suffixes = folded(cues, "based_suffixes")
    out = []
    for t in tokens:
        if t.text == "-" and t.i + 1 < len(t.doc) and fold(t.doc[t.i + 1].text) in suffixes:
            names = list(itertools.takewhile(lambda k: k.pos_ == "PROPN",
                                             reversed(t.doc[tokens[0].i : t.i])))
            if names:
                out.append((names[-1].idx, t.idx))
    return out


def _classify(pb: ParsedBlock, start: int, end: int, index: EntityIndex,
              entity_types: dict[str, str], cues: dict[str, Any]) -> Source:
    text = pb.norm.text[start:end]
    tokens = _tokens(pb, start, end)
    comma = next((t for t in tokens[1:-1] if t.text == ","), None)
    if comma is not None and fold(tokens[0].text) in folded(cues, "reached_words") and \
            comma.i + 1 < len(comma.doc) and comma.doc[comma.i + 1].idx < end:
        # ("Interrogée par France 3 Occitanie, Manon Rieux, 27 ans, raconte": the parser
        # hung the opening on the speaker; how the outlet reached her says nothing of her)
        return _classify(pb, comma.doc[comma.i + 1].idx, end, index, entity_types, cues)
    if comma is not None and comma.i + 1 < len(comma.doc) and \
            comma.doc[comma.i + 1].morph.get("VerbForm") == ["Part"] and \
            comma.doc[comma.i + 1].morph.get("Tense") == ["Past"] and \
            comma.doc[comma.i + 1].pos_ == "VERB" and any(
                t.pos_ == "NOUN" for t in tokens if t.i < comma.i) and not any(
                t.pos_ == "PROPN" for t in tokens if t.i < comma.i):
        # "Des proches de détenus, rassemblés lundi devant l'établissement": where they
        # stood says nothing of who they are (the body there does not speak).
        after = fold(pb.norm.text[comma.doc[comma.i + 1].idx + len(comma.doc[comma.i + 1].text):
                                  end]).lstrip()
        if tokens[0].morph.get("Definite") == ["Def"] and any(
                after.startswith(fold(m)) for m in cues.get("body_membership", [])):
            # "Les opposants, regroupés au sein de l'association X": the body they form
            # speaks.
            return Source("institution", text)
        kept = _classify(pb, start, comma.idx, index, entity_types, cues)
        return replace(kept, text=text) if kept.text else kept
    relative = next((t for t in tokens[2:] if t.doc[t.i - 1].text == "," and (
        t.morph.get("PronType") == ["Rel"] or t.tag_ in ("WP", "WDT"))), None)
    if relative is not None and tokens[0].pos_ != "PROPN" and not _has(
            pb.norm.text[relative.idx:end], cues.get("anonymity", [])):
        # "two legal experts consulted by The Advertiser, who cited the case of former army
        # lawyer X": what the relative clause set off after the source says of it (the
        # army, the lawyer) does not say who speaks.
        kept = _classify(pb, start, relative.doc[relative.i - 1].idx, index, entity_types, cues)
        if kept.kind in ("anonymous", "vague", "named"):
            return replace(kept, text=text)
    own = _has(text, cues.get("outlet_self", []))
    if own and (fold(text).find(fold(own)) < 5 or not any(
            t.pos_ in ("NOUN", "PROPN") for t in tokens
            if t.idx < start + fold(text).find(fold(own)))):
        # "selon nos informations": the outlet's own word (but "an internal memo reviewed
        # by this newspaper" is the memo's, "Hélène Marchetti à notre correspondant" hers)
        return Source("unattributed")
    if _published_report(tokens, cues) is not None:
        # "d'après le bilan publié chaque mois par la DREAL", "selon le bilan financier
        # présenté en assemblée générale", "according to figures presented to the
        # council's committee": figures put out in a document are the document's word
        # (a first count given out, "un bilan communiqué par les pompiers", the body's).
        bodies = [b for b in index.at(pb.block.id, start, end)
                  if entity_types.get(b) in ("organization", "place")]
        return Source("document", text, bodies[0] if bodies else None)
    owned = _content_owner(tokens, cues)
    # "selon l'estimation d'un proche du chef", "selon les estimations de plusieurs
    # agents": figures speak with the voice of whoever gave them, when that is an unnamed
    # person or an uncounted group (a body's figures are read below as the body's, a
    # document's as the document's) ...
    unnamed_owner = owned is not None and owned.idx > start and owned.pos_ != "PROPN" and not (
        owned.morph.get("Definite") == ["Def"] and fold(owned.text) != "des") and not (
        # ("les données de suivi maritime": a bare noun says what the data are of; not
        # "estimates by hospital employees", a noun that only qualifies the owners)
        owned.pos_ == "NOUN" and owned.morph.get("Number") == ["Sing"]
        and owned.dep_ != "compound") and \
        fold(owned.doc[owned.i - 1].text) not in folded(cues, "definite_contractions")
    # ... or a person by her full name ("selon les estimations de Claire Dumas"; a one-word
    # name is left to the body reading below: "selon les dernières prévisions de Vigilac")
    named_owner = owned is not None and owned.idx > start and (owned.pos_ != "PROPN" or (
        owned.i + 1 < len(owned.doc) and owned.nbor().pos_ == "PROPN"))
    if owned is not None and (unnamed_owner or named_owner):
        # (the owner's phrase up to a comma: not "qui parle ... de nombreuses familles")
        cut = next((t.idx for t in tokens if t.idx > owned.idx and t.text == ","), end)
        if cut < end and all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") for t in tokens
                             if t.idx > cut) and any(t.pos_ == "PROPN" for t in tokens
                                                     if t.idx > cut):
            cut = end  # (but the names set off after them: "des exploitants, Céline et Marc")
        kept = _classify(pb, owned.idx, cut, index, entity_types, cues)
        if unnamed_owner and kept.kind == "anonymous" and fold(owned.doc[owned.i - 1].text) in \
                folded(cues, "definite_plural_contractions") and owned.morph.get("Number") == [
                    "Plur"]:
            # ("selon les estimations des enquêteurs": "des" is "de les", the investigators
            # speaking for their inquiry, as "les enquêteurs" do)
            return Source("institution", text)
        if unnamed_owner and kept.kind in ("anonymous", "vague"):
            return replace(kept, text=text)
        if named_owner and kept.kind == "named" and entity_types.get(
                kept.entity or "") == "person" and len(kept.text.split()) > 1 and all(
                w[:1].isupper() for w in kept.text.split()[-2:]):
            # (a person's full name: not "les estimations de l'organisateur", "estimates
            # from the regional chamber of commerce", "une estimation du Sdis", bodies'
            # figures the entity reader may give a person's type)
            return replace(kept, text=text)
    ids = index.at(pb.block.id, start, end)
    agent = next((t for t in tokens[1:] if fold(t.text) in ("par", "by") and (
        t.doc[t.i - 1].morph.get("VerbForm") == ["Part"] or t.doc[t.i - 1].tag_ == "VBN")), None)
    if agent is not None:
        # "Des riverains interrogés par Ouest-France": who asked them does not speak.
        ids = index.at(pb.block.id, start, agent.idx)
    relative = next((t for t in tokens[1:] if t.morph.get("PronType") == ["Rel"]
                     or t.tag_ in ("WP", "WP$")), None) if agent is None else None
    if relative is not None and relative.i > 1 and relative.doc[relative.i - 1].text == "," \
            and tokens[0].pos_ == "PROPN" and relative.doc[relative.i - 1].idx > start:
        # "Sylvie Marchal, 58, whose house overlooks the line": a person's name says who;
        # the relative clause what else is true of her (a body's name is read below with
        # what its clause says of it: "Brevia Mobilités, qui exploite 40 lignes").
        kept = _classify(pb, start, relative.doc[relative.i - 1].idx, index, entity_types, cues)
        if kept.kind == "named":
            return replace(kept, text=text) if kept.text else kept
    if relative is not None and relative.i > 0 and \
            relative.doc[relative.i - 1].pos_ in ("NOUN", "PUNCT"):
        # "Farmers who spoke to the Herald", "des éleveurs qui se sont confiés au Monde":
        # the relative clause says who they are; its names do not speak.
        ids = index.at(pb.block.id, start, relative.idx)
    before_comma = [t for t in tokens if t.idx < start + text.find(",")]
    named_first = _phrase_head(before_comma)
    if tokens and tokens[0].pos_ == "PROPN" and "," in text and (
            named_first is None or named_first.pos_ == "PROPN") and not any(
                # (a post of a place's, the parser's name for it: "Mpumalanga's MEC for
                # community safety, roads and transport, Sipho Nkosi")
                t.tag_ == "POS" for t in before_comma):
        # "Mensah, the 200-meter silver medalist in Paris": the name says who; the places
        # and bodies of its apposition do not. (But "Bell's sister, Tanya Bell" is Tanya.)
        ids = index.at(pb.block.id, start, start + text.index(","))
    if _described_as_one(tokens, text, start, cues):
        # "Ewan MacRae, a retired ferryman who lives in the village": a name set off with
        # one person's noun after an indefinite article is a person's, whatever the entity
        # reader made of it.
        people = [i for i in ids if entity_types.get(i) == "person"]
        return Source("named", text, people[0] if people else None)
    if _AGED_NAME.match(text) or _AGE_BEFORE_NAME.match(text):
        # "Pike, 29, said", "said nine-year-old Maya Hollis": a name with an age is a
        # person's, whatever the entity reader made of it.
        people = [i for i in ids if entity_types.get(i) == "person"]
        return Source("named", text, people[0] if people else None)
    if _of_body_name(text, cues) and not _has(text, cues.get("document_nouns", [])):
        # "Ashbourne Vale Chamber of Trade welcomed ...": a name built on a body's noun and
        # "of" is the body's, whatever the entity reader made of it.
        return Source("institution", text, next(iter(index.at(pb.block.id, start, end)), None))
    if metonym_country(text, pb.block.language) is not None:
        # "Kyiv said", "l'Élysée a démenti": a capital or a seat speaking is its government.
        return Source("institution", text, next(iter(ids), None))
    if _one_of(text, cues) and \
            "," not in text:
        # "one of the residents", "l'un des avocats de X": one person among unnamed others
        # (but "one of the founders, Jane Roe" is named)
        return Source("anonymous", text, None, 1)
    people = [i for i in ids if entity_types.get(i) == "person"]
    owners = sorted([*((t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
                       for t in tokens if t.dep_ == "poss" and t.pos_ == "PROPN"
                       and t.head.pos_ == "NOUN"), *_based_at(tokens, cues)])
    if people and owners:
        # "Three of Pike's former training partners": whose partners they are; the
        # partners speak, not Pike (but "Bell's sister, Tanya Bell" names her); "The
        # Kent-based fruit wholesaler": where it is based.
        bounds = [start, *(x for o in owners for x in o), end]
        outside = {i for a, b in zip(bounds[::2], bounds[1::2], strict=True) if a < b
                   for i in index.at(pb.block.id, a, b)}
        people = [i for i in people if i in outside]
    lead = _phrase_head(tokens)
    if _staff_of_a_name(lead, cues) or _office_of(lead, cues):
        return Source("institution", text)
    named_kin = [t for t in tokens if t.i > lead.i + 1 and t.doc[lead.i + 1].text == ","] \
        if lead is not None and fold(lead.text) in folded(cues, "kin_nouns") else []
    if len(named_kin) >= 2 and all(t.text[:1].isupper() for t in named_kin if not t.is_punct):
        # "Her father, Arjun Raman, said": a relative named after the kin noun is a
        # person, whatever type the entity reader gave the name.
        return Source("named", text, next((i for i in ids if entity_types.get(i) == "person"),
                                          None))
    if lead is not None and not people and fold(lead.text) in folded(cues, "owner_nouns") and any(
            c.dep_ == "poss" and (fold(c.text) in folded(cues, "thing_possessives") or (
                # ("the theater's owners", "the pub's owners")
                c.pos_ == "NOUN" and (_has(c.text, cues.get("institution_nouns", []))
                                      or fold(c.lemma_) in folded(cues, "owned_places"))))
            for c in lead.children) and not _has(text, cues.get("anonymity", [])):
        # "its owners announced": whoever owns a thing (a ski area, an airport) speaks
        # for it as a body (not when they are named: "its owners, Sarah and Tom Whitfield").
        return Source("institution", text)
    unnamed_group = lead is not None and _uncounted(lead) and not _has(
        text, cues.get("anonymity", []))
    if unnamed_group and fold(lead.text) in folded(cues, "collective_people") and not any(
            " " in n and n.endswith(" " + fold(lead.text)) and n in fold(text)
            for n in folded(cues, "institution_nouns")):
        # "Library staff told the Gazette", "Some hospital staff": a group, singular in
        # form only, uncounted and unnamed (not "one member of staff", nor "two staff";
        # "the army's general staff" is a body).
        return Source("vague", text)
    # (past its article: "d'après le Dr Espoir Mulume")
    titled = tokens[1:] if tokens and tokens[0].pos_ == "DET" else tokens
    if len(titled) >= 2 and fold(titled[0].text) in folded(cues, "civil_titles") and \
            titled[1].text[:1].isupper() and not _has(text, cues.get("anonymity", [])):
        # "M. Fenzi, qui comparaît libre, aurait reconnu": a name after "M.", "Mme", "Mr"
        # is a person's, whatever the entity reader made of it.
        return Source("named", text)
    if any(fold(text).startswith(p) for p in folded(cues, "press_colleagues")):
        # "selon nos confrères d'Ouest-France": another newsroom, a body.
        return Source("institution", text)
    if unnamed_group and fold(lead.text) in folded(cues, "inquiry_nouns") and any(
            c.dep_ == "det" and c.morph.get("Definite") == ["Def"] and c.i < lead.i
            for c in lead.children):
        # "les enquêteurs n'excluent aucune piste", "Selon les enquêteurs du BEAmer": those
        # in charge of the inquiry speak for it (not "deux enquêteurs", nor "des enquêteurs").
        return Source("institution", text)
    noun = next((t for t in tokens if t.pos_ == "NOUN"), None)
    if noun is not None and fold(noun.text) in folded(cues, "insider_heads"):
        # "l'entourage de la direction", "glisse-t-on dans l'entourage de la direction"
        return Source("anonymous", text)
    # The name before its apposition ("Sweetwater Farms, based in ...") and its last word.
    name_words = text.split(",")[0].split()
    name_last = fold(name_words[-1].strip(".,")) if name_words else ""
    if lead is not None and lead.pos_ == "NOUN" and \
            lead.morph.get("Number") == ["Plur"] and any(
                c.dep_ in ("det", "amod") and c.i < lead.i
                and fold(c.text) in folded(cues, "vague_quantifiers") for c in lead.children) \
            and not _has(lead.text, cues.get("anonymous_heads", [])) \
            and not _has(text, cues.get("anonymity", [])) \
            and not _has(lead.lemma_, cues.get("document_nouns", [])):
        # (but "plusieurs sources proches du dossier" are unnamed sources, however many;
        # "Plusieurs études menées dans des villes européennes" are documents;
        # so are "Plusieurs présidents d'université, qui se sont exprimés sous couvert
        # d'anonymat")
        # "Some farmers on Crete", "Plusieurs proches de X": uncounted people, whatever
        # name or body hangs on them.
        if people and _lists_members(tokens, cues):
            # "Several artists, including the singer Mara Lind, said": the group is given
            # by the people it names.
            return Source("named", text, people[0])
        return Source("vague", text)
    # (a place's people, or a one-word group the entity reader took for a name; not
    # "Analysts at Cornwall Insight", who speak for a body)
    # ("Students at Midland State University", "Regular customers at the X shop": people
    # at a body who are not its staff speak for nobody but themselves)
    # ("des touristes venus d'Espagne et du Brésil": the countries a participle after the
    # group names say where they come from, not for whom they speak)
    came = [c for c in lead.children if c.dep_ == "acl" and c.i > lead.i
            and c.morph.get("VerbForm") == ["Part"]] if lead is not None else []
    beyond = {i for c in came for i in index.at(pb.block.id, *_span_of(list(c.subtree)))}
    group = people or (ids and not _has(text, cues.get("anonymity", [])) and all(
        entity_types.get(i) not in ("organization", "country") or i in beyond
        for i in ids)) or \
        len(tokens) == 1 or (lead is not None and fold(lead.text) in folded(
            cues, "lay_groups"))
    # (but "People familiar with Northlight's finances" are unnamed sources)
    if lead is not None and fold(lead.text) in folded(cues, "firm_staff_nouns") and \
            _at_named_firm(lead, tokens):
        # "Analysts at broker Peel Hunt": the firm's people speak for it, whatever type
        # the entity reader gave its name.
        bodies = [i for i in ids if entity_types.get(i) == "organization"]
        return Source("institution", text, bodies[0] if bodies else None)
    if ids and group and lead is not None and not _has(text, cues.get("anonymity", [])) and \
            not any(t.pos_ == "PROPN" for t in tokens if t.i < lead.i) and (
            (lead.pos_ == "NOUN" and lead.morph.get("Number") == ["Plur"]
             and _has(lead.text, cues.get("vague_nouns", []))
             # (but "deux diplomates en poste à New York" are counted: unnamed sources)
             and not any(c.dep_ == "nummod" and c.i < lead.i for c in lead.children))
            or (lead.pos_ == "PRON" and fold(lead.text) in folded(cues, "vague_quantifiers")
                and any(c.dep_ == "nmod" and c.pos_ == "NOUN" for c in lead.children))) and \
            not (people and lead.i + 2 < len(lead.doc) and lead.nbor().text == ","
                 and lead.nbor(2).pos_ == "PROPN"):
        # (but names set off right after the group are theirs: "its owners, Sarah and Tom
        # Whitfield")
        # "Farmers in the Empordà plain", "Beaucoup de réfugiés, originaires d'El
        # Geneina": a group heads the phrase; the names after it say where it lives.
        # ("Volcanologists" at a sentence's start, which the entity reader took for a body)
        return Source("vague", text)
    if _name_then_document(tokens, cues):
        # "according to a United Nations Office on Drugs and Crime survey": an indefinite
        # article takes the document, not the body's name before it (which the parser may
        # have made the head).
        return Source("document", text)
    if lead is not None and lead.pos_ == "NOUN" and any(
            c.dep_ == "amod" and fold(c.text) in folded(cues, "document_adjectives")
            for c in lead.children):
        # "according to the printed guide handed out at visitor points": a thing printed
        # or written is a document, whatever else its noun may name (a guide, a person).
        return Source("document", text)
    if _record(tokens, lead, cues):
        # "les données publiées par l'UCI", "le bilan annuel de l'Observatoire", "according
        # to council figures": a record speaks, whoever keeps it (but "selon les chiffres
        # du ministère", "un nouveau bilan de la préfecture" are the body's).
        return Source("document", text)
    if lead is not None and fold(lead.text) in folded(cues, "content_nouns") and any(
            t.pos_ == "NOUN" and t.i > lead.i and _has(t.text, cues.get("document_nouns", []))
            # (not in a relative clause: "l'estimation fournie par l'association, qui
            # attend encore les factures")
            and not any(a.dep_ in RELATIVE_DEPS and lead in a.ancestors for a in t.ancestors)
            for t in lead.subtree) and _given_by(tokens, cues) is None:
        # "estimates in a report commissioned by the city council", "les chiffres d'une
        # étude": the document holds them, whoever ordered it (but "les premiers éléments
        # de l'enquête communiqués par la police" are the police's, who gave them).
        return Source("document", text)
    if people and lead is not None and lead.pos_ == "NOUN" and \
            _has(text, cues.get("anonymity", [])):
        # "One farmer in Kent, who asked not to be named": unnamed, whatever name the
        # entity reader found in the phrase.
        return Source("anonymous", text, None, _count(tokens, cues))
    if (kept := _giver(pb, _statement_by(tokens, cues), text, index, entity_types,
                       cues)) is not None and kept.kind == "institution":
        # "according to a statement from the hospital's foundation": a body's word, put
        # out in its name (4 English lines of 4; French writers read "selon un communiqué
        # de X" as the document, so the French list is empty).
        return kept
    if ids and lead is not None and lead.pos_ == "NOUN" and not _in_name(
            lead, tokens, cues) and _has(lead.text, cues.get("document_nouns", [])) and not _has(
            lead.text, [*cues.get("title_nouns", []), *cues.get("source_nouns", [])]):
        # "l'avis publié sur le site RappelConso": the document speaks, whatever name the
        # entity reader found in it.
        return Source("document", text, None)
    if tokens and tokens[0].pos_ == "PROPN" and "," in text:
        apposed = _phrase_head([t for t in tokens if t.idx > start + text.index(",")])
        apposed = apposed if apposed is not None and apposed.pos_ == "NOUN" else None
        post = apposed is not None and _has(apposed.text, [*cues.get("title_nouns", []),
                                                           *cues.get("body_voices", [])])
        if apposed is not None and (post or (
                apposed.i + 1 < len(apposed.doc) and fold(apposed.nbor().text) in ("with", "at")
                and not _has(text[:text.index(",")], cues.get("institution_nouns", [])))):
            # "Mykola Hrytsenko, porte-parole du groupement ...", "Andriy Koval, a drone
            # operator with the 93rd Brigade": a person holding a post or serving in a
            # body, whatever type the entity reader gave the name.
            return Source("named", text, people[0] if people else None)
        if people and apposed is not None and \
                _has(apposed.text, cues.get("institution_nouns", [])):  # (not a post: above)
            # ("Jalen Brooks, a spokesman for the union": a person who speaks for a body.)
            # "Calder Ridge, a London brokerage, estimated": the apposition says it is a body.
            return Source("institution", text, people[0])
    if len(people) > 1 and titled_first(tokens):
        people.reverse()  # "le président de Forgeval, Olivier Desgranges": the name
    bodies = [i for i in ids if entity_types.get(i) in ("organization", "country")]
    # (past a post in lowercase before the name: "Area manager Paul Hendry of Lancashire
    # Fire and Rescue Service")
    post = list(itertools.takewhile(lambda t: t.pos_ == "NOUN" and (
        t.is_lower or t.i == t.sent.start), tokens))
    post = post if post and _has(" ".join(t.text for t in post), cues.get(
        "title_nouns", [])) else []
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", tokens[len(post):]))
    after = len(post) + len(run)
    if people and len(run) >= 2 and after < len(tokens) and \
            fold(tokens[after].text) in folded(cues, "member_prepositions"):
        # "said Alan Crabtree of the Craft Bakers Association": a person, then the body
        # she belongs to.
        return Source("named", text, people[0])
    if people and len(tokens) > 2 and fold(tokens[0].text) in folded(
            cues, "indefinite_articles") and _has(tokens[-1].text, cues.get("body_voices", [])) \
            and all(t.pos_ == "PROPN" for t in tokens[1:-1]):
        # "A Yorkshire Water spokesperson": an unnamed voice of the body named, whatever
        # type the entity reader gave the name.
        return Source("institution", text, None)
    if people and lead is not None and lead.pos_ == "NOUN" and \
            lead.morph.get("Number") != ["Plur"] and _person_noun(lead.text, cues) and any(
                c.dep_ == "det" and c.morph.get("Definite") == ["Ind"] for c in lead.children) \
            and "," not in text and all(t.i > lead.i and lead in t.ancestors for t in tokens
                                        if t.pos_ == "PROPN"):
        # "Un ancien collègue de M. Ferrand": one unnamed person, whose colleague says who
        # he is; the name does not speak (but "A lawyer for the accused, Fatmata Sesay":
        # the name set off is hers).
        return Source("anonymous", text, None, 1)
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
                and len(name.text) > 1) or _linked_name(tokens, cues) or (
                not titles and name is not None and name.i > 0
                and name.doc[name.i - 1].pos_ != "PROPN"  # one word: no person's name
                # (a body's noun before it, in one word or two: "le gestionnaire
                # aéroportuaire Aena")
                and _has(" ".join(t.text for t in tokens if t.i < name.i),
                         cues.get("institution_nouns", []))):
            # "The Dutch NCSC" (a name in capitals is an acronym), "Telecom operator
            # Norvale" (a body's noun before a one-word name): a body the entity reader
            # took for a person.
            return Source("institution", text, people[0])
        comma_at = text.find(",")
        after_comma = [t for t in tokens if t.idx > start + comma_at and not t.is_punct] \
            if comma_at > 0 and tokens[0].pos_ != "PROPN" else []
        if _body_after_comma(tokens, cues) or _name_then_body_noun(tokens, cues) or \
                _described_as_body(tokens, cues):
            return Source("institution", text, people[0])
        # (a particle of the name may be tagged otherwise: "Yannick Le Bihan")
        if len(after_comma) >= 2 and all(t.text[:1].isupper() for t in after_comma) and \
                sum(t.pos_ in ("PROPN", "NOUN") for t in after_comma) >= 2:
            # "L'exploitant, Karim Benali,": a body's noun then a person's full name set
            # off after it is the person who holds that role (but "The developer,
            # Brightfield Renewables": a name a body's word ends is the body's).
            # (not a short name that folds to one: "Armando Sá" is no "SA")
            last = after_comma[-1].text
            if fold(last) in folded(cues, "organisation_words") and (
                    len(last) > 3 or last.isupper()):
                return Source("institution", text, people[0])
            return Source("named", text, people[0])
        before = [t for t in tokens if t.idx < start + comma_at] if after_comma else []
        if len(after_comma) == 1 and after_comma[0].text[:1].isupper() and \
                (lead := _phrase_head(before)) is not None and lead.pos_ == "NOUN" and \
                _has(lead.text, [*cues.get("institution_nouns", []), *cues.get("trade_nouns", [])]):
            # "The software supplier, Medivance, said": a body's noun, then a one-word
            # name set off after it, is the body (a person is given by a full name).
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
                    cues, "institution_nouns") or _taken_up_as_thing(tokens, cues):
            # "le cabinet Xerfi", "Fitch Ratings", "la Défense civile", "Matignon", "Historic
            # England, which ...": a body the entity reader took for a person (but "Civil
            # Protection Minister Nikos Vardakis" is the minister).
            return Source("institution", text, people[0])
        if _content_lead(tokens, cues) is not None and all(
                len(e.name.split()) == 1 for e in index.entities if e.id == people[0]):
            # "selon les dernières prévisions de Vigicrues": forecasts or figures of a
            # one-word name are a body's, which the entity reader took for a person.
            return Source("institution", text, people[0])
        return Source("named", text, people[0])
    places = [i for i in ids if entity_types.get(i) == "place"]
    if places and not bodies and all(t.pos_ in ("PROPN", "DET") for t in tokens):
        return Source("institution", text, places[0])  # "a réagi Pékin": a capital's government
    if _anaphor(tokens, cues):
        return Source("unattributed", text)  # "Ce dernier affirme": resolved by the caller
    if len(tokens) == 1 and (tokens[0].pos_ == "PRON" or _has(
            text, cues.get("stressed_pronouns", []))):  # ("selon elle", "elle" tagged a noun)
        if _has(text, cues.get("vague_quantifiers", [])) or \
                _has(text, cues.get("generic_pronouns", [])):
            return Source("vague", text)  # "Beaucoup pensent que", "on s'accorde à dire que"
        return Source("unattributed", text)  # resolved by the caller
    if _has(text, cues.get("anonymity", [])):
        # "one government official and three people familiar with the matter": whoever
        # they work for, they are not named ("le vice-président chargé des finances, qui a
        # requis l'anonymat").
        return Source("anonymous", text, None, _count(tokens, cues))
    head = _phrase_head(tokens)
    if head is not None and _named_body(head, cues):
        # "the Health and Safety Executive": a body whose name ends on an officer's noun
        return Source("institution", text, bodies[0] if bodies else None)
    if not people and _has(text, cues.get("press_officers", [])):
        # "a assuré sa directrice de la communication": whoever speaks for a body's press
        # office, unnamed, is its voice, as a spokesperson is.
        return Source("institution", text)
    if _body_after_comma(tokens, cues):
        return Source("institution", text)
    tail = tokens[next((n for n in range(len(tokens) - 1, 0, -1) if tokens[n].text == ","),
                       len(tokens)) + 1 :]
    if _titled(tokens, cues) or _title_then_name(tokens, cues) or (
            # ("le médecin qui suit l'élevage, le docteur Paul Renaud": the office and the
            # name set off at the end say who it is)
            len(tail) > 2 and any(t.pos_ == "PROPN" for t in tail)
            and (_titled(tail, cues) or _title_then_name(tail, cues))):
        return Source("named", text)
    if head is not None and head.pos_ == "NOUN" and _has(
            head.text, cues.get("count_nouns", [])):
        # "selon un décompte de la fédération régionale": the body's count, its word (not
        # one unnamed person, as "une aide-soignante de l'hôpital" is).
        return Source("institution", text, bodies[0] if bodies else None)
    if _counted_insider(tokens, cues):
        # "a government source", "a senior administration official", "three Pentagon
        # officials": counted people, unnamed, whoever employs them.
        return Source("anonymous", text, None, _count(tokens, cues))
    if _AGE_NOUN.match(text.strip()):
        return Source("named", text)  # "The 26-year-old has denied": one person, named before
    body_head = head is not None and _has(head.text, cues.get("institution_nouns", [])) and \
        not _has(head.text, cues.get("document_nouns", []))
    # (not a document a relative clause tells of: "le Conseil international pour
    # l'exploration de la mer (CIEM), dont les avis servent de base")
    # (nor one a relative clause with no comma tells of: "un cheminot qui connaît bien le
    # dossier")
    core = _RELATIVE_BARE.split(_RELATIVE_AFTER.split(text, maxsplit=1)[0], maxsplit=1)[0]
    # (a source's word as an adjective names nobody: "official figures")
    insiders = [t for t in tokens if t.idx < start + len(core) and t.pos_ != "ADJ"
                and _has(t.text, cues.get("source_nouns", []))]
    # ("the risk modelling firm Verisk": a document's noun that only qualifies another
    # noun names no document)
    modifier = bool(kinds := [t for t in tokens if _has(t.text, cues.get("document_nouns", []))]) \
        and all(t.i + 1 < len(t.doc) and _has(t.doc[t.i + 1].text, cues.get(
            "institution_nouns", [])) for t in kinds)
    # "selon les premiers éléments de l'enquête communiqués par la police": figures are
    # the word of whoever gave them, whatever document they come from.
    if (kept := _giver(pb, _given_by(tokens, cues), text, index, entity_types, cues)):
        return kept
    # ("le Programme alimentaire mondial": a document's noun with a capital inside the
    # phrase is a word of a body's name)
    in_a_name = head is not None and head in kinds and _in_name(head, tokens, cues)
    # ("un technicien du cabinet chargé de l'expertise": one person, whatever document
    # the words after him name)
    # (or a person's noun by its ending: "selon un connaisseur du dossier")
    one_person = head is not None and head.pos_ == "NOUN" and head not in kinds and (
        fold(head.text) in _person_nouns(cues) or _person_noun(head.text, cues)) and any(
            c.dep_ == "det" and fold(c.text) in folded(cues, "indefinite_articles")
            for c in head.children)
    if _has(core, cues.get("document_nouns", [])) and not insiders and not body_head and \
            not modifier and not in_a_name and not one_person and \
            not _body_name_end(text, cues) and not (  # ("Post Office Ltd", a company)
            # ("Critics of the bill": people, whatever text they speak of)
            head is not None and head.pos_ == "NOUN"
            and _has(head.text, cues.get("vague_nouns", []))):
        # ("The U.S. Census Bureau": a body whose name holds a document's noun.)
        return Source("document", text, bodies[0] if bodies else None)
    if head is not None and head.pos_ == "NOUN" and not _in_name(head, tokens, cues) and (
            _has(head.lemma_, cues.get("document_nouns", []))
            or _has(head.text, cues.get("document_nouns", []))
            # ("Un appel à témoins publié sur Facebook": a document's name of words)
            or any(" " in p and fold(head.doc[head.i : head.i + len(p.split())].text) == p
                   for p in folded(cues, "document_nouns"))):
        # "court filings", "des documents consultés par Mediapart": the head says what
        # speaks; the court or the paper only says whose document it is.
        return Source("document", text, bodies[0] if bodies else None)
    if head is not None and head.pos_ == "NOUN" and not _in_name(head, tokens, cues) and \
            head.i == next((t.i for t in tokens if t.pos_ == "NOUN"), None) and (
                fold(head.lemma_) in folded(cues, "law_nouns")
                or fold(head.text) in folded(cues, "law_nouns")):
        # "La loi de novembre 2021 contre la maltraitance animale prévoit ...": a text of
        # law says what it rules (its first noun: not "les auteurs du règlement").
        return Source("document", text, bodies[0] if bodies else None)
    if any(fold(text).startswith(q + " ") for q in folded(cues, "vague_quantifiers") if " " in q):
        return Source("vague", text)  # "Une partie des commerçants": uncounted people
    one = head
    if head is not None and len(tokens) > 2 and tokens[1].head.i == head.i and \
            tokens[1].dep_ in ("amod", "compound") and tokens[1].pos_ == "NOUN" and \
            tokens[0].head.i == tokens[1].i and head.pos_ in ("NOUN", "ADJ"):
        # ("un technicien viticole de la chambre": the parser hung the article's noun on
        # the adjective after it, made the head)
        one = tokens[1]
    if one is not None and one.pos_ == "NOUN" and one.morph.get("Number") != ["Plur"] and any(
            (c.dep_ == "det" and c.i < one.i
             and fold(c.text) in folded(cues, "indefinite_articles"))
            # ("one local supplier warned": one person counted)
            or (c.dep_ == "nummod" and fold(c.text) in folded(cues, "single_numerals"))
            for c in one.children
    ) and not _has(_hyphenated(one), [
        *cues.get("institution_nouns", []), *cues.get("body_voices", []),
        *cues.get("document_nouns", []), *cues.get("content_nouns", [])]):
        # "une aide-soignante de l'hôpital", "a woman who lives on the ground floor", "un
        # chauffeur de la compagnie": one person, unnamed, whoever employs them.
        return Source("anonymous", text, None, _count(tokens, cues) or 1)
    if head is not None and head.pos_ in ("PRON", "ADJ", "DET", "NOUN") and \
            _has(head.text, cues.get("vague_quantifiers", [])):
        return Source("vague", text)  # "Many in the party", "Certains au sein du gouvernement"
    if head is not None and _has(_hyphenated(head), cues.get("vague_nouns", [])) and _has(
            head.text, cues.get("institution_nouns", [])) and any(
                c.dep_ == "det" and c.morph.get("Definite") in (["Def"], ["Ind"])
                and c.morph.get("Number") == ["Sing"] for c in head.children):
        # "prévient l'ONG", "selon une ONG": one body, by its singular article ("des ONG
        # locales" stay uncounted).
        return Source("institution", text)
    if head is not None and _has(_hyphenated(head), cues.get("vague_nouns", [])) and (
            not bodies or _has(text, cues.get("vague_quantifiers", []))
            or not _speaks_for_body(pb, head, tokens, set(bodies), index, cues)) and not any(
            c.dep_ == "nummod" for c in head.children) and not _headed_by_body_name(
                text, tokens, head, cues) and not _staff_of_a_body(head, cues):
        # (but "Firth Media denied": a company's name ending so)
        # "Plusieurs élus de l'agglomération", "de nombreux commerçants du centre-ville":
        # people of a place, uncounted, unnamed ("UN experts" speak for a named body).
        return Source("vague", text)
    if head is not None and head.pos_ == "NOUN" and head.morph.get("Number") == ["Plur"] and (
            any(c.dep_ in ("det", "amod") and c.i < head.i
                and fold(c.text) in folded(cues, "vague_quantifiers") for c in head.children)
            or (tokens[0].i < head.i and tokens[0].head.i == head.i
                and fold(tokens[0].text) in folded(cues, "plural_indefinites")
                and fold(head.text) in folded(cues, "institution_nouns")
                and fold(head.text) not in folded(cues, "content_nouns"))) and not bodies:
        # ("Certains syndicats", "Des organisations de la société civile": bodies,
        # uncounted and unnamed, are vague too; not "des estimations de l'ONISR".)
        # "Plusieurs sages-femmes du service", "Some rivals on the circuit": people
        # uncounted; the body they belong to does not speak.
        return Source("vague", text)
    if head is not None and head.pos_ == "NOUN" and head.morph.get("Number") == ["Plur"] and \
            fold(head.text) in folded(cues, "member_nouns") and _uncounted(head) and any(
                c.dep_ == "det" and c.morph.get("Definite") == ["Ind"] for c in head.children):
        # "selon des membres de l'association": some of its members, uncounted, not the
        # body speaking.
        return Source("vague", text)
    if head is not None and head.pos_ == "NOUN" and fold(head.text) in folded(
            cues, "anonymous_heads"):
        # "Sources at the county council said": unnamed people, whichever body they are at.
        return Source("anonymous", text, None, _count(tokens, cues))
    if _where_people_stood(head, tokens, cues):
        # "Des randonneurs présents sur le site": where they were says nothing of whom
        # they speak for.
        return Source("vague", text)
    if head is not None and head.pos_ == "NOUN" and fold(head.text) in folded(
            cues, "testimony_nouns"):
        # "d'après les premiers témoignages recueillis par les gendarmes": witnesses,
        # uncounted and unnamed, whoever gathered what they said.
        return Source("vague", text)
    if _kind_of_bodies(tokens, head, cues) and not bodies:
        # "Les organisations de défense des droits humains saluent", "Les syndicats
        # d'enseignants jugent": bodies of a kind, uncounted and unnamed (but "les syndicats
        # du personnel territorial", "les syndicats d'Orlam" are the ones the page means).
        return Source("vague", text)
    if len(tokens) == 1 and tokens[0].is_title and bodies and all(
            entity_types.get(b) == "organization" for b in bodies) and _taken_up_as_thing(
                tokens, cues, "person_relatives"):
        # ("Oduya, who has won the title three times, said": a surname the entity reader
        # took for a body, taken up as a person)
        return Source("named", text, bodies[0])
    if bodies and all(entity_types.get(b) == "organization" for b in bodies) and \
            _kin_apposed(tokens, cues):
        # ("said his wife, Lerato Ndlovu", "their uncle, Marcus Bell, said": a name the
        # entity reader took for a body, set off after a noun of kin: a person)
        return Source("named", text, bodies[0])
    if _described_as_body(tokens, cues):
        return Source("institution", text, bodies[0] if bodies else None)
    # (not a body's noun in a relative clause that says who the head is: "le vétérinaire
    # qui suit l'établissement")
    described = {t.i for c in head.children if c.dep_ in RELATIVE_DEPS and c.i > head.i
                 for t in c.subtree} if head is not None else set()
    if _has("".join(t.text_with_ws for t in tokens if t.i not in described),
            cues.get("institution_nouns", [])) or (
        bodies and not _has(_outside_bodies(pb, start, end, index, entity_types),
                            cues.get("source_nouns", []))
    ) or (head is not None and (_has(head.text, cues.get("institution_heads", []))
                                or _officers_of_a_service(head, cues))) or \
            _headed_by_body_name(text, tokens, head, cues) or _definite_bodies(head, cues):
        # "UN experts" speak for a body; "certains experts" are vague.
        # ("La Croix-Rouge italienne": a body and the country it is of, one body)
        orgs = {b for b in bodies if entity_types.get(b) == "organization"}
        count = len(orgs or set(bodies)) if len(orgs or set(bodies)) > 1 else None
        return Source("institution", text, bodies[0] if bodies else None, count)
    if _has(text, cues.get("kin_phrases", [])):
        return Source("vague", text)  # "Des proches de détenus": relatives, uncounted
    if head is not None and head.morph.get("Number") == ["Plur"] and _has(
            text, cues.get("trade_groups", [])) and not any(
                c.dep_ == "nummod" for c in head.children):
        return Source("vague", text)  # "estate agents said": people of a trade, uncounted
    if _has(text, cues.get("source_nouns", [])):
        if tokens and (fold(tokens[0].text) in folded(cues, "vague_quantifiers") or (
                # ("D'anciens membres affirment", "Des agents racontent": uncounted people)
                fold(tokens[0].text) in folded(cues, "plural_indefinites")
                and head is not None and head.morph.get("Number") == ["Plur"])) and not (
                head is not None and _has(head.text, cues.get("anonymous_heads", []))):
            return Source("vague", text)  # "Some Republican officials": uncounted
        return Source("anonymous", text, None, _count(tokens, cues))
    vague_nouns = folded(cues, "vague_nouns")
    counted = [t for t in tokens if fold(t.text) in vague_nouns and any(
        c.dep_ == "nummod" for c in t.children)]
    if counted and _has(counted[0].lemma_, cues.get("institution_nouns", [])) and any(
            c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in counted[0].children):
        # "Les deux associations ont annoncé": bodies the page has named, counted again.
        return Source("institution", text, None, len(bodies) if len(bodies) > 1 else None)
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
    if head is not None and (_ACRONYM_LED.match(head.text) or (
            head.text.isalpha() and head.text.isupper() and len(head.text) > 2
            and len(tokens) <= 3)):
        # "Le BEAmer a confirmé", "Le CROSSatlantique", however the tagger took them: a
        # name led by an acronym's capitals is a body's, no person's; so is an acronym
        # the entity reader left unread ("La FCPE juge « légitime » ...").
        return Source("institution", text)
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
        family = len(tokens) == 2 and tokens[0].pos_ == "DET" and \
            tokens[0].morph.get("Number") == ["Plur"] and tokens[1].pos_ == "PROPN" and \
            not tokens[1].lower_.endswith(("s", "x"))
        # (of the name before its apposition: "Brevia Mobilités, qui exploite ...")
        if name_last in folded(cues, "organisation_words") or (
                head.text.isalpha() and head.text.isupper() and len(head.text) > 1) or \
                _taken_up_as_thing(tokens, cues) or _linked_name(before_comma, cues) or (
                    # ("Les Floralies de Bellerive attendent ...": no person's name takes a
                    # plural article; an event's or a body's does, in the plural, where a
                    # family's stays singular: "les Dufau envisagent")
                    tokens[0].pos_ == "DET" and tokens[0].morph.get("Number") == ["Plur"]
                    and tokens[0].morph.get("Definite") == ["Def"] and not family) or (
                    # ("L'Assurance retraite rappelle": in French no person's name takes
                    # an article, elided or within the sentence; a body's does, and a
                    # paper's takes it with its capital: "rapporte Le Progrès")
                    len(tokens) > 1 and not family and tokens[0].pos_ == "DET"
                    and tokens[1].text[:1].isupper()
                    and fold(tokens[0].text) in folded(cues, "body_name_articles") and (
                        tokens[0].is_lower or tokens[0].text.endswith(("'", "’"))
                        or _paper_name(tokens[0]))):
            # ("L'ALK a démenti": a name in capitals is an acronym, a body's; "Cadent,
            # which operates the gas network, said": a name a relative pronoun for things
            # takes up is no person's.)
            return Source("institution", text)
        return Source("named", text)
    if _ACRONYM_AFTER.search(text):
        # "Transport for London (TfL)": a name given with its acronym is a body's.
        return Source("institution", text)
    if head is not None and head.pos_ == "NOUN" and any(
            t.i < head.i and t.text.isalpha() and t.text.isupper() and len(t.text) > 1
            for t in tokens):
        return Source("institution", text)  # "IOM figures", "UNHCR data": an acronym's
    if head is not None and head.pos_ == "NOUN" and "," in text and any(
            t.idx > start + text.index(",") and t.text.isalpha() and t.text.isupper()
            and len(t.text) > 1 and t.i + 1 < len(t.doc) and t.nbor().pos_ == "PROPN"
            for t in tokens):
        # "le propriétaire, la SCI Bellevue Patrimoine": the apposition names a company.
        return Source("institution", text)
    if head is not None and head.pos_ == "NOUN" and "," in text and _body_name_end(
            text[text.index(",") + 1 :].strip(), cues):
        # "l'organisateur, Phocée Boxing Promotions": so does a name only a body's ends so.
        return Source("institution", text)
    if head is not None and head.pos_ == "NOUN" and _has(head.text, cues.get(
            "own_record_nouns", [])) and any(c.morph.get("Poss") == ["Yes"] and c.i < head.i
                                            for c in head.children):
        # "le PGHM a mené 142 opérations, selon ses chiffres": the figures of whoever the
        # sentence is about, whose word they are.
        owner = subjects_of(head.sent.root)
        if owner and not {t.i for t in owner} & {t.i for t in tokens}:
            kept = _classify(pb, owner[0].idx, owner[-1].idx + len(owner[-1].text),
                             index, entity_types, cues)
            if kept.kind in ("named", "institution"):
                return replace(kept, text=text)
    if head is not None and head.dep_ == "poss" and head.pos_ == "PRON" and \
            head.head.i in {t.i for t in tokens}:
        head = head.head  # ("Her husband": the noun after its possessive)
    if head is not None and head.pos_ == "NOUN" and head.is_lower and \
            head.morph.get("Number") != ["Plur"] and _person_noun(head.text, cues) and any(
                # ("auprès du procureur": the article inside the preposition)
                c.dep_ in ("det", "poss", "case") and c.i < head.i and (
                    c.morph.get("Definite") == ["Def"] or c.morph.get("Poss") == ["Yes"])
                for c in head.children) and not _has(text, cues.get("vague_quantifiers", [])) \
            and not _has(head.text, cues.get("collective_nouns", [])):
        # "a confié l'attaquant", "said the striker": one person the page knows by a role
        # (named before, or known to its readers), not an uncounted group.
        return Source("named", text)
    # "according to figures published by the Royal Society", "figures from the practice":
    # figures are the word of whoever gave them, a body as much as a person.
    given = _giver(pb, _figures_by(tokens, cues), text, index, entity_types, cues)
    if given is None and head is not None and head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in head.children) and \
            any(t.i > head.i and t.text.isalpha() and t.text.isupper() and len(t.text) > 2
                for t in tokens):
        # "le réseau de caméras FRIPON": a noun the page names by an acronym is a body.
        return Source("institution", text)
    if given is None and head is not None and len(tokens) == 1 and head.pos_ == "NOUN" and \
            cues.get("subjects_take_articles") and head.text[:1].isupper() and \
            head.lemma_ == head.lower_ and head.dep_.startswith("nsubj") and \
            not _has(head.text, _speaker_nouns(cues)):
        # "Terrabric a démenti": a capitalised subject with no article, in a language
        # whose common nouns take one, is a name the tagger took for a noun
        return Source("named", text)
    words = [t for t in tokens if not t.is_punct]
    if given is None and head is not None and head.pos_ == "NOUN" and head.text[:1].isupper() \
            and len(words) > 1 and all(t.text[:1].isupper() or t.like_num for t in words) and \
            any(t.pos_ == "PROPN" or t.like_num for t in words if t.i > head.i):
        # "Teamsters Local 162 denied": capitalised words, a name or a number after the
        # noun, are a body's name (a union's branch), not people uncounted
        return Source("institution", text)
    return given or Source("vague", text)


def _where_people_stood(head: Token | None, tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether an uncounted group of people ("des randonneurs", plural, indefinite, no
    body's noun itself) has a body's noun only inside an adjective or a participle after it
    ("présents sur le site", "rassemblés devant la mairie"), or a name ("venus de Suisse
    et de Belgique"), or in the place they are of ("Des céramistes de la ville")."""
    if head is None or head.pos_ != "NOUN" or head.morph.get("Number") != ["Plur"] or \
            _has(head.text, cues.get("institution_nouns", [])) or not any(
                c.dep_ == "det" and c.morph.get("Definite") == ["Ind"] for c in head.children):
        return False
    # (a name counts only for people: "des bilans communiqués par Bichkek" are figures)
    people = _person_noun(head.lemma_, cues) or bool(
        _has(head.text, cues.get("vague_nouns", [])))
    bodies = [t for t in tokens if _has(t.text, cues.get("institution_nouns", []))
              or (people and t.pos_ == "PROPN")]
    after = [c for c in head.children if c.dep_ in ("amod", "acl") and c.i > head.i]
    # (the adjective's own complement, which the parser may hang on the noun: "présents |
    # sur le site"; or, for people, the place they are of: "Des céramistes de la ville",
    # ``home_place_nouns``)
    homes = folded(cues, "home_place_nouns") if people else set()
    aside = {t.i for c in head.children if c in after or (
        after and c.dep_ == "nmod" and c.i > after[0].i) or (
        c.dep_ == "nmod" and c.i > head.i and fold(c.text) in homes) for t in c.subtree}
    return bool(bodies) and all(t.i in aside for t in bodies)


def _giver(pb: ParsedBlock, giver: list[Token] | None, text: str, index: EntityIndex,
           entity_types: dict[str, str], cues: dict[str, Any]) -> Source | None:
    """The source of figures given by ``giver`` (a person or a body, under the phrase's
    whole ``text``), or None when there is no giver or it is neither."""
    if giver is None:
        return None
    kept = _classify(pb, giver[0].idx, giver[-1].idx + len(giver[-1].text), index,
                     entity_types, cues)
    return replace(kept, text=text) if kept.kind in ("named", "institution") else None


def _described_as_one(tokens: list[Token], text: str, start: int, cues: dict[str, Any]) -> bool:
    """Whether a name is set off by a comma before an indefinite article and one
    person's noun ("Ewan MacRae, a retired ferryman", "Lou Briand, une agricultrice du
    village"), not a body's."""
    if not tokens or tokens[0].pos_ != "PROPN" or "," not in text:
        return False
    comma = start + text.index(",")
    after = [t for t in tokens if t.idx > comma]
    if not after or fold(after[0].text) not in folded(cues, "indefinite_articles"):
        return False
    head = _phrase_head(after)
    return head is not None and head.pos_ == "NOUN" and _person_noun(head.text, cues) and \
        head.morph.get("Number") != ["Plur"] and \
        not _has(head.text, cues.get("institution_nouns", []))


def _published_report(tokens: list[Token], cues: dict[str, Any]) -> Token | None:
    """The head of a phrase naming a report of figures put out as a document
    (``published_report_nouns`` with a participle of ``publishing_verbs`` or one of
    ``periodic_adjectives``: "le bilan publié par la DREAL", "le bilan mensuel", "figures
    presented to the committee"), not one a body's name qualifies ("Home Office figures
    published on Thursday" are the Home Office's); None otherwise."""
    head = _phrase_head(tokens)
    if head is None or head.pos_ != "NOUN" or fold(head.text) not in folded(
            cues, "published_report_nouns") or any(
            c.dep_ in ("compound", "poss", "nmod:poss") and c.i < head.i
            for c in head.children):
        return None
    if any((c.dep_ in ("acl", "amod") and c.i > head.i
            and _lemma_in(c, folded(cues, "publishing_verbs")))
           or (c.dep_ == "amod" and fold(c.text) in folded(cues, "periodic_adjectives"))
           # ("Une première évaluation des services de l'État, que notre rédaction a pu
           # consulter": read by the outlet, a document)
           or (c.dep_ in RELATIVE_DEPS and c.i > head.i and any(
               _lemma_in(v, folded(cues, "consulted_verbs")) for v in (c, *c.children)))
           for c in head.children):
        return head
    return None


def _figures_by(tokens: list[Token], cues: dict[str, Any]) -> list[Token] | None:
    """The phrase of whoever gave figures, when a phrase is headed by a content noun
    ("figures", "chiffres") with its giver after a preposition ("figures from the
    practice") or as the agent of a participle ("figures published by the Royal
    Society"); None otherwise."""
    lead = _content_lead(tokens, cues)
    return None if lead is None else _giver_words(lead, tokens)


def _statement_by(tokens: list[Token], cues: dict[str, Any]) -> list[Token] | None:
    """The phrase of whoever put out a statement in its own name (``statement_nouns``:
    "a statement from the hospital's foundation"), when the phrase is headed by such a
    noun; None otherwise.  Not one issued by someone ("a joint statement issued by the
    United States and Saudi Arabia"), which writers read as the document."""
    lead = _phrase_head(tokens)
    return _giver_words(lead, tokens, agents=False) if lead is not None and \
        lead.pos_ == "NOUN" and fold(lead.text) in folded(cues, "statement_nouns") else None


def _giver_words(lead: Token, tokens: list[Token], agents: bool = True) -> list[Token] | None:
    """The words of whoever gave what ``lead`` names, after a preposition or (``agents``)
    as the agent of a participle on it; None when the phrase names nobody."""
    inside = {t.i for t in tokens}
    holders: list[Token] = []
    for c in (c for c in lead.children if c.i > lead.i):
        if c.dep_ == "nmod":  # ("les chiffres de la ville")
            holders.append(c)
        elif c.dep_ == "prep" and fold(c.text) not in ("of", "de"):  # ("figures from X")
            holders += [k for k in c.children if k.dep_ == "pobj"]
        elif c.dep_ == "acl" and agents:  # ("figures published by X", "publiés par X")
            holders += _agent_of(c)
    for holder in holders:
        words = [t for t in holder.subtree if t.i in inside and t.pos_ != "ADP"]
        if words:
            return words
    return None


def _given_by(tokens: list[Token], cues: dict[str, Any]) -> list[Token] | None:
    """The phrase of whoever gave a content noun's figures as the agent of a participle
    that agrees with it ("les premiers éléments de l'enquête communiqués par la police");
    None otherwise."""
    lead = _content_lead(tokens, cues)
    if lead is None:
        return None
    inside = {t.i for t in tokens}
    # ("les premiers éléments de l'enquête communiqués par la gendarmerie": the
    # participle, which the parser may hang on the noun after, agrees with the figures)
    # (a giving verb only: "des éléments du dossier consultés par L'Écho du Val" are the
    # file's, which the paper only saw)
    giving = folded(cues, "giving_verbs")
    agents = [g for c in lead.subtree if c.dep_ == "acl" and c.i > lead.i
              and (c.head == lead or _agrees_only_with(c, lead))
              and cue_lemma(c, giving) in giving for g in _agent_of(c)]
    words = [t for a in agents[:1] for t in a.subtree if t.i in inside and t.pos_ != "ADP"]
    return words or None


def _officers_of_a_service(head: Token, cues: dict[str, Any]) -> bool:
    """Uncounted officers named by their service ("fire officials said", "local health
    officials"; ``service_officers``) speak for it, as "US intelligence officials" do;
    counted ones ("two fire officials") are anonymous, read before, and a country's
    ("U.S. officials say") are unnamed people of a whole government."""
    return fold(head.text) in folded(cues, "service_officers") and any(
        (c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN")
        # ("search and rescue officials", "local officials": a service, or the level of
        # government whose officials they are)
        or (c.dep_ == "amod" and fold(c.text) in folded(cues, "service_levels"))
        for c in head.children) and not any(
        c.dep_ == "nummod" or fold(c.text) in folded(cues, "vague_quantifiers")
        for c in head.children)


def _taken_up_as_thing(tokens: list[Token], cues: dict[str, Any],
                       relatives: str = "thing_relatives") -> bool:
    """Whether a relative pronoun for things takes the phrase up right after it ("Cadent,
    which operates the gas network, said"): a body, whatever its name looks like (or,
    with ``person_relatives``, one for people: "Oduya, who has won ...")."""
    doc, end = tokens[-1].doc, tokens[-1].i
    return end + 2 < len(doc) and doc[end + 1].text == "," and \
        fold(doc[end + 2].text) in folded(cues, relatives)


def _kin_apposed(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether the phrase is a name set off by a comma after a noun of kin ("his wife,
    Lerato Ndlovu") or before one ("Marcus Bell, their uncle")."""
    doc, kin = tokens[0].doc, folded(cues, "kin_nouns")
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    name, rest = tokens[:comma], tokens[comma + 1 :]
    if not name or not all(t.is_title for t in name):
        return False
    if comma < len(tokens):  # (the noun of kin after the name, its determiners before it)
        return bool(rest) and fold(rest[-1].text) in kin and all(
            t.pos_ in ("DET", "PRON") for t in rest[:-1])
    start = name[0].i
    return start >= 2 and doc[start - 1].text == "," and fold(doc[start - 2].text) in kin


def _named_body(head: Token, cues: dict[str, Any]) -> bool:
    """A document's or an officer's noun that, capitalised at the end of a name, names a
    body ("the US Geological Survey said", "the Health and Safety Executive"; not "Chief
    Executive", a title; ``body_names``)."""
    return head.text in cues.get("body_names", []) and head.i > 0 and \
        head.doc[head.i - 1].text[:1].isupper() and \
        fold(head.doc[head.i - 1].text) not in folded(cues, "title_nouns")


_AGE_NOUN = re.compile(r"^the \d+-year-old$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r",\s*(?:dont|qui|que|qu['’]|who|which|whose)\b", re.IGNORECASE)
_RELATIVE_BARE = re.compile(r"(?<=\w)\s+(?:qui|dont|who|whose)\s", re.IGNORECASE)
_ACRONYM_AFTER = re.compile(r"^[A-Z][^()]*\((?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z&-]{2,8}\)")
#: A word led by an acronym's capitals ("BEAmer", "CNews"): a body's name, no person's.
_ACRONYM_LED = re.compile(r"[A-ZÀ-Ý]{2,}[a-zà-ÿ]{2,}$")  # (not a plural: "MPs")


_PLACE_PREPS = frozenset({"in", "near", "around", "en", "dans", "à", "au", "aux", "près"})


def _name_then_document(tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a phrase is an indefinite article, a body's name and a document's noun ("a
    United Nations Office on Drugs and Crime survey", "a Home Office report")."""
    if len(tokens) < 3 or fold(tokens[0].text) not in folded(cues, "indefinite_articles"):
        return False
    noun = next((t for t in tokens[1:] if t.pos_ == "NOUN"), None)
    between = tokens[1 : noun.i - tokens[0].i] if noun is not None else []
    return noun is not None and bool(between) and between[0].pos_ == "PROPN" and all(
        t.pos_ == "PROPN" or (t.pos_ in ("ADP", "CCONJ") and t.is_lower) for t in between) \
        and _has(noun.text, cues.get("document_nouns", []))


def _staff_of_a_body(head: Token, cues: dict[str, Any]) -> bool:
    """Whether a body's own specialists speak, named by its noun ("Selon les chercheurs de
    l'entreprise", ``staff_nouns``): the body's word, as "les analystes d'Oddo BHF" is
    (not "les spécialistes de la cybersécurité", a field, nor "des chercheurs de
    l'entreprise", uncounted)."""
    def definite(t: Token) -> bool:  # (an article, or one fused with "de": "du")
        return any(c.dep_ in ("det", "case") and c.morph.get("Definite") == ["Def"]
                   for c in t.children)
    return head.pos_ == "NOUN" and fold(head.text) in folded(cues, "staff_nouns") and \
        definite(head) and any(
            c.dep_ in ("nmod", "prep") and c.i > head.i and any(
                n.pos_ == "NOUN" and _has(n.text, cues.get("institution_nouns", []))
                and definite(n) and (n is c or n.head is c) for n in [c, *c.children])
            for c in head.children)


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


def _at_named_firm(head: Token, tokens: list[Token]) -> bool:
    """Whether people in the plural are those "at" a capitalised name that ends the phrase,
    past an article and a lowercase noun ("Analysts at the consultancy Marlowe Freight",
    "Analysts at broker Peel Hunt"): the firm's people."""
    rest = [t for t in tokens if t.i > head.i]
    if not rest or rest[0].lower_ != "at" or head.morph.get("Number") != ["Plur"]:
        return False
    rest = rest[1:]
    while rest and (rest[0].pos_ == "DET" or (rest[0].pos_ == "NOUN" and rest[0].is_lower)):
        rest = rest[1:]
    return bool(rest) and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
                              for t in rest)


def _definite_bodies(head: Token | None, cues: dict[str, Any]) -> bool:
    """"les deux préfectures", "les mairies concernées": bodies in the plural, the ones the
    page has in mind (a definite article), whose noun the lexicon lists in the singular;
    not a kind of them, named by a bare noun after "de" ("Les écoles de conduite jugent
    ...": a trade, uncounted)."""
    return head is not None and head.pos_ == "NOUN" and head.morph.get("Number") == [
        "Plur"] and bool(_has(head.lemma_, cues.get("institution_nouns", []))) and any(
        c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in head.children) and \
        not any(c.dep_ == "nmod" and c.i > head.i and c.pos_ == "NOUN" and not any(
            k.dep_ == "det" for k in c.children) for c in head.children)


def _kind_of_bodies(tokens: list[Token], head: Token | None, cues: dict[str, Any]) -> bool:
    """"Les écoles de conduite", "les syndicats d'enseignants": bodies in the plural whose
    noun the lexicon lists, opening the phrase after "les" with nothing before the noun
    ("les deux principaux syndicats de pharmaciens" are counted ones), named by a bare
    lowercase noun after "de" (not "du", "des"), a kind of them."""
    if head is None or head.pos_ != "NOUN" or head.morph.get("Number") != ["Plur"] or \
            not _has(head.lemma_, cues.get("institution_nouns", [])) or not tokens or \
            fold(tokens[0].text) != "les" or tokens[0].head != head or \
            tokens[0].i + 1 != head.i:
        return False
    return any(c.dep_ == "nmod" and head.i < c.i <= tokens[-1].i and c.pos_ == "NOUN"
               and c.is_lower
               and not any(k.dep_ == "det" for k in c.children)
               and any(k.dep_ == "case" and fold(k.text) in ("de", "d'", "d’")
                       for k in c.children) for c in head.children)


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


def _names_shown_as_bodies(index: EntityIndex, types: dict[str, str], texts: dict[str, str],
                           language: str | None) -> set[str]:
    """The names the entity reader took for people that the page shows to be bodies: a
    body's noun set off after them ("Armor Fibre, le gestionnaire du réseau,", "HAROPA
    Port, l'établissement public qui ...,"), or, for one-word names, a body's noun right
    before them, one adjective allowed between ("la société rennaise Lexiane", "AI
    startup Corvid"), or a company's officer ("Vantra chief executive", "le PDG de
    Vantra"), or a relative clause telling what only a body does ("Transgaz Sud-Est, qui
    exploite la conduite,"); and names of several words ending as only bodies' names do
    ("Kingsmere Airport").  (A name also written in full, "Bertrand Lecoq", is a
    person's.)"""
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
    # A "person" whose name the page also gives a body, or opens a body's longer name
    # ("Tellier Défense" after "le groupe Tellier Défense", "Harwell" after "Harwell
    # Dynamics"), unless some person's full name ends with it (a surname).
    # ("Hollister" after "Hollister Family Farm": not when the page gives the person's
    # full name, "Dale Hollister", whose surname it is)
    full = {m.entity: texts.get(m.block, "")[m.start : m.end] for m in index.mentions
            if " " in texts.get(m.block, "")[m.start : m.end].strip()}
    out.update(e.id for e in index.entities if types.get(e.id) == "person"
               and _short_body_name(e.name, index, e.id) is not None and not (
                   " " not in e.name.strip() and e.id in full
                   and fold(full[e.id]).split()[-1] == fold(e.name.strip())))
    out.update(e.id for e in index.entities if types.get(e.id) == "person"
               and _body_name_end(e.name, cues))
    return out


@cache
def _body_act(language: str | None) -> re.Pattern[str] | None:
    """A relative clause set off after a name telling what only a body does ("Transgaz
    Sud-Est, qui exploite la conduite,", "X, which operates the line")."""
    cues = cues_for(language)
    acts, things = folded(cues, "body_relative_verbs"), folded(cues, "operated_things")
    if not acts or not things:
        return None
    # (what is run must be a network or a plant: "qui exploite 22 hectares" is a farmer,
    # "qui gère la partie commerciale" a person)
    return re.compile(rf"\s*,\s*(?:qui|which|that)\s+(?:{'|'.join(map(re.escape, acts))})"
                      rf"\s+(?:(?:la|le|les|l'|l’|the|its|son|sa|ses)\s*)?(?:[\w-]+\s+)?"
                      rf"(?:{'|'.join(map(re.escape, things))})\b")


def _body_name_end(name: str, cues: dict[str, Any]) -> bool:
    """Whether a name of several words ends with a word only bodies' names end with
    ("Kingsmere Airport", "Cardiff Harriers"), before any apposition set off by a comma
    ("Bellridge Health, one of the largest insurers"); its first and last words
    capitalised, so that "le directeur du musée" stays a person."""
    words = name.split(",")[0].split()
    return len(words) > 1 and words[-1][:1].isupper() and words[0][:1].isupper() and fold(
        words[-1]) in folded(cues, "body_name_ends")


def _agent_of(participle: Token) -> list[Token]:
    """The nouns of a participle's agent, past its preposition ("publiés par X")."""
    return [g for k in participle.children if k.dep_ in ("agent", "obl:agent")
            for g in ([k] if k.pos_ != "ADP" else k.children) if g.dep_ != "case"]


def _outside_bodies(pb: ParsedBlock, start: int, end: int, index: EntityIndex,
                    entity_types: dict[str, str]) -> str:
    """The phrase's words outside the bodies' names in it: "Staff" in "South Korea's
    Joint Chiefs of Staff" is a word of the body's name, no unnamed staff speaking."""
    chars = list(pb.norm.text[start:end])
    for m in index.mentions_at(pb.block.id, start, end):
        if entity_types.get(m.entity) == "organization":
            for i in range(max(m.start, start), min(m.end, end)):
                chars[i - start] = " "
    return "".join(chars)


def _headed_by_body_name(text: str, tokens: list[Token], head: Token | None,
                         cues: dict[str, Any]) -> bool:
    """Whether the phrase is a body's name that ends so (``_body_name_end``: "Firth
    Media") and heads it, its last word: not "Residents who gathered at Marston High
    School", people at a body."""
    return _body_name_end(text, cues) and head is not None and \
        head.i == max(t.i for t in tokens if not t.is_punct)


def _short_body_name(text: str, index: EntityIndex, besides: str | None = None) -> str | None:
    """The body of the page whose name ``text`` is, or whose longer name it opens
    ("Harwell" after "Harwell Dynamics", "Lone Mesa" after "Lone Mesa Midstream"), when no
    person's full name (but ``besides``) ends with it.  A body's name is read without the
    common noun the entity reader took in ("groupe Tellier Défense" is "Tellier
    Défense")."""
    words = fold(text.strip()).split()
    if not words or not text.strip()[:1].isupper():
        return None
    if any(e.type == "person" and e.id != besides and len(e.name.split()) > 1
           and fold(e.name).split()[-1] == words[-1] for e in index.entities):
        return None
    for e in index.entities:
        kept = list(itertools.dropwhile(lambda w: w[:1].islower(), e.name.split()))
        name = fold(" ".join(kept)).split()
        # ("Moréac" after "AS Moréac": the club's name without its letters)
        lettered = len(words) == 1 and len(name) > 1 and words[0] in name and all(
            w.isupper() and len(w) <= 4 for w, f in zip(kept, name, strict=False) if f != words[0])
        if e.type == "organization" and name and (name == words or lettered or (
                len(words) < len(name) and name[: len(words)] == words)):
            return e.id
    return None


def _shown_as_body(text: str, start: int, end: int, language: str | None, one_word: bool,
                   several_after_noun: bool = False) -> bool:
    """Whether the words around the name at ``text[start:end]`` say it is a body's: a
    body's apposition after it, or a relative clause telling what only a body does; for a
    one-word name, a body's noun before it (one adjective allowed) or a company's
    officer; for a name of several words when ``several_after_noun``, a body's noun right
    before it."""
    if _apposed_as_body(text, start, end, language):
        return True
    act = _body_act(language)
    if act is not None and act.match(fold(text[end : end + 60])):
        return True
    before = _body_noun_before(language)
    if before is not None and (one_word or several_after_noun) and _body_noun_ends(
            before, text[max(0, start - 40) : start], language, adjective=one_word):
        return True
    # (or set off by commas after it: "le groupe propriétaire, Terrabric, aurait écarté")
    lead = text[max(0, start - 40) : start]
    if before is not None and one_word and lead.endswith(", ") and \
            text[end : end + 1] == "," and _body_noun_ends(before, lead[:-2], language):
        return True
    return one_word and _officer_near(text, start, end, language)


def _apposed_as_body(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the name at ``text[start:end]`` is set off with a body's apposition: closed
    by a comma, or by the sentence's end after an inverted speaker."""
    apposed = _body_apposition(language)
    if apposed is None:
        return False
    return apposed.match(fold(text[end : end + 120])) is not None or ((
        _inverted_after_comma(text[max(0, start - 40) : start], language)
        or _closing_according(text[max(0, start - 80) : start], language))
        and apposed.match(fold(re.sub(r"[.!?](?=\s|$).*", ",", text[end : end + 160],
                                      flags=re.S))) is not None)


def _closing_according(before: str, language: str | None) -> bool:
    """Whether a name comes in a "selon"/"according to" phrase after the content (", selon
    les premières prévisions d'Agreste"), which the sentence's end may close with the
    name's apposition ("..., le service statistique du ministère.")."""
    cues = "|".join(re.escape(c) for c in folded(cues_for(language), "according_to"))
    return bool(cues) and re.search(rf",\s+(?:{cues})\s[^,;:]*$", fold(before)) is not None


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
    arts, bodies = "|".join(map(re.escape, articles)), "|".join(map(re.escape, nouns))
    # (where adjectives come before the noun, the body's noun may close the apposition
    # after them: "Sahel Watch, a Paris-based monitoring group,"; not a person's noun
    # after it: "a former police officer")
    before = "" if cues.get("adjectives_after_nouns") else \
        rf"|\s*,\s*(?:{arts})\s+(?:[^\W\d_][\w'’-]*\s+){{1,3}}(?:{bodies})\s*,"
    return re.compile(rf"\s*,\s*(?:{arts})\s*(?:{bodies})\b(?!['’]s)[^,.;:!?]*,{before}")


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
    prior = fold(text)[: found.start()].split()
    if prior and prior[-1] in folded(cues_for(language), "outlet_possessives"):
        return False  # ("a expliqué à notre journal Aurélie Dumont": the outlet's own noun)
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
    company's officer ("Vantra chief executive"), or a name that ends as only bodies'
    names do ("Cardiff Harriers")."""
    name = name.strip()
    if not name:
        return False
    if _body_name_end(name, cues_for(language)):
        return True
    word = re.compile(rf"\b{re.escape(name)}\b")
    one_word = re.fullmatch(r"[^\W\d_][\w-]+", name) is not None
    return any(_shown_as_body(text, m.start(), m.end(), language, one_word)
               for text in texts.values() for m in word.finditer(text))


def _in_name(tok: Token, tokens: list[Token], cues: dict[str, Any]) -> bool:
    """Whether a document's noun is a word of a body's name: capitalised inside the phrase
    ("le Programme alimentaire mondial" is a body, though "programme" is a document's
    noun); where titles of documents take capitals too (English: "the Financial
    Stability Report", ``document_titles_capitalised``), only as a plural in a name with
    no article ("Guinness World Records confirmed"; a headline drops the article of
    "Financial Stability Report warns")."""
    return tok.text[:1].isupper() and bool(tokens) and tok.i > tokens[0].i and (
        not cues.get("document_titles_capitalised") or (
            tokens[0].pos_ != "DET" and all(t.text[:1].isupper() for t in tokens)
            and tok.text.endswith("s") and not tok.text.endswith("ss")))
