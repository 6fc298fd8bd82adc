"""Cited sources and provenance on the stored seeds (read from ../shared)."""
from __future__ import annotations

import pytest

from recoupe.align.provenance import independent_origin_count, origins_of, provenance_for_story
from recoupe.extract.sources import load_outlets, outlet_named
from recoupe.model import Article, ArticleSource
from recoupe.pipeline import analyze_article

from conftest import SEEDS

SKIP = ("numbers", "dates", "framing")


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    out = {}
    for p in sorted(SEEDS.glob("*.txt")):
        art = Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=ArticleSource(path=str(p)))
        out[p.stem[:3]] = analyze_article(art, skip=SKIP)
    return out


def test_table_loads_with_aliases():
    outlets = load_outlets()
    assert len(outlets) > 100
    assert outlet_named("NY Times").name == "The New York Times"
    assert outlet_named("AFP").kind == "agency"


def test_mentions_have_exact_offsets(seeds):
    for art in seeds.values():
        for s in art.cited_sources:
            for m in s.mentions:
                assert art.text[m.start:m.end] == m.text


def test_seed_000_sources(seeds):
    by_name = {s.name: s for s in seeds["000"].cited_sources}
    nyt = by_name["The New York Times"]
    assert {"New York Times", "NY Times", "Times"} <= {m.text for m in nyt.mentions}
    assert "RT" in by_name                     # « Source : RT »
    assert by_name["Die Presse"].country == "AT"
    assert "Breaking Defense" in by_name       # « au média militaire Breaking Defense »
    assert any("Pentagon" in n and by_name[n].kind == "document" for n in by_name)   # the leaked file


def test_related_link_and_unknown_outlet_pattern():
    text = ("Le quotidien slovène Delo a rapporté que le sommet aura lieu.\n"
            "A lire: Le Monde évoque à nouveau l’envoi de troupes")
    art = _analysed(text)
    names = {s.name for s in art.cited_sources}
    assert "Delo" in names and "Le Monde" not in names


def test_affiliation_is_not_a_source():
    text = "Margarita Simonyan, la responsable de RT, a déclaré que la guerre était inévitable."
    art = _analysed(text)
    assert "RT" not in {s.name for s in art.cited_sources}


def test_two_relays_of_one_report_are_one_origin(seeds):
    a, b = seeds["000"], seeds["002"]
    assert "The New York Times" in origins_of(a) & origins_of(b)
    entries = {e.source: e.article_ids for e in provenance_for_story([a, b])}
    assert set(entries["The New York Times"]) == {a.id, b.id}
    lone = Article(id="lone", text="Rien.", source=ArticleSource(outlet="Exemple"))
    assert origins_of(lone) == {"Exemple"}
    assert independent_origin_count([seeds["002"], lone]) == 2


def test_a_caption_credit_is_a_cited_source_but_not_an_origin(seeds_dir):
    from recoupe.align.provenance import relayed_sources
    from recoupe.ingest import load
    from recoupe.pipeline import analyze_article
    article = next(iter(load([str(seeds_dir / "003_bc9dcdd3549268f8.txt")])))
    assert "(AFP)" not in article.text                     # the caption left the body…
    analyze_article(article, mode="sm")
    credits = [c for c in article.cited_sources if c.kind == "credit"]
    assert [c.name for c in credits] == ["Agence France-Presse"] and credits[0].mentions == []   # …its credit is kept
    assert "Agence France-Presse" not in relayed_sources(article)


def test_outlets_of_the_batch_are_one_source_under_their_full_name():
    from recoupe.align.provenance import origins_of, unify_outlets
    from recoupe.model import Article, ArticleSource, CitedSource, Span
    scoop = Article(id="scoop", text="Engineers warned of cracks, the Daily Courier has learned.",
                    source=ArticleSource(outlet="The Daily Courier"),
                    cited_sources=[CitedSource(name="Courier", kind="newspaper",
                                               mentions=[Span("Courier", 44, 51)])])
    relay = Article(id="relay", text="Selon le Daily Courier, les ingénieurs avaient alerté.",
                    source=ArticleSource(outlet="Le Veilleur"))
    unify_outlets([scoop, relay])
    assert scoop.cited_sources == []                         # its own name is not a source of its own
    assert [c.name for c in relay.cited_sources] == ["The Daily Courier"]
    m = relay.cited_sources[0].mentions[0]
    assert relay.text[m.start:m.end] == "Daily Courier"
    assert origins_of(relay) == {"The Daily Courier"}


def test_a_programme_named_in_apposition_after_a_time_complement():
    text = ("Dans l’émission de dimanche soir, Le Grand Débat Citoyen, le présentateur a interrogé deux ministres.\n"
            "Un autre invité de l’émission, Paul Martin, professeur à Lyon, a répondu aux questions.")
    art = _analysed(text)
    names = {s.name for s in art.cited_sources}
    assert "Le Grand Débat Citoyen" in names
    assert not any("Paul Martin" in n for n in names)          # a person in apposition is no programme


def test_a_communique_by_the_inverted_subject_of_an_incise_and_a_report_by_a_body_in_apposition():
    text = ("« Les manœuvres se poursuivent au large de l'île », a indiqué lundi dans un communiqué le "
            "Commandement Sud de la marine.\n"
            "Dans un rapport publié jeudi, l'ONG Amnesty International a accusé l'armée de mettre les civils en danger.")
    art = _analysed(text)
    docs = {s.name: {m.text for m in s.mentions} for s in art.cited_sources if s.kind == "document"}
    assert any("communiqué" in mentions and "Commandement" in name for name, mentions in docs.items())
    assert "rapport" in docs.get("Amnesty International", set())


