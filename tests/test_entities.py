"""Entities and canonical names on the seeds: within an article, across articles and languages."""
import pytest

from recoupe.model import Article
from recoupe.nlp.canonical import lookup_alias, lookup_place, resolve_people
from recoupe.pipeline import analyze_article


@pytest.fixture(scope="module")
def seed_000(seeds_dir):
    text = (seeds_dir / "000_9c30f3eff2624f5c.txt").read_text(encoding="utf-8")
    return analyze_article(Article(id="000", text=text, language="fr"), mode="md")


def canon(article, label):
    return {e.text: e.canonical for e in article.entities if e.label == label}


def test_short_forms_resolve_to_the_full_name_in_the_article(seed_000):
    people = canon(seed_000, "PER")
    assert people["général Brown"] == "Charles Q. Brown Jr"
    assert people["M. Zelensky"] == "Volodymyr Zelensky"
    assert people["Poutine"] == "Vladimir Putin"
    assert "Source" not in people          # "Source : RT" is not a person


def test_offsets_point_at_the_text(seed_000):
    for e in seed_000.entities:
        assert seed_000.text[e.start:e.end] == e.text
        assert not e.text.startswith(("l’", "L’"))


def test_places_get_english_names_and_coordinates(seed_000):
    places = {e.canonical: e for e in seed_000.entities if e.label == "LOC"}
    assert {"Kyiv", "Kharkiv", "Lviv", "Moscow", "Brussels"} <= set(places)
    assert places["Lviv"].lat == pytest.approx(49.84, abs=0.1)
    assert "NATO" in {e.canonical for e in seed_000.entities if e.label == "ORG"}


def test_alias_table_and_gazetteer_across_languages():
    assert lookup_alias("l’OTAN").canonical == "NATO"
    assert lookup_alias("Poutine").canonical == lookup_alias("Путин").canonical == "Vladimir Putin"
    assert lookup_place("Kharkov").name == lookup_place("Харків").name == "Kharkiv"
    assert lookup_place("Moscou").country == "RU"


def test_people_resolution_refuses_ambiguity():
    out = resolve_people(["Brown", "Charles Q. Brown Jr", "Gordon Brown", "Kallas", "Kaja Kallas"])
    assert out["Brown"] == "Brown"                       # two Browns: no guess
    assert out["Kallas"] == "Kaja Kallas"
    assert out["Charles Q. Brown Jr"] == "Charles Q. Brown Jr"


def test_english_article_entities():
    text = ("President Joe Biden met Volodymyr Zelensky in Kyiv on Monday. "
            "Biden said the United States would send more aid, according to NATO officials.")
    a = analyze_article(Article(id="en1", text=text, language="en"), mode="sm")
    people = canon(a, "PER")
    assert people.get("Biden") == "Joe Biden"
    assert "Kyiv" in {e.canonical for e in a.entities if e.label == "LOC"}


def _people(text: str, language: str = "fr") -> set[str]:
    art = analyze_article(Article(id="x", text=text, language=language), skip=("numbers", "dates", "framing"))
    return {e.canonical for e in art.entities if e.label == "PER"}


def test_a_name_beside_a_person_s_role_is_a_person():
    # the tagger calls these an organisation and a place
    assert "Tedros Adhanom Ghebreyesus" in _people(
        "« Nous devons agir », a déclaré le directeur général de l'OMS, Tedros Adhanom Ghebreyesus.")
    assert "Fiona Hill" in _people("Fiona Hill, l’ancienne directrice principale des affaires européennes au "
                                   "Conseil national de sécurité, a témoigné.")
    # the tagger makes one organisation of the role and the name
    assert _people("Le ministre de l'Énergie Alok Sharma est arrivé à Glasgow.") == {"Alok Sharma"}


