"""The `dates` stage: finding date phrases and resolving them against a base date."""
from __future__ import annotations

import time

import pytest

from recoupe.extract import dates as dates_stage
from recoupe.extract.dates import extract_dates, parse_base
from recoupe.extract.numbers import extract_numbers
from recoupe.model import Article

from conftest import SEEDS

MONDAY = "2024-05-20"      # the seeds' gold assumes publication in the second half of May 2024


def dates_of(text: str, nlp, lang: str, published: str | None = MONDAY, reference: str | None = None):
    article = Article(id="t", text=text, language=lang, published=published, reference_date=reference)
    extract_dates(article, nlp(text))
    for d in article.dates:
        assert article.text[d.start:d.end] == d.text
    return article.dates


def resolved(text, nlp, lang, **kw) -> dict[str, str | None]:
    return {d.text: d.resolved for d in dates_of(text, nlp, lang, **kw)}


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# ------------------------------------------------------------------ seeds
def test_offsets_hold_on_every_seed(nlp_fr):
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for d in dates_of(text, nlp_fr, "fr", published=None):
            assert text[d.start:d.end] == d.text


def test_seed_002(nlp_fr):
    got = resolved(seed("002"), nlp_fr, "fr")
    assert got["le vendredi 17 mai"] == "2024-05-17"
    assert got["En février"] == "2024-02"
    assert got["le 24 février 2022"] == "2022-02-24"
    assert got["d’ici les jours qui viennent"] is None      # no fixed date: kept, never guessed
    assert "à un moment donné" not in got


def test_seed_002_weekday_fixes_the_year_without_a_base(nlp_fr):
    got = resolved(seed("002"), nlp_fr, "fr", published=None)
    assert got["le vendredi 17 mai"] == "2024-05-17"         # the latest year in which 17 May is a Friday
    assert got["En février"] is None                         # relative to an unknown date
    assert got["le 24 février 2022"] == "2022-02-24"


def test_seed_003_caption_date_and_generic_today(nlp_fr):
    dates = dates_of(seed("003"), nlp_fr, "fr", published="2024-05")
    got = {(d.text, d.start): d.resolved for d in dates}
    assert got[("2024-05", 6)] == "2024-05"
    today = [v for (t, _), v in got.items() if t == "aujourd’hui"]
    assert today == [None, None]
    assert got[("Quelques heures auparavant", 1281)] is None


def test_seed_000_relative_forms(nlp_fr):
    got = resolved(seed("000"), nlp_fr, "fr")
    assert got["jeudi"] == "2024-05-16"
    assert got["Le mois dernier"] == "2024-04"
    assert got["février 2022"] == "2022-02"
    assert got["en 2014"] == "2014"
    assert got["jusqu’en 2022"] == "2022"
    assert got["il y a quelques mois"] is None
    assert got["cette semaine"] == "2024-05"


def test_seed_001_last_year_and_month_of_this_year(nlp_fr):
    got = resolved(seed("001"), nlp_fr, "fr")
    assert got["L’année dernière"] == "2023"
    assert got["Au début du mois de mai de cette année"] == "2024-05"
    assert got["en 2023"] == "2023"


def test_in_text_metadata_date_is_the_base_when_nothing_else_is_known(nlp_fr):
    # seed 001 ends with a timestamp line « 2024-05-20 14:11 »
    got = resolved(seed("001"), nlp_fr, "fr", published=None)
    assert got["L’année dernière"] == "2023"


def test_reference_date_is_used_when_published_is_unknown(nlp_fr):
    got = resolved("Le mois dernier, Kiev a demandé de l'aide.", nlp_fr, "fr", published=None, reference="2024-05-20")
    assert got == {"Le mois dernier": "2024-04"}


# --------------------------------------------------- each relative form
@pytest.mark.parametrize("phrase, expected", [
    ("hier", "2024-05-19"), ("avant-hier", "2024-05-18"), ("demain", "2024-05-21"),
    ("hier soir", "2024-05-19"), ("ce matin", "2024-05-20"),
    ("jeudi", "2024-05-16"), ("lundi", "2024-05-20"), ("lundi dernier", "2024-05-13"),
    ("jeudi prochain", "2024-05-23"), ("le mois dernier", "2024-04"), ("le mois prochain", "2024-06"),
    ("l'année dernière", "2023"), ("l’an dernier", "2023"), ("cette année", "2024"),
    ("il y a deux ans", "2022"), ("il y a 3 semaines", "2024-04-29"), ("il y a deux mois", "2024-03"),
    ("il y a cinq jours", "2024-05-15"), ("dans deux jours", "2024-05-22"),
    ("cette semaine", "2024-05"), ("la semaine dernière", "2024-05"), ("en début de semaine", "2024-05"),
    ("en février", "2024-02"), ("en 2014", "2014"), ("février 2022", "2022-02"),
    ("le 24 février 2022", "2022-02-24"), ("le 1er mars", "2024-03-01"), ("fin mars", "2024-03"),
    ("mi-avril", "2024-04"), ("le vendredi 17 mai", "2024-05-17"),
])
def test_french_forms_against_a_monday(nlp_fr, phrase, expected):
    got = dates_of(f"Il l'a dit {phrase}, selon lui.", nlp_fr, "fr")
    assert [(d.text, d.resolved) for d in got] == [(phrase, expected)]