def _analysed(text: str, language: str = "fr", outlet: str | None = None) -> Article:
    return analyze_article(Article(id="x", text=text, language=language, source=ArticleSource(outlet=outlet)),
                           skip=SKIP)


def _names(text: str, language: str = "fr") -> set[str]:
    return {s.name for s in _analysed(text, language).cited_sources}


def _documents_of(text: str, language: str = "fr") -> dict[str, set[str]]:
    art = _analysed(text, language)
    return {s.name: {m.text for m in s.mentions} for s in art.cited_sources if s.kind == "document"}


def test_a_person_s_own_statement_is_a_document_named_by_person_and_medium():
    docs = _documents_of("« Nous ne céderons pas », a ajouté Ivan Petrenko dans sa déclaration vidéo quotidienne.")
    assert docs == {"Ivan Petrenko's daily video statement": {"déclaration"}}
    docs = _documents_of("\"We will not yield,\" Ivan Petrenko said in his nightly video address.", "en")
    assert docs == {"Ivan Petrenko's nightly video address": {"address"}}
    assert "Antoine Blanchet's statement" in _documents_of(
        "Avec ses homologues, Antoine Blanchet a par ailleurs publié un communiqué appelant au calme.")


def test_a_person_reacting_to_or_quoting_a_statement_is_not_its_author():
    assert _documents_of("Mélenchon réagit à la déclaration du président\n\n"
                         "Jean-Luc Mélenchon a réagi à la première déclaration d’Emmanuel Macron mardi.") == {}
    assert _documents_of("Il faut se souvenir de la déclaration de Vladimir Poutine selon laquelle "
                         "la Russie ne reculera pas.") == {}
    assert _documents_of("Le ministre Paul Durand a rejeté le rapport.") == {}


def test_a_body_described_by_its_common_noun_authors_its_document():
    docs = _documents_of("Un premier communiqué du parquet de la province belge du Limbourg (nord) avait souligné "
                         "que le site était fermé.")
    assert docs == {"parquet de la province belge du Limbourg": {"communiqué", "parquet de la province belge du Limbourg"}}
    assert "Russian Defence Ministry" in _documents_of(
        "Selon le communiqué du ministère russe de la Défense, trois drones ont été abattus.")
    assert "régulateur de l'audiovisuel" in _documents_of(
        "Les ventes ont chuté, conclut le rapport annuel établi par le régulateur de l'audiovisuel.")
    assert "prosecutor's office" in _documents_of(
        "The prosecutor's office said in a statement that two men had been arrested.", "en")
    # a bare noun says too little to name a source
    assert _documents_of("Le ministre a rejeté le rapport de la commission.") == {}


def test_figures_an_article_relies_on_name_their_author():
    assert "INSEE" in _documents_of("Les prix ont augmenté de 6,1 %, selon l'estimation provisoire publiée ce "
                                    "vendredi par l'Insee.")
    # data used in a purpose clause were not written by the main clause's subject
    assert _documents_of("Pour accéder aux données, le groupe Rahdal a utilisé des failles du réseau.") == {}
    # what the data are about is not who made them
    assert _documents_of("Le groupe a distribué des données sur les employés de la Direction principale du "
                         "renseignement.") == {}
    assert "institut Molinari" in _documents_of(
        "Les salariés gagneraient 14 % de plus, selon les calculs de l'institut Molinari.")
    assert "INSEE" in _documents_of("Selon les projections de l'Insee, la population baissera d'ici 2050.")
    assert "Congressional Budget Office" in _documents_of(
        "According to projections by the Congressional Budget Office, the deficit will grow.", "en")


def test_an_outlet_s_short_name_after_a_document_noun_is_the_outlet_the_article_names():
    art = analyze_article(Article(id="x", text="Après le rapport du Times, les responsables ont réagi. Le New York "
                                  "Times l'avait révélé.", language="fr"), skip=SKIP)
    assert [s.name for s in art.cited_sources] == ["The New York Times"]


def test_a_french_outlet_name_after_a_contracted_article_and_a_title_opening_on_a_small_word():
    assert _names("Dans une tribune au Monde, le maire dénonce la réforme.") >= {"Le Monde"}
    assert _names("Selon l'enquête des Échos, la banque a menti.") == {"Les Échos"}
    assert _names("D'après France info, confirmée par BFMTV.com, le ministre viendra.") == {"France Info", "BFMTV"}
    assert _names("La France a gagné la Coupe du Monde en 2018.") == set()
    assert _names("Le bihebdomadaire camerounais Sans Détour a qualifié la visite de « terrain miné ».") == {"Sans Détour"}
    # « à la tribune de l'ONU » is the rostrum: no op-ed, no document
    assert _names("Je ne salirai pas mon pays à la tribune de l'ONU, a-t-elle promis.") == set()


def test_an_embedded_post_is_cited_by_its_account():
    text = ("Le débat a été vif à l'Assemblée.\n\n"
            "Vide abyssal de ce regard. Horrible.\n— Jean-Marc Dupuis (@JM_Dupuis) 19 juillet 2022\n\n"
            "La députée a tenu bon.\n— LCP (@LCP) July 23, 2022\n\n"
            "Un lecteur écrit — Paul (@paul) et d'autres — que le texte passera.")
    art = _analysed(text)
    assert [(s.name, s.kind) for s in art.cited_sources] == [
        ("Jean-Marc Dupuis (@JM_Dupuis)", "social"), ("LCP", "broadcaster")]
    assert all(text[m.start:m.end] == m.text for s in art.cited_sources for m in s.mentions)


