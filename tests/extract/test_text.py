"""Scraped text pages: every line gets a kind a reader would agree with, and can be found again.

The fixtures are whole pages as a scraper leaves them (one paragraph per line, blank
lines or not), in French, English, Spanish and German.  The same rules type all of
them: nothing here is specific to one page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.errors import EmptyDocument
from newstrace.extract import text as text_module
from newstrace.extract.page import ExtractedPage
from newstrace.extract.text import extract_text
from newstrace.model import BODY_KINDS, Block

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def extract(name: str) -> ExtractedPage:
    return extract_text(read(name), document=name)


def by_text(page: ExtractedPage, start: str) -> Block:
    """The first block whose text starts with ``start`` (fails the test if none)."""
    for b in page.blocks:
        if b.text.startswith(start):
            return b
    raise AssertionError(f"no block starts with {start!r}")


def kinds(page: ExtractedPage) -> list[str]:
    return [b.kind for b in page.blocks]


def body(page: ExtractedPage) -> list[Block]:
    return [b for b in page.blocks if b.kind in BODY_KINDS]


# --- The reference page -------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> ExtractedPage:
    return extract("seed_article_fr.txt")


def test_seed_title_keeps_its_sources_prefix(seed: ExtractedPage) -> None:
    assert seed.title == (
        "Sources\u00a0: Biden donne le feu vert à l’Ukraine pour utiliser des armes "
        "fournies par les États-Unis en Russie"
    )
    assert [b.text for b in seed.blocks if b.kind == "title"] == [seed.title]


def test_seed_author_is_the_byline_not_body(seed: ExtractedPage) -> None:
    assert seed.byline == "Milos Schmidt"
    assert by_text(seed, "Milos Schmidt").kind == "byline"


def test_seed_english_caption_above_a_french_article(seed: ExtractedPage) -> None:
    first = seed.blocks[0]
    assert first.text.startswith("The US Army conducts live fire testing")
    assert (first.kind, first.language) == ("caption", "en")
    assert "language en != body fr" in first.cues


def test_seed_captions_printed_twice_are_kept_once(seed: ExtractedPage) -> None:
    captions = [b for b in seed.blocks if b.kind == "caption"]
    assert len(captions) == 5
    for start in ("Une femme marche au milieu", "Vladimir Poutine et Kim Jong Un"):
        pair = [b for b in captions if b.text.startswith(start)]
        assert len(pair) == 2, start
        first, second = pair
        assert first.duplicate_of is None
        assert second.duplicate_of == first.id
        assert int(second.id[1:]) == int(first.id[1:]) + 1
    # One pair differs only by a straight vs curly apostrophe: still one caption.
    assert "d'une" in pair[0].text and "d’une" in pair[1].text


def test_seed_subheading_and_body(seed: ExtractedPage) -> None:
    assert [b.text for b in seed.blocks if b.kind == "subheading"] == [
        "La Corée du Nord intervient"
    ]
    text_blocks = [b for b in body(seed) if b.kind != "subheading"]
    assert len(text_blocks) == 16
    assert text_blocks[0].kind == "standfirst"
    assert all(b.kind == "paragraph" for b in text_blocks[1:])


def test_seed_restated_standfirst_stays_in_body_marked_as_repeat(seed: ExtractedPage) -> None:
    standfirst = next(b for b in seed.blocks if b.kind == "standfirst")
    repeats = [b for b in seed.blocks if b.duplicate_of == standfirst.id]
    assert len(repeats) == 1
    restated = repeats[0]
    assert restated.kind == "paragraph"
    assert len(restated.text) > len(standfirst.text)  # repeated, extended
    assert any("extended" in c for c in restated.cues)


def test_seed_comment_form_and_captcha_are_not_article_text(seed: ExtractedPage) -> None:
    form, captcha = seed.blocks[-2:]
    assert (form.text, form.kind) == ("Laisser un commentaire", "boilerplate")
    assert (captcha.text, captcha.kind) == ("vingt + dix =", "boilerplate")
    assert "captcha" in captcha.cues
    assert any("laisser un commentaire" in c for c in form.cues)
    assert "vingt" not in "\n".join(b.text for b in body(seed))


def test_seed_no_date_is_read_from_the_text(seed: ExtractedPage) -> None:
    assert seed.published is None
    assert seed.extractor == "text"
    assert seed.language == "fr"


def test_seed_same_kinds_without_blank_lines(seed: ExtractedPage) -> None:
    """A scraper that drops the blank lines between paragraphs changes nothing."""
    squeezed = read("seed_article_fr.txt").replace("\n\n", "\n")
    page = extract_text(squeezed)
    assert kinds(page) == kinds(seed)
    assert [b.duplicate_of for b in page.blocks] == [b.duplicate_of for b in seed.blocks]


# --- Invariants on every page --------------------------------------------------------

ALL = sorted(p.name for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", ALL)
def test_every_block_is_an_exact_slice_of_the_input(name: str) -> None:
    source = read(name)
    page = extract_text(source, document=name)
    assert page.source_text == source
    assert [b.id for b in page.blocks] == [f"b{i}" for i in range(len(page.blocks))]
    ends = 0
    for b in page.blocks:
        assert source[b.start : b.end] == b.text
        assert b.text == b.text.strip() and b.text
        assert b.start >= ends  # in order, no overlap
        ends = b.end
        assert b.cues, f"{b.id} has no reason for its kind"
        if b.duplicate_of is not None:
            assert int(b.duplicate_of[1:]) < int(b.id[1:])
    # Nothing but whitespace is left out.
    rest = list(source)
    for b in page.blocks:
        rest[b.start : b.end] = " " * (b.end - b.start)
    assert not "".join(rest).strip()
    assert page.extractor == "text"
    assert page.title is not None


def test_offsets_survive_windows_line_ends_and_indentation() -> None:
    source = (
        "\ufeff  Titre de la page sur trois mots\r\n\r\n\tPar Jean Dupont  \r\n"
        "Le gouvernement a présenté mercredi un plan d’investissement de dix milliards.\r\n"
        "Les syndicats ont dénoncé un texte insuffisant et appellent à manifester.\r\n"
    )
    page = extract_text(source)
    for b in page.blocks:
        assert source[b.start : b.end] == b.text
    assert page.byline == "Jean Dupont"
    assert by_text(page, "Titre").kind == "title"


@pytest.mark.parametrize("blank", ["", "   \n\n\t \r\n", "\u200b\n"])
def test_empty_input_is_a_typed_error_naming_the_document(blank: str) -> None:
    with pytest.raises(EmptyDocument) as err:
        extract_text(blank, document="scrape/0001.txt")
    assert err.value.document == "scrape/0001.txt"
    assert err.value.code == "E001"


# --- The same rules on pages never seen: French ------------------------------------------


def test_french_blank_lines_page() -> None:
    page = extract("fr_koupiansk.txt")
    assert page.title is not None and page.title.startswith("Guerre en Ukraine : Kiev")
    assert page.byline == "Claire Morel et Julien Dubois"
    assert by_text(page, "Accueil > International").kind == "boilerplate"
    assert by_text(page, "Publié le 12 octobre").kind == "byline"
    assert by_text(page, "Partager").kind == "boilerplate"
    assert by_text(page, "Lire aussi").kind == "boilerplate"
    assert by_text(page, "Un soldat ukrainien dans une tranchée").kind == "caption"
    assert by_text(page, "Publicité").kind == "boilerplate"
    assert by_text(page, "Une ligne de front sous pression").kind == "subheading"
    assert by_text(page, "Abonnez-vous à notre newsletter").kind == "boilerplate"
    assert by_text(page, "© Le Journal 2024").kind == "boilerplate"
    tail = page.blocks[-3:]
    assert [b.kind for b in tail] == ["boilerplate"] * 3
    assert "captcha" in tail[-1].cues
    expected = ["standfirst", "paragraph", "paragraph", "paragraph", "subheading"]
    assert [b.kind for b in body(page)] == [*expected, "paragraph", "paragraph"]


def test_french_single_newline_page_with_comments() -> None:
    page = extract("fr_retraites_lines.txt")
    assert page.title == "Réforme des retraites : le gouvernement recule sur l’âge de départ"
    assert page.byline == "Sophie Lambert"
    assert by_text(page, "Économie").kind == "boilerplate"  # rubric above the title
    assert by_text(page, "Écouter l'article").kind == "boilerplate"
    caption = by_text(page, "Des manifestants défilent à Paris")
    assert caption.kind == "caption" and any("AFP" in c for c in caption.cues)
    assert by_text(page, "À lire aussi").kind == "boilerplate"
    assert by_text(page, "Les syndicats divisés").kind == "subheading"
    assert by_text(page, "Partager sur Facebook").kind == "boilerplate"
    assert by_text(page, "Recevez chaque matin").kind == "boilerplate"
    comments = [b for b in page.blocks if b.kind == "comment"]
    assert [b.text[:12] for b in comments] == ["Encore une r", "Enfin une me"]
    # The commenters' names, the comment's date and "Répondre" are furniture.
    for start in ("12 commentaires", "Jean-Marc D.", "Le 5 février 2025", "Claire_B", "Répondre"):
        assert by_text(page, start).kind == "boilerplate", start
    assert len(body(page)) == 6


# --- English ------------------------------------------------------------------------------


def test_english_single_newline_page() -> None:
    page = extract("en_floods.txt")
    assert page.title == "Flood waters recede in Valencia as rescuers reach cut-off villages"
    assert page.byline == "Sarah Whitfield and Tomás Ortega"
    assert by_text(page, "By Sarah Whitfield").kind == "byline"
    assert by_text(page, "Skip to main content").kind == "boilerplate"
    assert by_text(page, "Facebook | Twitter").kind == "boilerplate"
    assert "share bar" in by_text(page, "Facebook | Twitter").cues
    assert by_text(page, "Residents wade through").kind == "caption"
    assert by_text(page, "Read more:").kind == "boilerplate"
    assert by_text(page, "Emergency warnings under scrutiny").kind == "subheading"
    assert by_text(page, "Sign up for our morning newsletter").kind == "boilerplate"
    comments = [b.text for b in page.blocks if b.kind == "comment"]
    assert len(comments) == 2 and comments[0].startswith("This is heartbreaking")
    assert by_text(page, "Mark T.").kind == "boilerplate"
    assert len(body(page)) == 7


def test_english_blank_lines_page() -> None:
    page = extract("en_budget_blank.txt")
    assert page.title == "Chancellor unveils £20bn spending plan as growth forecast is cut"
    assert page.byline is not None and page.byline.startswith("Helen Carter")
    assert by_text(page, "Share on Facebook").kind == "boilerplate"
    caption = by_text(page, "The chancellor leaves Downing Street")
    assert caption.kind == "caption"
    assert any("Getty" in c for c in caption.cues)
    assert by_text(page, "Advertisement").kind == "boilerplate"
    assert by_text(page, "Read more:").kind == "boilerplate"
    assert by_text(page, "A tough year for households").kind == "subheading"
    assert by_text(page, "Sign up to Business Today").kind == "boilerplate"
    assert by_text(page, "© 2025 The Daily Ledger").kind == "boilerplate"
    assert [b.text[:10] for b in page.blocks if b.kind == "comment"] == [
        "Another pl",
        "Investing ",
    ]
    assert by_text(page, "Load more comments").kind == "boilerplate"
    assert body(page)[0].kind == "standfirst"
    assert len(body(page)) == 7


# --- Languages without a lexicon degrade gracefully ----------------------------------------


def test_spanish_page_uses_language_neutral_signals() -> None:
    page = extract("es_incendios.txt")
    assert page.language == "es"
    assert page.title is not None and page.title.startswith("El Gobierno chileno decreta")
    assert "María José Fuentes" in (page.byline or "")
    assert by_text(page, "Facebook X WhatsApp").kind == "boilerplate"
    first, second = (b for b in page.blocks if b.text.startswith("Bomberos combaten"))
    assert first.kind == second.kind == "caption"  # agency credit, printed twice
    assert second.duplicate_of == first.id
    standfirst = next(b for b in page.blocks if b.kind == "standfirst")
    restated = [b for b in page.blocks if b.duplicate_of == standfirst.id]
    assert [b.kind for b in restated] == ["paragraph"]
    assert by_text(page, "Una región en alerta").kind == "subheading"
    assert "captcha" in page.blocks[-1].cues  # "veinte + diez =": operator and "="
    assert all(b.kind == "boilerplate" for b in page.blocks[-4:])


def test_german_page_uses_language_neutral_signals() -> None:
    page = extract("de_hochwasser.txt")
    assert page.language == "de"
    assert page.title == "Hochwasser in Bayern: Tausende Menschen müssen ihre Häuser verlassen"
    assert by_text(page, "Von Anna Schmidt und Lukas Weber").kind == "byline"
    assert by_text(page, "Startseite > Panorama").kind == "boilerplate"  # breadcrumb
    assert by_text(page, "Facebook Twitter WhatsApp").kind == "boilerplate"
    assert by_text(page, "Feuerwehrleute sichern einen Deich").kind == "caption"  # .../dpa
    assert by_text(page, "Mehr zum Thema:").kind == "boilerplate"
    assert by_text(page, "Warnung vor weiteren Regenfällen").kind == "subheading"
    assert "captcha" in page.blocks[-1].cues
    assert [b.kind for b in body(page)].count("standfirst") == 1
    assert len(body(page)) == 7


# --- Single rules, each on a tiny page ---------------------------------------------------

PARA = (
    "Le gouvernement a présenté mercredi un plan d’investissement de dix milliards d’euros "
    "destiné aux collectivités locales, selon un communiqué publié dans la soirée."
)
PARA2 = (
    "Les élus locaux ont salué une annonce attendue depuis longtemps, tout en réclamant "
    "des précisions sur le calendrier et sur la répartition des fonds entre les régions."
)
PARA3 = (
    "Le ministre doit détailler les modalités du dispositif devant les députés la semaine "
    "prochaine, avant un vote prévu au printemps."
)


def test_a_menu_line_is_navigation_and_the_headline_after_it_is_the_title() -> None:
    page = extract_text("\n".join([
        "Le Quotidien | Accueil | Monde | Politique | Économie",
        "Un plan de dix milliards pour les communes",
        PARA, PARA2, PARA3,
    ]))
    menu = by_text(page, "Le Quotidien | Accueil")
    assert menu.kind == "boilerplate" and "navigation menu" in menu.cues
    assert page.title == "Un plan de dix milliards pour les communes"


def test_a_headline_with_its_site_name_stays_the_title() -> None:
    page = extract_text("\n".join([
        "Un plan de dix milliards pour les communes | Le Quotidien", PARA, PARA2, PARA3,
    ]))
    assert page.title == "Un plan de dix milliards pour les communes | Le Quotidien"


def test_a_language_with_claim_cues_only_is_still_read_with_every_languages_block_cues() -> None:
    """Spanish has a claims lexicon but no block cues of its own: its pages keep the
    furniture cues of every language ("Sign up for our newsletter" on a Spanish site)."""
    es = [
        "El Gobierno aprueba un plan de vivienda de diez mil millones de euros",
        "El Consejo de Ministros aprobó este martes un plan de vivienda dotado con diez mil "
        "millones de euros para los próximos cinco años, según informó el Ejecutivo.",
        "Sign up for our newsletter",
        "La ministra de Vivienda explicó que el plan priorizará a los jóvenes y a las familias "
        "con menos ingresos, y que las comunidades autónomas gestionarán las ayudas.",
        "Los grupos de la oposición criticaron que el anuncio llega tarde y reclamaron más "
        "detalles sobre el calendario de las obras y su financiación.",
    ]
    page = extract_text("\n".join(es))
    assert page.language == "es"
    assert by_text(page, "Sign up for our newsletter").kind == "boilerplate"
    assert len(body(page)) == 3


def test_a_long_paragraph_mentioning_a_newsletter_is_still_text() -> None:
    mention = (
        "Dans sa newsletter hebdomadaire, l’association des maires de France estime que ce "
        "plan ne compensera pas la baisse des dotations enregistrée depuis dix ans, et "
        "appelle le gouvernement à revoir sa copie avant l’été."
    )
    page = extract_text("\n".join(["Un plan pour les communes", PARA, mention, PARA2]))
    assert by_text(page, "Dans sa newsletter").kind == "paragraph"


def test_a_sentence_mentioning_a_photo_after_a_dash_is_not_a_caption() -> None:
    para = (
        "The minister defended the decision in a long interview - a photo of the meeting "
        "had circulated widely online."
    )
    en = (
        "Officials said on Monday that talks would resume next week in Geneva, according "
        "to a statement released by the foreign ministry."
    )
    page = extract_text("\n".join(["Talks to resume in Geneva", en, para, en + " More later."]))
    assert by_text(page, "The minister defended").kind == "paragraph"


def test_text_after_the_comment_form_is_never_body() -> None:
    page = extract_text(
        "\n".join(
            [
                "Un plan pour les communes",
                PARA,
                PARA2,
                "Laisser un commentaire",
                "Votre adresse e-mail ne sera pas publiée.",
                "Je trouve que ce plan arrive bien trop tard pour nos petites communes rurales.",
                "Envoyer",
            ]
        )
    )
    kinds_after = [b.kind for b in page.blocks[3:]]
    assert kinds_after == ["boilerplate", "boilerplate", "comment", "boilerplate"]


def test_captcha_in_words_with_a_word_operator() -> None:
    page = extract_text("\n".join(["Un plan pour les communes", PARA, PARA2, "trois fois deux ="]))
    assert page.blocks[-1].kind == "boilerplate"
    assert "captcha" in page.blocks[-1].cues


def test_repeated_caption_with_an_earlier_distant_copy() -> None:
    caption = "Le ministre des Finances à Bercy, le 12 mars 2025."
    page = extract_text("\n".join(["Un plan pour les communes", PARA, caption, PARA2, PARA3]))
    assert by_text(page, "Le ministre des Finances").kind == "caption"
    assert any("trailing date" in c for c in by_text(page, "Le ministre des Finances").cues)


def test_a_page_without_title_keeps_its_text() -> None:
    page = extract_text("\n\n".join([PARA, PARA2, PARA3]))
    assert [b.kind for b in page.blocks][1:] == ["paragraph", "paragraph"]
    assert page.blocks[0].kind in ("paragraph", "standfirst")
    assert page.title is None


def test_a_large_page_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Five thousand paragraphs, many sharing a long prefix: no all-pairs comparison.

    Counted, not timed (speed is measured in bench/, never in a unit test): near copies
    are looked for among the previous ``NEAR_WINDOW`` blocks only, not among the 12.5
    million pairs of the page."""
    lines = [
        f"Le même début de phrase, commun à toutes ces lignes, puis la ligne numéro {i}."
        for i in range(5000)
    ]
    source = "Un titre assez long pour la page\n" + "\n".join([PARA, *lines, PARA2])
    calls = 0
    near = text_module._near

    def counted(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return near(a, b)

    monkeypatch.setattr(text_module, "_near", counted)
    page = extract_text(source)
    assert len(page.blocks) == 5003
    assert 0 < calls <= text_module.NEAR_WINDOW * len(page.blocks)


# --- More single rules (near copies, bare agency credits, foreign captions, wrapping) ----


def test_a_near_copy_one_insertion_apart_points_at_its_original() -> None:
    a = "Des manifestants devant le Parlement, à Tbilissi, le 30 novembre 2024."
    b = "Des manifestants devant le Parlement, à Tbilissi (Géorgie), le 30 novembre 2024."
    page = extract_text("\n".join(["Un plan pour les communes", PARA, a, b, PARA2, PARA3]))
    first, second = by_text(page, a), by_text(page, b)
    assert (first.kind, second.kind) == ("caption", "caption")
    assert second.duplicate_of == first.id
    assert f"near duplicate of {first.id}" in second.cues


def test_a_body_sentence_closing_with_a_bare_agency_stays_text() -> None:
    """ "(AFP)" alone also closes wire copy: a caption needs a second signal."""
    wire = "Selon Reuters, la réunion s'est tenue à huis clos et sans déclaration finale (AFP)."
    twice = "Des pompiers luttent contre les flammes près de Marseille. (AFP)"
    page = extract_text(
        "\n".join(["Un plan pour les communes", PARA, wire, twice, twice, PARA2, PARA3])
    )
    assert by_text(page, "Selon Reuters").kind == "paragraph"
    first, second = (b for b in page.blocks if b.text == twice)
    assert (first.kind, second.kind) == ("caption", "caption")
    assert "agency in parentheses: AFP" in first.cues


def test_a_caption_in_another_language_than_the_body() -> None:
    english = [
        "The central bank raised interest rates on Thursday for the third time this year.",
        "Analysts had expected the move after inflation rose faster than forecast in March.",
        "The governor said further increases could not be ruled out if prices kept rising.",
    ]
    french = "Des clients font leurs courses dans un supermarché de la banlieue parisienne"
    page = extract_text(
        "\n".join(["Central bank raises rates again", english[0], french, *english[1:]])
    )
    caption = by_text(page, "Des clients")
    assert (caption.kind, caption.language) == ("caption", "fr")
    assert "language fr != body en" in caption.cues


def test_hard_wrapped_paragraphs_are_joined_into_one_block() -> None:
    source = (
        "Des pluies torrentielles ont frappé la région dans la nuit de samedi à\n"
        "dimanche, provoquant des crues soudaines dans plusieurs vallées du\n"
        "département.\n"
        "\n"
        "Les secours ont évacué plus de deux cents personnes, selon la préfecture,\n"
        "qui a ouvert un centre d'accueil dans le gymnase de la commune voisine et\n"
        "appelle les habitants à la prudence.\n"
    )
    page = extract_text(source)
    assert len(page.blocks) == 2
    assert page.blocks[0].text.endswith("département.") and "\n" in page.blocks[0].text
    assert all(source[b.start : b.end] == b.text for b in page.blocks)


def test_french_and_english_lexicons_offer_the_same_block_cues() -> None:
    """Language is a parameter: every cue list a language needs exists for both."""
    from newstrace import lexicons

    fr, en = set(lexicons.load("fr")["blocks"]), set(lexicons.load("en")["blocks"])
    assert fr == en
    assert {"boilerplate_starts", "byline_cues", "caption_cues", "number_words"} <= fr
    assert "AFP" in lexicons.load(None)["blocks"]["agencies"]


def test_wire_story_question_title_capitals_byline_dateline_and_credits() -> None:
    page = extract("en_wire_reuters_style.txt")
    assert page.title == "US Senate passes stopgap bill to avert government shutdown?"
    assert page.byline is not None and "Mark O'Neil" in page.byline
    assert by_text(page, "March 14, 2025 10:32 PM GMT").kind == "byline"  # date line on top
    assert by_text(page, "WASHINGTON (Reuters)").kind == "standfirst"  # a dateline is not a credit
    photo = by_text(page, "Senate Democratic Leader Chuck Schumer")
    assert photo.kind == "caption"  # "... 2025. REUTERS/Nathan Howard"
    assert by_text(page, "(Reporting by").kind == "boilerplate"
    assert by_text(page, "Our Standards").kind == "boilerplate"
    assert len(body(page)) == 4


def test_blog_comment_list_headed_by_the_article_title() -> None:
    page = extract("fr_blog_wordpress.txt")
    assert by_text(page, "Crédit photo").kind == "caption"
    assert by_text(page, "Cliquez pour partager sur X").kind == "boilerplate"
    head = by_text(page, "Une réponse à")
    assert head.kind == "boilerplate" and any("comment section" in c for c in head.cues)
    assert [b.text[:5] for b in page.blocks if b.kind == "comment"] == ["Bravo"]
    assert by_text(page, "14 mars 2025 à 18 h 02 min").kind == "boilerplate"
    assert all(b.kind == "boilerplate" for b in page.blocks[-7:])
    assert len(body(page)) == 5


def test_a_subheading_that_starts_with_a_comment_word_does_not_end_the_article() -> None:
    page = extract_text(
        "\n".join(["Un plan pour les communes", PARA, PARA2, "Réactions des élus locaux", PARA3])
    )
    assert by_text(page, "Réactions des élus").kind == "subheading"
    assert by_text(page, "Le ministre doit").kind == "paragraph"