@pytest.mark.parametrize("phrase, expected", [
    ("yesterday", "2024-05-19"), ("last month", "2024-04"), ("two years ago", "2022"),
    ("three weeks ago", "2024-04-29"), ("on Thursday", "2024-05-16"), ("last Thursday", "2024-05-16"),
    ("next Thursday", "2024-05-23"), ("in February", "2024-02"), ("May 17", "2024-05-17"),
    ("May 17, 2023", "2023-05-17"), ("17 May 2023", "2023-05-17"), ("last week", "2024-05"),
    ("next month", "2024-06"), ("in 2014", "2014"), ("February 2022", "2022-02"), ("last year", "2023"),
])
def test_english_forms_against_a_monday(nlp_en, phrase, expected):
    got = dates_of(f"The minister said it {phrase}, officials added.", nlp_en, "en")
    assert [(d.text, d.resolved) for d in got] == [(phrase, expected)]


def test_week_across_two_months_is_reported_at_year_granularity(nlp_fr):
    assert resolved("Il est venu cette semaine.", nlp_fr, "fr", published="2024-05-29") == {"cette semaine": "2024"}


def test_scheduled_date_ahead_of_the_base_is_the_nearest(nlp_en):
    got = resolved("Biden kept his August 31 deadline for the withdrawal.", nlp_en, "en", published="2021-08-24")
    assert got == {"August 31": "2021-08-31"}


def test_month_precision_base_resolves_only_month_grained_phrases(nlp_fr):
    got = resolved("Hier, il a parlé. Le mois dernier, elle a voté. En février, ils ont signé.", nlp_fr, "fr",
                   published="2024-05")
    assert got == {"Hier": None, "Le mois dernier": "2024-04", "En février": "2024-02"}


def test_without_any_base_only_absolute_phrases_resolve(nlp_fr):
    got = resolved("Hier, en 2014 et le 3 mars 2020, puis le mois dernier.", nlp_fr, "fr", published=None)
    assert got == {"Hier": None, "en 2014": "2014", "le 3 mars 2020": "2020-03-03", "le mois dernier": None}


def test_weekday_day_month_fixes_the_latest_matching_year_before_the_base(nlp_fr):
    assert resolved("le vendredi 17 mai", nlp_fr, "fr", published="2023-01") == {"le vendredi 17 mai": "2019-05-17"}


def test_relative_flag(nlp_fr):
    got = {d.text: d.relative for d in dates_of("Hier, puis le 24 février 2022.", nlp_fr, "fr")}
    assert got == {"Hier": True, "le 24 février 2022": False}


@pytest.mark.parametrize("value, expected", [
    ("2024", ("2024-12-31", "year")), ("2024-05", ("2024-05-31", "month")),
    ("2024-05-20", ("2024-05-20", "day")), ("2024-05-20T14:11:00+02:00", ("2024-05-20", "day")),
    ("2024-05-20 14:11", ("2024-05-20", "day")), ("n/a", None), ("2024-13-45", None), (None, None),
])
def test_publication_date_forms(value, expected):
    base = parse_base(value)
    assert (base and (base.day.isoformat(), base.precision)) == expected


def test_english_iso_caption_and_generic_today(nlp_en):
    got = resolved("Photo 2024-05-03 by AFP. Today, NATO is divided.", nlp_en, "en")
    assert got == {"2024-05-03": "2024-05-03", "Today": None}


def test_numbers_and_dates_do_not_overlap_on_seeds(nlp_fr):
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = Article(id="t", text=text, language="fr", published=MONDAY)
        doc = nlp_fr(text)
        extract_numbers(article, doc)
        extract_dates(article, doc)
        for n in article.numbers:
            assert not any(d.start < n.end and n.start < d.end for d in article.dates), n


