"""Stories grow one page at a time: the same event joins, another event or another time opens."""

from __future__ import annotations

import numpy as np

from newstrace.corpus.signature import (
    band_keys,
    jaccard,
    minhash_of,
    text_keys,
)
from newstrace.corpus.stories import MAX_GAP_DAYS, StoryIndex
from newstrace.model import Fingerprint

RNG = np.random.default_rng(7)
DAY = 739_207  # 2024-11-17


def unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def fp(doc: str, keys: set[str], *, day: int | None = DAY, lang: str = "en",
       vector: np.ndarray | None = None, text: str | None = None) -> Fingerprint:
    return Fingerprint(
        document=doc, language=lang, day_lo=day, day_hi=day, keys=frozenset(keys),
        minhash=minhash_of(text if text is not None else f"unique words of page {doc} " * 3),
        vector=vector, title=doc,
    )


UKRAINE = {"e:joe biden", "e:ukraine", "e:russia", "e:north korea", "n:12000", "p:kursk oblast",
           "e:vladimir putin"}
# Unrelated pages; the United States and China are in most of them, as in real news.
OTHER = [{f"e:person {i}", f"e:org {i}", f"p:town {i}", f"n:{1000 + i}", "e:united states",
          *(("e:china",) if i % 2 else ())} for i in range(20)]


def background(index: StoryIndex) -> None:
    """Twenty unrelated stories, so rarity weights mean something."""
    for i, keys in enumerate(OTHER):
        index.add(fp(f"bg{i}", keys, vector=unit(RNG.normal(size=256))))


def test_a_translation_joins_through_language_independent_keys() -> None:
    index = StoryIndex()
    background(index)
    wire = index.add(fp("wire-en", UKRAINE, lang="en", vector=unit(RNG.normal(size=256))))
    # Unrelated vector (across languages they barely agree), same canonical keys.
    french = index.add(fp("seed-fr", UKRAINE | {"w:poutine"}, lang="fr",
                          vector=unit(RNG.normal(size=256))))
    assert wire.opened
    assert not french.opened
    assert french.story == wire.story


def test_the_same_actors_months_apart_are_another_story() -> None:
    index = StoryIndex()
    background(index)
    may = index.add(fp("may", UKRAINE, day=DAY - 171))
    november = index.add(fp("november", UKRAINE, day=DAY))
    assert november.opened
    assert november.story != may.story
    # Within the gap, the same keys join.
    later = index.add(fp("later", UKRAINE, day=DAY + MAX_GAP_DAYS - 1))
    assert later.story == november.story


def test_an_undated_page_is_not_kept_apart_by_dates() -> None:
    index = StoryIndex()
    background(index)
    first = index.add(fp("dated", UKRAINE))
    undated = index.add(fp("undated", UKRAINE, day=None))
    assert undated.story == first.story


def test_sharing_only_common_keys_opens_a_new_story() -> None:
    index = StoryIndex()
    background(index)
    a = index.add(fp("a", {"e:united states", "e:china", "e:trade talks", "n:250000"}))
    b = index.add(fp("b", {"e:united states", "e:china", "e:hong kong", "p:kowloon"}))
    assert b.opened and b.story != a.story


def test_a_syndicated_copy_is_found_by_minhash_and_named() -> None:
    text = " ".join(f"word{i}" for i in range(400))
    index = StoryIndex()
    background(index)
    origin = index.add(fp("origin", {"e:somebody"}, text=text))
    copy = index.add(fp("copy", {"e:somebody else"}, text=text + " Read more at our site."))
    assert copy.story == origin.story
    assert copy.duplicate_of == "origin"
    assert copy.similarity > 0.9


def test_adding_a_page_twice_keeps_its_story() -> None:
    index = StoryIndex()
    first = index.add(fp("x", UKRAINE))
    again = index.add(fp("x", UKRAINE))
    assert again.story == first.story and len(index) == 1


def test_restore_rebuilds_the_same_index() -> None:
    index = StoryIndex()
    background(index)
    a = index.add(fp("wire", UKRAINE))
    rebuilt = StoryIndex()
    for sid, docs in index.stories().items():
        for d in docs:
            keys = UKRAINE if d == "wire" else OTHER[int(d[2:])]
            rebuilt.restore(fp(d, keys), sid)
    assert rebuilt.add(fp("copy", UKRAINE)).story == a.story


def test_minhash_estimates_jaccard_and_bands_find_near_copies() -> None:
    text = " ".join(f"w{i}" for i in range(300))
    a, b = minhash_of(text), minhash_of(text.replace("w150", "changed"))
    assert len(a) == 512
    assert jaccard(a, b) > 0.9
    assert set(band_keys(a)) & set(band_keys(b))
    assert jaccard(a, minhash_of("something else entirely, nothing shared at all")) < 0.1


def test_text_keys_read_numbers_in_every_typography_and_names_mid_sentence() -> None:
    keys = text_keys("Pas moins de 12 000 soldats. As many as 12,000 troops, hasta 12.000 "
                     "soldados; en 2024 le président Poutine a parlé.")
    assert "n:12000" in keys
    assert not any(k.startswith("n:2024") for k in keys)  # a year is a date, not an amount
    assert "w:poutine" in keys
    assert "w:pas" not in keys  # capitalised for the sentence only


def test_a_page_with_many_keys_of_its_own_still_finds_its_story() -> None:
    """Candidates come from the rarest keys some story has, not from keys nobody has."""
    index = StoryIndex()
    background(index)
    wire = index.add(fp("wire", UKRAINE))
    own = {f"w:detail{i}" for i in range(40)}
    rewrite = index.add(fp("rewrite", UKRAINE | own))
    assert rewrite.story == wire.story


def test_a_page_that_ties_two_stories_merges_them() -> None:
    """A Spanish and a German translation each opened a story (no shared keys of their own);
    the original, sharing keys with both, shows they are one story."""
    index = StoryIndex()
    background(index)
    spanish = index.add(fp("es", UKRAINE - {"p:kursk oblast", "e:vladimir putin"} | {"w:a"}))
    german = index.add(fp("de", {"p:kursk oblast", "e:vladimir putin", "n:12000", "w:b"}))
    assert spanish.story != german.story
    original = index.add(fp("en", UKRAINE))
    assert original.merged
    stories = {index.story_of(d) for d in ("es", "de", "en")}
    assert len(stories) == 1
    assert sorted(index.stories()[stories.pop()]) == ["de", "en", "es"]


def test_a_german_translation_is_not_drowned_by_its_capitalised_nouns() -> None:
    """German writes every noun with a capital (``capitalises_nouns`` in de.corpus.toml):
    the nouns no other page has do not count against the names it shares."""
    shared = {"e:afghanistan", "e:taliban", "n:13000", "w:kabul", "w:logar", "w:washington"}
    nouns = {f"w:{w}" for w in ("hubschrauber", "absturz", "ursache", "regierung", "provinz",
                                "hauptstadt", "soldaten", "angaben", "erklarung", "vorfall",
                                "beteiligung", "abschuss", "feuer", "berichte", "leben",
                                "mittwoch", "jahre", "land", "anschlage", "rund")}
    # The English original is longer: twenty names and a figure the translation left out.
    origin_keys = shared | {f"w:name{i}" for i in range(20)} | {"n:2500"}

    def joins(lang: str) -> bool:
        index = StoryIndex()
        background(index)
        origin = index.add(fp("origin", origin_keys, lang="en"))
        return index.add(fp("translation", shared | nouns, lang=lang)).story == origin.story

    assert joins("de")
    assert not joins("es")  # a language that capitalises names only: those are twenty names
