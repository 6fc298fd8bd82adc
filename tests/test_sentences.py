"""Sentence boundaries around quotations (spaCy's French parser gets these wrong out of the box)."""
from recoupe.nlp.sentences import split_sentences
from recoupe.nlp.spacy_runner import load_pipeline
from recoupe.pipeline import sentences_of


def texts(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_quote_and_its_cue_stay_in_one_sentence():
    t = "« Nous y parviendrons éventuellement, avec le temps », a-t-il indiqué. Il est parti."
    assert texts(t) == ["« Nous y parviendrons éventuellement, avec le temps », a-t-il indiqué.", "Il est parti."]


def test_no_split_inside_a_quote_with_several_sentences():
    t = "Elle a dit : « Ce n’est pas comme ça. Ce n’est pas automatique. » Puis elle est partie."
    assert texts(t) == ["Elle a dit : « Ce n’est pas comme ça. Ce n’est pas automatique. »", "Puis elle est partie."]


def test_wrongly_closed_quote_from_a_seed():
    # seed 000 closes with « instead of »
    t = "« Nous finirons par y arriver, avec le temps« , a-t-il déclaré. Le président a tenu ces propos."
    assert texts(t)[0] == "« Nous finirons par y arriver, avec le temps« , a-t-il déclaré."


def test_english_curly_quotes_and_initials():
    t = "“We will get there. Eventually,” Gen. Charles Q. Brown Jr. said. Officials agreed."
    assert texts(t) == ["“We will get there. Eventually,” Gen. Charles Q. Brown Jr. said.", "Officials agreed."]


def test_paragraphs_always_end_sentences_and_abbreviations_do_not():
    t = "M. Zelensky a parlé\nLe titre sans point\nMme Kallas répond. Fin."
    assert texts(t) == ["M. Zelensky a parlé", "Le titre sans point", "Mme Kallas répond.", "Fin."]


def test_spacy_doc_uses_the_preset_boundaries(seeds_dir):
    text = (seeds_dir / "000_9c30f3eff2624f5c.txt").read_text(encoding="utf-8")
    doc = load_pipeline("fr", "sm")(text)
    sents = sentences_of(doc)
    assert any(s.text.startswith("« Nous finirons par y arriver") and s.text.endswith("a-t-il déclaré.") for s in sents)
    assert not any(s.text in ("»", "«") for s in sents)
    for s in sents:
        assert text[s.start:s.end] == s.text
    # paragraph index follows the lines of the text
    assert sents[0].paragraph == 0 and sents[-1].paragraph == text.strip().count("\n")
