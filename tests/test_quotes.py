"""Quotations and speakers on the stored seeds and the French quote gold (read from ../shared)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from recoupe.extract.quotes import scan_quote_marks
from recoupe.model import Article, ArticleSource
from recoupe.pipeline import analyze_article

from conftest import EVAL, SEEDS

SKIP = ("numbers", "dates", "framing")


def _analyze(path, language=None) -> Article:
    art = Article(id=path.stem, text=path.read_text(encoding="utf-8"), language=language,
                  source=ArticleSource(path=str(path)))
    return analyze_article(art, skip=SKIP)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {p.stem[:3]: _analyze(p) for p in sorted(SEEDS.glob("*.txt"))}


def _quote(art: Article, start_words: str):
    found = [q for q in art.quotes if q.text.startswith(start_words)]
    assert found, f"no quote starting {start_words!r} in {[q.text[:40] for q in art.quotes]}"
    return found[0]


def test_offsets_hold_on_every_seed(seeds):
    for art in seeds.values():
        for q in art.quotes:
            assert art.text[q.start:q.end] == q.text
            if q.speaker_start is not None:
                assert art.text[q.speaker_start:q.speaker_end] == q.speaker


def test_glued_opening_mark_closes_a_quote():
    text = "« Les alliés se rapprochent de la guerre« , a écrit le journal. « Nous irons« ."
    spans = scan_quote_marks(text)
    inner = [text[s.open + 1:s.close].strip() for s in spans]
    assert inner[0] == "Les alliés se rapprochent de la guerre"
    assert all("«" not in x for x in inner)


def test_straight_pull_quote_signed_on_next_line():
    text = 'Texte.\n\n    "Pour nous, la Crimée est russe\n    Dmitri Medvedev, ancien président."\n\nSuite.'
    spans = scan_quote_marks(text)
    assert len(spans) == 1 and text[spans[0].close] == '"' and "Medvedev" in text[spans[0].open:spans[0].close]


def test_scare_quotes_are_not_speech(seeds):
    texts = {q.text for q in seeds["000"].quotes if q.kind == "direct"}
    assert "formateurs" not in texts
    assert "inévitable" not in {q.text for q in seeds["002"].quotes if q.kind == "direct"}


def test_pronoun_and_description_resolve_to_pevkur(seeds):
    art = seeds["000"]
    assert _quote(art, "La réalité est que chaque pays").speaker_canonical == "Hanno Pevkur"
    # « a-t-il ajouté » after « le chef de la défense estonienne »: not Macron, named inside the quote
    assert _quote(art, "Ce que le président Emmanuel Macron").speaker_canonical == "Hanno Pevkur"


def test_general_brown_after_pronoun_incise(seeds):
    q = _quote(seeds["000"], "Nous finirons par y arriver")
    assert q.speaker == "il" and "Brown" in (q.speaker_canonical or "")
    assert q.cue == "a-t-il déclaré"


def test_media_as_speaker(seeds):
    q = _quote(seeds["000"], "Les alliés de l’OTAN se rapprochent")
    assert q.speaker_canonical == "The New York Times" and q.cue == "a écrit"
    q = _quote(seeds["002"], "atténuerait une nouvelle fois")
    assert q.speaker == "le journal" and q.speaker_canonical == "The New York Times"


def test_indirect_speech_has_its_clause(seeds):
    ind = [q for q in seeds["002"].quotes if q.kind == "indirect"]
    assert any(q.text.startswith("de nombreux sous-traitants militaires") and
               q.speaker_canonical == "The New York Times" for q in ind)


def test_hostile_text_does_not_crash():
    for text in ["« « » »", "\"", "«", "» a-t-il dit «", "a\n\"b\n\"c\"\n«d« , e»", "« " * 50, ""]:
        art = Article(id="x", text=text or " ", language="fr")
        analyze_article(art, skip=SKIP)
        for q in art.quotes:
            assert art.text[q.start:q.end] == q.text


def _score_brief():
    spec = importlib.util.spec_from_file_location("score_brief", EVAL.parent / "tools" / "score_brief.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_french_gold_quotes_and_speakers():
    """Three gold articles (pronouns, titles, nested and split quotes): direct quotes found at 0.8
    overlap and their speakers named as the annotators did."""
    sb = _score_brief()
    gold_dir = EVAL / "gold-fr-quotes-dev"
    found = tp_text = tp_speaker = n_gold = 0
    for stem in ("article23102", "article2313", "article23200"):
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        art = _analyze(EVAL / "semeval2023-task3-fr" / "train-articles" / f"{stem}.txt", "fr")
        pred = [q for q in art.quotes if q.kind == "direct"]
        gq = [q for q in gold["quotes"] if not q.get("borderline")]
        n_gold += len(gq)
        pairs = sb.greedy_pairs(gq, [{"text": q.text} for q in pred],
                                lambda g, p: (lambda o: o if o >= 0.8 else 0)(sb.overlap(g["text"], p["text"], of="longer")))
        tp_text += len(pairs)
        tp_speaker += sum(1 for i, j, _ in pairs
                          if sb.same_name(gq[i]["speaker"], pred[j].speaker_canonical or pred[j].speaker or "",
                                          person=gq[i]["speaker_type"] == "person"))
        found += len(pred)
    print(f"quotes@0.8 recall {tp_text / n_gold:.3f}, speaker recall {tp_speaker / n_gold:.3f}, predicted {found}")
    assert tp_text / n_gold >= 0.95
    assert tp_speaker / n_gold >= 0.85
    assert found <= n_gold + 3          # scare quotes and titles stay out


def test_a_body_description_points_back_to_the_body_not_to_a_person_named_after():
    text = ("Facebook, WhatsApp and Instagram are back up after an outage of six hours, Facebook says.\n"
            "But the company said there was \"no evidence that user data was compromised\".\n"
            "Sheera Frenkel, the New York Times' technology reporter, told the BBC the fix took long.")
    art = analyze_article(Article(id="fb", text=text, language="en"), mode="md")
    q = _quote(art, "no evidence")
    assert q.speaker == "the company" and q.speaker_canonical == "Facebook"


def test_an_incise_inside_one_pair_of_marks_makes_two_quotes_of_one_speaker():
    text = ("La ministre de l'Intérieur, Elena Varga, s'est rendue jeudi sur place.\n"
            "« Le barrage a tenu, a-t-elle précisé, mais pas le déversoir. »\n"
            "« Que peut-il faire, sinon attendre ? » a demandé un habitant.")
    art = analyze_article(Article(id="incise", text=text, language="fr"), mode="md")
    head, tail = _quote(art, "Le barrage"), _quote(art, "mais pas")
    assert head.text == "Le barrage a tenu" and tail.text == "mais pas le déversoir."
    assert head.speaker_canonical == tail.speaker_canonical == "Elena Varga"
    assert head.cue == "a-t-elle précisé"
    assert _quote(art, "Que peut-il").text == "Que peut-il faire, sinon attendre ?"   # not an incise


def test_selon_beyond_the_speech_verb_is_the_relay_not_the_speaker():
    text = ("« Nous ne laisserons aucune famille sans abri », a déclaré la ministre Maria Holt, "
            "selon le Courrier du Nord.")
    art = analyze_article(Article(id="t", text=text, language="fr"), skip=SKIP)
    q = _quote(art, "Nous ne laisserons")
    assert q.speaker_canonical == "Maria Holt" and q.cue == "a déclaré"