def test_a_role_and_its_complement_is_neither_a_body_nor_a_name():
    # the tagger calls these an organisation and a person; stripping the role left « l'Intérieur », « République »
    for text in ("« Nous ne céderons pas », a déclaré le ministre de l'Intérieur.",
                 "« Nous ne céderons pas », a déclaré le président de la République."):
        art = analyze_article(Article(id="x", text=text, language="fr"), skip=("numbers", "dates", "framing"))
        assert not [e for e in art.entities if "Intérieur" in e.text or "République" in e.text]
        assert art.quotes[0].speaker_canonical is None
    assert _people("Le ministre de l'Intérieur Gérald Darmanin est arrivé. Le président Macron aussi.") >= {
        "Gérald Darmanin", "Emmanuel Macron"}


def test_a_first_name_alone_is_the_one_person_who_bears_it():
    art = analyze_article(Article(id="x", text="Marine Le Pen affronte Emmanuel Macron. Traitée de climato-sceptique, "
                                  "Marine rétorque : « vous êtes un climato-hypocrite ».\nLa Marine nationale a "
                                  "répondu.", language="fr"), skip=("numbers", "dates", "framing"))
    alone = [e for e in art.entities if e.text == "Marine" and e.label == "PER"]
    assert [e.canonical for e in alone] == ["Marine Le Pen"]
    assert [q.speaker_canonical for q in art.quotes] == ["Marine Le Pen"]


def test_outlets_the_source_table_knows_are_no_people():
    # the tagger calls both PER here
    assert not _people("Selon un rapport de l'Olaf, Frontex savait. L'animatrice de RT, Margarita Simonian, "
                       "a répondu.") & {"Olaf", "RT"}


def test_day_words_and_indefinite_openings_are_no_person_names():
    from spacy.tokens import Span as SpacySpan
    from recoupe.nlp.entities import _is_noise, _trimmed
    from recoupe.nlp.spacy_runner import load_pipeline
    for text, n in (("Interrogé lundi, le ministre n'a rien dit.", 2), ("Un Pushback massif a été signalé.", 2),
                    ("Paul Martin n'a rien dit.", 2)):
        doc = load_pipeline("fr")(text)
        ent = SpacySpan(doc, 0, n, label="PER")
        noisy = _is_noise(_trimmed(text, ent.start_char, ent.end_char, "PER"), ent)
        assert noisy == (not text.startswith("Paul")), text


def test_an_english_possessive_is_no_part_of_a_person_s_name():
    art = analyze_article(Article(id="x", text="Democrats criticised a report released by Joe Biden’s commission on "
                                  "Friday. Hillary Clinton's campaign said nothing.", language="en"),
                          skip=("numbers", "dates", "framing"))
    people = {e.text for e in art.entities if e.label == "PER"}
    assert people and not any(p.endswith(("’s", "'s")) for p in people)


def test_a_name_tagged_as_a_person_that_names_a_body_or_a_thing():
    art = analyze_article(Article(id="x", text="Francesco Vincenzi, président de l’association des consortiums "
                                  "d’irrigation, alerte. Selon l’Anbi, le lac manque d'eau. Mario Sagula, de "
                                  "l’association d’agriculteurs Coldiretti Lombardie, confirme. La loi Veil a été votée "
                                  "grâce à Simone Veil. Le groupe Bolloré et Vincent Bolloré.", language="fr"),
                          skip=("numbers", "dates", "framing"))
    assert {e.canonical for e in art.entities if e.label == "PER"} == {
        "Francesco Vincenzi", "Mario Sagula", "Simone Veil", "Vincent Bolloré"}
    # a role right before the name keeps it a person
    assert _people("Union leader Sean O'Brien met company founder Elon Musk.", "en") >= {"Sean O'Brien", "Elon Musk"}


def test_one_name_written_two_ways_is_one_person():
    mapping = resolve_people(["Luc Montagnier", "Pr Luc montagnier", "Montagnier"])
    assert set(mapping.values()) == {"Luc Montagnier"}


