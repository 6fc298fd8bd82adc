"""The `numbers` stage on the seed articles and on constructed sentences (FR, EN)."""
from __future__ import annotations

import pytest

from recoupe.extract.numbers import extract_numbers
from recoupe.model import Article

from conftest import SEEDS


def numbers_of(text: str, nlp, lang: str):
    article = Article(id="t", text=text, language=lang)
    extract_numbers(article, nlp(text))
    for n in article.numbers:
        assert article.text[n.start:n.end] == n.text
    return article.numbers


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_offsets_hold_on_every_seed(nlp_fr):
    files = sorted(SEEDS.glob("*.txt"))
    assert len(files) == 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        for n in numbers_of(text, nlp_fr, "fr"):
            assert text[n.start:n.end] == n.text
            assert n.value is not None


def test_seed_002_new_recruits(nlp_fr):
    found = numbers_of(seed("002"), nlp_fr, "fr")
    assert [(n.text, n.value, n.unit, n.approximate) for n in found] == [("150 000", 150000, "recrues", False)]


def test_seed_003_dot_thousands_and_number_words(nlp_fr):
    found = {n.text: n for n in numbers_of(seed("003"), nlp_fr, "fr")}
    assert set(found) == {"deux", "150.000"}
    assert (found["deux"].value, found["deux"].unit, found["deux"].approximate) == (2, "ans", True)    # « plus de deux ans »
    assert (found["150.000"].value, found["150.000"].unit, found["150.000"].approximate) == (150000, "personnes", True)  # « environ »


def test_seed_000_keeps_quantities_and_drops_names_and_years(nlp_fr):
    text = seed("000")
    found = numbers_of(text, nlp_fr, "fr")
    by_text = {n.text: n for n in found}
    assert by_text["150 000"].unit == "recrues"
    assert by_text["des dizaines"].approximate and by_text["des dizaines"].value == 10
    assert by_text["des dizaines"].unit == "soldats"
    f16 = text.index("F-16")
    assert not any(n.start <= f16 + 2 < n.end for n in found)          # « F-16 » is a name
    assert not any(n.text in ("2014", "2022", "16") for n in found)     # years belong to dates


def test_seed_001_article_5_is_a_reference(nlp_fr):
    found = numbers_of(seed("001"), nlp_fr, "fr")
    values = sorted(n.value for n in found)
    assert values == [100000, 111000]        # « des centaines de milliers », « 111 000 »; not « article 5 », not 2022/2023
    assert all(n.value != 5 for n in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Le budget atteint 2,5 milliards d'euros cette année.", [(2.5e9, "euros", False)]),
    ("Environ 3 000 soldats ont été déployés.", [(3000, "soldats", True)]),
    ("Plus de 150 000 personnes ont manifesté.", [(150000, "personnes", True)]),
    ("Vingt-deux soldats et trois mille civils.", [(22, "soldats", False), (3000, "civils", False)]),
    ("Un million de personnes ont fui, dont quatre-vingt-dix enfants.", [(1e6, "personnes", False), (90, "enfants", False)]),
    ("Le taux atteint 50 % selon l'Insee.", [(50, "%", False)]),
    ("Des centaines de milliers de réfugiés.", [(100000, "réfugiés", True)]),
    ("Une vingtaine de blessés ont été recensés.", [(20, "blessés", True)]),
    ("Le conflit dure depuis deux ans.", [(2, "ans", False)]),
    ("Il a payé 1.5 million au total.", [(1.5e6, None, False)]),
])
def test_french_constructed(nlp_fr, sentence, expected):
    found = numbers_of(sentence, nlp_fr, "fr")
    assert [(n.value, n.unit, n.approximate) for n in found] == expected


@pytest.mark.parametrize("sentence", [
    "La Russie a envahi l'Ukraine le 24 février 2022.",
    "Il est arrivé à 14h30 à Bruxelles.",
    "Rendez-vous à 10 heures devant la mairie.",
    "Appelez le 01 23 45 67 89 pour plus d'informations.",
    "Voir page 12 du rapport et l'article 5 du traité.",
    "La 2e compagnie a reçu des F-16 et des Su-35.",
    "Le gazoduc Nord Stream 2 est à l'arrêt.",
    "Selon Live Action[3], le chiffre est contesté.",
    "Le dossier 4821937 a été classé.",
])
def test_french_not_quantities(nlp_fr, sentence):
    assert numbers_of(sentence, nlp_fr, "fr") == []


def test_time_durations_are_kept(nlp_fr):
    found = numbers_of("Les négociations ont duré 10 heures.", nlp_fr, "fr")
    assert [(n.value, n.unit) for n in found] == [(10, "heures")]


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine asked for help to train 150,000 new recruits.", [(150000, "recruits", False)]),
    ("About 1.5 million people were vaccinated.", [(1.5e6, "people", True)]),
    ("More than 4,500 tips were received.", [(4500, "tips", True)]),
    ("The war has lasted two years.", [(2, "years", False)]),
    ("Congress passed the $3.5 trillion budget.", [(3.5e12, "dollars", False)]),
    ("Hundreds of thousands of people fled.", [(100000, "people", True)]),
    ("Unemployment fell to 5.8% in May.", [(5.8, "%", False)]),
    ("Dozens of soldiers were killed.", [(12, "soldiers", True)]),
])
def test_english_constructed(nlp_en, sentence, expected):
    found = numbers_of(sentence, nlp_en, "en")
    assert [(n.value, n.unit, n.approximate) for n in found] == expected