def test_a_reference_in_a_numbered_note_is_a_cited_document():
    text = ("Le mal-logement touche quatre millions de personnes (1).\n\n"
            "(1) « 12e Rapport sur l'état du logement à Norvalia », Fondation Marthe-Lenoir.\n\n"
            "(2) « Les Villes invisibles : une enquête », de Jeanne Moreau-Ledoux, 2019.\n\n"
            "Le maire cite « Les Villes invisibles », Calvino, dans son discours.")
    art = _analysed(text)
    assert [s.name for s in art.cited_sources] == [
        "Fondation Marthe-Lenoir report", "Jeanne Moreau-Ledoux, « Les Villes invisibles »"]


def test_a_platform_is_a_source_where_someone_wrote_there_not_where_it_is_a_topic():
    assert _names("Jordan Barde écrivait sur Twitter samedi : « Aucun mouvement sérieux ne le conteste ».") == {"Twitter"}
    assert _names("On retrouve l'affiche sur son compte Twitter.") == {"Twitter"}
    assert _names("Avec ses 14 millions de followers sur Instagram, tout ce qu'elle fait est une nouvelle.") == set()
    assert _names("Ils mettent un drapeau sur leur fil Twitter.") == set()
    assert _names("She has five million followers on Twitter.", "en") == set()
    assert _names("He wrote on Facebook that the vote was rigged.", "en") == {"Facebook"}


def test_the_subject_before_a_document_is_its_author_only_when_it_is_the_medium():
    # (named in its English form, as the contract wants for well-known bodies)
    assert "European Council" in _documents_of(
        "Le Conseil européen a indiqué dans un communiqué que les sanctions seraient prolongées.")
    assert "Navdanya International" in _documents_of(
        "Un nouveau rapport de Navdanya International appelle à rejeter les fausses solutions.")
    # a subject inside the quoted document is not its author
    docs = _documents_of("« Mercredi, la police locale de la Campine a découvert un laboratoire », pouvait-on lire "
                         "dans ce communiqué.")
    assert not any("police" in name for name in docs)
    # a document named after a place is no document of that place
    assert _documents_of("L'Ukraine a renoncé aux armes nucléaires en échange des garanties du mémorandum "
                         "de Budapest de 1994.") == {}


def test_outlet_names_with_a_lower_case_media_word_and_inside_other_names():
    art = analyze_article(Article(id="x", text="D'après une information de France info, le ministre viendra à Reims.\n"
                                  "Le cortège réunissait le Front de Libération Transfem et plusieurs collectifs.",
                                  language="fr"), skip=SKIP)
    assert {s.name for s in art.cited_sources} == {"France Info"}


def test_a_document_an_outlet_obtained_is_cited_via_that_outlet_and_relayed_through_it():
    text = ("Engineers had warned of cracks in the dam, according to the New York Times, which obtained an "
            "internal report of the Norvalian Water Authority.")
    art = analyze_article(Article(id="x", text=text, language="en"), skip=SKIP)
    assert [(s.name, s.kind, s.via) for s in art.cited_sources] == [
        ("The New York Times", "newspaper", None), ("Norvalian Water Authority", "document", "The New York Times")]
    assert origins_of(art) == {"The New York Times"}
    # the same report cited without the outlet is the article's own source
    art = analyze_article(Article(id="y", text="An internal report of the Norvalian Water Authority warned of "
                                  "cracks in the dam.", language="en"), skip=SKIP)
    assert origins_of(art) == {"Norvalian Water Authority"}


def test_an_outlet_that_saw_a_document_is_not_its_author_nor_a_source_of_its_own_article():
    assert _documents_of("Engineers warned of cracks, according to an internal report seen by the Daily "
                         "Herald.", "en") == {}
    text = "Engineers warned of cracks, according to an internal report seen by the Daily Herald."
    art = _analysed(text, "en", outlet="The Daily Herald")
    assert art.cited_sources == []


def test_a_speech_is_a_document_only_when_the_text_says_it_is_a_record():
    assert _documents_of("\"We must act,\" Joe Smith said in his address to the United Nations.", "en") == {}
    assert _documents_of("« Il faut agir », a dit Paul Durand dans sa déclaration devant la presse.") == {}
    assert "Paul Durand's televised address" in _documents_of(
        "« Il faut agir », a dit Paul Durand dans son allocution télévisée.")


def test_an_outlet_name_inside_a_longer_name_or_domain_and_a_table_name_after_its_article():
    art = analyze_article(Article(id="x", text=(
        "C’est l’idée maîtresse du Longer Telegram anonyme rédigé par un haut fonctionnaire.\n"
        "Publicité : www.Revue-Bien-Être.com par Taboola.\n"
        "C’est pourquoi l’enquête de L’Huma jette le soupçon sur le patrimoine du ministre."), language="fr"), skip=SKIP)
    names = {s.name: s.kind for s in art.cited_sources}
    assert "Telegram" not in names and "Bien-Être.com" not in names
    assert names.get("L'Humanité") == "newspaper" and "Huma" not in names
    # a cue word opening the sentence is not a name the outlet ends
    art = analyze_article(Article(id="y", text="Selon CNN, un débat fait rage.", language="fr"), skip=SKIP)
    assert [s.name for s in art.cited_sources] == ["CNN"]


def test_a_body_cited_with_according_to_and_a_named_speaker_s_communique():
    art = analyze_article(Article(id="x", text="Le nombre de réfugiés approche des 5,2 millions, selon l’ONU.\n"
                                  "L'OTAN a tenu une réunion.", language="fr"), skip=SKIP)
    assert [(s.name, s.kind, [m.text for m in s.mentions]) for s in art.cited_sources] == [
        ("United Nations", "official", ["ONU"])]          # NATO meeting is no source
    assert "Jen Psaki's statement" in _documents_of(
        "« Cette visite sera l’occasion d’affirmer nos liens », a déclaré la porte-parole de la présidence "
        "américaine Jen Psaki dans un communiqué.")