def test_a_name_inside_a_body_s_or_a_place_s_name_is_no_person():
    people = _people("She studied at George Washington University before joining the Pentagon. George Washington "
                     "crossed the Delaware.", "en")
    assert "George Washington University" not in people and "George Washington" in people
    people = _people("Selon la Fondation Jean Jaurès, le vote a changé. Jean Jaurès est mort en 1914.\n\n"
                     "Démonétisation\n\nLe premier objectif est de réduire les revenus de la désinformation.")
    assert people == {"Jean Jaurès"}


def test_a_party_acronym_a_year_or_a_quote_mark_is_no_part_of_a_name():
    people = _people("La candidate écologiste, Julie Marin, a été battue face au candidat RN Pierrick Berteloot. Elle "
                     "n’a pas répondu. Son collègue a salué « Macron 2022 » sur une affiche.")
    assert "Pierrick Berteloot" in people and not any("RN" in p or "2022" in p for p in people)


def test_a_nickname_in_marks_stays_in_the_name_and_a_body_s_possessive_goes():
    art = analyze_article(Article(id="x", text="Samiullah “Sammy” Naderi, a U.S. legal permanent resident, waited. "
                                               "They criticized the World Health Organization’s conclusion.",
                                  language="en"), skip=("numbers", "dates", "framing"))
    names = {e.canonical for e in art.entities}
    assert "Samiullah “Sammy” Naderi" in names and "World Health Organization" in names


def test_a_surname_tagged_as_a_body_is_the_person_named_in_full_but_not_a_company_after_its_founder():
    from spacy.tokens import Span
    from recoupe.model import Article
    from recoupe.nlp.entities import extract_entities
    from recoupe.nlp.spacy_runner import load_pipeline
    text = "Dr. Anthony Feld said on Sunday that masks would return. Feld confirmed it on CNN."
    doc = load_pipeline("en", "md")(text)
    feld = next(t.i for t in doc if t.text == "Feld" and t.idx > 20)
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, feld, feld + 1, label="ORG")]    # the tagger's mistake
    art = Article(id="t", text=text, language="en")
    extract_entities(art, doc)
    second = [e for e in art.entities if e.start == doc[feld].idx]
    assert [(e.label, e.canonical) for e in second] == [("PER", "Anthony Feld")]
    text = "Vincent Borel a parlé lundi. Le groupe Borel a annoncé de bons résultats."
    doc = load_pipeline("fr", "md")(text)
    group = next(t.i for t in doc if t.text == "Borel" and t.idx > 20)
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, group, group + 1, label="ORG")]
    art = Article(id="t", text=text, language="fr")
    extract_entities(art, doc)
    assert [e.label for e in art.entities if e.start == doc[group].idx] == ["ORG"]


def test_a_name_bound_by_a_no_break_space_is_one_person():
    from spacy.tokens import Span
    from recoupe.model import Article
    from recoupe.nlp.entities import extract_entities
    from recoupe.nlp.spacy_runner import load_pipeline
    text = "Homeland Security Secretary Alejo\u00a0Marovkas\u00a0announced on Thursday that arrests rose. New\u00a0York agreed."
    doc = load_pipeline("en", "md")(text)
    surname = next(t.i for t in doc if t.text == "Marovkas")
    york = next(t.i for t in doc if t.text == "York")
    # the tagger's view: the surname alone, as a body; the city's second word alone
    doc.ents = [Span(doc, surname, surname + 1, label="ORG"), Span(doc, york, york + 1, label="GPE")]
    art = Article(id="t", text=text, language="en")
    extract_entities(art, doc)
    assert [(e.text, e.label, e.canonical) for e in art.entities if "Marovkas" in e.text] == [
        ("Alejo\u00a0Marovkas", "PER", "Alejo Marovkas")]
    assert not [e for e in art.entities if e.label == "PER" and "York" in e.text]


