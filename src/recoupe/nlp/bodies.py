"""State bodies the text describes instead of naming, in one English form.

« le gouvernement indien », « la présidence turque », « le ministère russe de la
Défense », « Moscou a dénoncé »: quotes (a body as speaker) and sources (a body
as the author of a communiqué) give them the same canonical name, so that one
body is one identity across articles, stages and languages.  The word lists are
in lang/<language>/bodies.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from recoupe.lang import lexicon
from recoupe.nlp.canonical import alias_table, capital_of, fold


@lru_cache(maxsize=4)
def nationalities(lang: str) -> frozenset[str]:
    """A language's nationality adjectives, every inflection, lower case."""
    return frozenset(getattr(lexicon(lang, "bodies"), "NATIONALITIES", ()))


@lru_cache(maxsize=4)
def _adjectives_of_countries(lang: str) -> dict[str, str]:
    """Country -> its English adjective, from a language's nationality table."""
    bodies = lexicon(lang, "bodies")
    return {country: adj for country, adj in getattr(bodies, "NATIONALITIES", {}).values()}


def english_adjective(word: str) -> str | None:
    """The English adjective of a nationality word or a country, in either language (« ukrainienne »,
    "Indian", "U.S.", "United States")."""
    for lang in ("fr", "en"):
        bodies = lexicon(lang, "bodies")
        if bodies is None:
            continue
        found = getattr(bodies, "CASED_NATIONALITIES", {}).get(word) or bodies.NATIONALITIES.get(word.lower())
        adjective = found[1] if found else _adjectives_of_countries(lang).get(word)
        if adjective:
            return adjective
    return None


def government_of_place(lang: str, surface: str, canonical: str) -> str | None:
    """A country or its capital speaking is its government (« La Hongrie déclare », « Moscou a
    dénoncé »): one name for what the state says, whatever the metonymy."""
    bodies = lexicon(lang, "bodies")
    if bodies is None:
        return None
    words = surface.split()
    bare = " ".join(words[1:]) if words and words[0].lower() in ("la", "le", "les", "l'", "l’") else surface
    bare = re.sub(r"^[lL]['’]", "", bare)
    # (a capital the table does not list is found in the gazetteer: « Athènes », "Lisbon")
    country = canonical if canonical in bodies.COUNTRIES else bodies.CAPITALS.get(bare) or capital_of(bare)
    if country and country not in bodies.COUNTRIES:
        return None         # a country the lexicon cannot name in its own words
    return bodies.GOVERNMENT.format(country=_country_phrase(bodies, country)) if country else None


def national_body(lang: str, words: list[Token], table: str = "BODIES") -> str | None:
    """An unnamed state body: a body noun with a nationality adjective (« la présidence turque »,
    « le ministère russe de la Défense », « les médias officiels chinois »), in English form.
    `table="UNNAMED_OFFICIALS"`: the body an unnamed official of a country speaks for (« une diplomate
    américaine » -> U.S. Department of State)."""
    bodies = lexicon(lang, "bodies")
    nouns = getattr(bodies, table, None) if bodies is not None else None
    if not nouns:
        return None
    lows = [t.lower_.replace("’", "'") for t in words]
    before = getattr(bodies, "NATIONALITY_BEFORE", False)     # "the Israeli military", « l'armée israélienne »
    cased = getattr(bodies, "CASED_NATIONALITIES", {})      # ("the US military"; "us" is a pronoun)
    leader_bodies = getattr(bodies, "NAMED_AFTER_LEADER", ())
    head = next((k for k, w in enumerate(lows) if words[k].pos_ in ("NOUN", "PROPN")
                 and not (before and (w in bodies.NATIONALITIES or words[k].text in cased))
                 # ("the Biden administration": the leader's name before the body's noun)
                 and not (before and words[k].pos_ == "PROPN" and k + 1 < len(lows) and lows[k + 1] in leader_bodies)),
                None)
    if head is None or lows[head] not in nouns:
        return None
    # the nationality qualifies the body itself: within the few words after its noun (before it in English),
    # or the country named in the phrase (« le ministère de la Défense de la Fédération de Russie »)
    near = range(max(0, head - 3), head) if before else range(head + 1, min(len(words), head + 7))
    nationality = next((bodies.NATIONALITIES.get(lows[k]) or cased.get(words[k].text) for k in near
                        if lows[k] in bodies.NATIONALITIES or words[k].text in cased), None) \
        or _country_named(lang, words, head) or _country_of_leader(lang, words, head)
    if nationality is None:
        return None
    country, adj = nationality
    pattern = nouns[lows[head]]
    rest = " ".join(lows[:head] if before else lows[head + 1:]).replace(" ' ", "' ").replace("d' ", "d'")
    for qualifier, precise in bodies.BODY_QUALIFIERS.get(lows[head], {}).items():
        if qualifier in rest:
            pattern = precise
            break
    name = pattern.format(country=_country_phrase(bodies, country), adj=adj)
    return getattr(bodies, "OWN_NAMES", {}).get(name, name)


def _country_of_leader(lang: str, words: list[Token], head: int) -> tuple[str, str] | None:
    """(country, English adjective) of the leader a government is named after ("the Biden administration",
    « le gouvernement Meloni »), when the alias table knows their country."""
    bodies = lexicon(lang, "bodies")
    if words[head].lower_ not in getattr(bodies, "NAMED_AFTER_LEADER", ()):
        return None
    near = range(max(0, head - 2), head) if getattr(bodies, "NATIONALITY_BEFORE", False) \
        else range(head + 1, min(len(words), head + 3))
    for k in near:
        hit = alias_table().get(fold(words[k].text)) if words[k].text[:1].isupper() else None
        if hit is not None and hit.label == "PER" and hit.country:
            adjective = _adjectives_of_countries(lang).get(hit.country)
            return (hit.country, adjective) if adjective else None
    return None


def _country_named(lang: str, words: list[Token], head: int) -> tuple[str, str] | None:
    """(country, English adjective) of a country named after « de » in a body's phrase, longest name first."""
    adjectives = _adjectives_of_countries(lang)
    for k in range(head + 2, len(words)):
        if not words[k].text[:1].isupper() or words[k - 1].lower_ not in ("de", "du", "la", "l'", "l’", "of", "the"):
            continue
        for end in range(len(words), k, -1):
            alias = alias_table().get(fold(" ".join(w.text for w in words[k:end])))
            if alias is not None and alias.canonical in adjectives:
                return alias.canonical, adjectives[alias.canonical]
    return None


def _country_phrase(bodies, country: str) -> str:
    return "the " + country if country in bodies.WITH_ARTICLE else country


def body_named_before(lang: str, noun: Token, qualifiers=(), sentences: int = 5, skip=lambda pos: False) -> str | None:
    """The state body the text last named with `noun` as its head and the same `qualifiers`, with its
    country, within a few sentences before (« l'armée israélienne a mené … », then « a indiqué l'armée »,
    « le ministère de la défense » after « le ministère russe de la Défense »); `skip`: positions not to
    read (quoted words)."""
    doc = noun.doc
    first = noun.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    word = noun.lower_
    wanted = {q.lower_ for q in qualifiers if q.pos_ in ("NOUN", "PROPN", "ADJ")}
    for t in reversed(doc[first:noun.i]):
        if t.lower_ == word and not skip(t.idx):
            phrase = list(doc[t.i:min(len(doc), t.i + 8)])
            body = national_body(lang, phrase)
            if body and wanted <= {x.lower_ for x in phrase}:
                return body
    return None