def test_a_publication_named_in_quote_marks_and_a_kind_of_work_that_is_no_document():
    assert _names("Ils sont devenus une source de « vraie folie » — dans une interview à la publication "
                  "« Economy Today », a déclaré l'économiste.") == {"Economy Today"}
    assert _names("Le journal « L'Équipe » a révélé l'affaire.") == {"L'Équipe"}
    # « méthodes d'analyse »: a kind of work; « une série d'études de l'OMS » are the WHO's documents
    assert _names("Ils utilisent des méthodes d'analyse du Big Data à partir de modèles.") == set()
    assert _names("Une série d'études de l'OMS montre le contraire.") == {"World Health Organization"}


def test_a_north_american_station_by_its_call_sign():
    assert _names("In an interview with John Catsimatidis on WABC 770 AM, Paterson discussed the task. She told "
                  "KTLA-TV the fire was contained. Speaking on WNYC radio, the mayor agreed.", "en") == {
        "WABC", "KTLA-TV", "WNYC"}
    # an acronym alone is no station
    assert _names("The WHO said cases rose. The KKK marched.", "en") == set()


def test_english_outlets_named_by_a_common_word_need_context_and_a_writer_signs_for_their_body():
    assert _names("Time tends to warp in the vicinity of a president. He said so, according to a translation "
                  "from the Independent.", "en") == {"The Independent"}
    assert _names("He told Time he would run.", "en") == {"Time"}
    assert _documents_of("The letter by RNC Chair Ronna McDaniel to the commission said the party would skip the "
                         "debates.", "en") == {"Ronna McDaniel's letter": {"letter"}}


def test_a_body_the_tables_do_not_know_cited_by_according_to():
    assert _names("About 150 million people were fully vaccinated by June, according to the Centers for Disease "
                  "Control and Prevention.", "en") == {"Centers for Disease Control and Prevention"}
    # a person the tagger calls a company is no body: « Sikorsky » is Radoslav Sikorsky
    assert _names("Le député européen Radoslav Sikorsky a parlé. Un régime armé d'une bombe (selon Sikorsky) "
                  "serait bénéfique.") == set()


def test_an_outlet_after_the_interviewer_the_article_takes_words_from_is_a_source():
    assert _names("But in an interview with George Stephanopoulos of ABC News on Aug. 18, Biden denied that.",
                  "en") == {"ABC News"}
    # the tagger made one person of « Jean Dupont de France Info »
    assert _names("Le ministre a déclaré à Jean Dupont de France Info que la réforme passerait.") == {"France Info"}
    # a reporter's outlet alone is an affiliation
    assert _names("Jean Dupont de France Info a posé une question.") == set()


def test_the_last_word_of_a_cited_outlet_s_name_alone_is_that_outlet():
    art = analyze_article(Article(id="x", text="The Washington Post obtained 866 pages of emails. Fauci told the Post "
                                  "that he was fine.", language="en"), skip=SKIP)
    assert [(s.name, [m.text for m in s.mentions]) for s in art.cited_sources] == [
        ("The Washington Post", ["The Washington Post", "Post"])]
    # with no outlet of that name cited, "the Post" is no one; "the Times" is the London paper
    assert _names("He wrote to the Post about it. The Times said so.", "en") == {"The Times"}


def test_an_outlet_before_a_role_and_a_name_is_an_affiliation_and_a_possessor_writes_its_document():
    assert _names("Watergate sleuth Bob Woodward and fellow Washington Post journalist Robert Costa write in Peril. "
                  "NYT reporter Jim Rutenberg wrote it.", "en") == set()
    # words given to an outlet's journalist are the outlet's
    assert _names("He told CNN's chief White House correspondent Kaitlan Collins that he would.", "en") == {"CNN"}
    assert _documents_of("His abuse of power, documented by NY AG Letitia James' report, is leading him to "
                         "impeachment. The Labor Department's report showed that prices rose. Biden's report card "
                         "is mixed.", "en") == {"Letitia James's report": {"report"},
                                                "Labor Department": {"report", "Labor Department"}}


def test_a_ministry_the_tagger_cut_is_named_whole():
    # « du ministère grec de l'Immigration », tagged « Immigration »: the ministry, in its English form
    from recoupe.extract.sources import _with_body_noun_before
    from recoupe.lang import lexicon
    from recoupe.nlp.bodies import national_body
    from recoupe.nlp.spacy_runner import load_pipeline
    doc = load_pipeline("fr")("Au total, 82 tentatives, selon les chiffres du ministère grec de l’Immigration.")
    tagged = [t for t in doc if t.text == "Immigration"]
    assert national_body("fr", tagged) is None
    assert national_body("fr", _with_body_noun_before(doc, tagged, lexicon("fr", "sources"))) == \
        "Greek Immigration Ministry"


def test_a_nationality_authors_nothing():
    # « Le politicien note qu'… »: a verb, and « Polonais » (a nationality) is no author
    names = _names("La population autochtone a longtemps été dans le domaine culturel et de l’information Polonais. "
                   "L’ex-député Ilya Kiva a déclaré que les troupes polonaises se préparent. Le politicien note "
                   "qu’à ce moment-là, le groupe de l’armée ukrainienne dans le Donbass doit être vaincu.")
    assert not any("Polonais" in n for n in names)


