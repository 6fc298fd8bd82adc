"""Claim alignment on long, multi-source stories: what makes two sentences one
fact (specific anchors, the same people, one utterance), what keeps look-alikes
apart (story-common words, chains, far-apart sentences of one article), and the
seed brief that these mechanisms produce."""
from __future__ import annotations

import importlib.util
import itertools

import pytest

from recoupe.align import AlignConfig
from recoupe.align.claims import StoryVocabulary, checkworthy_sentences, long_pair_strictness
from recoupe.align.contradictions import check_report_dates, report_date_pairs
from recoupe.align.features import anchors_of, different_people, sentence_facts
from recoupe.model import CitedSource, DateMention, Entity, Quote, Span

from conftest import EVAL, SHARED
from test_align_units import make


def entity(article, text: str, label: str, canonical: str | None = None) -> Entity:
    start = article.text.index(text)
    return Entity(text=text, label=label, canonical=canonical or text, start=start, end=start + len(text))


def every(article, text: str, label: str, canonical: str | None = None) -> list[Entity]:
    out, start = [], article.text.find(text)
    while start >= 0:
        out.append(Entity(text=text, label=label, canonical=canonical or text, start=start, end=start + len(text)))
        start = article.text.find(text, start + 1)
    return out


def all_facts(article):
    return [sentence_facts(article, i, s) for i, s in enumerate(article.sentences)]


def test_a_name_is_one_anchor_not_also_a_word():
    a = make("a", "La Russie se réserve un droit de réponse après les frappes.", language="fr")
    a.entities = [entity(a, "Russie", "LOC", "Russia")]
    f = sentence_facts(a, 0, a.sentences[0])
    assert ("entity", "russia") in f.anchors
    assert not any(kind == "word" and word.startswith("russi") for kind, word in f.anchors)
    assert ("word", "droit") in anchors_of(f) and ("word", "repon") in anchors_of(f)


def test_story_common_anchors_weigh_less_than_specific_ones():
    text = ("L'Ukraine demande des armes à ses alliés.\n"
            "L'Ukraine manque de soldats sur le front.\n"
            "L'Ukraine a reçu la visite de Macron à Kiev.\n"
            "L'Ukraine reçoit Macron pour parler des troupes.\n"
            "L'Ukraine subit des frappes sur ses villes.")
    a = make("a", text, language="fr")
    a.entities = every(a, "Macron", "PER", "Emmanuel Macron")
    fs = all_facts(a)
    vocab = StoryVocabulary.of(fs)
    ukraine_only = vocab.overlap(fs[0], fs[1])          # share the story's word « ukraine » and nothing else
    macron = vocab.overlap(fs[2], fs[3])                # share Macron and « ukraine »
    assert vocab.idf(("word", "ukrai")) < vocab.idf(("entity", "emmanuel macron"))
    assert macron > 2 * ukraine_only
    # across languages only names, figures and dates count: no word is shared
    en = make("e", "Ukraine asked its allies for weapons.", language="en")
    fe = sentence_facts(en, 0, en.sentences[0])
    assert vocab.overlap(fs[0], fe) == 0.0


def test_different_people_are_different_facts_but_two_spellings_are_one():
    a = make("a", "Madis Roll, conseiller à la sécurité nationale, a déclaré que l'envoi était envisagé.",
             language="fr")
    b = make("b", "Le conseiller à la sécurité nationale, Jake Sullivan a déclaré que l'envoi serait annoncé.",
             language="fr")
    c = make("c", "Le général Charles Q. Brown a déclaré que l'envoi était inévitable.", language="fr")
    d = make("d", "Charles Q. Brown Jr a affirmé que l'envoi de formateurs était inévitable.", language="fr")
    a.entities = [entity(a, "Madis Roll", "PER")]
    b.entities = [entity(b, "Jake Sullivan", "PER")]
    c.entities = [entity(c, "Charles Q. Brown", "PER")]
    d.entities = [entity(d, "Charles Q. Brown Jr", "PER")]
    fa, fb, fc, fd = (sentence_facts(x, 0, x.sentences[0]) for x in (a, b, c, d))
    assert different_people(fa, fb)
    assert not different_people(fc, fd)                     # « Brown » and « Brown Jr » are one man
    e = make("e", "Pfizer a livré un vaccin contre le Covid-19 aux soldats.", language="fr")
    e.entities = [entity(e, "Pfizer", "PER"), entity(e, "Covid-19", "PER")]
    assert not different_people(fa, sentence_facts(e, 0, e.sentences[0]))   # mislabelled products are not people


