"""Stage `entities`: spaCy's named entities, cleaned, relabelled and given canonical names."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.extract.sources import outlet_named
from recoupe.lang import calendar_words, lexicon
from recoupe.model import Article, Entity
from recoupe.nlp.bodies import english_adjective
from recoupe.nlp.canonical import ARTICLES, HONORIFICS, display_name, fold, is_given_name, lookup_alias, lookup_place, resolve_people
from recoupe.nlp.spans import doc_text

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
          "NORP": "MISC", "MISC": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC"}
_LEADING_ARTICLE = re.compile(r"^(?:l[’']|d[’']|le |la |les |the |de la |de l[’'])", re.IGNORECASE)
# "A Food and Drug Administration official", « Une Commission européenne divisée »: an indefinite
# article before a capitalised name is no part of it
_INDEFINITE_BEFORE_NAME = re.compile(r"^(?:[Aa]n?|[Uu]ne?) (?=[A-ZÀ-Ý])")
_LEADING_JUNK = re.compile(r"^[\s\-–—―‒|•·*]+")     # ("― Jacklyn Ashley": the bar that signs a quote)
_TRAILING_JUNK = re.compile(r"(?:\s+[-–—|].*|\[\d*\]?|[\s.,;:!?'’\"»«“”()]+)$")     # (« Live Action[3]»: a note)
# words the models take for names at the start of a line ("Source : RT", "Photo : …")
# plural demonyms the French model tags as places (« les Russes », « des Européens »)
_DEMONYM = re.compile(r"^[A-ZÉ][a-zéèêëïîôöûüç]+(?:ains|aines|ais|aises|ois|oises|ens|ennes|iens|ans|es|ese)$")
# no person's name holds a day or month word or opens with an indefinite article (« Interrogé lundi »,
# « Un Pushback »: a capitalised sentence opening the tagger took for a name)
# (months that are given names too stay possible: Mai, April, June, August, May)
_NAMES_TOO = {"mars", "mai", "may", "april", "june", "august"}
_INDEFINITE = {"un", "une", "des", "a", "an"}
# a US lawmaker's party and state (« Roger Wicker (R-Miss) », "(D-Mass.)"): no one's name
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][a-zA-Z.]{1,12}")
_NOT_NAMES = {"source", "sources", "photo", "crédit", "credit", "image", "vidéo", "video", "lire", "read",
              "update", "mise", "breaking", "exclusive", "exclusif", "opinion", "analyse", "analysis"}


@article_stage("entities", order=10)
def extract_entities(article: Article, doc: Doc) -> None:
    raw: list[Entity] = []
    speech = lexicon(article.language or "fr", "speech")
    roles = getattr(speech, "PERSON_ROLES", set())
    nationalities = getattr(lexicon(article.language or "fr", "bodies"), "NATIONALITIES", {})
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        start, end = ent.start_char, ent.end_char
        if label in ("ORG", "LOC", "MISC") and (_in_apposition_to_a_role(ent, roles) or _given_name_acting(ent)
                                                 or _after_a_title(article.text, ent.start_char) and len(ent) <= 3) \
                and not outlet_named(ent.text):
            label = "PER"
        elif label in ("ORG", "MISC") and (name := _name_after_role(ent, roles)) is not None:
            label, start, end = "PER", name.start_char, name.end_char
        elif label in ("ORG", "MISC") and (name := _name_after_department(ent)) is not None:
            label, start, end = "PER", name.start_char, name.end_char
        elif label in ("ORG", "MISC", "PER") and (split := _outlet_then_name(ent) or _name_then_outlet(ent)
                                                   or (_body_then_given_name(ent) if label != "PER" else None)
                                                   or (_name_then_body(ent) if label == "PER" else None)):
            # « a déclaré à l'AP Natalia Gebert », « Jean Dupont de France Info », « la leader du Rassemblement
            # national Marine Le Pen », tagged one entity
            outlet, name = split
            for part, part_label in ((outlet, "ORG"), (name, "PER")):
                if (entity := _trimmed(article.text, part.start_char, part.end_char, part_label)) is not None:
                    raw.append(entity)
            continue
        elif label in ("ORG", "MISC", "PER") and _role_of_a_body(ent, roles):
            continue        # « ministre de l'Intérieur »: a person's role, neither a body nor a name
        elif _role_and_nationality(ent, roles, nationalities):
            continue        # « le Ministre Indien », capitalised: a description, no name
        if label == "PER" and (relabel := _person_tag_for_a_thing(ent, speech)) is not None:
            label = relabel
        if label == "LOC" and len(ent) > 1 and ent[0].text[:1].isupper() \
                and ent[0].lower_ in getattr(speech, "BODY_NAMES_OPEN_ON", ()):
            label = "ORG"       # « l'Institut Montaigne », tagged a place
        if label == "PER" and len(ent) > 1 and ent[0].pos_ == "VERB" and start == ent.start_char \
                and set(ent[0].morph.get("VerbForm")) & {"Part", "Ger"}:
            start = ent[1].idx  # "Painting Biden's calls for unity as …": the participle opens no name
        if label == "PER" and len(ent) > 2 and ent[-1].pos_ == "VERB" and end == ent.end_char \
                and "Fin" in ent[-1].morph.get("VerbForm"):
            end = ent[-2].idx + len(ent[-2].text)   # "Ted Cruz Refuses to Disavow …", a headline: the verb ends it
        entity = _trimmed(article.text, start, end, label) if label else None
        if entity is None or _is_noise(entity, ent):
            continue
        raw.append(entity)
    raw = _without_headline_verbs(raw, article.text)
    raw = _given_name_joined(article.text, _bound_by_no_break_space(article.text, doc, raw, roles))
    _canonicalise(raw, article.text)
    raw += _first_names_alone(article.text, doc, raw)
    article.entities = sorted(raw, key=lambda e: e.start)


_PARTY_ACRONYM = re.compile(r"[A-Z]{2,4}\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")


def _title_cased_line(line: str) -> bool:
    """A headline's capitalisation: most of its longer words open on a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _without_headline_verbs(entities: list[Entity], text: str) -> list[Entity]:
    """A name in a title-cased headline that runs into the headline's words ("Bolton and Gorka Slam …",
    "Marco Rubio Responds To …"): its last words, never written elsewhere in the text while the word
    before them is, are no part of the name."""
    out = []
    for e in entities:
        words = list(re.finditer(r"\S+", e.text))
        line_start = text.rfind("\n", 0, e.start) + 1
        line_end = text.find("\n", e.end) % (len(text) + 1)
        if e.label == "PER" and len(words) >= 2 and _title_cased_line(text[line_start:line_end]):
            elsewhere = text[:line_start] + "\n" + text[line_end:]
            keep = len(words)
            while keep > 1 and not _written_in(words[keep - 1].group(), elsewhere):
                keep -= 1
            if keep < len(words) and _written_in(words[keep - 1].group(), elsewhere):
                end = e.start + words[keep - 1].end()
                e = Entity(text=text[e.start:end], start=e.start, end=end, label=e.label, canonical=text[e.start:end])
        out.append(e)
    return out