@pytest.mark.parametrize("sentence", [
    "NATO could invoke Article 5 after the attack.",
    "Pilots train on F-16 jets at 3 p.m. every day.",
    "The report was published on May 17, 2024.",
    "The COVID-19 pandemic changed everything.",
    "The Senate debated S. 1 and H.R. 4 on Tuesday.",
    "Call (202) 555-0143 for details.",
])
def test_english_not_quantities(nlp_en, sentence):
    assert numbers_of(sentence, nlp_en, "en") == []


@pytest.mark.parametrize("text", [
    "", "   ", "99999999999999999999999999 soldats", "1,2,3,4,5,6", "١٢٣ ٤٥٦", "½ ¾ ²³",
    "\x00\x01 12 \ufeff", "3.3.3.3 1..2 ,5 5, .5", "-" * 1000 + "12",
])
def test_odd_text_does_not_crash(nlp_fr, text):
    numbers_of(text, nlp_fr, "fr")


@pytest.mark.parametrize("sentence, expected", [
    # ranges share the second bound's scale and unit
    ("L'ardoise s'élèvera à 10 ou 11 milliards d'euros.", [(10e9, "euros"), (11e9, "euros")]),
    ("Il faudra de 22\u2009000 à 33\u2009000 agents par jour.", [(22000, "agents"), (33000, "agents")]),
])
def test_french_ranges(nlp_fr, sentence, expected):
    assert [(n.value, n.unit) for n in numbers_of(sentence, nlp_fr, "fr")] == expected


def test_quarantine_is_not_forty(nlp_fr):
    assert numbers_of("Les infections de quarantaine sont surveillées.", nlp_fr, "fr") == []
    found = numbers_of("Une quarantaine de soldats sont arrivés.", nlp_fr, "fr")
    assert [(n.text, n.value, n.approximate) for n in found] == [("Une quarantaine", 40, True)]


def test_english_date_in_a_french_article_is_not_a_number(nlp_fr):
    text = "— François Ruffin (@Francois_Ruffin) July 19, 2022\n\nLa France a voté."
    assert numbers_of(text, nlp_fr, "fr") == []


@pytest.mark.parametrize("sentence, numbers, dates", [
    ("Plus de 2000 morts ont été recensés depuis 2014.", [(2000, "morts")], ["depuis 2014"]),
    ("La crise de 2008 a coûté 1500 emplois.", [(1500, "emplois")], ["2008"]),
    ("Il y avait 2000 soldats et 1999 chars.", [(2000, "soldats"), (1999, "chars")], []),
])
def test_four_digit_counts_versus_years(nlp_fr, sentence, numbers, dates):
    from recoupe.extract.dates import extract_dates
    article = Article(id="t", text=sentence, language="fr", published="2024-05-20")
    doc = nlp_fr(sentence)
    extract_numbers(article, doc)
    extract_dates(article, doc)
    assert [(n.value, n.unit) for n in article.numbers] == numbers
    assert [d.text for d in article.dates] == dates


def test_elided_de_before_a_number(nlp_fr):
    found = numbers_of("Près d’1 million de personnes ont fui.", nlp_fr, "fr")
    assert [(n.text, n.value, n.unit, n.approximate) for n in found] == [("1 million", 1e6, "personnes", True)]


def test_number_dense_text_takes_linear_time():
    import time
    from recoupe.extract.numbers import find_numbers
    small, big = "12 soldats, le 3 mai 2022, " * 500, "12 soldats, le 3 mai 2022, " * 5000
    t0 = time.perf_counter(); assert len(find_numbers(small, "fr")) == 500
    t1 = time.perf_counter(); assert len(find_numbers(big, "fr")) == 5000
    t2 = time.perf_counter()
    assert (t2 - t1) < 25 * (t1 - t0) + 0.5      # ten times the text, not a hundred times the time


@pytest.mark.parametrize("sentence, expected", [
    ("Il y a eu deux Accords de Minsk. Minsk 1 et Minsk 2. J’ai publié un rapport.", [(2, "accords")]),
    ("Les exigences :\n3- Levée immédiate de l’embargo.", []),
    ("Les deux tiers des Français sont déjà touchés.", [(0.667, "fraction")]),
    ("Environ 300. Puis 40 soldats sont arrivés.", [(300, None), (40, "soldats")]),
    ("La défaite de Marignan (1515) a tout changé.", []),
])
def test_french_names_lists_fractions(nlp_fr, sentence, expected):
    assert [(round(n.value, 3), n.unit) for n in numbers_of(sentence, nlp_fr, "fr")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A group of 64 House Democrats pressed the Senate.", [(64, "democrats")]),
    ("The 13 American service members were killed.", [(13, "members")]),
])
def test_english_counted_noun_is_the_compound_head(nlp_en, sentence, expected):
    assert [(n.value, n.unit) for n in numbers_of(sentence, nlp_en, "en")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Un budget de 5 M€ et 2 Md€ de plus.", [(5e6, "euros"), (2e9, "euros")]),
    ("En hausse de +0,7 % contre -1,2 % en mai.", [(0.7, "%"), (-1.2, "%")]),
])
def test_signs_and_currency_scales(nlp_fr, sentence, expected):
    assert [(n.value, n.unit) for n in numbers_of(sentence, nlp_fr, "fr")] == expected