def test_people_include_the_speaker_the_quotes_stage_resolved():
    a = make("a", "« Ce n'est pas comme ça que ça se passe », a-t-elle précisé au journal.", language="fr")
    words = "Ce n'est pas comme ça que ça se passe"
    start = a.text.index(words)
    a.quotes = [Quote(text=words, start=start, end=start + len(words), speaker="elle",
                      speaker_canonical="Kaja Kallas", kind="direct")]
    f = sentence_facts(a, 0, a.sentences[0])
    assert f.people == {"kaja kallas"}


def test_the_writers_voice_is_not_a_fact_but_a_quoted_we_is():
    text = ("Vous devriez d'abord lui demander s'il y a des troupes en Ukraine.\n"
            "« Nous finirons par y arriver, avec le temps« , a déclaré le général Brown à Bruxelles.\n"
            "Nous pensons que cette décision de l'OTAN est une erreur historique pour l'Europe.")
    a = make("a", text, language="fr")
    a.entities = [entity(a, "Ukraine", "LOC"), entity(a, "Brown", "PER"), entity(a, "OTAN", "ORG", "NATO")]
    words = "Nous finirons par y arriver, avec le temps"        # mis-closed marks: only the quotes stage knows
    start = a.text.index(words)
    a.quotes = [Quote(text=words, start=start, end=start + len(words), kind="direct")]
    kept = [f.sentence.text for f in checkworthy_sentences(a, AlignConfig())]
    assert kept == [a.sentences[1].text]


def test_only_long_article_pairs_are_held_to_specific_anchors():
    cfg = AlignConfig()
    assert long_pair_strictness(3, 40, cfg) == 0.0            # a short dispatch: mutual best match suffices
    assert long_pair_strictness(12, 45, cfg) == 1.0
    assert 0.0 < long_pair_strictness(7, 30, cfg) < 1.0


def _dated_report(aid: str, text: str, day_text: str, day: str):
    a = make(aid, text, language="fr")
    start = a.text.index("Times")
    a.cited_sources = [CitedSource(name="The New York Times", kind="newspaper",
                                   mentions=[Span(text="Times", start=start, end=start + 5)])]
    s = a.text.index(day_text)
    a.dates = [DateMention(text=day_text, start=s, end=s + len(day_text), resolved=day)]
    return a


def test_one_report_dated_to_two_days_is_a_contradiction():
    a = _dated_report("a", "Les alliés se rapprochent de l'envoi de troupes, a écrit le Times jeudi.", "jeudi",
                      "2024-05-16")
    b = _dated_report("b", "Le New York Times a rapporté, le vendredi 17 mai, que des sous-traitants étaient là.",
                      "le vendredi 17 mai", "2024-05-17")
    c = _dated_report("c", "Le Times a publié jeudi une enquête sur les sous-traitants en Ukraine.", "jeudi",
                      "2024-05-16")
    fa, fb, fc = (sentence_facts(x, 0, x.sentences[0]) for x in (a, b, c))
    found = check_report_dates(fa, fb)
    assert found and found.kind == "date" and "2024-05-16" in found.reason and "2024-05-17" in found.reason
    assert check_report_dates(fa, fc) is None                # the same day: no discrepancy
    pairs = report_date_pairs({"a": [fa], "b": [fb], "c": [fc]})
    assert {(p.a.article_id, p.b.article_id) for p in pairs} == {("a", "b"), ("a", "c"), ("b", "c")}
    # a day far from the source's name dates something else
    far = _dated_report("d", "Le Times rapporte que des troupes, selon des responsables qui parlaient hier soir "
                             "et encore ce matin devant la presse réunie, partiront mardi.", "mardi", "2024-05-14")
    assert check_report_dates(sentence_facts(far, 0, far.sentences[0]), fb) is None


# ------------------------------------------------------------------ the five seeds, end to end