def _written_in(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def _trimmed(text: str, start: int, end: int, label: str) -> Entity | None:
    """The entity span without a leading article or dash, or trailing caption residue (« Stoltenberg - OTAN »)."""
    surface = text[start:end]
    m = _LEADING_JUNK.match(surface)
    if m:
        start += m.end()
        surface = text[start:end]
    m = _LEADING_ARTICLE.match(surface) or _INDEFINITE_BEFORE_NAME.match(surface)
    if m and len(surface) > m.end():
        start += m.end()
    surface = text[start:end]
    m = _TRAILING_JUNK.search(surface)
    if m and m.start() > 0:
        end = start + m.start()
    surface = text[start:end]
    if re.search(r"\w['’]s$", surface) and (label == "PER" or " " in surface):
        end -= 2            # "Joe Biden’s", "the World Health Organization’s": the possessive is no part of the
        surface = text[start:end]       # name (McDonald's keeps its own)
    if label == "PER":
        # « RN Pierrick Berteloot »: a party's acronym before the name; « Macron 2022 »: a year after it;
        # « Victoria « Yats »: a quote mark ends the name
        m = _PARTY_ACRONYM.match(surface)
        if m:
            start += m.end()
        cut = re.search(r"\s+\d[\d\s]*$|\s*[«“\"](?!.*[»”\"])", text[start:end])  # (a nickname in marks stays)
        if cut and cut.start() > 0:
            end = start + cut.start()
        surface = text[start:end]
    if len(surface) < 2 or not any(ch.isalpha() for ch in surface):
        return None
    return Entity(text=surface, start=start, end=end, label=label, canonical=surface)


def _in_apposition_to_a_role(ent, roles: set[str]) -> bool:
    """« le directeur général de l'OMS, Tedros Adhanom Ghebreyesus », « Fiona Hill, l'ancienne
    directrice… »: a name of two words or more set beside a person's role is a person's, whatever
    the tagger thought."""
    if len(ent) < 2 or not all(t.text[:1].isupper() for t in ent if t.is_alpha):
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in roles:
        return True
    # the parser often hangs the description as a plain modifier after the comma
    return any(c.lower_ in roles and (c.dep_ == "appos" or c.dep_ == "nmod" and c.i > root.i
                                      and any(t.text == "," for t in ent.doc[ent.end:c.i]))
               for c in root.children)


# words of HONORIFICS that open places and bodies too ("St. Louis", « Premier ministre »), or are no title
# in one of the languages ("me")
_NOT_TITLES_HERE = {"saint", "st", "premier", "me", "le", "la", "les", "l", "the", "de", "du", "des", "d"}


_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def _after_a_title(text: str, start: int) -> bool:
    """"Senator Hale", « le général Dupuis »: a name right after a person's title is a person's, whatever
    the tagger or the gazetteer thought (Hale is also a name of Halle, a German city)."""
    m = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    word = fold(m.group(1))
    return word in HONORIFICS and word not in _NOT_TITLES_HERE and (m.group(1)[:1].isupper() or len(word) > 3)


def _given_name_acting(ent) -> bool:
    """« Caroline Parmentier, l'attachée de presse de …, a critiqué » tagged as a place: two or three
    capitalised words opening on a given name the table knows, which no place or alias table knows,
    that are a clause's subject or are described beside them, are a person's name."""
    if not 2 <= len(ent) <= 3 or not all(t.text[:1].isupper() for t in ent) or not is_given_name(ent[0].text) \
            or lookup_place(ent.text) is not None or lookup_alias(ent.text) is not None:
        return False
    root = ent.root
    return root.dep_.startswith("nsubj") or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children)


