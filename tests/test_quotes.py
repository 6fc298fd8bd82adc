"""Quotations and speakers on the stored seeds and the French quote gold (read from ../shared)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from recoupe.extract.quotes import scan_quote_marks
from recoupe.model import Article, ArticleSource
from recoupe.nlp.canonical import given_name_gender
from recoupe.pipeline import analyze_article

from conftest import EVAL, SEEDS, english_quotes, quote_holding

SKIP = ("numbers", "dates", "framing")


def _analyze(path, language=None) -> Article:
    art = Article(id=path.stem, text=path.read_text(encoding="utf-8"), language=language,
                  source=ArticleSource(path=str(path)))
    return analyze_article(art, skip=SKIP)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {p.stem[:3]: _analyze(p) for p in sorted(SEEDS.glob("*.txt"))}


def _quote_of(quotes, start_words: str):
    found = [q for q in quotes if q.text.startswith(start_words)]
    assert found, f"no quote starting {start_words!r} in {[q.text[:40] for q in quotes]}"
    return found[0]


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


# ------------------------------------------------ French speakers: synthetic sentences written for these tests
def _fr(text: str) -> Article:
    return analyze_article(Article(id="fr", text=text, language="fr"), skip=SKIP)


def test_state_bodies_speak_under_one_english_name():
    art = _fr("Le gouvernement indien a jugé « cette méthode de calcul inadaptée à un pays si peuplé ».\n"
              "La Pologne affirme : « nous ne fermerons pas la frontière orientale ».\n"
              "« Ces manœuvres navales sont une provocation délibérée », a dénoncé Pékin.\n"
              "« Aucune unité n'a franchi la ligne », a assuré le ministère britannique de la Défense.")
    assert _quote(art, "cette méthode").speaker_canonical == "Government of India"
    assert _quote(art, "nous ne fermerons").speaker_canonical == "Government of Poland"
    assert _quote(art, "Ces manœuvres").speaker_canonical == "Government of China"
    assert _quote(art, "Aucune unité").speaker_canonical == "British Defence Ministry"


def test_a_pronoun_and_a_participle_go_back_to_a_described_body():
    art = _fr("« Les discussions avancent bien depuis lundi », a annoncé la présidence brésilienne.\n"
              "Les deux délégations se sont quittées tard, et « un accord reste possible avant la fin du mois », "
              "a-t-elle ajouté, précisant que « les experts reprendront leurs travaux demain matin ».")
    for start in ("Les discussions", "un accord reste", "les experts"):
        assert _quote(art, start).speaker_canonical == "Brazilian Presidency", start


def test_what_describes_the_source_of_selon_is_not_what_it_says():
    for text, said in (
            ("D'après une étude de l'Ined publiée mardi, la fécondité recule en France.", "la fécondité recule en France"),
            # a sign that belongs to its number stays with it
            ("Les prix ont augmenté de 6,1 %, selon l'Insee.", "Les prix ont augmenté de 6,1 %"),
            ("Selon Paul Durand, interrogé par nos soins, la réforme ne passera pas.", "la réforme ne passera pas"),
            # a subject between commas is the start of what is said
            ("Selon Paul Durand, la réforme, adoptée hier, ne passera pas.", "la réforme, adoptée hier, ne passera pas")):
        art = _fr(text)
        assert [q.text for q in art.quotes if q.kind == "indirect"] == [said]


def test_selon_lui_and_selon_elle_resolve_only_a_compatible_person():
    art = _fr("La sénatrice Claire Dumas a pris la parole mardi. Selon elle, « le texte doit être entièrement réécrit ».\n\n"
              "Le maire Paul Ferrand a répondu le lendemain. Selon lui, « la commune ne peut pas attendre un an de plus ».")
    assert _quote(art, "le texte doit").speaker_canonical == "Claire Dumas"
    assert _quote(art, "la commune").speaker_canonical == "Paul Ferrand"
    # « elle » with no woman marked as such in the text: no name rather than a guess
    art = _fr("Alex Morel a publié un long message. Selon elle, « rien ne sera décidé avant l'automne prochain ».")
    assert _quote(art, "rien ne sera").speaker_canonical is None


def test_an_incise_pronoun_stands_for_the_subject_of_its_clause():
    art = _fr("Le chancelier Otto Brandt a reçu lundi les ministres Karl Weber et Jan Novak.\n"
              "Le chancelier veut des livraisons « plus rapides et plus nombreuses avant l'hiver », a-t-il dit.")
    assert _quote(art, "plus rapides").speaker_canonical == "Otto Brandt"


def test_the_subject_after_an_incise_verb_is_its_speaker():
    art = _fr("Les grands pays de l'Alliance devraient promettre « un effort nouveau et durable », assure un "
              "diplomate allemand ; « et sans doute davantage ».")
    for start in ("un effort", "et sans doute"):
        q = _quote(art, start)
        # (an unnamed diplomat speaks for their country's foreign ministry, as the gold has it)
        assert q.speaker == "un diplomate allemand" and q.speaker_canonical == "German Foreign Ministry", (start, q.speaker)


def test_marks_inside_a_noun_phrase_with_no_cue_are_a_term():
    art = _fr("Les deux pays ont signé lundi un « partenariat stratégique renforcé pour la décennie ».\n"
              "Ils défendent leur propre « ordre fondé sur des règles communes » depuis des années.")
    assert [q.text for q in art.quotes if q.kind == "direct"] == []


def test_a_quote_alone_after_reported_speech_is_the_reporting_persons():
    art = _fr("Le ministre Paul Durand a évoqué une riposte après que la Suède a déclaré qu'elle fermerait "
              "son espace aérien aux vols militaires.\n"
              "« Si vos avions entrent chez nous sans autorisation, nous répondrons aussitôt. »")
    assert _quote(art, "Si vos avions").speaker_canonical == "Paul Durand"


def test_verbs_that_report_only_through_a_clause_and_unlemmatised_cues():
    art = _fr("Le maire a défendu « son bilan financier » devant les élus.\n"
              "Dans ce bilan, la marine italienne indique que ses navires ont mené « des patrouilles "
              "régulières dans toute la zone ».")
    assert [q.text for q in art.quotes if q.text.startswith("son bilan")] == []
    assert _quote(art, "des patrouilles").speaker_canonical == "Italian Navy"


def test_the_journalist_asking_is_not_the_person_interviewed():
    art = _fr("Le ministre Hugo Lenoir était l'invité de la matinale. Le journaliste lui demande si « les "
              "agriculteurs seront vraiment indemnisés cette année ».")
    q = _quote(art, "les agriculteurs")
    assert q.speaker == "Le journaliste" and q.speaker_canonical is None


def test_a_list_of_titles_after_a_colon_is_not_speech():
    art = _fr("Le colloque s'est tenu au Sénat en mars.\n"
              "Parmi les ateliers au programme : « Qui paiera la transition écologique ? » « Faut-il taxer "
              "le kérosène des avions ? » ou encore « Le rail peut-il encore gagner ? ».")
    assert [q.text for q in art.quotes if q.kind == "direct"] == []


def test_an_entourage_speaks_for_the_office_never_as_the_person():
    art = _fr("L'entourage du président de l'Assemblée nationale a précisé que « le règlement intérieur "
              "s'applique à toutes les salles ».\n"
              "L'entourage d'Emmanuel Macron a assuré que « rien n'est encore tranché à ce stade ».")
    assert _quote(art, "le règlement").speaker_canonical == "National Assembly"
    q = _quote(art, "rien n'est")
    assert q.speaker_canonical is None and q.speaker.startswith("L'entourage")


def test_only_an_inverted_incise_after_a_quote_reports_it():
    art = _fr("Le président polonais Andrzej Nowak était à Kiev mardi.\n"
              "Les marchés avaient beau claironner « la reprise est pour demain matin », on se disait "
              "« ce n'est qu'un feu de paille sans lendemain ».\n"
              "« Nous bâtirons ensemble un avenir commun pour nos deux peuples », – Nowak a indiqué la voie "
              "d'une alliance durable.\n"
              "Cette formule de « modernisation accélérée des services publics » est ambiguë car elle soutient "
              "l'idée d'une réforme sans moyens.")
    assert _quote(art, "la reprise").cue == "claironner"
    q = _quote(art, "Nous bâtirons")
    assert q.speaker == "Nowak" and q.speaker_canonical == "Andrzej Nowak"
    assert all(q.cue is None for q in art.quotes if q.text.startswith("modernisation"))


def test_a_verb_inside_an_aside_after_a_quote_is_no_cue():
    art = _fr("Ils invoquent les « vingt mille victimes des bombardements de la région » (un chiffre contesté, "
              "et l'ONU a accusé les deux camps de crimes), sans autre preuve.")
    assert all(q.speaker_canonical != "United Nations" for q in art.quotes)


def test_the_author_citing_their_own_words_is_first_person_not_a_named_subject():
    art = _fr("En 2017, l'accord signé entre Marine Le Pen et Nicolas Dupont-Aignan contenait « beaucoup de "
              "concessions de la part du parti », et là je cite encore mes propres mots de l'époque.")
    q = _quote(art, "beaucoup de")
    assert q.speaker_canonical is None and q.speaker == "je"


def test_a_headline_is_the_outlets_words():
    art = _fr("L'Union invoque désormais la menace extérieure, comme le titre Le Figaro : « l'Europe veut "
              "renforcer sa défense en musclant son industrie ».")
    assert _quote(art, "l'Europe veut").speaker_canonical == "Le Figaro"


def test_a_name_in_apposition_after_a_role_and_an_aside():
    art = _fr("« Les tirs n'ont pas cessé de la nuit », a écrit sur sa messagerie le préfet de la région de Tarnos "
              "(sud), Ilko Varavine, appelant au calme.")
    assert _quote(art, "Les tirs").speaker_canonical == "Ilko Varavine"


def test_a_document_speaks_for_the_body_it_names_never_for_the_last_outlet_cited():
    art = _fr("Le quotidien Le Monde a consacré un dossier au sujet.\n"
              "Selon les estimations de la société Nordic Market Analytics, « le marché des protéines végétales "
              "doublera d'ici la fin de la décennie ».\n"
              "Selon les dernières données du gouvernement, « près de mille patients restent hospitalisés "
              "dans la région ».")
    assert _quote(art, "le marché").speaker_canonical == "Nordic Market Analytics"
    assert _quote(art, "près de mille").speaker_canonical is None


def test_a_cue_coordinated_after_a_relative_clause_is_the_antecedents():
    art = _fr("Des lettres de riverains accompagnent la plainte, comme celle de Jean Dupont, qui habite près du port, "
              "et raconte : « Le bruit des camions ne s'arrête jamais, même la nuit. »")
    assert _quote(art, "Le bruit").speaker_canonical == "Jean Dupont"


def test_title_cased_words_in_marks_are_a_name_not_speech():
    art = _fr("Invitée dans « Le Grand Débat » sur une radio, la ministre Anne Roux a défendu sa réforme, "
              "affirmant que « chacun y gagnera à la fin ».\n"
              "Il reprend le slogan « Make Europe Strong Again » dans ses discours.")
    texts = [q.text for q in art.quotes if q.kind == "direct"]
    assert "Le Grand Débat" not in texts and "Make Europe Strong Again" not in texts
    assert _quote(art, "chacun y gagnera").speaker_canonical == "Anne Roux"


def test_subject_pronouns_chain_from_sentence_to_sentence():
    art = _fr("Le sénateur Tom Hale s’est rendu à Riga samedi. Lors de sa visite, il a longuement reçu le ministre "
              "Piotr Zalewski. Il en a profité pour affirmer que la région devait « rester unie face aux menaces ».")
    assert _quote(art, "rester unie").speaker_canonical == "Tom Hale"


def test_a_persons_role_is_never_resolved_to_the_body_it_serves():
    art = _fr("Le Parti du progrès tient son congrès à Lyon.\n"
              "Invitée vendredi sur une radio, la candidate du Parti du progrès à la présidentielle a rappelé que "
              "« nous contestons depuis longtemps cette réforme injuste ».")
    assert _quote(art, "nous contestons").speaker_canonical is None


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker_canonical) for q in _fr(text).quotes if q.kind == "direct"]


def test_a_line_signed_by_a_name_and_a_description_before_a_colon():
    assert _speakers("Quelques réactions ont suivi.\n"
                     "Daniel Cohn-Bendit, conseiller occulte du président : « Il a réussi le coup du siècle. »\n"
                     "Bruno Le Maire, 12 juillet 2016 sur Public Sénat : « Attention à cette façon de mélanger. »") == [
        ("Il a réussi le coup ", "Daniel Cohn-Bendit"), ("Attention à cette fa", "Bruno Le Maire")]


def test_an_infinitive_controlled_by_an_object_or_an_antecedentless_relative_has_no_guessed_speaker():
    assert _speakers("La ministre a visité une école, là où se pratique une politique au bénéfice des immigrés.\n"
                     "Ce qui ne l’empêche pas de déclarer que « l’école française se débrouille très mal »."
                     ) == [("l’école française se", None)]


def test_incise_pronoun_with_an_adverb_and_inverted_subject_after_a_long_time_adverbial():
    assert _speakers("« Je vous le dis ici, nous y songeons », a déclaré Jair Bolsonaro à la presse. "
                     "« Soit l’OMS travaille sans parti pris, soit nous la quittons », a-t-il aussi jugé.")[1] == (
        "Soit l’OMS travaille", "Jair Bolsonaro")
    said = _speakers("« Nous croyons que les tarifs étaient mal pensés », avait par exemple déclaré un peu plus tôt "
                     "dans la semaine John Kirby, le porte-parole de la Maison-Blanche. Avant d'ajouter que « nous "
                     "pensons qu'ils ont augmenté les coûts pour les familles ».")
    assert said == [("Nous croyons que les", "John Kirby"), ("nous pensons qu'ils ", "John Kirby")]


def test_a_title_in_a_numbered_note_is_no_speech_of_the_last_speaker():
    assert _speakers("Comme le disait Anna Julia Cooper, militante : «When they enter, we all enter», cela compte.\n"
                     "Soyons nombreux le 4 juin.\n"
                     "(1) «26e Rapport sur l’état du mal-logement en France 2021», Fondation Abbé-Pierre.") == [
        ("When they enter, we ", "Anna Julia Cooper")]


def test_the_one_who_has_the_courage_to_write_it_and_an_incise_with_s_exprimer():
    assert _speakers("La chanteuse Lily Allen a publié un message.\nLa chanteuse a eu l’honnêteté d’écrire sur "
                     "Instagram qu’elle aimerait que « les gens cessent d’afficher des exemples de raisons ».") == [
        ("les gens cessent d’a", "Lily Allen")]
    assert _speakers("« Après six mois de guerre, j’annonce au monde entier que vous pouvez retirer le drapeau », "
                     "s’est exprimé Volodymyr Zelensky lors d'une allocution.") == [
        ("Après six mois de gu", "Volodymyr Zelensky")]


def test_a_colon_after_a_clause_that_names_no_one_gives_no_speaker():
    art = analyze_article(Article(id="x", text="L'inflation monte. Et le sentiment public est en train de changer : "
                                  "« Selon un sondage, le soutien aux sanctions diminue. »", language="fr"), skip=SKIP)
    assert [(q.speaker, q.speaker_canonical) for q in art.quotes] == [(None, None)]


def test_a_pronoun_after_an_unnamed_spokesman_is_not_the_last_name_read():
    said = _speakers("Emmanuel Macron a rencontré Olaf Scholz lundi.\nUn porte-parole du Kremlin a estimé, mardi, que "
                     "la réduction s’expliquait par les sanctions. « S’il n’y avait pas eu ces restrictions, tout aurait "
                     "été accompli dans les délais », a-t-il dit.")
    # the unnamed spokesman is the Kremlin's voice, never the last person named
    assert said == [("S’il n’y avait pas e", "Kremlin")]
    # a spokesman named in apposition is the one
    said = _speakers("Emmanuel Macron a rencontré Olaf Scholz lundi.\nLe porte-parole du Kremlin, Dmitri Peskov, a "
                     "estimé que la réduction s’expliquait par les sanctions. « Tout aurait été accompli dans les "
                     "délais », a-t-il dit.")
    assert said == [("Tout aurait été acco", "Dmitry Peskov")]          # the alias table's spelling


def test_a_name_the_tagger_splits_and_an_order_to_the_reader():
    said = _speakers("\"Nous ne devrions jamais nous montrer faibles face à Poutine\", a prévenu Emmanuel Macron "
                     "lorsqu'il était interrogé par Fox News.")
    assert said == [("Nous ne devrions jam", "Emmanuel Macron")]
    art = analyze_article(Article(id="x", text="Ajoutez la fin du système à cette absence de capital, et le système "
                                  "sera remplacé par « un apartheid mondial postmoderne ou un système néofasciste ».",
                                  language="fr"), skip=SKIP)
    assert all(q.speaker is None and q.speaker_canonical is None for q in art.quotes)


def test_a_verb_coordinated_after_a_quote_takes_no_inverted_subject_from_its_object():
    said = _speakers("Le missile est fabriqué par Raytheon et Lockheed Martin. Il dénonce à plusieurs reprises le "
                     "« retrait désastreux d’Afghanistan » et accuse l’administration Biden de ne rien contrôler.")
    assert said == [("retrait désastreux d", None)]


def test_every_quote_on_a_signed_line_is_the_signer_s():
    said = _speakers("Olivier Faure : « Macron a fait des trucs qui lui ont permis de gagner. »\n"
                     "François Pinault, Juin 2018, Le Monde : le président Macron « ne comprend pas les petites gens. » ; "
                     "« J'ai peur qu'il mène la France vers un système qui oublie les plus modestes. »")
    assert [s for _, s in said] == ["Olivier Faure", "François Pinault", "François Pinault"]


def test_a_speech_participle_after_a_reported_clause_is_the_reporter_s():
    said = _speakers("Le ministre Paul Durand a reconnu que la situation à la frontière constituait une crise, la "
                     "qualifiant de « l'un des plus grands défis ».")
    assert said == [("l'un des plus grands", "Paul Durand")]
    art = analyze_article(Article(id="x", text="He acknowledged that the rapidly deteriorating situation at the border "
                                  "constitutes a crisis, calling it “one of the toughest challenges we face.”",
                                  language="en"), skip=SKIP)
    assert [q.speaker for q in art.quotes if q.kind == "direct"] == ["He"]


def test_a_party_and_state_aside_is_neither_a_person_nor_part_of_the_speaker():
    art = analyze_article(Article(id="x", text="Le sénateur Roger Wicker (R-Miss) irait plus loin, proposant une « action "
                                  "militaire » qui, explique-t-il, « pourrait signifier que nos navires restent en mer "
                                  "Noire ».", language="fr"), skip=SKIP)
    assert "R-Miss" not in {e.text for e in art.entities}
    assert [(q.speaker, q.speaker_canonical) for q in art.quotes if q.kind == "direct"][-1][1] == "Roger Wicker"
    assert all("(" not in (q.speaker or "") for q in art.quotes)


def test_the_paper_points_back_to_the_outlet_cited_and_never_to_a_document():
    art = analyze_article(Article(id="x", language="en", text=(
        "Engineers had warned of cracks in the dam, according to the New York Times, which obtained an internal "
        "report of the Norvalian Water Authority. A memo was sent to the director last Tuesday, the paper says.")),
        skip=SKIP)
    said = {q.speaker: q.speaker_canonical for q in art.quotes}
    assert said.get("the paper") == "The New York Times"
    # « le rapport » may be a newspaper's report: the last source cited, whatever its kind
    assert _speakers("Selon le New York Times, l'armée prépare un plan. Ce plan vise à « aider à former 150 000 "
                     "recrues », selon le rapport.") == [("aider à former 150 0", "The New York Times")]


def test_incises_after_a_dash_and_a_verb_the_tagger_took_for_a_noun():
    assert _speakers("« Nous avions souligné l'importance de ces projets », – a déclaré le ministère russe de la "
                     "Défense.") == [("Nous avions souligné", "Russian Defence Ministry")]
    assert _speakers("Ou, comme le tweete Antoine Rondel, journaliste : « S'il fallait rappeler que le parti n'a "
                     "jamais menacé personne, on est servi ».") == [("S'il fallait rappele", "Antoine Rondel")]


def test_a_colon_after_a_clause_naming_no_one_goes_on_with_the_speaker_of_its_paragraph():
    assert _speakers("Le sénateur Roger Wicker propose une intervention qui, explique-t-il, « pourrait signifier "
                     "que nous frappons la flotte ». Ce n'est pas tout : « Cela pourrait signifier que nous "
                     "envoyons des troupes. »") == [("pourrait signifier q", "Roger Wicker"),
                                                    ("Cela pourrait signif", "Roger Wicker")]
    # not across paragraphs
    assert _speakers("« Nous frapperons la flotte », a dit le sénateur Roger Wicker.\n\nLe constat est simple : "
                     "« Cela pourrait signifier que nous envoyons des troupes. »")[1] == ("Cela pourrait signif", None)


def test_the_writer_quoting_themself_and_the_press_at_large_name_no_one():
    assert _speakers("« Ce plan est une réussite », a dit le président Joe Biden.\nJ'ai écrit à ce sujet en 2018 :\n"
                     "« S'il y avait un exemple de ce qu'il ne faut pas faire, c'est bien celui-là. »")[1] == (
        "S'il y avait un exem", None)
    assert _speakers("Selon BFMTV, le sommet aura lieu. « Le sommet est reporté à une date inconnue », a indiqué la "
                     "presse locale.") == [("Le sommet est report", None)]


def test_a_quote_on_its_own_line_after_a_line_ending_with_a_colon():
    assert _speakers("L'industrie chimique a tiré la sonnette d'alarme. Martin Brudermüller, le patron de BASF, s'est "
                     "clairement opposé à un embargo sur le gaz :\n« Cesser nos importations causerait des dégâts "
                     "irréversibles à l'économie. »") == [("Cesser nos importati", "Martin Brudermüller")]
    # titles announced on the line before are no speech
    assert _speakers("Le programme du colloque :\n« Les Villes invisibles et leurs habitants »\n") == []


def test_an_incise_after_a_comma_and_the_same_state_body_named_again_without_its_country():
    art = _fr("Ce vendredi, des avions ont franchi la « ligne médiane » du détroit, a annoncé le gouvernement "
              "taïwanais. « À partir de 11 heures, de multiples groupes d'avions ont effectué des exercices », a "
              "indiqué le gouvernement dans un communiqué.")
    assert [q.speaker_canonical for q in art.quotes if q.kind == "direct"] == ["Government of Taiwan"] * 2
    # with no body named before, « le gouvernement » stays unnamed
    assert _speakers("« Nous ne céderons rien aux pressions », a déclaré le gouvernement.") == [
        ("Nous ne céderons rie", None)]
    # a comma before a coordinated verb whose object follows is no incise
    assert _speakers("Le ministre Paul Durand a visité l'usine, a salué les « efforts remarquables » des "
                     "ouvriers.") == [("efforts remarquables", "Paul Durand")]


def test_one_unknown_name_that_speaks_is_a_person_a_pronoun_can_point_back_to():
    assert _speakers("Selon le ministre grec de l'Immigration et de l'Asile Notis Mitarachi, la clôture sera "
                     "prolongée. « Il y a une tentative claire d'instrumentaliser les migrants », a déclaré "
                     "Mitarachi. « Les chiffres parlent d'eux-mêmes », a-t-il ajouté.") == [
        ("Il y a une tentative", "Mitarachi"), ("Les chiffres parlent", "Mitarachi")]


def test_il_after_a_company_subject_names_no_person_in_passing():
    assert _speakers("Amazon a choisi pour élargir ses troupes le pays de Boris Johnson ! Il va embaucher « plus de "
                     "4.000 personnes supplémentaires cette année au Royaume-Uni ».") == [("plus de 4.000 person", None)]
    assert _speakers("L'OTAN a publié un communiqué. Le ministre Paul Durand l'a commenté. « Nous restons unis », "
                     "a-t-il dit.") == [("Nous restons unis", "Paul Durand")]


def test_a_fronted_adverbial_is_not_part_of_who_speaks():
    assert _speakers("Dans un éditorial faisant suite à la déclaration de Donald Trump, le New York Times s'est exclamé "
                     "que Trump rendait le monde « plus dangereux en enhardissant les despotes ».") == [
        ("plus dangereux en en", "The New York Times")]
    assert _speakers("La semaine dernière, le New York Times a rapporté que Biden « a décidé de se rendre à Riyad "
                     "ce mois-ci ».") == [("a décidé de se rendr", "The New York Times")]


def test_a_long_role_with_its_name_at_the_end():
    assert _speakers("« C'est une immense victoire pour l'écologie, sans aucun doute » a déclaré  l'ancien Secrétaire "
                     "d'État aux Affaires, à l'Énergie et à la Stratégie industrielle Alok Sharma, à l'issue de la "
                     "conférence.") == [("C'est une immense vi", "Alok Sharma")]
    assert _speakers("« C'est une victoire », a déclaré le ministre, à l'issue de la réunion avec Paul "
                     "Durand.") == [("C'est une victoire", None)]


def test_a_noun_that_names_no_person_tells_no_gender():
    assert _speakers("« Cela n'a rien à voir avec les faits », a déclaré à la presse Paul Durand. « J'espère que "
                     "cette campagne va se calmer », a-t-il ajouté.") == [
        ("Cela n'a rien à voir", "Paul Durand"), ("J'espère que cette c", "Paul Durand")]


def test_inverted_subjects_past_long_complements_and_clitics_before_a_medium():
    assert _speakers("\"Nous ne pouvons soutenir ces efforts\", a plaidé au Conseil des droits de l'Homme "
                     "l'ambassadeur pakistanais Khalil Hashmi.") == [("Nous ne pouvons sout", "Khalil Hashmi")]
    # « a-t-il déclaré dans une interview »: the clitic speaks, not the interview
    art = _fr("Un membre du groupe a parlé. « Nous savons que les services fournissent des images », a-t-il "
              "déclaré dans une interview avec RIA Novosti.")
    assert [q.speaker for q in art.quotes if q.kind == "direct"] == ["il"]
    # « poursuit la déclaration »: the declaration named before, not an agency cited in between
    assert _speakers("Le sommet s'achève, demande dans une déclaration le G7. Le texte, consulté par l'AFP, évoque "
                     "un club. « Nous invitons nos partenaires à intensifier les discussions », poursuit la "
                     "déclaration.") == [("Nous invitons nos pa", "G7")]


def test_an_office_and_a_nationality_are_no_one_we_can_name():
    assert _speakers("Mais le bureau de Johnson a ajouté : « Le Premier ministre a souligné que toute tentative "
                     "ne ferait que provoquer une instabilité. »") == [("Le Premier ministre ", None)]
    assert _speakers("« Pourquoi les États-Unis se mêlent-ils de nos décisions ? », demande l'Allemand "
                     "moyen.") == [("Pourquoi les États-U", None)]


def test_a_quote_signed_in_brackets_or_after_a_dash_is_the_signer_s():
    # an epigraph: no sentence reports these words, and the headline's speaker does not go on into them
    assert _speakers("La commissaire Věra Jourová veut « lutter contre la désinformation en ligne »\n"
                     "« Quand le mensonge devient la vérité, on ne peut plus reculer » (Michel Chossudovsky)\n"
                     "L'UE a publié ses lignes directrices.") == [
        ("lutter contre la dés", "Věra Jourová"), ("Quand le mensonge de", "Michel Chossudovsky")]
    assert _speakers("Le titre.\n\n« La liberté, c'est la liberté de dire que deux et deux font quatre. »\n"
                     "— George Orwell\n\nLa suite.") == [("La liberté, c'est la", "George Orwell")]
    # a term in marks with a bracket that names no one stays a term
    assert _speakers("La loi « sécurité globale » (Gérald Darmanin) a été adoptée.") == []


def test_an_incise_after_the_quote_s_sentence_inverts_its_subject_whatever_the_parse():
    # the parse made « L'UE » the subject of « dit »
    assert [(q.speaker, q.speaker_canonical) for q in _fr(
        "L'UE - et plus particulièrement l'Allemagne - finance la « guerre grotesque non provoquée » de Poutine, "
        "dit le mème. Pas un euro ne doit parvenir à Poutine.").quotes] == [("le mème", None)]


def test_a_work_named_after_its_author_or_given_a_name_is_no_speech():
    assert _speakers("J'en ai fait l'expérience (lire l'excellente analyse de Philippe Silberzahn « Quand les "
                     "experts deviennent militants »). Le plan a pour nom « Économiser le gaz pour un hiver sûr » "
                     "et fait basculer l'Europe.") == []
    # a document's words after a comma are still its words
    assert _speakers("Selon le rapport de l'ONU, « la situation est grave et se détériore ».") == [
        ("la situation est gra", "United Nations")]


def test_speakers_past_a_merged_outlet_an_adverbial_subject_and_an_unnamed_document():
    # the tagger made one organisation of « AP Natalia Gebert »
    assert _speakers("« Si vous donnez un ascenseur à un réfugié, vous êtes un héros », a déclaré à l'AP Natalia "
                     "Gebert, fondatrice d'une organisation polonaise.") == [("Si vous donnez un as", "Natalia Gebert")]
    # the parse made « de son côté » the subject
    assert _speakers("L'ambassadrice américaine Michèle Taylor, dont les deux enfants s'identifient comme personnes "
                     "LGBTQI+, a de son côté exprimé son soulagement : « Je m'inquiète tous les jours pour leur "
                     "sécurité. »") == [("Je m'inquiète tous l", "Michèle Taylor")]
    # reading in an outlet
    assert _speakers("Comme on peut le lire dans Le Monde fin mars : « Si imparfaite et brouillonne soit-elle, la "
                     "démocratie ukrainienne existe. »") == [("Si imparfaite et bro", "Le Monde")]
    # « la déclaration » is the joint declaration the text introduced (by the G7 whose leaders it reports on),
    # not the agency cited before it
    art = _fr("Selon l'AFP, les dirigeants du G7 ont lancé un club climat, selon une déclaration commune publiée ce "
              "mardi. « Nous invitons nos partenaires à intensifier les discussions », poursuit la déclaration.")
    assert [(q.speaker, q.speaker_canonical) for q in art.quotes if q.kind == "direct"] == [("la déclaration", "G7")]
    # a declaration whose authors the text does not give is still no one's
    art = _fr("Selon l'AFP, le club climat a été lancé, selon une déclaration publiée ce mardi. « Nous invitons nos "
              "partenaires à intensifier les discussions », poursuit la déclaration.")
    assert [(q.speaker, q.speaker_canonical) for q in art.quotes if q.kind == "direct"] == [("la déclaration", None)]


def test_before_adding_goes_on_with_the_cue_before_it():
    # the parse hung « avant d'ajouter » on the aside « comme vous pouvez le voir »
    assert _speakers("Marine Le Pen était à Madrid. « Ceux qui doivent partir partent, mais ils partent maintenant », "
                     "a-t-elle ainsi lancé aux journalistes, comme vous pouvez le voir ci-dessous, avant d'ajouter : "
                     "« Ce qui est insupportable, c'est la dissimulation. »") == [
        ("Ceux qui doivent par", "Marine Le Pen"), ("Ce qui est insupport", "Marine Le Pen")]


def test_an_outlet_before_a_colon_keeps_its_words_when_another_quote_holds_them():
    # an earlier quote holds the headline's words; the agency that published it stays its source
    art = _fr("Comme l'a expliqué Michael Hudson lors d'un point de presse : « Si la Russie envahit l'Ukraine, "
              "d'une manière ou d'une autre, le projet n'avancera pas. »\nCeci après que l'agence Bloomberg News a "
              "publié son titre totalement faux : « La Russie envahit l'Ukraine ».")
    assert [q.speaker_canonical for q in art.quotes if q.text == "La Russie envahit l'Ukraine"] == ["Bloomberg"]


def test_the_subject_of_the_last_clause_before_a_colon_speaks():
    # « apprenions » is tagged a noun; the subject of an earlier clause (« les principes européens ») is no speaker
    art = _fr("Le Conseil collabore avec le ministère, pour que les principes européens dominent l'organisation "
              "territoriale – en tout cas, comme nous l'apprenions début juin : « Depuis le début de la guerre, le "
              "Centre a fourni une assistance. »")
    assert [(q.speaker, q.speaker_canonical) for q in art.quotes] == [("nous", None)]


def test_a_given_name_tells_a_pronoun_s_gender_when_nothing_else_does():
    # « Pour Marine Le Pen » is oblique and Salvini the subject: only her given name says « elle » is her
    assert _speakers("Pour Marine Le Pen, Matteo Salvini prend de bonnes décisions. « Je considère avec lui qu'il "
                     "faut arrêter l'immigration », a-t-elle déclaré dimanche.") == [("Je considère avec lu", "Marine Le Pen")]
    # a name worn by both genders tells nothing
    assert given_name_gender("Dominique Voynet") is None and given_name_gender("Le Pen") is None


def test_a_document_met_here_and_an_impersonal_il_name_no_one_before():
    art = _fr("Selon France Télévisions, les librairies de quartier ferment une à une. Selon une étude, nos "
              "librairies de quartier disparaissent. Selon l'enquête BDCOM 2020 sur l'état des commerces, les cafés "
              "ferment aussi chaque année. Selon ce rapport, les bars de quartier tiennent encore bon.")
    assert [q.speaker_canonical for q in art.quotes] == ["France Télévisions", None, None, "France Télévisions"]
    # « Il faut rappeler que … » is the writer's, not the last person quoted
    art = _fr("« Les chiffres parlent d'eux-mêmes », a ajouté Mitarachi. Il faut rappeler que la question de "
              "l'immigration fait partie des sujets sensibles.")
    assert [(q.kind, q.speaker_canonical) for q in art.quotes] == [("direct", "Mitarachi")]


def test_a_person_in_a_complement_of_the_speaker_s_phrase_is_never_the_speaker():
    assert _speakers("« Nous ne céderons pas », a déclaré le porte-parole de Vladimir Poutine.") == [
        ("Nous ne céderons pas", None)]
    assert _speakers("« La réforme passera », a déclaré le ministre à Jean Dupont de France Info.") == [
        ("La réforme passera", None)]
    assert _speakers("« Nous ne céderons pas », a déclaré le porte-parole de Vladimir Poutine, Dmitri Peskov.") == [
        ("Nous ne céderons pas", "Dmitry Peskov")]


def test_a_dateline_in_capitals_is_no_transcript_turn_but_a_transcript_s_names_are():
    assert _fr("CASTELBRUNE : le barrage était fissuré, les autorités savaient !\nLes ingénieurs avaient signalé des "
               "fissures.").quotes == []
    assert _speakers("Entretien.\nPENCE : Nous allons gagner celle-ci, croyez-moi.\nKAINE : Non, vous ne la gagnerez "
                     "pas.") == [("Nous allons gagner c", None), ("Non, vous ne la gagn", None)]


def test_a_short_definite_description_points_back_past_itself():
    # the tagger split the name (« Mateusz » MISC, « Morawiecki » PER); the description was its own antecedent
    assert [(q.speaker, q.speaker_canonical) for q in _fr(
        "Mateusz Morawiecki a écrit une tribune. Le dirigeant a également souligné que la Russie ne s'arrêtera pas "
        "à Kiev.").quotes] == [("Le dirigeant", "Mateusz Morawiecki")]


def test_a_passive_agent_a_participle_s_sentence_subject_and_a_body_then_a_person():
    # « qualifié de « … » par X »: the agent; the tagger had made one organisation of « Rassemblement national
    # Marine Le Pen » and given it the words
    assert _speakers("La leader du Rassemblement national Marine Le Pen a réclamé l'abandon des sanctions, un propos "
                     "qualifié de « extraordinairement dangereux, irresponsable » par la ministre Agnès "
                     "Pannier-Runacher sur CNews.") == [("extraordinairement d", "Agnès Pannier-Runacher")]
    # the parse read « épinglé » as a noun: the participles report for the person who is the sentence's subject
    assert _speakers("Kamala Harris était sénatrice. Harris a de même épinglé Trump pour sa relation avec les "
                     "Saoudiens, ajoutant : « Inacceptable : l'Amérique doit le faire savoir clairement. »") == [
        ("Inacceptable : l'Amé", "Kamala Harris")]


def test_a_qualified_description_is_not_the_last_speaker_and_woven_words_are_not_his_either():
    # « le président russe »: the salient person (the last speaker) was never described as Russian
    text = ("Henri Valmont l'a toujours rappelé : « Nous n'avons fait aucun effort sérieux pour associer la Russie à "
            "la sécurité de l'Europe ». Washington n'a jamais cherché à profiter des dispositions de Vladimir "
            "Poutine. Le président russe songeait même à rejoindre l'Alliance atlantique avec l'espoir d'une "
            "redéfinition du rôle de l'OTAN ou en créant « une nouvelle entité dans laquelle la Russie deviendrait "
            "un partenaire égal ».")
    assert _speakers(text) == [("Nous n'avons fait au", "Henri Valmont"), ("une nouvelle entité ", None)]
    assert _speakers("Henri Valmont l'a rappelé : « Nous ne céderons pas ». Le président russe a souligné que "
                     "« la Russie deviendrait un partenaire égal de l'Europe ».")[1] == ("la Russie deviendrai", None)
    # described with the same words, it is that person
    assert _speakers("Le président russe Vladimir Poutine était à Paris. Emmanuel Macron l'a reçu. Le président "
                     "russe a souligné que « la Russie deviendrait un partenaire égal de l'Europe ».") == [
        ("la Russie deviendrai", "Vladimir Putin")]


def test_the_speaker_before_a_colon_is_no_relative_clause_s_subject():
    assert _speakers("Pedro Sanchez élabore la position espagnole avec transparence ; il donne les chiffres qu'on "
                     "n'entendrait jamais de ceux qui sèment la peur :\n\n« Une létalité de 13 % au début de la "
                     "pandémie, contre 1 % avec le variant Omicron. »") == [("Une létalité de 13 %", "Pedro Sánchez")]  # (the alias table spells it)


def test_a_noun_of_speech_is_said_by_its_owner():
    assert _speakers("La Russie s'est engagée dans une surenchère verbale, comme en témoignent les déclarations de "
                     "Vladimir Poutine, le 27 avril, indiquant que si quelqu'un posait « des menaces stratégiques "
                     "inacceptables pour la Russie », il devait s'attendre à une réponse.") == [
        ("des menaces stratégi", "Vladimir Putin")]
    english = analyze_article(Article(id="en", text="Trump's remarks stressed that \"the border is closed for everyone "
                                      "who tries to cross it\".", language="en"), skip=SKIP)
    assert [q.speaker_canonical for q in english.quotes if q.kind == "direct"] == ["Donald Trump"]


def test_an_impersonal_clause_before_a_colon_leaves_the_person_who_announces():
    # « Il faut rappeler que » names no one; the parse hung the name on a noun: the one person named
    # before the reporting verb speaks, never one in a complement
    text = ("Les gouvernements européens abandonnent ces mesures. Il faut rappeler que {who}, dans sa choquante "
            "adresse aux Français de juillet 2021, annonçait :\n\n« Pour lutter, une seule solution : le vaccin. »")
    assert _speakers(text.format(who="Jean Dupont")) == [("Pour lutter, une seu", "Jean Dupont")]
    assert _speakers(text.format(who="le ministre de Jean Dupont")) == [("Pour lutter, une seu", None)]


def test_an_agency_s_dispatch_speaks_for_the_agency():
    assert _speakers("Amazon va embaucher 4000 personnes, selon une dépêche de l'AFP. « Cela devrait faire grimper "
                     "ses effectifs dans le pays à 75.000 personnes », ajoute la dépêche.") == [
        ("Cela devrait faire g", "Agence France-Presse")]


def test_inverted_subject_after_comme_l_a_and_subjects_behind_time_or_participle_phrases():
    # « Comme l'a expliqué X : »: « l' » is the object clitic, the subject comes after the verb
    assert _speakers("Comme l’a expliqué la sous-secrétaire d’État aux Affaires politiques, Victoria Nuland, lors "
                     "d’un point de presse du département d’État le 27 janvier : « Si la Russie envahit l’Ukraine, Nord "
                     "Stream 2 n’avancera pas ».") == [("Si la Russie envahit", "Victoria Nuland")]
    # a time phrase before a comma is not part of the subject, whatever the parse made of the name
    assert _speakers("Et maintenant, il semble que Biden envisage un pèlerinage à Riyad. La semaine dernière, le New "
                     "York Times a rapporté que Biden « a décidé de se rendre à Riyad ce mois-ci pour reconstruire "
                     "les relations ».") == [("a décidé de se rendr", "The New York Times")]
    # an outlet in apposition to the phrase the parse took for the subject
    assert _speakers("Lundi soir, citant trois sources anonymes, le Washington Post a révélé ce que pourrait être "
                     "cette action : « Biden envisage de déclarer une urgence climatique nationale ».") == [
        ("Biden envisage de dé", "The Washington Post")]
    # « la partie saoudienne »: the Saudi side in talks, its government
    assert _speakers("La partie saoudienne a évoqué, elle, les « efforts internationaux visant à empêcher l'Iran "
                     "d'acquérir une arme nucléaire ».") == [("efforts internationa", "Government of Saudi Arabia")]


def test_inverted_subjects_the_parse_cut_short():
    # « d'I4CE » read as an adverb had ended the phrase before the name in apposition
    assert _speakers("Des mesures devront être consacrées à la transformation. « Si on ne met pas les budgets qu'il "
                     "faut sur la prévention, le coût de réparation des dommages sera beaucoup plus important dans le "
                     "futur », assure la directrice du programme territoires d'I4CE, Morgan Nicol.") == [
        ("Si on ne met pas les", "Morgan Nicol")]
    # « l'un des auteurs du rapport, X »: « un » is a pronoun; an infinitive coordinated after the quote
    # (« » et prévenir les risques ») goes on with the quoted clause and reports nothing
    assert _speakers("L'institut publie un rapport. « Globalement, ces dernières années, on observe une tendance à "
                     "réagir, et non à anticiper » et prévenir les risques, explique l'un des auteurs du rapport, "
                     "Vivian Depoues.") == [("Globalement, ces der", "Vivian Depoues")]
    assert _speakers("« Il faut anticiper les risques », explique l'un des auteurs du rapport.") == [
        ("Il faut anticiper le", None)]


def test_a_verb_between_commas_with_a_name_after_it_is_an_incise():
    # « Une occasion manquée, observe l'Arcom, … »: the parse made « Une occasion » the subject
    assert _speakers("Une occasion manquée, observe l’Arcom, alors que l’actualité française, dominée l’an passé par "
                     "la stratégie vaccinale, constituait « un terrain propice à la juste représentation de la société "
                     "française ».") == [("un terrain propice à", "Arcom")]
    # a subject that may act is the subject: no incise
    assert _speakers("Le ministre, lui, observe la Bourse de Paris, et juge la situation « extrêmement préoccupante "
                     "pour les épargnants ».")[0][1] != "Bourse de Paris"


def test_se_dire_claims_while_dit_names():
    assert _speakers("La Ligue pour la Protection des Oiseaux (LPO) se dit « défavorable au développement d’énergies "
                     "renouvelables nuisibles à la biodiversité ».") == [
        ("défavorable au dével", "Ligue pour la Protection des Oiseaux")]
    assert _speakers("Marine Le Pen a parlé. Elle s’est également dit « parfaitement opposée […] à la relocalisation "
                     "forcée des migrants ».") == [("parfaitement opposée", "Marine Le Pen")]
    assert _speakers("Le chef du gang, Jean Martin, dit « le Grand Méchant Loup de la ville », a été arrêté.") == []


def test_a_nested_quote_takes_its_speaker_from_the_quote_around_it():
    # the words around the inner quote are inside the outer marks: they still name its speaker
    art = _fr("Regardez cet extrait d’un article de Michel Hudon sur le site Unz :\n\n« Le seul moyen qui reste aux "
              "diplomates américains est de pousser la Russie à une réponse militaire. Comme l’a expliqué la "
              "sous-secrétaire d’État aux Affaires politiques, Victoria Nuland, lors d’un point de presse le 27 "
              "janvier : « Si la Russie envahit l’Ukraine, Nord Stream 2 n’avancera pas ». »\n\nC’est écrit noir "
              "sur blanc. L’équipe Biden veut « pousser la Russie à une réponse militaire » afin de saboter le "
              "gazoduc.")
    speakers = {q.text[:20]: q.speaker_canonical for q in art.quotes if q.kind == "direct"}
    assert speakers["Si la Russie envahit"] == "Victoria Nuland"
    # woven into a sentence whose subject is a body: not the previous speaker's
    assert speakers["pousser la Russie à "] != "Victoria Nuland"


def test_a_medium_s_own_name_belongs_to_the_complement_before_an_inverted_subject():
    art = _fr("Dans l’est, de violents combats se poursuivent. « Ils bombardent littéralement tout, tout le temps, "
              "H24 », a écrit sur sa chaîne Telegram le gouverneur de la région de Lougansk (est), Serguiï Gaidai.")
    q = art.quotes[0]
    assert q.speaker_canonical == "Serguiï Gaidai" and q.speaker.startswith("le gouverneur")


def test_a_passive_with_auxiliaries_gives_the_words_to_its_agent():
    assert _speakers("La décision a été qualifiée de « faute historique qui nous hantera » par le sénateur Jean "
                     "Dupont.") == [("faute historique qui", "Jean Dupont")]


def test_an_incise_right_before_the_quote_reports_it():
    assert _speakers("CNN a publié une analyse de Stephen Collinson. La volonté de Trump de faire des affaires avec "
                     "les Saoudiens, a soutenu Collinson, « représentait un autre coup porté à l’état de droit "
                     "international ».") == [("représentait un autr", "Stephen Collinson")]


def test_a_noun_of_speech_and_its_owner_right_before_the_quote_say_whose_words_they_are():
    # the question is the journalist's, not the answer's « il a répondu » (Borrell)
    assert _speakers("« Nous paierons », a déclaré Josep Borrell. À la question d'un journaliste : « Comment effectuer "
                     "les livraisons ? », il a répondu par un long silence.") == [
        ("Nous paierons", "Josep Borrell"), ("Comment effectuer le", None)]
    assert _speakers("« Nous paierons », a déclaré Josep Borrell. Réponse de l'ambassadeur français Jérôme Bonnafont : "
                     "« Trop de pays s'abritent derrière ce prétexte ».")[1] == ("Trop de pays s'abrit", "Jérôme Bonnafont")


def test_refinements_found_by_comparing_every_french_article_before_and_after():
    # a description with no nationality may well be the one quoted before (« le chef de l'État français »)
    assert _speakers("Après un entretien samedi avec le président iranien, Emmanuel Macron avait estimé que l'accord "
                     "« était encore possible », à condition qu’il intervienne « dans les plus brefs délais ». Sur ce "
                     "dossier, le chef de l’Etat français compte « favoriser le dialogue et l’intégration régionale » "
                     "et pousse l’idée d’une nouvelle rencontre.")[-1][1] == "Emmanuel Macron"
    # a qualifier other than a nationality does not keep the salient person away
    assert _speakers("Le Premier ministre hongrois Viktor Orban était à Dallas. « Nous devons coordonner le mouvement "
                     "de nos troupes », a lancé le dirigeant nationaliste.") == [("Nous devons coordonn", "Viktor Orban")]
    # « Selon Fox News : » on a line of its own
    assert _speakers("Joe Biden approuve cette idée.\n\nSelon Fox News :\n\n« Les États-Unis s’engagent à verser 200 "
                     "milliards de dollars à un projet du G7. »") == [("Les États-Unis s’eng", "Fox News")]
    # the line before ends on a noun of speech and its owner
    assert _speakers("Ensuite, il y a cette déclaration d’Al Jazeera :\n\n« Les Allemands dans leur majorité soutiennent "
                     "le projet. »") == [("Les Allemands dans l", "Al Jazeera")]
    # a nested quote with an incise is speech; its pronoun's antecedent is in the quote around it: no outside name
    speakers = _speakers("Vladimir Poutine est riche. C’est Voici qui vient nous réjouir.\n\n« Elon Musk estime qu'il "
                         "n'est pas l'homme le plus riche du monde. Sa réponse a pu étonner : « Je pense que Poutine "
                         "est nettement plus riche que moi », a-t-il assuré. Le patrimoine est estimé à 287 milliards. »")
    assert ("Je pense que Poutine", None) in speakers


def test_a_name_right_before_a_participle_is_its_subject_unless_it_is_an_object():
    assert _speakers("De nombreuses personnes se sont opposées à la décision de la Cour américaine, dont le Premier "
                     "ministre conservateur, Boris Johnson, la qualifiant de « grand pas en arrière pour les droits "
                     "des femmes ».") == [("grand pas en arrière", "Boris Johnson")]
    assert _speakers("Le ministre Paul Martin a critiqué Jean Dupont, le qualifiant de « traître à la nation tout "
                     "entière ».") == [("traître à la nation ", "Paul Martin")]


def test_the_dateline_agency_is_the_byline_not_the_body_that_speaks():
    # « Le ministère », « l'agence »: a ministry and an agency the dispatch does not name; the
    # agency of the dateline signs the dispatch, it is not who speaks in it
    art = _fr("LISBONNE (AFP) - Le ministère a indiqué mardi que le nombre de visas allait baisser. "
              "« Nous verrons », a ajouté l’agence.")
    assert [(q.speaker, q.speaker_canonical) for q in art.quotes] == [("Le ministère", None), ("l’agence", None)]


def test_an_incise_without_its_comma_names_the_speaker_over_the_colon_before():
    assert _speakers("Sur les déchets, les ministres ont préféré botter en touche : « On ne peut pas tout "
                     "traiter en même temps » a justifié Hélène Garnier. La séance a été levée.") == [
        ("On ne peut pas tout ", "Hélène Garnier")]


def test_a_title_word_opening_a_sentence_with_its_verb_is_speech():
    # « Le plan … » names a plan, unless it has its own main verb
    art = _fr("La réunion a duré trois heures. Le maire a expliqué : « Le plan de relance justifie les dépenses ». "
              "Il a ensuite présenté « Le plan qui sauva Lorient » aux élus.")
    assert [(q.text, q.speaker) for q in art.quotes if q.kind == "direct"] == [
        ("Le plan de relance justifie les dépenses", "Le maire")]


def test_a_participle_hung_on_a_quoted_verb_reports_for_the_main_subject():
    assert _speakers("La conférence ne s’est pas achevée comme prévu. Le président Arnaud Verlaine avait martelé "
                     "qu’il fallait « ranger le charbon dans les livres d’histoire », précisant : « il faut cesser "
                     "d’avoir recours au charbon »") == [
        ("ranger le charbon da", "Arnaud Verlaine"), ("il faut cesser d’avo", "Arnaud Verlaine")]


def test_speech_locutions_report():
    # « faire savoir », « faire valoir », « faire part », « mettre en garde »: a light verb and its words
    art = _fr("Le ministère a fait savoir mardi que la frontière resterait ouverte jusqu'à nouvel ordre. "
              "Comme l’a fait valoir l’ancien député Justin Marchal : « Une urgence ne se débat pas des années. » "
              "Le philosophe Paul Ferrand a mis en garde contre une réforme hâtive, car « il ne faut toucher à la "
              "Constitution que d’une main tremblante ».")
    got = [(q.kind, q.speaker_canonical or q.speaker, q.cue) for q in art.quotes]
    assert got == [("indirect", "Le ministère", "a fait savoir"), ("direct", "Justin Marchal", "a fait valoir"),
                   ("direct", "Paul Ferrand", "a mis en garde")]


def test_who_reports_through_a_locution_is_no_guess():
    art = _fr("Le problème a été mis en évidence. Il est sans doute aisé de faire remarquer qu’il y a quelques "
              "mois, une inspection de l’oléoduc a permis de déceler quelques fuites. "
              "Son livre décrypte la rhétorique de ceux qui justifient leur domination en faisant valoir qu’il "
              "s’agit de la seule réponse logique à ce monde en crise. "
              "La conférence a échoué. Le Ministre Indien fit valoir que la Chine appuyait la suggestion de l’Inde.")
    # an impersonal « il est aisé de » reports nothing; « ceux qui » are those, not the rhetoric; a
    # capitalised « Ministre Indien » is a description, not a name
    assert [(q.text[:20], q.speaker, q.speaker_canonical) for q in art.quotes] == [
        ("il s’agit de la seul", "ceux", None), ("la Chine appuyait la", "Le Ministre Indien", None)]
    assert not any(e.text == "Ministre Indien" for e in art.entities)


def test_demonstratives_and_roles_named_in_the_next_sentence():
    # « X est celui qui disait » is X; a role with a nationality is not the next person named,
    # when the text gives that person another nationality
    assert _speakers("Le débat a repris. Dupont-Aignan est celui qui disait à Lyon en 2017 : « Vous n’avez pas "
                     "le choix, vous n’avez qu’un choix simple »") == [("Vous n’avez pas le c", "Dupont-Aignan")]
    art = _fr("Le ministre polonais a qualifié cette politique de « cancer qui dévore la société tout entière ». "
              "Oleg Morozov, un député russe, a répondu mardi.")
    assert [(q.speaker, q.speaker_canonical) for q in art.quotes] == [("Le ministre polonais", None)]


def test_a_personal_pronoun_before_an_adjective_still_reports():
    # only an « il » stands for no one (« il est aisé de dire »), never « j' » or « nous »
    art = _fr("Le 6 août 2014, je publiais un article sur la neutralité. J’y rappelais que la neutralité de la "
              "Suisse trouvait son origine dans la défaite de Marignan.")
    assert [q.speaker for q in art.quotes] == ["J’"]


def test_a_reflexive_verb_of_saying_has_a_personal_subject():
    # « il s'agit » stands for no one; « Il s'est aussi dit « prêt » » is the president
    assert _speakers("Le président Volodymyr Zelensky a parlé lundi. Il s’est aussi dit « prêt » à « un échange "
                     "de nos militaires qui défendent Marioupol ».") == [("un échange de nos mi", "Volodymyr Zelensky")]


def test_a_quote_opening_its_paragraph_signed_by_a_bare_name():
    art = _fr("Laurence Morel veut envoyer les enfants au front !\n"
              "« Est-ce qu’on est prêt à mourir pour l’Ukraine ? Malheureusement la majorité dira non. » Laurence Morel.\n"
              "Remarquez bien le malheureusement.")
    assert [(q.text[:12], q.speaker_canonical) for q in art.quotes] == [("Est-ce qu’on", "Laurence Morel")]


def test_any_verb_with_an_inverted_subject_after_a_quote_is_an_incise():
    # writers vary incise verbs endlessly (« calcule », « sourit »); a verb the tagger did not know
    # (« a tweeté ») is one too; a time glued after the subject is no part of its name
    art = _fr("L'inflation ralentit. « Cela pourrait abaisser de quelques dixièmes le niveau de l'inflation », "
              "calcule Julien Pouget, chef économiste de l'institut. « Nous verrons bien », sourit la ministre. "
              "« Ce n'est pas fini », a tweeté mardi soir le député Jean Lassalle. "
              "« Je me battrai jusqu'au bout », s’est exprimé le président de la Fédération cet après-midi.")
    assert [(q.speaker, q.speaker_canonical, q.cue) for q in art.quotes] == [
        ("Julien Pouget", "Julien Pouget", "calcule"), ("la ministre", None, "sourit"),
        ("le député Jean Lassalle", "Jean Lassalle", "a tweeté"),
        ("le président de la Fédération", None, "s’est exprimé")]


def test_a_short_subheading_nobody_is_quoted_saying_is_a_term_not_speech():
    art = _fr("« Nous ne céderons rien », a déclaré lundi le ministre Paul Ferrand.\n"
              "« Ambiguïté stratégique »\n"
              "Les États-Unis pratiquent à l'égard de l'île une diplomatie prudente.")
    assert [(q.text, q.speaker_canonical) for q in art.quotes] == [("Nous ne céderons rien", "Paul Ferrand")]


def test_selon_names_its_source_and_nothing_more():
    art = _fr("Selon des sources au sein du gouvernement, Paul Ferrand aurait lui-même retiré le drapeau de son bureau. "
              "Selon les cas, la dose est vendue entre 15 et 20 euros. "
              "Le gouvernement pourra, selon son bon plaisir, décider de leur interdire tel ou tel accès. "
              "L’expert militaire Youri Knoutov a déclaré que l’armée avait assez de forces pour tenir la ville. "
              "Les experts notent que la question des terres perdues est une question de principe.")
    got = [(q.text[:20], q.speaker, q.speaker_canonical) for q in art.quotes]
    # the name after the comma is the clause's subject; « selon les cas » cites no one; plural experts
    # are many people, never the one expert named before
    assert got[0] == ("Paul Ferrand aurait ", "des sources au sein du gouvernement", None)
    assert len(got) == 3 and got[2] == ("la question des terr", "Les experts", None)


def test_a_singular_verb_does_not_share_a_plural_verbs_subject():
    # the parse the French model gives « Des témoignages … accompagnent ce dossier, comme celui de
    # Mykola, qui habite dans le Donbass, et explique : » (built here as it comes out): « explique »
    # hangs on the plural root; singular, it goes on with the relative clause just before it
    import spacy
    from spacy.tokens import Doc
    from recoupe.extract.quotes import _subject_tokens
    words = ["Des", "témoignages", "accompagnent", "ce", "dossier", ",", "comme", "celui", "de", "Mykola", ",",
             "qui", "habite", "au", "Donbass", ",", "et", "explique", ":"]
    heads = [1, 2, 2, 4, 2, 2, 7, 2, 9, 7, 7, 12, 7, 14, 12, 7, 17, 2, 17]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "punct", "case", "obl:mod", "case", "nmod", "punct", "nsubj",
            "acl:relcl", "case", "obl:arg", "punct", "cc", "conj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADP", "PRON", "ADP", "PROPN", "PUNCT", "PRON", "VERB",
           "ADP", "PROPN", "PUNCT", "CCONJ", "VERB", "PUNCT"]
    fin = "Mood=Ind|Number={}|Person=3|Tense=Pres|VerbForm=Fin"
    morphs = [""] * len(words)
    morphs[2], morphs[12], morphs[17] = fin.format("Plur"), fin.format("Sing"), fin.format("Sing")
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert [t.text for t in _subject_tokens(doc[17], [])] == ["Mykola"]


def test_an_unnamed_spokesperson_is_the_voice_of_their_body():
    art = _fr("« Nous verrons », a déclaré un porte-parole de l’UE. « Nous avons été clairs », a-t-il ajouté. "
              "« Il faut agir », a dit le porte-parole du gouvernement polonais. "
              "Le site fait 4 km sur 3 km, selon une porte-parole de la Défense. "
              "En 2019, le député belge Samuel Cogolati avait estimé que « de 10 à 20 » ogives étaient là.")
    got = [(q.text[:12], q.speaker_canonical) for q in art.quotes][:4]
    # a place is no body; a person named next with another role is not the unnamed spokesperson
    assert got == [("Nous verrons", "European Union"), ("Nous avons é", "European Union"),
                   ("Il faut agir", "Government of Poland"), ("Le site fait", None)]
    q = quote_holding(english_quotes('"We will see," a Kremlin spokesman said. "No comment," a spokeswoman for '
                                     'the State Department told reporters.'), "We will see")
    assert q.speaker_canonical == "Kremlin"


@pytest.mark.parametrize("text, start, speaker", [
    # an incise's subject after a time adjunct, far from the quote
    ("La ministre a « nettement renforcé le contrôle des frontières », tout en réduisant les effectifs, "
     "a déclaré en mai le général Pierre Valmont, chef de la mission d'évaluation.", "nettement renforcé", "Pierre Valmont"),
    # « selon » after a quote that a speech verb's clause holds is the relay, not the speaker
    ("Le Premier ministre Olaf Brandt a déclaré au président français qu'une telle décision « donnerait "
     "au Kremlin un droit de veto sur les marchés », selon un compte rendu de la chancellerie.", "donnerait", "Olaf Brandt"),
], ids=["incise-after-time-adjunct", "selon-after-a-clause-is-the-relay"])
def test_the_speech_verb_names_the_speaker(text, start, speaker):
    q = _quote(_fr(text), start)
    assert q.speaker_canonical == speaker and q.cue == "a déclaré"


def test_a_title_between_commas_after_a_work_and_its_author_is_no_speech():
    art = _fr("Le dernier rapport de Terra Viva, « Les fausses promesses des engrais verts », détaille les raisons "
              "de cet échec. Le président de Terra Viva a déclaré : « Nous publierons la suite en juin. »")
    assert [q.text for q in art.quotes if q.kind == "direct"] == ["Nous publierons la suite en juin."]


def test_a_one_word_section_label_before_a_colon_is_no_speaker():
    art = _fr("Publié par la rédaction le 12 juin.\n\nPréambule : Je ne suis partisan d'aucun camp, je vous "
              "rapporte les faits que j'ai pu vérifier.\n\nLa suite de l'article porte sur les accords.")
    assert not [q for q in art.quotes if q.speaker in ("Préambule",)]


def test_an_incise_names_its_speaker_after_the_audience_even_when_the_tagger_misses_the_name():
    art = _fr("« Parler d'antisémitisme dans ce contexte est, tout simplement, un mensonge », a déclaré à la presse "
              "Piotr Müller. « J'espère que cette campagne va se calmer », a-t-il ajouté.")
    assert _quote(art, "Parler d'antisémitisme").speaker_canonical == "Piotr Müller"
    assert _quote(art, "J'espère").speaker_canonical == "Piotr Müller"


def test_selon_inside_a_relative_clause_vouches_for_that_clause_only():
    art = _fr("L'armée a saisi des armes qui, selon Moscou, ont été livrées par des pays occidentaux.")
    q = _quote(art, "des armes")
    assert q.text == "des armes qui, selon Moscou, ont été livrées par des pays occidentaux"
    assert q.speaker_canonical == "Government of Russia"


def test_selon_as_manner_or_likelihood_cites_no_one():
    art = _fr("Et maintenant, selon toute vraisemblance, derrière cette déclaration se cachent ses alliés. "
              "Ils veulent provoquer une riposte, puis, selon un scénario déjà écrit, accuser l'adversaire.")
    assert [q for q in art.quotes if q.cue.lower() == "selon"] == []


def test_a_relative_pronoun_does_not_take_a_noun_of_the_wrong_number():
    art = _fr("Il dénonce l'hypocrisie des diplomates européens lors des négociations sur le climat, "
              "qui ont exigé que l'Afrique renonce au charbon et au gaz.")
    assert not [q for q in art.quotes if q.speaker == "le climat"]


def test_a_description_that_goes_on_speaking_is_the_person_who_spoke_just_before():
    art = _fr("« Il faut fermer cette usine », a déclaré Claire Fontaine mardi. « Les riverains attendent depuis "
              "trop longtemps », a ajouté la présidente du conseil régional. Elle a rappelé « l'urgence sanitaire ». "
              "Selon la présidente du conseil régional, « la décision sera prise en mai ».")
    for start in ("Les riverains", "l'urgence", "la décision"):
        assert _quote(art, start).speaker_canonical == "Claire Fontaine", start
    # a description of the other gender is someone else: no name rather than a guess
    art = _fr("« Il faut fermer cette usine », a déclaré Claire Fontaine mardi. « Les riverains attendent depuis "
              "trop longtemps », a ajouté le président du conseil régional.")
    assert _quote(art, "Les riverains").speaker_canonical is None


def test_a_description_with_a_nationality_is_not_a_person_described_with_another():
    art = _fr("Le président américain Tom Hale et son homologue chinois, Li Wen, se sont parlé mardi. "
              "« Ceux qui jouent avec le feu se brûlent », a prévenu le président chinois. « J'espère que "
              "la partie américaine le comprend », a ajouté le numéro un chinois.")
    assert _quote(art, "Ceux qui jouent").speaker_canonical != "Tom Hale"
    assert _quote(art, "J'espère").speaker_canonical != "Tom Hale"


def test_a_relative_pronoun_stands_for_the_noun_the_clause_describes():
    art = _fr("Le directeur a rendu public un rapport longtemps secret qui annonçait : « Nous estimons que le prince "
              "a approuvé l'opération ». On entend un célèbre chroniqueur de Mediapart qui affirme que le scrutin "
              "sera très serré.")
    assert _quote(art, "Nous estimons").speaker == "un rapport longtemps secret"
    assert _quote(art, "le scrutin").speaker == "un célèbre chroniqueur de Mediapart"


def test_a_definite_description_repeating_how_a_person_was_named_is_that_person():
    art = _fr("« La bataille n'est pas gagnée », a déclaré jeudi la Première ministre Claire Vasseur. « Il sera financé dès "
              "janvier », a précisé la cheffe du gouvernement.\n\nClaire Vasseur s'est ensuite rendue à Lyon. La "
              "Première ministre a également annoncé un fonds régional. « Chaque région aura son centre », "
              "a-t-elle ajouté.")
    assert _quote(art, "Il sera financé").speaker_canonical == "Claire Vasseur"
    assert _quote(art, "Chaque région").speaker_canonical == "Claire Vasseur"
    # a description with another nationality is someone else
    art = _fr("Le président russe Oleg Varin a parlé mardi. Le président ukrainien a déclaré que les négociations "
              "reprendraient. « Nous ne céderons rien », a-t-il affirmé.")
    assert _quote(art, "Nous ne céderons").speaker_canonical != "Oleg Varin"


def test_a_thing_taken_for_the_subject_is_no_speaker():
    art = _fr("Ce récit des origines ne résiste pas aux chiffres des historiens : « Les arrivées ont été rares "
              "pendant cinq siècles ». Le changement demande que chacun s'engage davantage. Les habitants du "
              "quartier affirment que le bruit a doublé. Plusieurs centaines de manifestants ont scandé : « Nous "
              "resterons ici jusqu'au bout ».")
    assert _quote(art, "Les arrivées").speaker is None
    assert not [q for q in art.quotes if q.speaker == "Le changement"]
    # people, and what counts them, still speak
    assert _quote(art, "le bruit").speaker == "Les habitants du quartier"
    assert _quote(art, "Nous resterons").speaker is not None


def test_a_person_the_tagger_took_for_a_place_is_a_person():
    from spacy.tokens import Span
    from recoupe.nlp.entities import extract_entities
    from recoupe.nlp.spacy_runner import load_pipeline
    text = "Caroline Marchetti, l'attachée de presse du parti, a critiqué le député Paul Terrier."
    doc = load_pipeline("fr", "md")(text)
    doc.ents = [Span(doc, 0, 2, label="LOC")] + [e for e in doc.ents if e.start >= 2]      # the tagger's mistake
    art = Article(id="t", text=text, language="fr")
    extract_entities(art, doc)
    assert [e.label for e in art.entities if e.text == "Caroline Marchetti"] == ["PER"]
    # a place that opens on a given name stays a place
    text = "Victoria est la capitale. Florence Nightingale Avenue a été fermée."
    doc = load_pipeline("fr", "md")(text)
    doc.ents = [Span(doc, 0, 1, label="LOC")]
    art = Article(id="t", text=text, language="fr")
    extract_entities(art, doc)
    assert [e.label for e in art.entities] == ["LOC"]


def test_the_one_spoken_to_is_not_who_speaks():
    quotes = _fr("Les syndicats reçoivent la ministre et lui disent : « Nous ne signerons rien cette année. »").quotes
    assert _quote_of(quotes, "Nous ne signerons").speaker == "Les syndicats"
    # one person is not the subject of a plural verb the parse hung on their clause
    art = _fr("Lebrun a commencé son mandat et ces gens-là, sans attendre, après avoir retardé sa nomination pendant "
              "un an, convoquent Lebrun comme un domestique au palais et lui disent : « Ne touchez pas à notre budget "
              "cette année. »")
    assert _quote(art, "Ne touchez pas").speaker_canonical is None


def test_a_sub_heading_announces_the_speaker_of_the_section_below_it():
    art = _fr("« Nous n'avons rien à cacher », a déclaré l'ambassadeur Piotr Lenski jeudi.\n"
              "Le président a répondu le lendemain à la télévision.\n"
              "« Ne jamais céder face aux menaces »\n"
              "« Nous ne céderons jamais face aux menaces de Moscou », a affirmé Paul Varenne devant les députés.")
    assert _quote(art, "Ne jamais céder").speaker_canonical == "Paul Varenne"
    # a quote in two paragraphs goes on with its speaker
    art = _fr("« Nous n'avons rien à cacher », a déclaré l'ambassadeur Piotr Lenski jeudi :\n"
              "« Nos comptes sont publics depuis des années »\n"
              "« Ne jamais céder face aux menaces », a affirmé Paul Varenne.")
    assert _quote(art, "Nos comptes").speaker_canonical == "Piotr Lenski"


def test_a_relative_clause_hangs_on_its_noun_past_the_nouns_own_complements():
    art = _fr("Pierre Dumas cite le ministre de l'Intérieur socialiste qui déclarait en 1990 : « L'identité "
              "de la France est liée à son histoire. »")
    q = _quote(art, "L'identité")
    assert q.speaker == "le ministre de l'Intérieur socialiste" and q.speaker_canonical is None


def test_preaching_reports_and_a_demonstrative_reports_nothing():
    art = _fr("Les fidèles étaient nombreux dimanche à Athènes.\n« Personne, ni Poutine, ni aucun autre dictateur, "
              "n'a le droit de nous enlever la joie de célébrer Pâques ensemble », a prêché le jeune prêtre ukrainien "
              "Roman Kovalenko devant une centaine de fidèles. C'est donc avouer que les précédentes baisses de taux "
              "étaient inflationnistes.")
    assert _quote(art, "Personne, ni").speaker_canonical == "Roman Kovalenko"
    assert not [q for q in art.quotes if "baisses de taux" in q.text]


def test_a_clause_opening_inside_a_quote_ends_with_it():
    art = _fr("Sans détour, le ministre avoue avoir voté pour la coalition, le parti de ceux qui crient que « les "
              "impôts tuent », qui défilent aux côtés des syndicats chaque samedi.")
    assert not [q for q in art.quotes if "défilent" in q.text]
    assert _quote(art, "les impôts tuent").speaker == "ceux"


def test_a_person_named_before_the_description_the_parse_took_as_subject_speaks():
    art = _fr("L'industrie chimique a tiré la sonnette d'alarme. Karl Hoffmann, le patron de l'entreprise chimique "
              "géante Chemwerk s'est clairement opposé à un embargo sur le gaz :\n« Cesser nos importations de gaz "
              "causerait des dégâts irréversibles. »\nCe qui fait dire à Paul Ferrand que c'est « une menace pour "
              "les petites entreprises », en plus du reste.")
    assert _quote(art, "Cesser nos importations").speaker_canonical == "Karl Hoffmann"
    assert _quote(art, "une menace pour").speaker_canonical == "Paul Ferrand"


def test_a_body_named_again_without_its_country_is_the_one_named_before_never_a_name_in_the_quote():
    art = _fr("Des experts travaillent avec des spécialistes du ministère russe de la Défense. « Les projets de "
              "code KX ont été financés par l'agence DTRA pour le Pentagone », a déclaré le ministère de la défense.")
    assert _quote(art, "Les projets").speaker_canonical == "Russian Defence Ministry"


def test_a_participles_agent_says_the_words_before_it():
    art = _fr("Le conseil a adopté le texte mardi.\n« La République est une et indivisible. » Cet impératif, "
              "énoncé par Carole Vasseur, guide toute la réforme.")
    assert _quote(art, "La République").speaker_canonical == "Carole Vasseur"


def test_a_german_title_before_a_surname_is_no_part_of_the_name():
    art = _fr("Le chancelier Olaf Brenner a parlé lundi. « Nous tiendrons bon », a déclaré Bundeskanzler Brenner "
              "devant le Bundestag.")
    assert _quote(art, "Nous tiendrons").speaker_canonical == "Olaf Brenner"


def test_the_commission_in_a_story_about_the_union_is_the_european_commission():
    art = _fr("Les États membres de l'UE doivent réduire leur consommation de gaz. « Nous devons agir maintenant », "
              "a déclaré la Commission dans un communiqué.")
    assert _quote(art, "Nous devons agir").speaker_canonical == "European Commission"
    # elsewhere a commission is what the text calls it
    art = _fr("La commission d'enquête du Sénat a rendu son rapport. « Les faits sont graves », a déclaré la "
              "Commission mardi.")
    assert _quote(art, "Les faits").speaker_canonical != "European Commission"


def test_a_condition_or_a_denial_after_a_quote_is_no_incise():
    art = _fr("Puisque, comme l'a dit le physicien Paul Marchal, « Si vous contrôlez l'énergie, vous contrôlez la vie », "
              "si le citoyen ne réagit pas, l'Union contrôlera tout.")
    q = _quote(art, "Si vous contrôlez")
    assert q.speaker_canonical == "Paul Marchal" and q.cue == "a dit"


def test_a_negated_impersonal_il_names_no_one():
    art = _fr("Paul Verdier a parlé mardi. Il n'est pas exagéré de constater que la crise s'aggrave partout. Anne Roux a "
              "répondu. Il n'y a aucune base juridique pour affirmer que le pays a violé le traité.")
    assert not [q for q in art.quotes if q.speaker_canonical in ("Paul Verdier", "Anne Roux")]


def test_no_canonical_name_from_a_word_of_a_newspapers_title_or_from_the_state():
    art = _fr("Le monde global soutient donc l'Ukraine et exige « une démocratie exemplaire ». Comme on peut le lire "
              "dans Le Monde fin mars. Avant le dîner, l'entourage du chef de l'Etat avait indiqué que la question "
              "serait abordée « de façon générale ».")
    assert _quote(art, "une démocratie").speaker_canonical != "Le Monde"
    assert _quote(art, "de façon générale").speaker_canonical not in ("Etat", "État")


def test_an_incise_before_the_quote_names_its_reporter_whatever_the_tag():
    art = _fr("Quelques semaines plus tard, le Sénat américain, rapporte Politico, « a accordé une aide de 40 milliards "
              "de dollars à l'Ukraine ».")
    assert _quote(art, "a accordé une aide").speaker_canonical == "Politico"


def test_a_trailing_incise_reports_the_clause_before_it():
    art = _fr("La croissance française a nettement ralenti au deuxième trimestre, a indiqué ce vendredi l'Insee.\n"
              "Sortir « ces familles qui se trouvent dans une situation horrible »\nLundi, le secrétaire général "
              "ira en Turquie avant de se rendre à Moscou, a indiqué dimanche l'organisation.")
    q = _quote(art, "La croissance française")
    assert q.kind == "indirect" and q.text.endswith("trimestre") and q.speaker_canonical == "INSEE"
    # a verb opening a sub-heading is no body the description could stand for
    assert not [q for q in art.quotes if q.speaker_canonical == "Sortir"]


def test_a_trailing_incise_with_an_indefinite_subject_the_parse_calls_an_object():
    # « a déclaré un membre du groupe … »: the tagger makes the indefinite subject after the verb its object
    art = _fr("Les services de renseignement fournissent à Kiev des données radar, a déclaré un membre du groupe de "
              "pirates sous couvert d'anonymat.\nLes hôpitaux manquent de lits, a indiqué une porte-parole du ministère.\n"
              "Le pays, qui a beaucoup souffert, a déclaré la guerre.\nDeux communes ont fermé les robinets la nuit, "
              "confirme le conseiller régional chargé de l’environnement, Matteo Marnati.")
    q = _quote(art, "Les services de renseignement")
    assert q.kind == "indirect" and q.text.endswith("données radar") and q.speaker == "un membre du groupe de pirates"
    assert q.speaker_canonical is None
    assert _quote(art, "Les hôpitaux manquent").speaker == "une porte-parole du ministère"
    assert _quote(art, "Deux communes").speaker_canonical == "Matteo Marnati"
    assert not [q for q in art.quotes if "souffert" in q.text or q.cue == "a déclaré" and "guerre" in (q.speaker or "")]


def test_an_age_or_the_country_in_a_description_does_not_stop_it_pointing_back():
    # « de 59 ans », « du pays » say nothing of who is meant: the protagonist is
    text = ("Le Premier ministre Lukas Varga a parlé jeudi à Brno devant les élus de son parti.\n"
            "« Nous devons reprendre le contrôle de nos frontières », a insisté le dirigeant de 59 ans.\n"
            "« Personne ne nous dictera notre politique », a souligné l'ancien chef du pays.")
    assert _speakers(text) == [("Nous devons reprendr", "Lukas Varga"), ("Personne ne nous dic", "Lukas Varga")]


def test_a_description_the_tagger_read_as_an_adjective_still_points_back():
    # « le politicien » tagged ADJ: its article makes it the noun of the phrase
    text = ("L'ancien président Igor Tamas a publié une longue déclaration sur les réseaux sociaux.\n"
            "« Les sanctions contre nos voisins sont une erreur historique. Elles ruinent nos agriculteurs. "
            "Elles ferment nos marchés. Elles divisent notre peuple. Et elles ne changent rien », a déclaré le politicien.")
    assert _speakers(text) == [("Les sanctions contre", "Igor Tamas")]


def test_il_after_a_body_that_spoke_is_that_body_not_a_woman_named_before():
    text = ("La visite de Mme Nadia Corvo à Taïwan a irrité Pékin.\n"
            "« Les exercices continuent autour de l'île », a indiqué lundi dans un communiqué le Commandement Est "
            "de l'armée chinoise.\n"
            "Il a ajouté que « les manoeuvres dureront le temps nécessaire ».")
    assert _speakers(text) == [("Les exercices contin", "PLA Eastern Theater Command"),
                               ("les manoeuvres durer", "PLA Eastern Theater Command")]


def test_an_inverted_subject_past_the_medium_the_words_were_said_to():
    assert _speakers("« Un résultat important », s'est félicité auprès de l'AFP Victor Lamarre.\n"
                     "« Je ne suis pas pour », a ainsi déclaré sur BFM TV le président du Modem, Paul Berthe.") == [
        ("Un résultat importan", "Victor Lamarre"), ("Je ne suis pas pour", "Paul Berthe")]


def test_a_dash_before_an_incise_is_no_subject_of_its_own():
    assert _speakers("L'économiste russe Mikhaïl Dorov a commenté la crise.\n\n"
                     "    « Actuellement, il y a une crise interne aiguë dans les pays de l’Union européenne », – estime "
                     "Dorov.") == [("Actuellement, il y a", "Mikhaïl Dorov")]


def test_a_description_s_nationality_is_checked_against_what_the_alias_table_knows():
    # the text never calls Johnson British nor Putin Russian: the table knows their countries
    assert _speakers("Boris Johnson a averti dimanche Emmanuel Macron.\n"
                     "Le Premier ministre britannique a déclaré qu'un accord « donnerait à Poutine l'autorisation de "
                     "manipuler les pays souverains ».") == [("donnerait à Poutine ", "Boris Johnson")]
    assert _speakers("Vladimir Poutine a parlé à la télévision. « Nous irons jusqu'au bout », a-t-il dit.\n"
                     "« Mes parents se sont battus contre les nazis », s'est exprimé le président de la Fédération de "
                     "Russie.") == [("Nous irons jusqu'au ", "Vladimir Putin"), ("Mes parents se sont ", "Vladimir Putin")]
    # nor is the American quoted last Russian
    assert _speakers("Joe Biden a parlé lundi. « Nous aiderons l'Ukraine », a-t-il dit.\n"
                     "« Nous ne céderons jamais rien », a répondu le président de la Fédération de Russie.") == [
        ("Nous aiderons l'Ukra", "Joe Biden"), ("Nous ne céderons jam", None)]


def test_people_speaking_together_for_a_body_are_that_body_and_so_is_ils_after_them():
    assert _speakers("Les dirigeants du G7 ont dénoncé les « pratiques qui faussent l'économie mondiale ». "
                     "« Nous continuons de consulter la Chine », ont-ils déclaré. Les experts estiment que « rien ne "
                     "change ». « Nous verrons bien la suite », ont-ils ajouté.") == [
        ("pratiques qui fausse", "G7"), ("Nous continuons de c", "G7"), ("rien ne change", None),
        ("Nous verrons bien la", None)]
    # a spokesperson of a seat of government the tagger calls a place
    assert _speakers("Un porte-parole de Downing Street a déclaré que c'était un « moment critique pour le "
                     "conflit ».") == [("moment critique pour", "Downing Street")]


def test_words_said_again_and_a_claim_about_oneself_past_an_adverbial():
    assert _speakers("Hatice Cengiz s’est de son côté dite «scandalisée et outrée» de l’accueil réservé au prince. "
                     "Le G7 a aussi réitéré son « appel pressant à la Russie pour qu'elle mette fin au blocus ».") == [
        ("scandalisée et outré", "Hatice Cengiz"), ("appel pressant à la ", "G7")]


def test_a_description_points_past_people_of_another_nationality_and_past_documents():
    # « le président russe » is the Russian named before the American quoted last
    assert _speakers("Vladimir Poutine a parlé. Joe Biden a répondu : « Nous aiderons l'Ukraine jusqu'au bout ». "
                     "« Nous ne céderons jamais rien », a répliqué le président russe.") == [
        ("Nous aiderons l'Ukra", "Joe Biden"), ("Nous ne céderons jam", "Vladimir Putin")]
    # a seat of power gives the country; a communiqué that spoke in between is no person to point back to
    assert _speakers("Emmanuel Macron a reçu le prince héritier saoudien. Il a exprimé sa « profonde "
                     "préoccupation face à la guerre », selon le communiqué du Château.\n\n"
                     "Le locataire de l’Elysée a insisté sur « l’importance de diversifier les approvisionnements "
                     "énergétiques ».")[-1] == ("l’importance de dive", "Emmanuel Macron")


def test_a_term_named_after_dite_d_is_no_speech():
    assert _speakers("Les États-Unis pratiquent à l'égard de Taïwan une diplomatie dite d'«ambiguïté stratégique», "
                     "consistant à ne reconnaître qu'un seul gouvernement chinois.") == []


def test_a_second_quote_after_the_cue_goes_to_the_subject_inverted_past_the_medium():
    assert _speakers("«Je ne suis pas pour», a ainsi déclaré sur BFM TV le président du Modem, Paul Berthe, trouvant "
                     "«surprenant» que ce qui se passe aux Etats-Unis entraîne «des réactions effervescentes dans la "
                     "vie politique française».")[-1] == ("des réactions efferv", "Paul Berthe")


def test_a_role_given_its_name_in_parentheses_is_that_person():
    assert _speakers("Un éminent spécialiste des vaccins (le Dr Vandel) prévient que les vaccinations de masse "
                     "pourraient créer un “monstre impossible à arrêter” et que la pandémie durera.") == [
        ("monstre impossible à", "Vandel")]


def test_an_outlet_after_dans_is_where_the_words_were_printed_not_who_wrote_them():
    assert _speakers("Clara Vennet du Centre Aurore pour la justice dans The Atlantic a écrit que :\n\n"
                     "« Le président pourrait penser que l'échec du Congrès montre la nécessité d'agir. »") == [
        ("Le président pourrai", "Clara Vennet")]
    # with no one else in the clause, the outlet read is who wrote them (a subject inside the quote is no one's)
    assert _speakers("Comme on peut le lire dans Le Monde fin mars : « Si imparfaite soit-elle, la démocratie "
                     "existe bel et bien dans ce pays. »") == [("Si imparfaite soit-e", "Le Monde")]


def test_a_participle_in_a_sentence_without_a_verb_is_the_name_before_it_speaking():
    assert _speakers("Même son de cloche chez le sénateur Paul Berthe, accusant la majorité d’inventer "
                     "«des problèmes fictifs».") == [("des problèmes fictif", "Paul Berthe")]


def test_a_description_that_points_back_to_a_description_is_who_that_one_points_back_to():
    assert _speakers("Emmanuel Macron a reçu son homologue à Paris. Il a évoqué la guerre. Avec son homologue, le "
                     "dirigeant français a parlé de la Syrie. Il y a eu un long dîner. Le locataire de l'Élysée a "
                     "redit son « attachement au cessez-le-feu » dans la région.") == [
        ("attachement au cesse", "Emmanuel Macron")]
    # an earlier description of another nationality is still no one to point back to
    assert _speakers("Emmanuel Macron a reçu son homologue à Paris. Il a évoqué la guerre. Le président russe a "
                     "parlé de la Syrie. Il y a eu un dîner. Le président a redit son « attachement au "
                     "cessez-le-feu » dans la région.") == [("attachement au cesse", None)]


def test_a_name_in_quote_marks_is_a_nickname_that_can_be_the_subject():
    assert _speakers("De son côté, «MBS» souligne, dans un message adressé au président, sa «profonde gratitude» "
                     "pour l'accueil.") == [("profonde gratitude", "Mohammed bin Salman")]


def test_a_joint_statement_and_the_same_plural_description_again_speak_for_the_body():
    assert _speakers("Les dirigeants de l'Alliance boréale se sont accordés sur un « fonds de solidarité pour les "
                     "régions côtières », selon une déclaration commune publiée mardi. Ce fonds sera « ouvert à tous les "
                     "pays riverains », expliquent les sept dirigeants. « Nous invitons nos partenaires à nous "
                     "rejoindre sans tarder », poursuit la déclaration.") == [
        ("fonds de solidarité ", "Alliance boréale"), ("ouvert à tous les pa", "Alliance boréale"),
        ("Nous invitons nos pa", "Alliance boréale")]
    # people described again who stood for no body are still no one
    assert _speakers("Les experts se sont accordés sur ce point. Ce fonds sera « ouvert à tous les pays riverains », "
                     "expliquent les experts.") == [("ouvert à tous les pa", None)]


def test_an_inverted_subject_stops_before_when_and_where_the_words_were_said():
    art = _fr("« Je souhaite que les sanctions disparaissent au plus vite », a déclaré la cheffe de file des députés "
              "du parti au cours d'une conférence de presse à l'Assemblée nationale.")
    assert [q.speaker for q in art.quotes] == ["la cheffe de file des députés du parti"]


def test_a_phrase_woven_into_a_sentence_that_nothing_reports_is_a_term():
    assert _speakers("L’Ukraine est « l’arme de choix » de Washington pour torpiller le gazoduc. Le 20 juin vient "
                     "l’interdiction du premier parti, «Plateforme d’opposition – Pour la vie».") == []
    # words woven into a sentence about someone are still theirs
    assert _speakers("Paul Berthe, agriculteur, vit « au jour le jour » depuis la sécheresse.") == [
        ("au jour le jour", "Paul Berthe")]


def test_a_closing_mark_typed_to_open_a_quote():
    assert _speakers("Emmanuel Macron veut régler la crise par le dialogue  » nous allons tout faire pour éviter une "
                     "guerre ouverte. Il faut éviter le pire   » a-t-il déclaré lors d’un communiqué.") == [
        ("nous allons tout fai", "Emmanuel Macron")]


def test_an_unnamed_diplomat_speaks_for_the_foreign_ministry_of_their_country():
    assert _speakers("Les Européens doivent faire « un effort supplémentaire », assure une diplomate américaine. "
                     "« Nous en avons assez de ces menaces », a déclaré un diplomate russe.") == [
        ("un effort supplément", "U.S. Department of State"), ("Nous en avons assez ", "Russian Foreign Ministry")]
    # a named one is that person
    assert _speakers("« Nous en avons assez de ces menaces », a déclaré le diplomate russe Sergueï Riabkov.") == [
        ("Nous en avons assez ", "Sergueï Riabkov")]
    # other unnamed officials of a country, and a military one
    assert _speakers("« Nous voulons établir un contrôle total sur le Donbass », a affirmé un haut responsable militaire "
                     "russe. « Le pétrole attendra encore », a expliqué un responsable américain.") == [
        ("Nous voulons établir", "Russian Armed Forces"), ("Le pétrole attendra ", "Government of the United States")]


def test_a_body_named_again_without_its_qualifier_is_that_body():
    assert _speakers("La Cour des comptes européenne a publié un rapport. « Le recours à ces services présente des "
                     "limites », a constaté la Cour des comptes.") == [("Le recours à ces ser", "European Court of Auditors")]
    # alone, the French court
    assert _speakers("« Le recours à ces services présente des limites », a constaté la Cour des comptes.") == [
        ("Le recours à ces ser", "Cour des comptes")]


def test_the_head_of_state_points_back_and_a_question_s_clitic_repeats_its_noun_subject():
    assert _speakers("Emmanuel Macron a présenté son plan. Le chef de l’État ne nous a-t-il pas prévenus qu’il "
                     "comptait « mettre les citoyens en situation de consommer moins » cet hiver ?")[-1] == (
        "mettre les citoyens ", "Emmanuel Macron")
    # a quote that opens on the verb: its subject outside the marks is the speaker
    assert _speakers("Emmanuel Macron a reçu le prince. Le chef de l’État a « salué les efforts de l’Arabie saoudite "
                     "en faveur d’une solution politique » au Yémen.") == [("salué les efforts de", "Emmanuel Macron")]
    # a spokesperson of the government is no one named before
    assert _speakers("Le Premier ministre Jan Kowal a parlé lundi. Le porte-parole du gouvernement polonais a qualifié "
                     "vendredi ces propos d'« émotions politiques de campagne électorale ».") == [
        ("émotions politiques ", "Government of Poland")]


def test_a_quote_inside_a_quote_said_by_je_is_the_outer_speaker_s_and_dit_before_a_colon_is_a_verb():
    assert _speakers("Paul Berthe avait salué sa stratégie : « J’ai vu hier un écran de télé et j’ai dit : \"C’est du "
                     "génie\". Oh, c’est merveilleux », avait-il déclaré lors du podcast.") == [
        ("J’ai vu hier un écra", "Paul Berthe"), ("C’est du génie", "Paul Berthe")]
    # « dit » naming a thing is still a title
    assert _speakers("Le gouvernement a lancé le projet dit « Nouvelle frontière numérique » en juin.") == []


def test_the_idiom_du_meme_nom_names_no_title():
    assert _speakers("Paul Berthe, patron des magasins du même nom : « En France, il n’y a pas de pénurie pour la "
                     "consommation courante », a-t-il déclaré sur une radio.") == [("En France, il n’y a ", "Paul Berthe")]


def test_a_sub_heading_that_shortens_a_quote_is_its_speaker_s():
    assert _speakers("L'Alliance boréale estime que Jan Kowal joue toujours «un rôle dans l'atteinte ou la menace de "
                     "l'intégrité territoriale, de la souveraineté et de l'indépendance de la région». «Nous contestons "
                     "tout cela», a répondu Jan Kowal.\n\n"
                     "«Rôle dans l'atteinte de l'intégrité territoriale»\n\nLe texte sera publié jeudi.") == [
        ("un rôle dans l'attei", "Alliance boréale"), ("Nous contestons tout", "Jan Kowal"),
        ("Rôle dans l'atteinte", "Alliance boréale")]


def test_a_phrase_woven_into_a_sentence_whose_subject_is_a_named_body_is_its_wording():
    assert _speakers("« Nous tiendrons bon », a déclaré Jan Kowal. La Commission européenne a mis en place la semaine "
                     "dernière « un nouvel instrument de coordination pour les États membres ».") == [
        ("Nous tiendrons bon", "Jan Kowal"), ("un nouvel instrument", "European Commission")]


def test_the_object_of_a_verb_of_quoting_said_the_words():
    assert _speakers("Paul Berthe cite le ministre de l’Intérieur qui s’en va serrer la main des migrants en 2001 : "
                     "« L’identité de la France est liée à l’histoire des flux migratoires. » Il cite aussi Jan Kowal : "
                     "« La population vieillit sans cesse et rien ne change. »") == [
        ("L’identité de la Fra", None), ("La population vieill", "Jan Kowal")]


def test_one_state_body_has_one_name_whatever_noun_the_text_uses():
    assert _speakers("« Nous frappons des cibles militaires », a affirmé l’armée russe. « Nous frappons des cibles "
                     "militaires », ont répété les forces armées russes. « Le partenariat sera approfondi », ont "
                     "précisé les autorités saoudiennes.") == [
        ("Nous frappons des ci", "Russian Armed Forces"), ("Nous frappons des ci", "Russian Armed Forces"),
        ("Le partenariat sera ", "Government of Saudi Arabia")]


def test_a_pronoun_after_a_description_is_who_the_description_points_back_to():
    assert _speakers("L’échec des négociations n’a pas altéré la foi d’Emmanuel Macron ; c’est bien par le dialogue "
                     "que le chef de l’État espère régler la crise. « Nous allons tout faire pour éviter une guerre "
                     "ouverte », a-t-il déclaré lors d’un point presse.") == [("Nous allons tout fai", "Emmanuel Macron")]
    # an indefinite description points back to no one
    assert _speakers("Jean Dupont est arrivé. Un expert a parlé de la crise. « Nous allons tout faire pour éviter une "
                     "guerre ouverte », a-t-il déclaré.") == [("Nous allons tout fai", None)]


def test_c_est_a_dire_and_a_verb_whose_subject_holds_the_quote_report_nothing():
    assert _speakers("Ils se concentrent sur le maintien de « l'ordre » [c'est-à-dire le strict respect des règles] "
                     "dans la région. Les subventions aux médias et les « publicités COVID » ne peuvent expliquer à "
                     "elles seules ce traitement.") == []
    # … nor English, which sets the incise's comma inside the marks
    q = quote_holding(english_quotes("The four “loopholes” he cited are “the ability to use real estate losses to "
                                     "offset other income, to claim losses on investments,” The Hill reported."),
                      "the ability to use")
    assert (q.cue, q.speaker_canonical) == ("reported", "The Hill")
    # an incise after the quote reports it, whatever subject the parse gave its verb
    assert _speakers("Le président Jan Kowal a accusé l'ONG de mentir. L'ONG «transfère la responsabilité de "
                     "l'agresseur à la victime», a-t-il ajouté.")[-1] == ("transfère la respons", "Jan Kowal")


def test_a_participle_the_parse_hung_on_a_noun_goes_on_with_the_clause_before_it():
    assert _speakers("Volodymyr Zelensky a parlé hier. Une chronologie dénoncée par le président ukrainien qui a critiqué la "
                     "décision de se rendre d’abord à Moscou et ensuite seulement à Kiev, déclarant qu’il n’y avait "
                     "« aucune justice et aucune logique dans cet ordre ».") == [("aucune justice et au", "Volodymyr Zelensky")]


def test_a_quote_repeated_later_in_a_longer_quote_of_a_named_speaker_is_theirs():
    assert _speakers("« Je le respecte. Je le connais. Je suis lucide. » Jan Kowal a livré son ressenti sans détour à "
                     "la télévision. « C'est un homme très fort », déclarait-il alors. « Il est fort et intelligent. Je "
                     "le respecte. Je le connais. Je suis lucide. »")[0] == ("Je le respecte. Je l", "Jan Kowal")


def test_ce_qui_explique_is_no_cue_and_the_speaker_goes_on():
    # (an article cut short after « que », as scraped pages often are)
    assert _speakers("« Nous ne devrions jamais nous montrer faibles », a prévenu Jan Kowal. « Quand vous êtes faibles, "
                     "il s'en sert. » Ce qui explique que") == [
        ("Nous ne devrions jam", "Jan Kowal"), ("Quand vous êtes faib", "Jan Kowal")]


def test_an_outlet_reporting_between_two_quotes_takes_over_from_the_previous_speaker():
    text = ("Avant son voyage, Paul Durand n'a cessé de répéter que la France agirait.\n"
            "Hier encore, il a eu un entretien avec le chancelier, comme le révèle Reuters.\n"
            "« L'appel, qui a duré 40 minutes, a permis aux deux dirigeants de se coordonner, a indiqué la présidence ».")
    quotes = [q for q in _fr(text).quotes if q.kind == "direct"]
    assert [q.speaker_canonical for q in quotes] == ["Reuters"]
    # a document that shows figures says no one's words
    text = ("The Labor Department's jobs report, released Friday, shows that payrolls rose by 235,000 in August.\n\n"
            "“With a big shortfall in jobs, it appears the Delta variant has infected the economy.”")
    en = analyze_article(Article(id="x", text=text, language="en"), skip=("numbers", "dates", "framing"))
    assert [q.speaker_canonical for q in en.quotes if q.kind == "direct"] == [None]


def test_a_sentence_after_a_colon_is_speech_whatever_noun_announces_it():
    assert _speakers("Paul Durand a appelé le gouvernement à publier toute information sur le sujet : « Elle a "
                     "donné 3,5 millions de dollars, c'est beaucoup d'argent. »") == [("Elle a donné 3,5 mil", "Paul Durand")]
    # after a naming noun and a colon, a name, a title or a headline
    assert _speakers("Le colloque avait pour thème : « Vivre ensemble ».") == []
    assert _speakers("Il a fait voter une loi nommée : « Interdiction des pratiques visant à modifier l'orientation "
                     "sexuelle d'une personne ».") == []
    assert _speakers("CNN a publié une analyse sous le titre : « Le soutien saoudien de Trump met en évidence la "
                     "brutalité de la doctrine America First ».") == []


def test_a_pronoun_takes_up_the_body_that_was_the_subject_just_before():
    # « elle » agrees with « l'armée », « il » with « le ministère », « ils » with the leaders of a body
    assert _speakers("L'armée israélienne a frappé un entrepôt. « Nous avons visé des dépôts d'armes », "
                     "a-t-elle indiqué dans un communiqué.") == [("Nous avons visé des ", "Israeli Armed Forces")]
    assert _speakers("Les dirigeants du G7 se sont réunis mardi en Bavière. « Nous allons intensifier les discussions "
                     "avec nos partenaires », ont-ils déclaré.") == [("Nous allons intensifi"[:20], "G7")]
    # not a subject inside what an incise reports, nor one a « selon » reports, nor a person
    assert _speakers("La Suède s'est engagée à ne « pas imposer d'embargo », a-t-elle poursuivi.")[0][1] != "Government of Sweden"
    assert _speakers("Selon un pirate, le groupe Nord aide les autres. « Il sert dans l'armée », a-t-il expliqué.") \
        == [("Il sert dans l'armée"[:20], None)]
    assert _speakers("Le ministre a visité le port. « Nous tiendrons », a-t-il dit.") == [("Nous tiendrons", None)]
    # the body again by a pronoun, named as the body is named everywhere (« Russian Defence Ministry »)
    assert _speakers("Le ministère russe de la Défense a publié un bilan. Dans un communiqué, il affirme que "
                     "« les troupes avancent ».") == [("les troupes avancent", "Russian Defence Ministry")]


def test_a_participle_after_a_reported_clause_goes_on_with_the_reporter():
    # the parse hangs « que … » on « reprises » and the participle on the reported verb: « l'appelant »
    # is the senator's word, not Russia's; « laisse entendre » (the lemmatiser leaves « laisse ») reports
    art = _fr("Le sénateur Marc Dulac a parlé mardi devant la commission. Il décrie une « trahison » et laisse entendre "
              "à plusieurs reprises que la Russie a volontairement coupé le gaz à l'Europe, l'appelant « une arme de "
              "guerre froide ». Il laisse entendre que l'Europe a été naïve.")
    assert _quote(art, "une arme de guerre").speaker_canonical == "Marc Dulac"
    implied = _quote(art, "l'Europe a été naïve")
    assert implied.kind == "indirect" and implied.cue == "laisse entendre" and implied.speaker_canonical == "Marc Dulac"


def test_a_locution_reports_one_clause_whichever_of_its_verbs_the_parse_hangs_it_on():
    art = _fr("De même qu'ils ne se sont pas prononcés sur la dette, les ministres ne se sont pas prononcés sur "
              "le budget, mais ont laissé entendre que le gouvernement doit passer par un vote du Parlement s'il veut "
              "augmenter les impôts de 5 %.")
    assert [(q.cue, q.text[:30]) for q in art.quotes] == [("ont laissé entendre", "le gouvernement doit passer pa")]


def test_a_pronoun_takes_up_the_outlet_of_a_clause_before_it_in_its_sentence_not_a_person_further_back():
    # the parse makes « éditorial » the subject (no comma after the fronted adverbial) and reads the
    # reported clause's subject first: the outlet is who acknowledges, and who « il » is
    art = _fr("Le porte-parole Paul Vernier a défendu la politique du gouvernement. « Nous restons prudents », a-t-il "
              "déclaré.\nSi dans un éditorial publié mardi le « Washington Post » reconnaît que les mesures prises par "
              "le ministre sont « plutôt utiles », il estime par ailleurs que la réforme a « largement échoué ».")
    assert _quote(art, "les mesures prises").speaker_canonical == "The Washington Post"
    assert _quote(art, "largement échoué").speaker_canonical == "The Washington Post"


def test_a_pull_quote_opening_its_paragraph_is_the_words_of_who_says_them_further_on():
    text = ("\"Les deux pays peuvent s'entendre\", explique l'ancien ambassadeur Pierre Lambert. \"Ce serait tout à fait "
            "normal qu'ils se parlent davantage.\"\n\"Ne jamais céder face au chantage.\" Reste que Moscou voit la France "
            "comme un adversaire. \"Nous ne devons jamais céder face au chantage\", a prévenu Julien Morel.")
    assert _speakers(text) == [("Les deux pays peuven", "Pierre Lambert"), ("Ce serait tout à fai", "Pierre Lambert"),
                               ("Ne jamais céder face", "Julien Morel"), ("Nous ne devons jamai", "Julien Morel")]


def test_a_definite_body_noun_takes_up_the_body_named_before():
    # « L'ONG » was no noun that can speak, and the indirect quote went; « le think tank » pointed back
    # to people only
    art = _fr("Les côtes ne sont pas prêtes, prévient Greenpeace. L'ONG estime qu'il faudrait au moins deux milliards "
              "d'euros par an.\nLes villes manquent de moyens, prévient l'Institut Montaigne. Le think tank estime que l'État doit "
              "payer davantage.")
    assert _quote(art, "il faudrait au moins").speaker_canonical == "Greenpeace"
    assert _quote(art, "l'État doit payer").speaker_canonical == "Institut Montaigne"


def test_a_ministry_is_never_the_newspaper_named_before_it():
    art = _fr("Samedi, le Guardian a donné des détails sur la base de déclarations officielles.\nLa première cohorte "
              "de soldats a rencontré le ministre jeudi, a confirmé le ministère de la défense.")
    assert _quote(art, "La première cohorte").speaker_canonical != "The Guardian"


def test_a_quote_in_a_clause_coordinated_with_the_cue_s_is_that_clause_s():
    # « et un porte-parole avait parlé … comme d'une « … » »: not the words of the first clause's subject
    art = _fr("De son côté, Li Wei avait appelé Paris à ne « pas jouer avec le feu », et un porte-parole de la "
              "diplomatie chinoise avait parlé de la visite du ministre sur l'île comme d'une « provocation inutile ».")
    assert _quote(art, "pas jouer").speaker_canonical == "Li Wei"
    q = _quote(art, "provocation inutile")
    assert q.speaker.startswith("un porte-parole") and q.speaker_canonical != "Li Wei"


def test_a_work_s_author_after_its_title_is_who_reports():
    # the title in marks is a name, not speech; the study is the hydrologist's, not a body named before
    art = _fr("Le ministère de l'Environnement a publié ses chiffres. La célèbre étude « Les rivières oubliées » de "
              "l'hydrologue Claire Fontaine concluait, en 2019, que les crues du printemps arrivent trois semaines "
              "plus tôt qu'autrefois.")
    assert not any(q.text == "Les rivières oubliées" for q in art.quotes)
    assert _quote(art, "les crues du printemps").speaker_canonical == "Claire Fontaine"


def test_a_participle_after_an_incise_goes_on_with_the_incise_s_speaker():
    art = _fr("La pêche restera interdite dans la baie, a déclaré ce lundi le préfet maritime Jean Loubet, dont les "
              "services surveillent la côte, ajoutant que « personne ne sera autorisé à sortir ».")
    assert _quote(art, "personne ne sera").speaker_canonical == "Jean Loubet"


def test_a_subject_never_opens_on_a_conjunction():
    art = _fr("Au-delà des subventions versées aux éleveurs pour qu’ils les utilisent contre la sécheresse et contre "
              "tous ceux qu’ils voulaient aider, les archives du ministère ont révélé que le fonds était vide depuis mars.")
    assert _quote(art, "le fonds était vide").speaker == "les archives du ministère"


def test_a_description_with_a_nationality_is_nobody_the_text_never_gave_that_nationality():
    # « kazakh », read by the tagger as a name, still says who « le président » can be: not the expert before
    art = _fr("Selon Piotr Lanski (expert du Valdai Club), le gazoduc était plein. Le problème a été révélé deux jours "
              "seulement après que le président kazakh eut déclaré que son pays était prêt à expédier davantage de "
              "pétrole vers l'Europe.")
    q = _quote(art, "son pays était prêt")
    assert q.speaker == "le président kazakh" and q.speaker_canonical is None
    # and the aside in brackets after « selon X » describes X: it is no part of what X says
    assert _quote(art, "le gazoduc").text == "le gazoduc était plein"


def test_a_root_behind_a_preposition_is_a_complement_not_the_speaker():
    # « La star de Disney Channel a égrainé … »: the parse may make « Channel » the root of the phrase
    from spacy.tokens import Doc
    from recoupe.extract.quotes import _phrase_head
    from recoupe.nlp.spacy_runner import load_pipeline
    doc = Doc(load_pipeline("fr").vocab, words=["La", "star", "de", "Disney", "Channel"], heads=[1, 4, 3, 1, 4],
              deps=["det", "nsubj", "case", "nmod", "ROOT"], pos=["DET", "NOUN", "ADP", "PROPN", "PROPN"])
    assert _phrase_head(list(doc)).text == "star"
    # a root with no preposition before it still heads the phrase ("the South Carolina Republican")
    doc = Doc(load_pipeline("en").vocab, words=["the", "South", "Carolina", "Republican"], heads=[3, 2, 3, 3],
              deps=["det", "compound", "compound", "ROOT"], pos=["DET", "PROPN", "PROPN", "PROPN"])
    assert _phrase_head(list(doc)).text == "Republican"


def test_a_speech_noun_s_owner_before_the_colon_speaks_though_words_follow_it():
    art = _fr("Autant de signaux auxquels la Russie répondra en mettant à exécution les paroles de Poutine lors de son "
              "discours au forum de juin :\n« L'Europe a perdu sa souveraineté politique. »")
    assert _quote(art, "L'Europe a perdu").speaker_canonical == "Vladimir Putin"
    # a noun of speech a verb of speech governs is what the subject answers, not who speaks
    art = _fr("Le ministre Paul Ardent a répondu aux critiques de Marie Dupont : « Nous tiendrons nos engagements. »")
    assert _quote(art, "Nous tiendrons").speaker_canonical == "Paul Ardent"


def test_a_part_of_a_year_after_the_speaker_is_no_part_of_its_name():
    art = _fr("« Le Sénat a voté la loi sans débat », a rapporté Reuters fin 2016.")
    q = _quote(art, "Le Sénat a voté")
    assert q.speaker == "Reuters" and art.text[q.speaker_start:q.speaker_end] == "Reuters"


def test_a_failure_of_the_quote_stage_is_said_and_the_article_goes_on(monkeypatch, capsys):
    from recoupe.extract import quotes as quotes_module

    def broken(article, doc):
        raise ValueError("a bug")
    monkeypatch.setattr(quotes_module, "find_quotes", broken)
    art = analyze_article(Article(id="broken-one", text="« Bonjour à tous », a dit Jean Dupont.", language="fr"),
                          skip=SKIP)
    assert art.quotes == [] and art.entities
    assert "broken-one" in capsys.readouterr().err


def test_a_quote_in_a_verb_s_clause_is_its_subject_s_and_its_bracketed_translation_too():
    # « D'après un témoin » is the relay of what Paul Ardent said, not the speaker
    art = _fr("D'après un témoin de l'entretien, Paul Ardent a indiqué à son interlocuteur que \"Europe is strong\" "
              "(\"L'Europe est forte\").")
    assert _quote(art, "Europe is strong").speaker_canonical == "Paul Ardent"
    assert _quote(art, "L'Europe est forte").speaker_canonical == "Paul Ardent"


def test_an_incise_after_a_quote_that_a_verb_before_it_says_is_the_relay():
    art = _fr("Le ministre de l'Intérieur, Jean Dupont, était à Lyon jeudi. Le ministre a déclaré « nous gagnerons "
              "cette bataille », rapporte l'AFP. Le rapport de l'ONU affirme que « les civils paient le prix fort », "
              "écrit le journal Le Monde. « Nous restons », a dit Jean Dupont, rapporte l'AFP.")
    assert _quote(art, "nous gagnerons").speaker_canonical == "Jean Dupont"
    assert _quote(art, "les civils").speaker_canonical == "United Nations"
    assert _quote(art, "Nous restons").speaker_canonical == "Jean Dupont"
    q = quote_holding(english_quotes('The minister said "we will win this fight," the agency reported.'), "we will win")
    assert q.cue == "said"


def test_a_media_noun_with_a_nationality_is_an_outlet_of_that_country():
    art = _fr("Selon des informations du New York Times, dont Le Figaro s'est fait l'écho vendredi, l'embargo serait "
              "prêt. Toutefois, d'après le quotidien américain, les négociations ne débuteraient pas avant mai.")
    assert _quote(art, "les négociations").speaker_canonical == "The New York Times"


def test_a_star_is_someone_and_a_joint_subject_no_one_of_its_members():
    art = _fr("La star de la pop Olivia Marchal a chanté à Paris. La star de la pop a déclaré que le concert serait "
              "gratuit. Emmanuel Macron et Olaf Scholz ont déclaré que l'Europe était unie.")
    assert _quote(art, "le concert serait").speaker_canonical == "Olivia Marchal"
    assert _quote(art, "l'Europe était unie").speaker_canonical is None


def test_a_capital_the_table_does_not_list_speaks_for_its_government_but_brussels_does_not():
    art = _fr("Athènes a dénoncé jeudi une provocation. Lisbonne a affirmé que l'accord tenait. Bruxelles a estimé "
              "que les règles étaient claires.")
    assert _quote(art, "l'accord tenait").speaker_canonical == "Government of Portugal"
    assert _quote(art, "les règles étaient").speaker_canonical != "Government of Belgium"


def test_a_media_noun_still_takes_up_an_outlet_the_table_does_not_know():
    # the demo's Daily Courier is in no table: « le quotidien anglophone » is still the outlet cited before
    from pathlib import Path
    from recoupe.ingest import load
    path = Path(__file__).resolve().parents[1] / "demo" / "le-veilleur_inondation-castelbrune.txt"
    art = analyze_article(next(iter(load([str(path)]))), skip=SKIP)
    assert _quote(art, "un ouvrage auquel").speaker_canonical == "Daily Courier"


def test_a_position_among_nested_quote_marks_is_found_as_a_linear_scan_finds_it():
    from recoupe.extract.quotes import _in_ranges, _RangeList
    ranges = [(50, 60), (10, 40), (12, 20), (30, 35), (70, 71)]
    kept = _RangeList(ranges)
    for pos in range(0, 80):
        assert _in_ranges(pos, kept) == any(a <= pos < b for a, b in ranges), pos