def test_dateparser_results_are_cached(nlp_fr):
    dates_stage._dateparser.cache_clear()
    for _ in range(3):
        dates_of("Il y a deux ans, la guerre a commencé.", nlp_fr, "fr")
    info = dates_stage._dateparser.cache_info()
    assert info.misses == 1 and info.hits == 2


@pytest.mark.parametrize("text", [
    "", "le 31 février 2024", "le 0 mai", "il y a 999 ans", "il y a 99999 jours", "en 1800 et en 2099",
    "\ufeff jeudi \x00", "lundi mardi mercredi jeudi vendredi samedi dimanche" * 50,
])
def test_odd_text_does_not_crash(nlp_fr, text):
    dates_of(text, nlp_fr, "fr")


def test_stages_are_cheap_next_to_the_spacy_pass(nlp_fr):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    t0 = time.perf_counter()
    docs = [nlp_fr(t) for t in texts]
    spacy_time = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text, doc in zip(texts, docs):
        article = Article(id="t", text=text, language="fr", published=MONDAY)
        extract_numbers(article, doc)
        extract_dates(article, doc)
    assert time.perf_counter() - t0 < 0.15 * spacy_time


def test_day_ranges_resolve_to_their_first_day(nlp_fr, nlp_en):
    assert resolved("Dans la nuit du 23 au 24 juillet à Naplouse.", nlp_fr, "fr", published="2022-07-25") == {
        "du 23 au 24 juillet": "2022-07-23"}
    assert resolved("The survey, fielded April 12 to 18, was run online.", nlp_en, "en", published="2021-05-01") == {
        "April 12 to 18": "2021-04-12"}


def test_english_dated_tweet_inside_a_french_article(nlp_fr):
    got = resolved("— Public Sénat (@publicsenat) July 19, 2022\n\nLa suite.", nlp_fr, "fr", published=None)
    assert got == {"July 19, 2022": "2022-07-19"}


@pytest.mark.parametrize("text, expected", [
    ("Les grands défis géopolitiques de demain sont connus.", {"demain": None}),
    ("La diversité est fêtée chaque mois de mai.", {"mois de mai": None}),
    ("Il viendra demain.", {"demain": "2024-05-21"}),
    ("Selon Poutine, le 27 avril dernier, rien n'a changé.", {"le 27 avril dernier": "2024-04-27"}),
])
def test_generic_phrases_stay_unresolved(nlp_fr, text, expected):
    assert resolved(text, nlp_fr, "fr") == expected


def test_named_days_are_not_dates(nlp_en):
    assert resolved("Black Friday sales and Super Tuesday, then talks on Friday.", nlp_en, "en") == {
        "on Friday": "2024-05-17"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Au printemps 2022, puis l’été dernier et cet automne ; il a été élu. En été, il fait chaud.", "fr",
     {"Au printemps 2022": "2022", "l’été dernier": "2023", "cet automne": "2024", "En été": None}),
    ("Last summer, then this fall and in the spring of 2021; next winter is unknown.", "en",
     {"Last summer": "2023", "this fall": "2024", "in the spring of 2021": "2021", "next winter": None}),
])
def test_seasons_at_year_granularity(nlp_fr, nlp_en, text, lang, expected):
    assert resolved(text, nlp_fr if lang == "fr" else nlp_en, lang) == expected


# Monday 20 May 2024: a forward-looking present clause names the coming day,
# a past or passé-composé one the last.
@pytest.mark.parametrize("text, lang, expected", [
    ("Des renforts sont attendus samedi à Kharkiv.", "fr", "2024-05-25"),
    ("La réunion est prévue mardi.", "fr", "2024-05-21"),
    ("Le ministre doit se rendre jeudi à Kiev.", "fr", "2024-05-23"),
    ("Le ministre va se rendre jeudi à Kiev.", "fr", "2024-05-23"),
    ("La réunion était prévue mardi.", "fr", "2024-05-14"),
    ("Le ministre a annoncé jeudi sa démission.", "fr", "2024-05-16"),
    ("Reinforcements are expected on Saturday.", "en", "2024-05-25"),
    ("The minister is due to arrive on Thursday.", "en", "2024-05-23"),
    ("The vote is scheduled for Tuesday.", "en", "2024-05-21"),
    ("The vote was scheduled for Tuesday.", "en", "2024-05-14"),
    ("He went to Kyiv on Thursday.", "en", "2024-05-16"),
])
def test_prospective_clauses_look_forward(nlp_fr, nlp_en, text, lang, expected):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert list(resolved(text, nlp, lang).values()) == [expected]