def _name_after_role(ent, roles: set[str]):
    """« le ministre de l'Énergie Alok Sharma » tagged as one organisation: a span that opens on a
    person's role in lower case and ends on two or more capitalised words is that person's name (the
    first capitalised word after « l' » or « de » is the body's: « l'Énergie »)."""
    if not ent[0].text.islower() or ent[0].lower_ not in roles:
        return None
    k = len(ent)
    while k > 1 and ent[k - 1].text[:1].isupper() and ent[k - 1].is_alpha:
        k -= 1
    if ent[k - 1].pos_ in ("DET", "ADP") or ent[k - 1].lower_ in ("l'", "l’", "d'", "d’"):
        k += 1              # « l'Énergie », « de Lyon »: the body's or the place's word
    return ent[k:] if len(ent) - k >= 2 else None


_OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Ministry|Department|Director|Chief|Chair(?:man|woman)?|"
                        r"Commissioner|Administrator|Undersecretary|Attorney) of (?:the )?$")


def _name_after_department(ent):
    """"Secretary of Defense Lloyd Austin", tagged "Defense Lloyd Austin", one organisation: after an
    office "of", the department's words then a person's name (its last two words, or three with an
    initial: "Charles Q. Brown")."""
    doc = ent.doc
    # (the few words before the span, not doc.text: that re-joins every token)
    before = doc[max(0, ent.start - 8):ent.start].text
    if len(ent) < 3 or not _OFFICE_OF.search(before + (" " if before else "")):
        return None
    k = len(ent) - 2
    if k > 1 and re.fullmatch(r"[A-Z]\.", ent[k].text):
        k -= 1
    name = ent[k:]
    return name if all(t.text[:1].isupper() for t in name) else None


# the words that head a body's or a place's name, whatever the language of the text
_BODY_HEADS = {"university", "université", "college", "collège", "institute", "institut", "foundation", "fondation",
               "center", "centre", "hospital", "hôpital", "school", "école", "lycée", "academy", "académie",
               "corporation", "inc", "ltd", "group", "groupe", "prize", "prix", "award", "trust", "fund", "fonds"}