def test_outlets_of_every_slant_are_in_the_table():
    assert _names("Le Washington Examiner rapporte : « Le coût d’un barbecue du 4 juillet devrait être supérieur de "
                  "17 % ».") == {"Washington Examiner"}
    assert _names("C’est auprès du site Insider le 26 mars dernier qu’il a expliqué cela.") == {"Business Insider"}
    assert _names("Il a cité un insider anonyme.") == set()
    assert _names("The Daily Caller reported that the bill failed, and Mother Jones wrote that it was doomed.",
                  "en") == {"The Daily Caller", "Mother Jones"}


def test_a_role_after_selon_and_a_media_noun_before_a_name_are_no_outlets():
    assert _names("Les choses reviennent à la raison. Selon le Premier ministre Pedro Sanchez : « L’Espagne veut "
                  "considérer le Covid comme une maladie endémique. »") == set()
    assert _names("Le maître du Kremlin perçoit un salaire annuel de 140 000 dollars, a rapporté le Site Fortune le "
                  "26 mars dernier.") == {"Fortune"}


def test_batch_outlets_are_cited_as_they_write_their_names():
    from recoupe.align.provenance import origins_of, unify_outlets
    from recoupe.model import Article, ArticleSource

    def article(id_, outlet, text):
        return Article(id=id_, text=text, source=ArticleSource(outlet=outlet))
    hill = article("hill", "The Hill", "The bill passed.")
    vice = article("vice", "Vice", "The bill passed.")
    post = article("post", "New York Post (News)", "The bill passed, the New York Post has learned.")
    other = article("other", "Reuters", "Lawmakers on Capitol Hill and on the Hill met the Vice President, who "
                                        "told The Hill and the New York Post that the bill passed.")
    unify_outlets([hill, vice, post, other])
    assert post.cited_sources == []                          # « (News) » is a catalogue's section, not the name
    assert sorted(c.name for c in other.cited_sources) == ["New York Post", "The Hill"]
    assert [len(c.mentions) for c in sorted(other.cited_sources, key=lambda c: c.name)] == [1, 1]
    assert origins_of(post) == {"New York Post"}


def test_par_rapport_a_compares_and_cites_no_report():
    assert _names("Malgré une masse réduite par rapport au projet de James Early, le bouclier reste immense. Selon le "
                  "rapport de la Cour des comptes, le coût est élevé.") == {"Cour des comptes"}


def test_a_platform_is_a_source_where_someone_said_something_on_it():
    from recoupe.model import Article
    from recoupe.pipeline import analyze_article
    art = analyze_article(Article(id="p", language="fr", text=(
        "L’UE fait appel à Facebook, Twitter et TikTok pour « lutter contre la désinformation ». "
        "Jordan Bardella écrivait sur Twitter samedi : « Aucun mouvement sérieux ne remet en cause la loi ». "
        "Il compte 14 millions de followers sur Instagram.")), skip=("numbers", "dates", "framing"))
    # the companies the story is about are no sources; the platform written on is one
    assert [s.name for s in art.cited_sources] == ["Twitter"]
    assert [m.start for m in art.cited_sources[0].mentions] == [art.text.index("Twitter samedi")]


def test_an_outlet_named_with_its_article_is_the_table_entry():
    assert outlet_named("The Telegraph") is outlet_named("Daily Telegraph") is not None
    art = _analysed("Le Premier ministre a écrit dans une colonne du journal britannique The Telegraph que "
                    "« la guerre est revenue en Europe ». Selon un article du Daily Telegraph, la grève continue.")
    telegraph = [s for s in art.cited_sources if "Telegraph" in s.name]
    assert len(telegraph) == 1 and telegraph[0].country == "GB"


def test_a_journal_or_site_a_study_appeared_in_is_cited():
    assert _names("Une étude parue dans Cell Reports montre une hausse de 25 % des cas. Dans Lancet Oncology, on "
                  "apprend que le risque double.") >= {"Cell Reports"}
    assert "Mediapolis" in _names("« Le loyer a triplé », déclare Anne Morel, citée en 2019 par Paul Brun dans "
                                  "Mediapolis.")
    # a place or a person after « dans » is no outlet
    assert _names("Une étude publiée dans Paris Match et menée dans Lyon Centre a été retirée.") == {"Paris Match"}


def test_a_credit_line_cites_its_source_with_or_without_a_colon():
    assert _names("Le fonds serait domicilié dans un paradis fiscal. Source VeriNews.\n\nLa suite (source : "
                  "Lumen Post) reste à venir.") == {"VeriNews", "Lumen Post"}


def test_a_table_outlet_cited_through_a_wire_story_or_a_journalist_is_cited():
    assert "Challenges" in _names("Selon une dépêche toute récente de Challenges, la vente est conclue.")
    assert "LCI" in _names("« Nous partirons », a déclaré le ministre, selon un journaliste de LCI présent sur place.")
    assert "Time" in _names("Selon le Time Magazine, elle est la personnalité de l'année.")


def test_an_outlet_that_only_employs_someone_is_not_cited():
    assert _names("La journaliste vedette de la chaîne qatarie Al-Jazeera, Leïla Haddad, couvrait l'opération.") == set()


def test_a_nationality_before_an_unknown_outlets_name_is_not_part_of_it():
    names = _names("La publication Croate Obzor rapporte que le port a rouvert. Selon la publication Obzor, "
                   "le trafic reprend.")
    assert names == {"Obzor"}


def test_a_state_body_after_selon_gets_its_english_name():
    assert _names("Selon le ministère palestinien de la Santé, deux hommes ont été tués.") == \
        {"Palestinian Health Ministry"}
    assert _names("Le ministère de la Défense de la Fédération de Russie a publié un rapport sur les laboratoires. "
                  "Selon ce rapport, les essais ont duré trois ans.") == {"Russian Defence Ministry"}