def scorer():
    spec = importlib.util.spec_from_file_location("score_brief", SHARED / "tools" / "score_brief.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_brief(seeds_dir):
    from recoupe.brief import to_dict, article_to_dict
    from recoupe.corpus import build_stories, read_and_analyse
    articles, errors = read_and_analyse([str(seeds_dir)], mode="sm")
    assert not errors
    stories = build_stories(articles)
    return {"articles": [article_to_dict(a) for a in articles], "stories": to_dict(stories)}, articles


def _sentence(articles, prefix: str, words: str):
    art = next(a for a in articles if a.id.startswith(prefix))
    return art.id, next(s.start for s in art.sentences if words in s.text)


def _claim_pairs(brief):
    out = set()
    for st in brief["stories"]:
        for c in st["claims"]:
            ev = [(e["article_id"], e["start"]) for e in c["evidence"]]
            out |= {frozenset(p) for p in itertools.combinations(ev, 2) if p[0][0] != p[1][0]}
    return out


def test_seed_brief_pairs_few_sentences_and_the_dev_gold_approves(seed_brief):
    brief, articles = seed_brief
    assert len(brief["stories"]) == 1
    pairs = _claim_pairs(brief)
    # the first version paired 166 sentences, mostly look-alikes of one topic
    assert 15 <= len(pairs) <= 60
    summary = scorer().score_extract(brief, EVAL / "gold-seeds-dev")["summary"]["claim_alignment"]
    # 7 gold pairs between 002 and 003 only: 2 found with spaCy sm here, 3 with md (benchmarks)
    assert summary["precision"] >= 0.75 and summary["recall"] >= 0.25, summary
    text = {a.id: a.text for a in articles}
    for st in brief["stories"]:
        for c in st["claims"]:
            for e in c["evidence"]:
                assert text[e["article_id"]][e["start"]:e["end"]] == e["text"]


def test_seed_brief_keeps_apart_what_different_people_said(seed_brief):
    brief, articles = seed_brief
    pairs = _claim_pairs(brief)
    roll = _sentence(articles, "000", "Madis Roll")
    sullivan = _sentence(articles, "002", "Jake Sullivan")
    pevkur = _sentence(articles, "000", "Hanno Pevkur, a accordé")
    kallas = _sentence(articles, "001", "Kaja Kallas a confirmé")
    assert frozenset((roll, sullivan)) not in pairs
    assert frozenset((pevkur, kallas)) not in pairs


def test_seed_brief_links_the_renderings_of_one_quote_and_finds_the_report_date_discrepancy(seed_brief):
    brief, articles = seed_brief
    story = brief["stories"][0]
    brown = [g for g in story["quote_groups"] if any("parviendrons" in q["text"] for q in g["quotes"])]
    assert brown and any("finirons" in q["text"] for q in brown[0]["quotes"])
    pairs = _claim_pairs(brief)
    assert frozenset((_sentence(articles, "000", "Nous finirons par y arriver"),
                      _sentence(articles, "002", "Nous y parviendrons"))) in pairs
    dates = [c for c in story["contradictions"] if c["kind"] == "date" and "New York Times" in c["reason"]]
    assert dates and "2024-05-16" in dates[0]["reason"] and "2024-05-17" in dates[0]["reason"]
    assert {dates[0]["a"]["article_id"][:3], dates[0]["b"]["article_id"][:3]} == {"000", "002"}
    # a position against a position (« refusent » / « inévitable ») is not a contradiction of facts
    assert all(c["kind"] != "negation" for c in story["contradictions"])


def test_the_sentences_carrying_one_utterance_make_one_claim():
    from recoupe.align.claims import AlignedPair, Alignment, _keep_together
    from recoupe.align.features import SentenceFacts
    from recoupe.model import Sentence

    facts = {k: SentenceFacts(k, 0, Sentence(text="« Le barrage a tenu. »", start=0, end=22)) for k in "abc"}
    al = Alignment({k: [f] for k, f in facts.items()}, {})
    al.claims = [[facts["a"]], [facts["b"]], [facts["c"]], [facts["a"], facts["b"]]]
    pairs = [AlignedPair(facts[x], facts[y], 1.0, 1.0) for x, y in ("ab", "ac", "bc")]
    _keep_together(al, pairs, span=1)
    # one three-article claim, and no sentence left standing as a claim of its own
    assert [sorted(f.article_id for f in c) for c in al.claims] == [["a", "b", "c"]]


def test_words_quoted_from_two_different_people_are_two_facts():
    from recoupe.align.features import SentenceFacts, different_speakers
    from recoupe.model import Sentence

    def said(who: set[str]) -> SentenceFacts:
        return SentenceFacts("x", 0, Sentence(text="…", start=0, end=1), speakers=who)
    assert different_speakers(said({"elena varga"}), said({"anton kessel"}))
    assert not different_speakers(said({"elena varga"}), said({"varga"}))
    assert not different_speakers(said({"elena varga"}), said(set()))        # no quoted voice: other rules decide
