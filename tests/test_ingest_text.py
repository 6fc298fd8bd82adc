"""Plain-text ingestion on the seeds, encodings, and the cleaning rules."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from recoupe.ingest import IngestError, load
from recoupe.ingest.clean import clean_body, clean_text_file
from recoupe.ingest.encoding import decode

from conftest import SEEDS


@pytest.fixture(scope="module")
def seeds() -> dict:
    arts = list(load([str(SEEDS)]))
    assert all(not isinstance(a, IngestError) for a in arts), arts
    return {a.id[:3]: a for a in arts}


def test_seed_ids_are_file_stems(seeds):
    assert sorted(a.id for a in seeds.values()) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for a in seeds.values():
        assert Path(a.source.path).stem == a.id


def test_repeated_headline_is_one_title_and_leaves_the_body(seeds):
    a = seeds["001"]
    assert a.title == "Les pays de l’OTAN entraînent déjà des troupes en Ukraine, selon le Premier ministre estonien"
    assert a.title not in a.text
    assert a.text.startswith("En tant qu’observateur")


def test_trailing_timestamp_is_the_publication_date(seeds):
    a = seeds["001"]
    assert a.published.startswith("2024-05-20T14:11")
    assert "2024-05-20 14:11" not in a.text
    assert a.text.endswith("la gravité de la situation.")


def test_lead_paragraph_is_not_a_title(seeds):
    assert seeds["000"].title is None
    assert seeds["002"].title is None        # first line is a lead sentence ending with a full stop
    assert seeds["002"].text.startswith("Un journal américain a rapporté")


def test_caption_is_kept_out_of_the_body_but_its_facts_are_kept(seeds):
    a = seeds["003"]
    assert a.title is None
    assert "Stoltenberg" not in a.text and "(AFP)" not in a.text
    assert a.text.startswith("La guerre en Ukraine continue")
    assert a.published == "2024-05"                       # nothing better than the caption date
    assert a.metadata["published_from"] == "caption"
    [caption] = a.metadata["captions"]
    assert caption["credit"] == "AFP" and caption["date"] == "2024-05"
    assert "Jens Stoltenberg" in caption["text"]
    # section subheads stay, each on its own line
    lines = a.text.split("\n")
    assert "L’OTAN craint une escalade avec la Russie" in lines
    assert "La Russie se réserve un droit de réponse" in lines


def test_headline_line_at_the_top_is_the_title_and_stays_as_a_line(seeds):
    a = seeds["004"]
    assert a.title == "Une coalition divisée"
    assert a.text.split("\n")[0] == "Une coalition divisée"
    assert "Le spectre d’une confrontation directe" in a.text.split("\n")


def test_link_markers_go_with_the_space_before_them(seeds):
    a = seeds["000"]
    assert "ℹ" not in a.text
    assert "l’OTAN envisage sérieusement" in a.text
    assert "Charles Q. Brown Jr, a déclaré" in a.text
    assert "à Phoenix)." in a.text


def test_teaser_line_is_dropped(seeds):
    a = seeds["002"]
    assert "A lire" not in a.text
    assert "En février, le président français Emmanuel Macron" in a.text
    assert a.metadata["dropped"][0]["kind"] == "teaser"


def test_one_paragraph_per_line_and_words_unchanged(seeds):
    for key, a in seeds.items():
        assert "\n\n" not in a.text and not a.text.startswith("\n") and not a.text.endswith("\n")
        raw = next(SEEDS.glob(f"{key}_*.txt")).read_text(encoding="utf-8").replace(" ℹ️", "")
        for line in a.text.split("\n"):
            assert line in raw, (key, line)      # cleaning drops lines and markers, never rewrites words


def test_000_keeps_its_source_line_and_emoji_heading(seeds):
    lines = seeds["000"].text.split("\n")
    assert "Source : RT" in lines
    assert any(line.startswith("🇷🇺🇺🇦 POUTINE SUR") for line in lines)


FRENCH = "L’OTAN envisage d’envoyer des formateurs en Ukraine\n\nLe général a déclaré : « Nous y arriverons ».\nÇa coûtera 150 000 € à l’État.\n"


@pytest.mark.parametrize("encoding,prefix", [("latin-1", b""), ("cp1252", b""), ("utf-8", b"\xef\xbb\xbf"),
                                             ("utf-8", b"")])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_encodings_and_line_ends(tmp_path, encoding, prefix, newline):
    text = FRENCH if encoding != "latin-1" else FRENCH.replace("’", "'").replace("€", "euros")
    f = tmp_path / "article.txt"
    f.write_bytes(prefix + text.replace("\n", newline).encode(encoding))
    [a] = list(load([str(f)]))
    assert not isinstance(a, IngestError), a
    assert "\r" not in a.text and "\ufeff" not in a.text and "\ufeff" not in (a.title or "")
    expected_title = text.split("\n")[0]
    assert a.title == expected_title
    assert a.text.split("\n") == [expected_title] + [line for line in text.split("\n")[1:] if line]
    assert "Ça coûtera 150 000" in a.text and "« Nous y arriverons »" in a.text


def test_cp1252_quotes_and_euro_are_read_as_cp1252():
    d = decode("Le coût : 5 € – l’État « a tranché ».".encode("cp1252"))
    assert d.encoding == "cp1252" and d.text == "Le coût : 5 € – l’État « a tranché »."


def test_cyrillic_single_byte_encoding_is_detected():
    text = "Президент заявил, что войска будут направлены на Украину в ближайшие недели. " * 5
    assert decode(text.encode("cp1251")).text == text


def test_cleaning_drops_share_and_subscription_lines_but_not_sentences():
    raw = ("Partager\nFacebook | Twitter | LinkedIn\nLe ministre a parlé.\nLire aussi : Un autre article\n"
           "Read more: Another story\nPublicité\nLecture : 3 min\nLire aussi les déclarations du ministre "
           "qui ont suivi la réunion de mardi.\nAbonnez-vous\nLe ministre a parlé.\n")
    out = clean_body(raw).text.split("\n")
    assert out == ["Le ministre a parlé.",
                   "Lire aussi les déclarations du ministre qui ont suivi la réunion de mardi.",
                   "Le ministre a parlé."]


def test_captions_with_credits_leave_the_body():
    raw = ("Le président à Kiev, le 3 mai. (Photo AFP)\nSTR/AFP via Getty Images\n"
           "Le président a visité Kiev mardi, selon l’AFP (AFP).\nUn texte normal.")
    c = clean_body(raw)
    # a sentence ending with a dateline credit is the author's text and stays
    assert c.text.split("\n") == ["Le président a visité Kiev mardi, selon l’AFP (AFP).", "Un texte normal."]
    assert [cap["credit"] for cap in c.metadata["captions"]] == ["AFP", "AFP via Getty Images"]
    assert clean_body("Photo: AFP\nLe ministre à Paris. Photo : Jean Dupont / Le Journal\n"
                      "Il a montré la photo: elle était floue").text == "Il a montré la photo: elle était floue"


def test_byline_and_leading_timestamp():
    c = clean_text_file("Publié le 17/05/2024 à 09h30\nPar Marie Dupont\nUn titre court ici\nLe corps de l’article.")
    assert c.published == "2024-05-17T09:30:00"
    assert c.metadata["byline"] == "Par Marie Dupont"
    assert c.title == "Un titre court ici"
    assert c.text == "Un titre court ici\nLe corps de l’article."


def test_hostile_text_never_crashes():
    for raw in ["", "\n\n\n", "ℹ️", "(AFP)", "x" * 100_000, "\x00\x01 text", "«»" * 50, "2024-13-45 99:99"]:
        clean_text_file(raw)
        clean_body(raw, title="t")


SEMEVAL = [p for d in ("train-articles", "dev-articles")
           for p in sorted((SEEDS.parents[1] / "eval" / "semeval2023-task3-fr" / d).glob("*.txt"))]


def test_semeval_articles_keep_every_line_verbatim():
    """The framing scorer finds predicted spans in the raw files: cleaned lines must be raw text."""
    assert len(SEMEVAL) == 211
    results = list(load([str(p) for p in SEMEVAL]))
    assert all(not isinstance(r, IngestError) for r in results)
    with_title = 0
    for path, a in zip(SEMEVAL, results):
        # besides link markers, cleaning only takes soft hyphens (invisible, inside words) out of a
        # line, and composes decomposed accents (NFC) so that word lists match
        raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8").replace("\u00ad", ""))
        assert all(line in raw for line in a.text.split("\n")), path.name
        with_title += a.title is not None and raw.lstrip().startswith(a.title)
    assert with_title >= 200           # "title\n\nbody" files: the first line is the title


def test_author_refrain_and_sentences_that_look_like_teasers_stay():
    by_id = {a.id: a for a in load([str(p) for p in SEMEVAL if p.stem in ("article2314", "article23165", "article23130")])}
    refrain = "La guerre, c'est la guerre, et cette guerre va s'intensifier."
    assert by_id["article2314"].text.count(refrain) >= 3
    assert "Sur le même sujet des exemples qui illustrent sa connivence avec les capitalistes :" in by_id["article23165"].text
    assert "Lire la suite de l’article" not in by_id["article23130"].text


def test_short_headline_set_apart_by_a_blank_line_may_end_with_a_stop():
    polnear = SEEDS.parents[1] / "eval" / "polnear" / "train" / "text"
    [a] = list(load([str(next(polnear.glob("breitbart_2015-11-16_o-malley-campaign-to-shift-staff*.txt")))]))
    assert a.title == "O’Malley campaign to shift staff, resources to Iowa."
    assert a.text.split("\n")[1].startswith("DALLAS (AP) — Democratic presidential candidate Martin O’Malley")
    c = clean_text_file("Old Hands Help Russia Navigate U.S. Media.\n\nLast week, I caught Larry King on TV.")
    assert c.title == "Old Hands Help Russia Navigate U.S. Media."
    c = clean_text_file("Il pleut. Le match est reporté.\n\nLes joueurs sont rentrés chez eux hier soir.")
    assert c.title is None                     # two sentences: a lead, not a headline


# ------------------------------------------------------------------ front matter
def _load_one(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (item,) = list(load([str(path)]))
    return item


def test_front_matter_gives_outlet_url_date_and_language(tmp_path):
    a = _load_one(tmp_path, "piece.txt", "---\nOutlet: Le Courrier du Nord\nlink: https://courrier.example/a\n"
                  "date: 2025-02-03 08:15\nlang: fr-FR\nsection: économie\n---\n"
                  "Un titre assez long pour un article\nPremier paragraphe du corps de l'article, assez long.\n")
    assert a.source.outlet == "Le Courrier du Nord"
    assert a.source.url == "https://courrier.example/a"
    assert a.published.startswith("2025-02-03T08:15")
    assert a.language == "fr"
    assert a.metadata["front_section"] == "économie"
    assert "outlet" not in a.text and "---" not in a.text
    assert a.title == "Un titre assez long pour un article"


def test_a_rule_line_that_is_not_front_matter_stays_text(tmp_path):
    a = _load_one(tmp_path, "rule.txt", "---\nCeci est une phrase, pas un champ.\n---\n"
                  "Un titre assez long pour un article\nLe corps de l'article continue ici.\n")
    assert a.source.outlet is None
    assert "Ceci est une phrase" in a.text


def test_unreadable_front_matter_date_is_a_named_error(tmp_path):
    item = _load_one(tmp_path, "bad-date.txt", "---\npublished: the day after\n---\nTitre de l'article ici\nCorps.\n")
    assert isinstance(item, IngestError)
    assert "bad-date.txt" in item.input and "published" in item.problem


def test_demo_text_files_name_their_outlets():
    demo = Path(__file__).resolve().parents[1] / "demo"
    outlets = {a.id: a.source.outlet for a in load([str(demo)]) if not isinstance(a, IngestError)}
    assert outlets["le-veilleur_inondation-castelbrune"] == "Le Veilleur"
    assert outlets["infoflash24_castelbrune-les-autorites-savaient"] == "InfoFlash24"