def test_an_outlet_the_sentence_acts_upon_is_not_cited():
    assert _names("Le ministre n'a pas hésité à critiquer ouvertement devant son homologue les antennes locales "
                  "des médias RT et Sputnik. Selon Sputnik, la rencontre a duré une heure.") == {"Sputnik"}
    # the medium someone wrote in stays cited, whatever the verb
    assert _names("In a guest Wall Street Journal column, the senator accused the bill of ignoring inflation.",
                  "en") == {"The Wall Street Journal"}


def test_a_statement_by_a_body_named_again_by_its_noun_is_cited():
    assert _documents_of("L'armée israélienne a mené une opération à Naplouse mercredi. « Au total, trois suspects "
                         "ont été arrêtés », a indiqué l'armée dans son communiqué.") == \
        {"Israeli Armed Forces": {"armée", "communiqué"}}
    # a bare noun the text never tied to a country says too little
    assert _documents_of("« Au total, trois suspects ont été arrêtés », a indiqué l'armée dans son communiqué.") == {}


def test_a_platform_a_statement_appeared_in_is_cited():
    assert _names("L'homme d'affaires Ivan Dorin, dont la déclaration est apparue dans Telegram, dénonce le pouvoir. "
                  "Des membres du Parti ont déclaré sur We Chat que la visite était une provocation.") == \
        {"Telegram", "WeChat"}


def test_a_web_domain_written_with_capitals_is_cited():
    assert _names("Les pays baltes préparent la guerre, cite LiteNord.Ru dans un long article publié lundi.") == \
        {"LiteNord.Ru"}


def test_a_french_title_after_au_or_du_in_quote_marks_is_the_outlet():
    assert _names("Dans une tribune au « Monde », l'économiste Paul Durand estime que la réforme échouera.") == \
        {"Le Monde"}


def test_a_domain_that_ends_a_sentence_and_a_figure_credited_in_parentheses():
    assert _names("« Nous serons des pions sur l'échiquier », – cite Baltinfo.Ru.") == {"Baltinfo.Ru"}
    assert _names("Il faudrait dépenser 100 000 milliards d'euros (FMI) pour sauver la planète. "
                  "L'Organisation mondiale de la santé (OMS) s'est réunie.") == {"International Monetary Fund"}


def test_a_survey_made_by_a_body_past_what_it_is_about_and_a_readout():
    assert _names("Le barbecue coûtera 17 % de plus, selon une enquête sur le panier de consommation réalisée par "
                  "la Fédération des éleveurs du Jura.") == {"Fédération des éleveurs du Jura"}
    assert _names("The price rose, according to a survey of 2,000 shoppers conducted by the Harbor Growers League.",
                  "en") == {"Harbor Growers League"}
    assert _names("Selon le compte rendu de la Maison Blanche, les deux dirigeants ont parlé d'énergie.") == {
        "The White House"}


def test_a_piece_on_a_publication_and_outlets_given_as_examples_of_a_kind():
    assert _names("Lisez cet extrait d'un article de Paul Verne sur The Lantern Review : tout y est. "
                  "Un article sur Tesla a fait du bruit.") == {"The Lantern Review"}
    assert _names("Les médias ukrainiens, comme Kyivske s'inquiètent : que faire des élus ?") == {"Kyivske"}
    assert _names("Conservative outlets, including the Granite Ledger, ran the story.", "en") == {"Granite Ledger"}


def test_the_outlet_that_signs_the_title_and_a_law_are_no_cited_sources():
    assert _names("Johnson avertit Macron – POLITICO\n\nLe Premier ministre a parlé dimanche.") == set()
    assert _names("Le droit à l'autodéfense selon la Constitution est clair.") == set()


def test_a_body_named_after_its_kind_and_a_body_known_by_its_acronym():
    art = _analysed("Selon la banque Helvea, la croissance chinoise pourrait se limiter à 3 % cette année.")
    assert {s.name for s in art.cited_sources} == {"Helvea"}
    assert [q.speaker_canonical for q in art.quotes] == ["Helvea"]
    assert _names("According to the consultancy Kpler, exports fell 10%.", "en") == {"Kpler"}
    assert _names("Selon un rapport de l’Association des cliniques autorisées à pratiquer l’IVG (ACAI), les "
                  "avortements augmentent.") == {"ACAI"}


def test_a_document_s_author_after_its_kind_and_the_subject_of_a_verb_that_publishes_it():
    assert _names("Selon les estimations de la compagnie Orvane Insights, le marché doublera.") == {"Orvane Insights"}
    assert _names("Alors que la guerre dure et que le GIEC vient de publier un nouveau rapport alarmant, rien ne "
                  "change.") == {"Intergovernmental Panel on Climate Change"}


def test_a_foreign_title_with_its_lowercase_article_and_the_columnist_named_after_it():
    art = _analysed("Il Giornale : il faut négocier avec la Russie\n\nL'Occident doit négocier, écrit le chroniqueur "
                    "de la publication italienne il Giornale Gian Mikalessin. Mikalessin estime que la guerre sera "
                    "longue.")
    assert {s.name for s in art.cited_sources} == {"Il Giornale"}
    assert {e.canonical for e in art.entities if e.label == "PER"} == {"Gian Mikalessin"}


def test_a_publication_named_like_one_or_where_a_sentence_says_it_read_something():
    assert _names("Dans JAMA, on découvre que deux doses multiplieraient le risque par dix.") == {"JAMA"}
    # a name opening a sentence on « dans » with no reading after it is a place or a thing, not a publication
    assert _names("Dans Minecraft, les joueurs construisent des villes entières.") == set()
    # a name like a publication's that the sentence cites nothing from
    assert _names("Huge findings in Arizona! However, the Fake News Media is already trying to call it.", "en") == set()
    assert _names("Le ministre a confié à Vallon Weekly News que la réforme attendra.") == {"Vallon Weekly News"}