def test_a_capitalised_adjective_opening_a_sentence_is_no_person():
    # « Myope, … » tagged a surname; then « a souligné l'ancien chef du pays » took it for the one named next
    art = analyze_article(Article(id="m", language="fr", text=(
        "« Nous perdrons nos marchés », a souligné l'ancien chef du pays.\n"
        "Myope, et extrêmement dangereux, le cours actuel des autorités est construit sur des bases agressives.")),
        skip=("numbers", "dates", "framing"))
    assert "Myope" not in {e.text for e in art.entities}
    assert [q.speaker_canonical for q in art.quotes] == [None]


def test_a_name_then_an_institution_tagged_as_one_person_is_split():
    # (the tagger makes one person of this public figure and her think tank)
    art = analyze_article(Article(id="x", text="Elizabeth Goitein du Brennan Center for Justice dans The Atlantic a "
                                  "écrit un long article.", language="fr"), skip=("numbers", "dates", "framing"))
    assert {e.canonical for e in art.entities if e.label == "PER"} == {"Elizabeth Goitein"}
    assert "Brennan Center for Justice" in {e.canonical for e in art.entities if e.label == "ORG"}


def test_a_participle_that_opens_a_sentence_is_no_part_of_the_name_after_it():
    art = analyze_article(Article(id="en", text="Painting Biden’s calls for unity as “empty platitudes,” the South "
                                  "Carolina Republican accused Democrats of dividing Americans.", language="en"),
                          skip=("numbers", "dates", "framing"))
    assert [e.text for e in art.entities if e.label == "PER"] == ["Biden"]


def test_a_note_call_is_no_part_of_a_name():
    art = analyze_article(Article(id="fr", text="Selon Live Action[3], environ 80 % des avortements sont facultatifs.",
                                  language="fr"), skip=("numbers", "dates", "framing"))
    assert [e.text for e in art.entities] == ["Live Action"]


def test_a_headline_verb_is_no_part_of_the_name_before_it():
    art = analyze_article(Article(id="en", text="Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.\n\nSen. Ted "
                                  "Cruz refuses to disavow the endorsement.", language="en"),
                          skip=("numbers", "dates", "framing"))
    assert {e.canonical for e in art.entities if e.label == "PER"} == {"Ted Cruz"}


def test_a_supreme_court_is_one_state_s():
    # the alias table's « Cour suprême » has no country: the text's nationality gives it one, and a bare
    # mention after is the court the article last qualified
    art = analyze_article(Article(id="fr", text="La Cour suprême ukrainienne a rejeté l'appel. La Cour suprême des "
                                  "États-Unis a annulé l'arrêt. La Cour suprême l'a confirmé.", language="fr"),
                          skip=("numbers", "dates", "framing"))
    assert [e.canonical for e in art.entities if e.label == "ORG"] == [
        "Ukrainian Supreme Court", "US Supreme Court", "US Supreme Court"]
    art = analyze_article(Article(id="en", text="The U.S. Supreme Court struck down the law. The Supreme Court ruled "
                                  "6-3. The Indian Supreme Court disagreed.", language="en"),
                          skip=("numbers", "dates", "framing"))
    assert [e.canonical for e in art.entities if e.label == "ORG"] == [
        "US Supreme Court", "US Supreme Court", "Indian Supreme Court"]


def test_an_indefinite_opening_a_sentence_makes_no_entity_and_no_speaker_name():
    # the tagger names « Un sondage » (after the headline's « Sondage » that it took for a body):
    # the poll's finding then carried "Un sondage" as a canonical speaker, as if it were a name
    art = analyze_article(Article(id="p", language="fr", text=(
        "Sondage : les Français et la réforme\n"
        "Un sondage publié ce mercredi a révélé qu'une immense majorité des Français jugent la réforme injuste.\n"
        "Une opération de pillage a eu lieu dans la nuit, selon la police.")), skip=("numbers", "dates", "framing"))
    texts = {e.text for e in art.entities}
    assert not {"Sondage", "Un sondage", "Une opération de pillage"} & texts
    poll = next(q for q in art.quotes if q.cue == "a révélé")
    assert poll.speaker == "Un sondage" and poll.speaker_canonical is None