_PLACE_HEADS = {"street", "avenue", "boulevard", "rue", "place", "square", "airport", "aéroport", "stadium", "stade",
                "bridge", "pont", "road", "route", "quai"}


def _person_tag_for_a_thing(ent, speech) -> str | None:
    """A name tagged as a person that names something else: after an elided article (« selon l'Anbi »: no
    French person takes one), a body's noun (« l'association d'agriculteurs Coldiretti Lombardie ») -> ORG;
    right after a noun that names a thing after someone (« la loi Veil ») -> MISC."""
    doc = ent.doc
    # "George Washington University", « Fondation Jean Jaurès », « rue Victor Hugo »: a name in a body's or a
    # place's name
    if len(ent) > 1 and (ent[-1].lower_ in _BODY_HEADS or ent[0].lower_ in _BODY_HEADS):
        return "ORG"
    if len(ent) > 1 and (ent[-1].lower_ in _PLACE_HEADS or ent[0].lower_ in _PLACE_HEADS):
        return "LOC"
    if len(ent) == 1 and ent[0].lower_.endswith(("tion", "ment", "isme", "ité", "ness", "ism")):
        return "MISC"       # « Démonétisation » heading a section: a common noun, no one's name
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None:
        return None
    if before.lower_ in ("l'", "l’") and len(ent) == 1:
        return "ORG"
    if before.lower_ in getattr(speech, "NAMED_AFTER_NOUNS", ()) or ent[0].lower_ in getattr(speech, "NAMED_AFTER_NOUNS", ()):
        return "MISC"
    bodies = getattr(speech, "BODY_BEFORE_NAME", ())
    if before.lower_ in bodies:
        return "ORG"
    # « l'association d'agriculteurs Coldiretti »: the body's noun, its complement, then the name ("union
    # leader Sean O'Brien" is a person: a role stands right before the name)
    k = ent.start - 1
    while k > 0 and ent.start - k <= 2 and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].lower_ not in bodies:
        k -= 1
    if k > 0 and k < ent.start - 1 and doc[k].lower_ in ("de", "d'", "d’", "des", "of") and doc[k - 1].lower_ in bodies:
        return "ORG"
    return None


def _bound_by_no_break_space(text: str, doc: Doc, entities: list[Entity], roles: set[str]) -> list[Entity]:
    """"Secretary Alejandro\u00a0Mayorkas": writers bind a given name to its surname with a no-break space,
    which splits the tagger's view of them ("Alejandro" a person and "Mayorkas" a body, or only
    "Mayorkas").  A one-word person, or a capitalised word the tagger left out (no role, no honorific, no
    place: not « New York », « M. X »), then a no-break space and a one-word name, are one person."""
    out: list[Entity] = []
    for e in entities:
        if e.start < 2 or text[e.start - 1] not in ("\u00a0", "\u202f") or " " in e.text or not e.text[:1].isupper():
            out.append(e)
            continue
        prev = out[-1] if out and out[-1].end == e.start - 1 else None
        if prev is not None and prev.label == "PER" and " " not in prev.text and e.label in ("PER", "MISC", "ORG", "LOC"):
            out[-1] = Entity(text=text[prev.start:e.end], start=prev.start, end=e.end, label="PER",
                             canonical=text[prev.start:e.end])
            continue
        last = text[max(0, e.start - 41):e.start - 1].split()[-1:]
        before = doc.char_span(e.start - 1 - len(last[0]), e.start - 1) if last else None
        word = before[0] if before is not None and len(before) == 1 else None
        merged = text[word.idx:e.end] if word is not None else ""
        if word is not None and word.pos_ == "PROPN" and word.text[:1].isupper() and not word.ent_type_ \
                and e.label in ("PER", "ORG", "MISC") and word.lower_ not in roles \
                and fold(word.text).rstrip(".") not in HONORIFICS \
                and lookup_place(merged) is None and lookup_alias(merged) is None \
                and not any(x.start <= word.idx < x.end for x in entities):
            e = Entity(text=merged, start=word.idx, end=e.end, label="PER", canonical=merged)
        out.append(e)
    return out