def test_an_outlet_after_a_person_and_a_media_noun_is_their_employer_in_passing():
    assert _names("Que dire du départ de Francine Vallier du journal Le Devoir ou de celui de Paul Berthe de "
                  "Radio-Canada en 2021.") == set()
    # the outlet the text takes its facts from is still cited
    assert _names("Selon le journal Le Devoir, la réforme est morte.") == {"Le Devoir"}


def test_outlets_pointed_at_through_a_locution_are_the_topic():
    assert _names("Pour expliquer cette présence, il n’a pas hésité à montrer du doigt les médias russes RT et "
                  "Sputnik, interdits dans l’Union européenne.") == set()


def test_a_document_s_words_are_its_issuer_s():
    art = _analysed("D'après de nouvelles estimations de l'OMS publiées jeudi, le bilan est plus lourd. « Ces "
                    "estimations sont solides », affirme le rapport.")
    docs = [s for s in art.cited_sources if s.kind == "document"]
    assert [(s.name, s.issuer) for s in docs] == [("World Health Organization", "World Health Organization")]
    assert {q.speaker_canonical for q in art.quotes} == {"World Health Organization"}
    # a person's statement is named as a document, and its words are the person's
    art = _analysed("Anne Dubois a publié un communiqué. « Nous resterons », affirme le communiqué.")
    assert [(s.name, s.issuer) for s in art.cited_sources] == [("Anne Dubois's statement", "Anne Dubois")]
    assert {q.speaker_canonical for q in art.quotes} == {"Anne Dubois"}


def test_a_document_written_by_someone_is_theirs_and_so_are_its_words():
    text = ("Un rapport interne a été consulté par le Daily Courier. Ce rapport de 40 pages, rédigé le mois dernier "
            "par l'ingénieur Tomas Reiner, signale des fissures. Le document, écrit par la chercheuse Anna Kovac, "
            "indique que le barrage était fragile.")
    docs = _documents_of(text)
    assert docs == {"Tomas Reiner's report": {"rapport"}, "Anna Kovac's document": {"document"}}
    art = _analysed(text)
    assert {q.speaker_canonical for q in art.quotes if q.text.startswith("le barrage")} == {"Anna Kovac"}
    # a team's leader signs its report; the participle saying who wrote it is no speech
    art = _analysed('The 40-page report, written last month by a team led by engineer Tomas Reiner, describes "a '
                    'structure that can no longer be trusted".', "en")
    assert [(s.name, s.issuer) for s in art.cited_sources] == [("Tomas Reiner's report", "Tomas Reiner")]
    assert [(q.text[:11], q.speaker_canonical) for q in art.quotes] == [("a structure", "Tomas Reiner")]


def test_a_document_taken_up_after_an_outlet_obtained_it_still_reaches_the_article_through_that_outlet():
    text = ("Engineers warned of cracks, according to an internal report seen by the Daily Herald. The 40-page "
            "report, written by engineer Tomas Reiner, describes a fragile dam.")
    art = _analysed(text, "en")
    assert [(s.name, s.via) for s in art.cited_sources] == [
        ("Daily Herald", None), ("Tomas Reiner's report", "Daily Herald")]
    assert origins_of(art) == {"Daily Herald"}
    # in the outlet's own article the report is its own reporting, not an origin of its own
    art = _analysed(text, "en", outlet="The Daily Herald")
    assert [(s.name, s.via) for s in art.cited_sources] == [("Tomas Reiner's report", "The Daily Herald")]
    assert origins_of(art) == {"The Daily Herald"}


def test_plural_documents_are_documents_but_not_plurals_that_name_something_else():
    assert _names("Les rapports du Giec ne laissent plus d'échappatoire.") == {
        "Intergovernmental Panel on Climate Change"}
    assert _names("The latest reports by the CDC show that cases are falling.", "en") == {
        "Centers for Disease Control and Prevention"}
    assert _names("L'inflation des notes du Bac inquiète les professeurs.") == set()


def test_a_document_about_a_body_is_not_that_body_s():
    assert _names("Les responsables du Kremlin n'ont cessé de faire des déclarations menaçantes à l'égard de "
                  "l'OTAN.") == set()


def test_a_writer_named_after_their_role():
    assert "Letitia James's report" in _documents_of(
        "Cuomo harassed several women, according to a much anticipated report from the New York State attorney "
        "general, Letitia James, released Tuesday.", "en")
    assert "Anne Dubois's letter" in _documents_of(
        "Selon une lettre de la ministre de la Santé Anne Dubois, les hôpitaux manquent de lits.")
    # who a letter asks is not who wrote it
    assert "Paul Durand's letter" not in _documents_of(
        "Ils ont écrit une lettre demandant au président Paul Durand de fournir des armes.")


def test_a_body_s_report_and_the_body_cited_elsewhere_are_one_origin():
    report = _analysed("Selon un rapport de l'ONU, la famine menace.")
    said = _analysed("La famine menace, selon l'ONU.")
    assert origins_of(report) == origins_of(said) == {"United Nations"}


def test_the_passive_subject_of_a_document_s_verb_is_what_it_tells_of_not_its_author():
    art = _analysed("Brittany Commisso's claims were first detailed in a report which found Mr Cuomo sexually "
                    "harassed 11 women.", "en")
    assert art.cited_sources == []
    assert [q.speaker_canonical for q in art.quotes] == [None]