def test_an_indefinite_article_is_no_part_of_the_name_after_it():
    art = analyze_article(Article(id="a", language="en", text=(
        "A Food and Drug Administration official said the drug was safe. Des Moines voted on Tuesday. The UN "
        "said nothing. UN officials agreed.")),
        skip=("numbers", "dates", "framing"))
    names = {e.text for e in art.entities}
    assert "Food and Drug Administration" in names and "A Food and Drug Administration" not in names
    assert {"Des Moines", "UN"} <= names        # names that open on, or are, an article's word


def test_a_body_named_then_given_its_acronym_is_one_body_under_one_name_and_label():
    # the tagger labels the acronym a place after a verb, a body elsewhere: one thing, one name
    art = analyze_article(Article(id="a", language="fr", text=(
        "Les côtes ne sont pas prêtes, prévient l'Institut pour la recherche climatique IRCL dans une étude publiée "
        "ce vendredi.\nLes villes manquent de moyens, prévient IRCL. Selon les experts d'IRCL, il faut agir.")),
        skip=("numbers", "dates", "framing"))
    bodies = {(e.text, e.label, e.canonical) for e in art.entities if "IRCL" in e.text or "Institut" in e.text}
    assert {canonical for _, _, canonical in bodies} == {"Institut pour la recherche climatique"}
    assert {label for _, label, _ in bodies} == {"ORG"}
    # (a name the tagger cut short is no name: the acronym is)
    cut = analyze_article(Article(id="b", language="fr", text=(
        "Selon un rapport de l’Association des cliniques autorisées à pratiquer l’IVG (ACAI), les avortements "
        "augmentent. L'ACAI demande des moyens.")), skip=("numbers", "dates", "framing"))
    assert {s.name for s in cut.cited_sources} == {"ACAI"}
    english = analyze_article(Article(id="c", language="en", text=(
        "Cisco CEO Chuck Robbins said the company would grow. The CEO also met investors.")),
        skip=("numbers", "dates", "framing"))
    assert "CEO" not in {e.canonical for e in english.entities}


def test_a_body_or_outlet_the_sources_table_knows_has_its_name_there():
    # one name across stages: the entity, the cited source and the speaker
    art = analyze_article(Article(id="t", language="fr", text=(
        "Selon l'AFP, la demande va baisser. Le Figaro rapporte que l'Agence internationale de l'énergie est "
        "inquiète.")), skip=("numbers", "dates", "framing"))
    names = {e.text: e.canonical for e in art.entities if e.label == "ORG"}
    assert names.get("AFP") == "Agence France-Presse" and names.get("Figaro") == "Le Figaro"
    assert {s.name for s in art.cited_sources} >= {"Agence France-Presse", "Le Figaro"}


def test_a_headline_verb_after_a_name_is_no_part_of_it():
    # title case glues the verb to the name ("Gorka Slam"); the body writes the name without it
    text = ("Bolton and Gorka Slam the New Neocon Movement\n\n"
            "Former ambassador John Bolton and the editor Sebastian Gorka both denounced the movement on Thursday.\n\n"
            "\"I am really very disturbed,\" Gorka said.")
    art = analyze_article(Article(id="h", text=text, language="en"), skip=("numbers", "dates", "framing"))
    people = {e.canonical for e in art.entities if e.label == "PER"}
    assert "Gorka Slam" not in people and "Sebastian Gorka" in people
    assert art.quotes[0].speaker_canonical == "Sebastian Gorka"


def test_every_headline_word_after_a_name_goes():
    text = ("Marco Rubio Responds To His Critics On Tax Credits\n\n"
            "Rubio spoke in Iowa on Tuesday. \"The most important job I will ever have is being a parent,\" he said.")
    art = analyze_article(Article(id="h2", text=text, language="en"), skip=("numbers", "dates", "framing"))
    assert {e.canonical for e in art.entities if e.label == "PER"} == {"Marco Rubio"}