def _given_name_joined(text: str, entities: list[Entity]) -> list[Entity]:
    """« Mateusz » (tagged MISC) then « Morawiecki » (PER): a given name the table knows, a space, then a
    name, are one person."""
    out: list[Entity] = []
    for e in entities:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:e.start] == " " and is_given_name(prev.text) \
                and e.label in ("PER", "MISC") and e.text[:1].isupper():
            out[-1] = Entity(text=text[prev.start:e.end], start=prev.start, end=e.end, label="PER",
                             canonical=text[prev.start:e.end])
            continue
        out.append(e)
    return out


def _outlet_then_name(ent):
    """« l'AP Natalia Gebert » tagged as one organisation: an outlet the source table knows, then two or
    more capitalised words, is the outlet and a person's name."""
    for k in range(1, min(3, len(ent) - 2) + 1):
        rest = ent[k:]
        if outlet_named(ent[:k].text) is not None and len(rest) >= 2 \
                and all(t.is_alpha and t.text[:1].isupper() for t in rest) and outlet_named(rest.text) is None:
            return ent[:k], rest
    return None


def _body_then_given_name(ent):
    """« Rassemblement national Marine Le Pen » tagged as one organisation: a body's name, then a given
    name the table knows opening two or more capitalised words, is the body and the person."""
    for k in range(2, len(ent) - 1):       # (a one-word body is named after the person: « Fondation Jean Jaurès »)
        rest = ent[k:]
        if is_given_name(ent[k].text) and all(t.text[:1].isupper() for t in rest) and ent[k - 1].is_alpha:
            return ent[:k], rest
    return None


def _name_then_outlet(ent):
    """« Jean Dupont de France Info » tagged as one person: a name, « de » or "of", then an outlet the
    source table knows, is the outlet and the person's name (returned in that order)."""
    for k in range(2, len(ent) - 1):
        if ent[k].lower_ in ("de", "du", "d'", "d’", "of"):
            rest = ent[k + 1:]
            if rest[0].lower_ in ARTICLES and len(rest) > 1:
                rest = rest[1:]
            if outlet_named(rest.text) is not None and all(t.text[:1].isupper() for t in ent[:k]):
                return rest, ent[:k]
    return None


# the head words of an institution's name, in either language (an English name is often left in French text)
_INSTITUTION_WORDS = {w for lang in ("fr", "en") for table in ("INSTITUTION_NOUNS", "NAMED_BODY_NOUNS")
                      for w in getattr(lexicon(lang, "sources"), table, ())} | {
    "center", "centre", "university", "université", "school", "école", "laboratory", "laboratoire", "fund"}


def _name_then_body(ent):
    """« Elizabeth Goitein du Brennan Center for Justice » tagged as one person: two or more capitalised
    words, « de » or "of", then a capitalised name headed by an institution's word, is the body and the
    person (returned in that order)."""
    for k in range(2, len(ent) - 1):
        if ent[k].lower_ in ("de", "du", "d'", "d’", "des", "of"):
            rest = ent[k + 1:]
            if rest[0].lower_ in ARTICLES and len(rest) > 1:
                rest = rest[1:]
            if all(t.text[:1].isupper() for t in ent[:k]) and rest[0].text[:1].isupper() \
                    and any(t.lower_ in _INSTITUTION_WORDS and t.text[:1].isupper() for t in rest):
                return rest, ent[:k]
            return None
    return None


def _role_of_a_body(ent, roles: set[str]) -> bool:
    """« président de la République », « ministre de l'Intérieur »: a span that opens on a person's role
    in lower case and goes on with its complement, and ends with no name (« le président Macron » does)."""
    return len(ent) > 2 and ent[0].text.islower() and ent[0].lower_ in roles and ent[1].pos_ == "ADP" \
        and _name_after_role(ent, roles) is None


def _role_and_nationality(ent, roles: set[str], nationalities) -> bool:
    words = [t.lower_ for t in ent if not t.is_punct]
    return len(words) >= 2 and words[0] in roles and all(w in roles or w in nationalities for w in words[1:])


