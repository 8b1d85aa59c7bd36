"""Normalisation for NLP keeps every offset pointing into the page's own text."""

from hypothesis import given
from hypothesis import strategies as st

from newstrace.nlp.normalize import normalize


def test_typographic_apostrophe_and_spaces_become_plain() -> None:
    n = normalize("l’Ukraine\u202f: 12\u00a0000 soldats")
    assert n.text == "l'Ukraine : 12 000 soldats"


def test_offsets_map_back_across_dropped_soft_hyphen() -> None:
    original = "la ré\u00adgion de Koursk"
    n = normalize(original)
    assert n.text == "la région de Koursk"
    start = n.text.index("Koursk")
    a, b = n.to_original(start, start + len("Koursk"))
    assert original[a:b] == "Koursk"
    a, b = n.to_original(3, 9)  # "région" spans the dropped character
    assert original[a:b] == "ré\u00adgion"


@given(st.text(alphabet=st.sampled_from("ab’ \u00a0\u00ad\u200b\u202f-\u2011")))
def test_every_character_maps_back_to_an_equivalent_one(text: str) -> None:
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    for i, ch in enumerate(n.text):
        a, b = n.to_original(i, i + 1)
        assert b - a == 1
        assert normalize(text[a:b]).text == ch