def test_an_outlet_that_acts_or_is_compared_is_named_not_cited():
    assert _names("Roland-Garros a cédé ses droits à un milliardaire. Ça payait mieux que France Télévisions.") == set()
    assert _names("Greta Thunberg est influente. Le Time Magazine l’a nommée personne de l’année 2019.") == set()
    assert _names("Fox News was granted exclusive access to the event.", "en") == set()
    # what the article takes from an outlet, in any of the ways it says so
    assert _names("Une réponse « fulgurante » suivrait, a rapporté l’Agence France-Presse.") == {"Agence France-Presse"}
    assert _names("La Défense belge a rectifié l'information auprès de l'AFP.") == {"Agence France-Presse"}
    assert _names("Juin 2018, Le Monde : le président « ne comprend pas les petites gens ».") == {"Le Monde"}
    assert _names("Elle a confirmé les informations de BFMTV sur ces tensions.") == {"BFMTV"}
    assert _names("The plan was first reported by The New York Times and The Washington Post.", "en") == {
        "The New York Times", "The Washington Post"}
    assert _names("The Washington Post was first to report Saul's dismissal.", "en") == {"The Washington Post"}
    assert _names("As CNN's Elle Reeve adds, the problem is a big one.", "en") == {"CNN"}


def test_a_source_renamed_to_an_outlet_of_the_batch_is_an_outlet():
    from recoupe.align.provenance import unify_outlets
    from recoupe.model import ArticleSource, CitedSource, Span
    scoop = Article(id="scoop", text="Engineers warned of cracks.", source=ArticleSource(outlet="The Daily Courier"))
    relay = Article(id="relay", text="Selon le Daily Courier, les ingénieurs avaient alerté.",
                    source=ArticleSource(outlet="Le Veilleur"),
                    cited_sources=[CitedSource(name="Daily Courier", kind="official",
                                               mentions=[Span("Daily Courier", 9, 22)])])
    unify_outlets([scoop, relay])
    assert [(c.name, c.kind) for c in relay.cited_sources] == [("The Daily Courier", "outlet")]


def test_a_body_cited_through_what_it_made():
    # « selon une lecture de X », "according to an analysis by X": the body's word, whatever the noun
    assert _names("Le sommet a échoué, selon une lecture de Downing Street de la rencontre.") == {"Downing Street"}
    assert "Brookings Institution" in _names(
        "The plan would cost more, according to an analysis by the Brookings Institution.", "en")
    # not where the body only says whom a person belongs to, or what a role is
    assert _names("Selon un proche de l'Élysée, le président hésite encore.") == set()
    assert not any("Defense" in n for n in _names(
        "Troops must get the vaccine, according to a memo from Defense Secretary Lloyd Austin.", "en"))
    # a body found through « selon » and through its document is cited as a document
    sources = _analysed("Selon le rapport de l'Organisation mondiale de la santé, la vague recule.").cited_sources
    assert [(s.name, s.kind) for s in sources] == [("World Health Organization", "document")]


def test_a_pollster_named_against_its_poll():
    art = _analysed("Selon un sondage Ifop publié mercredi, 40 % des habitants approuvent le projet de port.")
    assert {s.name for s in art.cited_sources} == {"Ifop"}
    assert [q.speaker_canonical for q in art.quotes] == ["Ifop"]
    art = _analysed("A new Gallup poll shows the mayor ahead of her rival by ten points.", "en")
    assert {s.name for s in art.cited_sources} == {"Gallup"}
    assert [q.speaker_canonical for q in art.quotes] == ["Gallup"]
    # a platform is where a post is, not who wrote it; an office is not the person it serves
    art = _analysed('A June 2 Facebook post from the Harbour Files said "the mayor is a fraud, plain and simple."', "en")
    assert all(q.speaker_canonical != "Facebook" for q in art.quotes)
    art = _analysed("The operation was a success, a statement from Mayor Jane Doyle's office said on Monday.", "en")
    assert all(q.speaker_canonical != "Jane Doyle" for q in art.quotes)


def test_an_outlet_the_table_does_not_know_named_like_a_publication_is_an_outlet():
    art = _analysed("Les ingénieurs avaient signalé des fissures, selon le Daily Courier, qui a consulté un rapport.")
    assert [(s.name, s.kind) for s in art.cited_sources] == [("Daily Courier", "outlet")]


def test_a_local_outlet_is_named_as_the_article_writes_it_and_a_well_known_one_by_its_international_name():
    text = ("« Nous ne céderons pas », a déclaré le ministre Ferenc Kovács sur la chaîne HirTV.\n"
            "« Le gazoduc restera ouvert », a affirmé HirTV dans son journal du soir.\n"
            "Selon le NY Times, Budapest négocie depuis des semaines.")
    art = _analysed(text)
    by_name = {s.name: s for s in art.cited_sources}
    assert set(by_name) == {"HirTV", "The New York Times"}
    assert (by_name["HirTV"].kind, by_name["HirTV"].country) == ("broadcaster", "HU")   # the table still knows it
    speakers = {q.speaker_canonical for q in art.quotes}
    assert "HirTV" in speakers and "Hír TV" not in speakers        # its words under the name its citations have


def test_two_spellings_of_a_local_outlet_across_the_batch_are_one_origin():
    from recoupe.align.provenance import unify_outlets
    first = _analysed("D'après la chaîne Hír TV, le ministre a annulé sa visite.")
    second = _analysed("D'après la chaîne HirTV, le ministre a annulé sa visite à Vienne.")
    assert [c.name for c in first.cited_sources] == ["Hír TV"]
    assert [c.name for c in second.cited_sources] == ["HirTV"]
    unify_outlets([first, second])
    assert origins_of(first) == origins_of(second) == {"Hír TV"}
    assert [m.text for m in second.cited_sources[0].mentions] == ["HirTV"]     # its mention as written