def _first_names_alone(text: str, doc: Doc, entities: list[Entity]) -> list[Entity]:
    """« Marine rétorque » after « Marine Le Pen »: a first name alone, inside a sentence, is the one
    person of the article who bears it, when exactly one does (the tagger rarely tags it)."""
    bearers: dict[str, set[str]] = {}
    for e in entities:
        if e.label == "PER" and len(e.canonical.split()) >= 2:
            bearers.setdefault(e.canonical.split()[0], set()).add(e.canonical)
    taken = [(e.start, e.end) for e in entities]
    out = []
    for t in doc:
        full = bearers.get(t.text)
        if not full or len(full) != 1 or t.is_sent_start or any(a <= t.idx < b for a, b in taken):
            continue
        before, after = doc[t.i - 1], doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before.pos_ == "DET" or (after is not None and after.text[:1].isupper()):
            continue        # « la Marine nationale », another full name
        out.append(Entity(text=t.text, start=t.idx, end=t.idx + len(t.text), label="PER", canonical=next(iter(full))))
    return out


def _names_a_time(word: str) -> bool:
    return word in calendar_words() and word not in _NAMES_TOO


def _opens_sentence(word) -> bool:
    doc = word.doc
    return word.is_sent_start or word.i > 0 and doc[word.i - 1].is_space and doc[word.i - 1].is_sent_start


def _common_noun_opening(ent) -> bool:
    """« Sondage : les Français … », a headline: a common noun capitalised because it opens the
    sentence, which the text writes in lower case elsewhere, is no name."""
    word = ent[0]
    return len(ent) == 1 and word.pos_ == "NOUN" and _opens_sentence(word) \
        and re.search(rf"\b{re.escape(word.lower_)}\b", doc_text(ent.doc)) is not None


def _opening_modifier(ent) -> bool:
    """« Myope, et extrêmement dangereux, le cours actuel … »: a capitalised adjective that opens a
    sentence, which the tagger took for a surname or a body: one word, set off by a comma, a modifier in the
    parse, and nowhere else in the text (a name met once at a sentence's start is its subject)."""
    word = ent[0]
    doc = ent.doc
    return len(ent) == 1 and _opens_sentence(word) and word.dep_ in ("obl:mod", "advmod", "amod", "advcl", "acl") \
        and word.i + 1 < len(doc) and doc[word.i + 1].text == "," \
        and len(re.findall(rf"\b{re.escape(word.text)}\b", doc_text(doc))) == 1


def _is_noise(entity: Entity, ent) -> bool:
    if entity.text.casefold() in _NOT_NAMES or re.match(r"['’]s\b", entity.text):
        return True         # ("Editor’s Note": a possessive's ending opens no name)
    words = entity.text.split()
    if words[0].casefold() in _INDEFINITE and not (len(words[0]) > 1 and words[0].isupper()) \
            and not any(ch.isupper() for w in words[1:] for ch in w):
        return True         # « Un sondage », « Une opération de pillage »: capitalised as a sentence opens, no name
    if entity.label == "PER" and len(ent) == 1 and ent[0].pos_ in ("NOUN", "VERB", "ADJ") and not ent[0].text.isupper():
        return True
    if entity.label in ("PER", "ORG") and (_opening_modifier(ent) or _common_noun_opening(ent)) \
            and not outlet_named(entity.text):
        return True
    if len(ent) == 1 and ent[0].morph.get("VerbForm") == ["Inf"] and not ent[0].text.isupper():
        return True         # « Sortir « ces gens … » » opening a sub-heading: a verb, no body
    if entity.label == "PER" and (ent[0].lower_ in _INDEFINITE or any(_names_a_time(t.lower_) for t in ent)
                                  or _PARTY_STATE.fullmatch(entity.text)):
        return True
    return False


# a body named by its bare head noun, which the story's context makes one well-known body (« la
# Commission » in a story about the European Union)
_CONTEXTUAL_BODIES = {
    "commission": ("European Commission", re.compile(
        r"\b(?:UE|EU|Union européenne|European Union|Bruxelles|Brussels|États membres|member states|"
        r"Commission européenne|European Commission|eurodéputés?|MEPs?)\b")),
}


# institutions every state has one of, which the alias table names without a country: the text's
# nationality makes them one state's (« la Cour suprême ukrainienne », « la Cour suprême des États-Unis »,
# "the U.S. Supreme Court"); named bare again, they are the one the article last qualified
NATIONAL_INSTITUTIONS = {"supreme court", "constitutional court"}
_OF_COUNTRY = re.compile(r"\s+(?:des?|du|de la|de l['’]|of the|of)\s*")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\s+(?:[Tt]he\s+)?$")


def _nationality_of_institution(e: Entity, entities: list[Entity], text: str) -> str | None:
    """The English adjective of the state an institution's mention names: an adjective after it (French),
    a country after « de » / "of" (« la Cour suprême des États-Unis »), or a capitalised adjective before it
    ("the Indian Supreme Court")."""
    after = _WORD_AFTER.match(text, e.end)
    if after and after.group(1)[:1].islower() and (adj := english_adjective(after.group(1))):
        return adj
    country = next((o for o in entities if o.label == "LOC" and e.end < o.start <= e.end + 8
                    and _OF_COUNTRY.fullmatch(text[e.end:o.start])), None)
    if country is not None and (adj := english_adjective(country.canonical or country.text)):
        return adj
    before = _WORD_BEFORE.search(text, max(0, e.start - 20), e.start)
    return english_adjective(before.group(1)) if before and before.group(1)[:1].isupper() else None


def _qualify_institutions(entities: list[Entity], text: str) -> None:
    """« la Cour suprême ukrainienne » is the Ukrainian Supreme Court, not the one « Cour suprême » of
    every article ("the U.S. Supreme Court" the US Supreme Court); a bare mention after it is the same court."""
    last: str | None = None
    for e in entities:
        words = (e.canonical or "").split()
        named = next((" ".join(words[k:]) for k in range(min(2, len(words))) if fold(" ".join(words[k:]))
                      in NATIONAL_INSTITUTIONS), None)
        if e.label != "ORG" or named is None:
            continue
        prefix = words[0] if named != e.canonical else None      # ("U.S. Supreme Court", tagged whole)
        adj = (english_adjective(prefix) if prefix else None) or _nationality_of_institution(e, entities, text)
        if adj is not None:
            last = e.canonical = f"{adj} {named}"
        elif last is not None:
            e.canonical = last


def _fuller_name_before(e: Entity, entities: list[Entity]) -> str | None:
    """« la Cour des comptes » after « la Cour des comptes européenne »: a body named again without the
    qualifier it had (one or two words in lower case) is that body."""
    short = _LEADING_ARTICLE.sub("", e.text)
    for other in entities:
        if other.start >= e.start:
            break
        if other.label != "ORG" or not other.canonical:
            continue
        longer = _LEADING_ARTICLE.sub("", other.text)
        rest = longer[len(short):]
        if longer.startswith(short + " ") and rest.strip()[:1].islower() and len(rest.split()) <= 2:
            return other.canonical
    return None


_COMPANY_BEFORE = re.compile(r"(?i)\b(?:groupe|société|entreprise|firme|maison|fondation|group|company|firm|"
                             r"foundation|house of|famille|family|clan)\s+(?:de\s+|d['’]|des\s+|the\s+)?$")


def _one_label_per_acronym(entities: list[Entity]) -> None:
    """An acronym names one thing in an article: the tagger's labels for it, which vary with the words
    around it (« prévient I4CE » a place, « d'I4CE » a body), agree on the one it gives most, a body's
    on a tie."""
    votes: dict[str, Counter] = {}
    for e in entities:
        if e.text.isupper() and len(e.text) >= 2 and e.label in ("ORG", "PER", "LOC"):
            votes.setdefault(e.canonical, Counter())[e.label] += 1
    for e in entities:
        if e.canonical in votes and e.text.isupper() and e.label in ("ORG", "PER", "LOC"):
            count = votes[e.canonical]
            e.label = max(count, key=lambda label: (count[label], label == "ORG"))


# a body's acronym given after its name: in parentheses, maybe a little after what the tagger took for the
# name; or right after it
_ACRONYM_IN_PARENTHESES = re.compile(r"([^()\n.;:«»]{0,60}?)\s*\(([A-Z][A-Z0-9&]{1,9})\)")
_ACRONYM_BESIDE = re.compile(r"\s+([A-Z][A-Z0-9&]{1,9})(?![\w'’-])")


def _named_by_acronym(entities: list[Entity], text: str) -> None:
    """A body the text names, then gives its acronym (« la Ligue pour la Protection des Oiseaux (LPO) », « …
    climat I4CE », when the text uses the acronym alone elsewhere too: "Cisco CEO" gives none), is one body
    with one name: its full name, which a reader of any language recognises; the acronym only when the name
    runs on past what the tagger took (« l'Association des cliniques autorisées à pratiquer l'IVG (ACAI) »),
    as a cut name is no name.  (Bodies the alias table knows keep its name.)"""
    renamed = {}
    for e in entities:
        name = e.canonical or e.text
        if e.label != "ORG" or lookup_alias(e.text) or outlet_named(name) is not None:
            continue
        first = unicodedata.normalize("NFD", _LEADING_ARTICLE.sub("", name)[:1].upper())[:1]   # (É -> E)
        if (m := _ACRONYM_IN_PARENTHESES.match(text, e.end)) and m.group(2)[0] == first:
            if m.group(1).strip():
                renamed[name] = m.group(2)      # (the name runs on)
            else:
                renamed[m.group(2)] = name
        elif (m := _ACRONYM_BESIDE.match(text, e.end)) and m.group(1)[0] == first \
                and any(o.text == m.group(1) and o.start > m.end() for o in entities):
            renamed[m.group(1)] = name
    for e in entities:
        e.canonical = renamed.get(e.canonical, e.canonical)


def _canonicalise(entities: list[Entity], text: str = "") -> None:
    # labels first: the alias table and the gazetteer know better than the tagger for well-known names
    for e in entities:
        alias = lookup_alias(e.text)
        if alias and alias.label in ("PER", "ORG", "LOC"):
            e.label = alias.label
        elif e.label == "PER" and outlet_named(e.text):
            e.label = "ORG"             # « RT », « Olaf »: an outlet or a body the source table knows
        elif e.label == "PER" and " " not in e.text.strip() and not _after_a_title(text, e.start):
            place = lookup_place(e.text)
            if place and place.population >= 100_000:
                e.label = "LOC"
    # « Bush said » after « George W. Bush », tagged a place (Būsh, a town in Egypt): the surname of a person
    # the article names in full is that person, unless it is a large place spelled just so (Washington), an
    # outlet or a name the alias table knows (a company keeps its founder's name: « le groupe Bolloré »)
    surnames = {e.text.split()[-1] for e in entities if e.label == "PER" and len(e.text.split()) >= 2}
    for e in entities:
        # (a body too: "Fauci confirmed" tagged an organisation; not « le groupe Bolloré »)
        if (e.label in ("LOC", "MISC") or e.label == "ORG" and not _COMPANY_BEFORE.search(text, max(0, e.start - 25), e.start)) \
                and e.text in surnames and not lookup_alias(e.text) and not outlet_named(e.text):
            place = lookup_place(e.text)
            if place is None or place.name != e.text or place.population < 500_000:
                e.label = "PER"
    people = resolve_people([display_name(e.text) for e in entities if e.label == "PER"])
    for e in entities:
        if e.label == "PER":
            full = people.get(display_name(e.text), display_name(e.text))
            alias = lookup_alias(full) or lookup_alias(e.text)
            e.canonical = alias.canonical if alias and alias.label == "PER" else full
        elif e.label in ("ORG", "MISC"):
            alias = lookup_alias(e.text)
            # (a body or an outlet the sources table knows has its name there: « l'Agence internationale de
            # l'énergie » is the International Energy Agency in its quotes, its sources and its entities alike)
            known = outlet_named(e.text) if alias is None and e.label == "ORG" else None
            e.canonical = alias.canonical if alias else known.name if known else display_name(e.text)
            body = _CONTEXTUAL_BODIES.get(fold(e.canonical))
            if body is not None and body[1].search(text):
                e.canonical = body[0]
            if (fuller := _fuller_name_before(e, entities)) is not None:
                e.canonical = fuller
        else:
            alias = lookup_alias(e.text)
            e.canonical = alias.canonical if alias else e.text
            place = lookup_place(e.canonical) or lookup_place(e.text)
            if not alias and not place and _DEMONYM.match(e.text):
                e.label = "MISC"
                continue
            if place:
                if not alias:
                    e.canonical = place.name
                e.lat, e.lon, e.country = place.lat, place.lon, place.country
    _qualify_institutions(entities, text)
    _named_by_acronym(entities, text)
    _one_label_per_acronym(entities)
