"""Stage `sources`: the outlets, agencies, broadcasters, documents and social
accounts an article relies on, canonicalised.

Where a cited source comes from:
- the curated table `data/outlets.tsv` (name, kind, country, aliases); aliases
  marked `?` are ordinary words too (Marianne, Vox) and count only next to a
  media word or a reporting word;
- « le Times », "the Times" alone: the "… Times" outlet the article already
  names, else The Times (London);
- a name after a media noun (« le journal autrichien Die Presse », « au média
  militaire Breaking Defense », "the website Foo");
- a web domain (« oilprice.com »); a credit line (« Source : RT »);
- a document, named by its author: a named body (« un rapport de l'Olaf »), a
  body described by its noun (« un communiqué du parquet de Lyon », « le
  ministère russe de la Défense » -> Russian Defence Ministry), a body that
  says something in it (« Le Conseil européen a indiqué dans un communiqué »),
  or a person's own record (« dans sa déclaration vidéo quotidienne » -> X's
  daily video statement); later « le rapport », « ce rapport » are mentions of
  it, and one that an outlet obtained is cited `via` that outlet.
Not cited sources: related-article links (« A lire : … »), the article's own
outlet, and an outlet that is only someone's employer (« la responsable de RT »).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.lang import calendar_words, lexicon
from recoupe.model import Article, CitedSource, Span
from recoupe.nlp.bodies import body_named_before, national_body, nationalities
from recoupe.nlp.canonical import ARTICLES
from recoupe.nlp.spans import NOTE_NUMBER, doc_tokens


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    needs_context: tuple[str, ...] = ()
    local: bool = False         # little known abroad: named as the article writes it, not by the table


@lru_cache(maxsize=1)
def load_outlets() -> tuple[Outlet, ...]:
    """The curated outlet table shipped in `recoupe/data/outlets.tsv`."""
    text = resources.files("recoupe").joinpath("data/outlets.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        name, kind, country, aliases = parts[:4]
        plain = tuple(a for a in aliases.split("|") if a and not a.startswith("?"))
        ctx = tuple(a[1:] for a in aliases.split("|") if a.startswith("?"))
        local = len(parts) > 4 and parts[4].strip() == "local"
        out.append(Outlet(name, kind, country or None, plain, ctx, local))
    return tuple(out)


# last words of outlet names that writers often put in lower case
# (not « presse », « soir », « matin »: « la presse chinoise », « le soir » are ordinary words)
_MEDIA_TAILS = {"info", "infos", "news", "tv"}


@lru_cache(maxsize=1)
def _alias_index() -> tuple[re.Pattern, dict[str, tuple[Outlet, bool]]]:
    index: dict[str, tuple[Outlet, bool]] = {}
    for o in load_outlets():
        for a in o.aliases:
            index.setdefault(a, (o, False))
            head, _, last = a.rpartition(" ")
            if head and last.lower() in _MEDIA_TAILS and not _LEADING_DET.fullmatch(head + " "):
                index.setdefault(f"{head} {last.lower()}", (o, False))      # « France info », « BFM tv »
        for a in o.needs_context:
            index.setdefault(a, (o, True))
        index.setdefault(o.name, (o, False))
    names = sorted(index, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w@#/.-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-]|\.\w)")
    return pattern, index


@lru_cache(maxsize=1)
def _contracted_index() -> tuple[re.Pattern, dict[str, Outlet]]:
    """French names that open on « Le » or « Les » lose it after « à » and « de »: « une tribune au
    Monde », « au « Monde » », « selon un journaliste du Parisien », « l'enquête des Échos »."""
    index: dict[str, Outlet] = {}
    for o in load_outlets():
        for a in (o.name,) + o.aliases:
            m = re.match(r"(Le|Les) (\S.*)$", a)
            if m and m.group(2)[:1].isupper():
                index.setdefault(m.group(2), o)
    names = "|".join(re.escape(n) for n in sorted(index, key=len, reverse=True))
    # (the name may be set in quote marks: « une tribune au « Monde » »)
    return re.compile(r"(?<![\w-])(?:au|du|aux|des) (?:[«“\"]\s?)?(" + names + r")(?![\w-])"), index


def outlet_of(article: Article) -> str | None:
    """The article's own outlet under one name: the table's name when it knows it, and never with the
    section a catalogue appends (« New York Post (News) », « Le Monde (Opinion) »)."""
    raw = (article.source.outlet or "").strip() if article.source else ""
    raw = re.sub(r"\s*\([^()]*\)\s*$", "", raw)
    if not raw:
        # a title signed by its outlet: « Johnson avertit Macron … – POLITICO », "… | Reuters"
        title = article.title or re.match(r"\s*([^\n]*)", article.text).group(1)
        signed = _SIGNED_TITLE.search(title)
        known = outlet_named(signed.group(1)) or outlet_named(signed.group(1).title()) if signed else None
        return known.name if known else None
    known = outlet_named(raw)
    return known.name if known else raw


_SIGNED_TITLE = re.compile(r"\s[-–—|]\s+([^-–—|]{2,40}?)\s*$")


def outlet_named(name: str) -> Outlet | None:
    """The table entry an alias or name belongs to (« Échos » after « des », an outlet's own site
    « BFMTV.com » too), or None."""
    name = name.strip()
    found = _alias_index()[1].get(name, (None, False))[0] or _contracted_index()[1].get(name)
    site = _SITE_NAME.fullmatch(name)
    bare = _LEADING_ARTICLE.match(name)
    # (« le journal britannique The Telegraph »: the article is no part of the name the table knows)
    return found or (outlet_named(site.group(1)) if site else None) \
        or (outlet_named(name[bare.end():]) if bare and len(name) > bare.end() + 2 else None)


_LEADING_ARTICLE = re.compile(r"(?:The|Le|La|Les|L['’]|Die|Der|Das|El|Il)\s*")


_SITE_NAME = re.compile(r"(.{2,40})\.(?:com|fr|net|org|info|co\.uk)")
# the last word of an outlet's name alone (« le Times », "the Post", "the Journal"): the outlet of that
# name the article already cites; "Times" alone, when none, is the London paper
_SHORT_NAME = re.compile(r"(?<![\w-])(?:[Ll]e|[Tt]he|du|au|of) (Times|Post|Journal|Globe|Tribune|Herald)(?! [A-Z])(?![\w-])")
_SHORT_NAME_ALONE = {"Times": "The Times"}
# media nouns that open no outlet's name even capitalised (« le Site Fortune » is Fortune)
_NEVER_OPEN_A_NAME = {"site", "média", "quotidien", "hebdomadaire", "chaîne", "website", "outlet"}
_DOMAIN = re.compile(r"(?<![\w@.-])([A-Za-z][\w-]{1,40}\.(?i:com|fr|hu|org|net|ru|ua|de|co\.uk|uk|it|es|be|ch|info|io|news|pl|at))(?!\w|\.\w)")
_CALL_SIGN = re.compile(r"(?<![\w-])(?P<sign>[WKC][A-Z]{2,3}(?P<suffix>-(?:TV|FM|AM|DT))?)(?![\w-])"
                        r"(?P<band>\s+\d{2,4}(?:\.\d)?\s?(?:AM|FM)\b)?(?P<noun>\s+(?:[Rr]adio|News|[Tt]elevision|TV)\b)?")
_NAME = r"((?:[A-Z0-9][\w'’&.-]*|[A-Z][\w'’&.-]*)(?:\s(?:[A-Z0-9][\w'’&.-]*|of|de|des|du|der|die|das|the|di|del|della|y|\d+))*)"
# the signature line an embedded social-media post leaves in the text: a dash, the account's
# display name, its handle, the date ("— LCP (@LCP) July 23, 2022", « — Jean Dupont (@jdupont) 3 mai 2022 »)
_POST_SIGNATURE = re.compile(r"^[ \t]*[—–-][ \t]*(?P<name>[^\n()]{1,80}?)[ \t]*\((?P<handle>@\w{1,30})\)[ \t]+"
                             r"(?:\w+\.? \d{1,2}, \d{4}|\d{1,2}(?:er)? \w+\.? \d{4})[ \t]*$", re.MULTILINE)
# a numbered note that gives a title in quote marks and its author
_NOTE_REFERENCE = re.compile(r"^" + NOTE_NUMBER.pattern + r"[«“\"][ \t]*(?P<title>[^»”\"\n]{3,200}?)[ \t]*[»”\"][ \t]*,"
                             r"[ \t]*(?:(?:de|par|by)[ \t]+)?(?P<author>[A-ZÀ-Ý][^,.;\n]{1,80}?)[ \t]*(?:[,.;]|$)",
                             re.MULTILINE)
# « selon l'ONU », « d'après l'OMS », "according to the WHO": the body's word or figures
_ACCORDING_BEFORE = re.compile(r"(?:\b[Ss]elon|\b[Dd]['’]après|\b[Aa]ccording to)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$")
# a figure and, in parentheses, who gives it: « une dépense de 100 000 milliards d'euros (FMI) »
# ... or through what it made: « selon une lecture de Downing Street », « d'après les calculs du
# Monde », "according to an analysis by the Brookings Institution" (the noun is checked apart: a person,
# « selon un proche de l'Élysée », is no body's word)
_ACCORDING_THROUGH = re.compile(
    r"(?:\b[Ss]elon|\b[Dd]['’]après|\b[Aa]ccording to)\s+(?:une?|des|les|la|le|l['’]|a|an|the)\s*"
    r"(?P<noun>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+(?:de|du|des|d['’]|of|by|from)\s*"
    r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$")
# nouns after which the body named is who someone belongs to, not whose word it is
_NOT_THE_BODYS_WORD = {"source", "sources", "proche", "proches", "membre", "membres", "entourage", "ami", "amis",
                       "member", "members", "friend", "friends", "ancien", "ancienne", "former"}


def _according_to_body(text: str, start: int, end: int, lang: str) -> bool:
    """« selon l'ONU » or « selon une lecture de Downing Street »: the text takes the body's word; not
    where the body only qualifies who made the thing ("a memo from Defense Secretary Lloyd Austin")."""
    if _ACCORDING_BEFORE.search(text, max(0, start - 20), start):
        return True
    m = _ACCORDING_THROUGH.search(text, max(0, start - 70), start)
    if m is None or _DOMAIN.fullmatch(text[start:end]):
        return False        # (a site's name is an outlet's, found as one)
    roles = getattr(lexicon(lang, "speech"), "PERSON_ROLES", set())
    after = re.match(r"\s+([\w-]+)", text[end:end + 30])
    words = m.group("noun").lower().split() + ([after.group(1).lower()] if after else [])
    return not any(w in _NOT_THE_BODYS_WORD or w in roles for w in words)


_FIGURE_CREDITED = re.compile(r"\d[^()\n]{0,30}\($")
# a capitalised word (and « de ») right before an alias, inside a sentence: the alias ends another name
_NAME_BEFORE = re.compile(r"(?<=[\w,;:’'(] )[A-ZÀ-Ý][\w-]+ (?:(?:de|du|des|of) )?$")
# words that may stand capitalised right before an outlet's name without being part of it
_CUES_BEFORE_NAMES = {"Selon", "Comme", "Pour", "Via", "Sur", "Dans", "According", "As", "On", "In", "Per"}


def _bare(name: str) -> str:
    """An outlet's name without case or its leading article, to compare two spellings of it."""
    return _LEADING_DET.sub("", name.strip()).lower()


def _inside_longer_name(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    return bool(m) and m.group(0).split()[0] not in _CUES_BEFORE_NAMES
_LEADING_DET = re.compile(r"^(?:l['’]|le |la |les |the )", re.IGNORECASE)


@article_stage("sources", order=20)
def extract_sources(article: Article, doc: Doc) -> None:
    try:
        article.cited_sources = _as_written_when_local(find_cited_sources(article, doc) + _caption_credits(article))
    except Exception:        # odd text must never stop the pipeline
        article.cited_sources = []


def _as_written_when_local(sources: list[CitedSource]) -> list[CitedSource]:
    """A local outlet (little known abroad) is named by the fullest form the article writes, as the
    contract names anything that has no common international form: « d'après le média hongrois
    BudapestTimes.hu » cites BudapestTimes.hu, not the table's Budapest Times.  The table still
    gives its kind and country, and tells its spellings apart from other names."""
    for c in sources:
        outlet = outlet_named(c.name)
        if outlet is None or not outlet.local:
            continue
        written = [m.text for m in c.mentions if m.text in outlet.aliases or m.text == outlet.name]
        if written:
            c.name = fullest_name(written)
    return sources


def fullest_name(written: list[str]) -> str:
    """The fullest of the forms a name is written in, its name before its site (« La Tribune » rather
    than « latribune.fr »); among equals the most used, then the first."""
    return max(written, key=lambda w: (not _DOMAIN.fullmatch(w), len(w), written.count(w), -written.index(w)))


def local_outlet_names(article: Article) -> dict[str, str]:
    """The table name of each local outlet the article cites, to the name the article gives it (for the
    quotes, whose speakers are found through the table)."""
    return {outlet.name: c.name for c in article.cited_sources
            if (outlet := outlet_named(c.name)) is not None and outlet.local and c.name != outlet.name}


def _caption_credits(article: Article) -> list[CitedSource]:
    """Agencies credited in a photo caption that cleaning took out of the body (« … (AFP) »).

    They have no span in the text, and kind "credit": the article used their
    material, but a photo credit is not where its facts come from (provenance skips it)."""
    out: dict[str, CitedSource] = {}
    for caption in article.metadata.get("captions", []) if isinstance(article.metadata, dict) else []:
        credit = (caption.get("credit") or "").strip() if isinstance(caption, dict) else ""
        outlet = outlet_named(credit) if credit else None
        if outlet and outlet.name not in out:
            out[outlet.name] = CitedSource(name=outlet.name, kind="credit", country=outlet.country)
    return list(out.values())


def _excluded_ranges(text: str, lex) -> list[tuple[int, int]]:
    out = []
    if lex is None:
        return out
    for m in re.finditer(lex.RELATED_LINK, text, flags=re.MULTILINE):
        end = text.find("\n", m.start())
        out.append((m.start(), len(text) if end < 0 else end))
    return out


def _in(pos: int, ranges) -> bool:
    return any(a <= pos < b for a, b in ranges)


def _words_before(text: str, pos: int, n: int = 3) -> list[str]:
    return [w.lower().replace("’", "'") for w in re.findall(r"[\w'’-]+", text[max(0, pos - 60):pos])][-n:]


# between a person's name and an outlet: « de », « du journal », "of the", « de la chaîne qatarie »
_EMPLOYER_GAP = re.compile(r"\s+(?:de|du|d['’]|of|at|au|à)\s*(?:(?:la|le|l['’]|the)\s*)?(?:[^\W\d_][\w’'-]*\s+){0,2}",
                           re.IGNORECASE)


def _is_affiliation(text: str, start: int, lex, per_spans, end: int | None = None) -> bool:
    """« la responsable de RT », « Jim Tankersley du New York Times », "NYT reporter Jim X"."""
    if end is not None:
        # "fellow Washington Post journalist Robert Costa", "CNN's chief correspondent Jim X": the outlet, a
        # role, then a name
        after = re.match(r"(?:['’]s)?\s+((?:[a-z-]+\s+){0,2})([A-Z]\w+)", text[end:end + 60])
        if after and after.group(1) and after.group(1).split()[-1] in lex.ROLE_NOUNS \
                and not _TOLD_TO.search(text, max(0, start - 40), start):    # "told CNN's correspondent X"
            return True
    before = _words_before(text, start, 8)
    # « correspondant du quotidien The New York Times », « de la chaîne qatarie Al-Jazeera »: look past the
    # media noun, its adjectives and its article
    while len(before) > 2 and (before[-1] in lex.MEDIA_NOUNS or before[-2] in lex.MEDIA_NOUNS):
        before = before[:-1]
    if len(before) > 2 and before[-1] in ARTICLES and before[-2] in ("de", "of"):
        before = before[:-1]
    if before and before[-1] in ("de", "du", "d'", "of", "at", "au", "à") and len(before) >= 2:
        # a role, or a role and one word (« journaliste vedette de », « rédacteur en chef de »), unless
        # the text takes what that person reported (« selon un journaliste de LCI »)
        role = -2 if before[-2] in lex.ROLE_NOUNS else -3 if len(before) >= 3 and before[-3] in lex.ROLE_NOUNS else 0
        if role and not set(before[max(0, len(before) + role - 3):len(before) + role]) & _ACCORDING_WORDS:
            return True
        # right after a person's name, unless the article takes words given to that person ("in an
        # interview with George Stephanopoulos of ABC News", « a déclaré à Jean Dupont de France Info »)
        # (past a media noun: « Francine Pelletier du journal Le Devoir »)
        person = next(((a, b) for a, b in per_spans if b <= start and _EMPLOYER_GAP.fullmatch(text, b, start)), None)
        if person is not None:
            return not _TOLD_TO.search(text, max(0, person[0] - 40), person[0])
    return False


@lru_cache(maxsize=4)
def _citing_vocabulary(lang: str) -> tuple[frozenset, frozenset]:
    """The verbs whose subject an article takes something from (saying, publishing, obtaining), and the
    nouns an outlet's name completes when it does (a document, a speech, a publication)."""
    lex = lexicon(lang, "sources") or lexicon("fr", "sources")
    speech = lexicon(lang, "speech")
    verbs = set(getattr(speech, "CUE_VERBS", ())) | set(getattr(lex, "PUBLISH_VERBS", ())) | lex.CITING_WORDS \
        | set(lex.OBTAINED_WORDS)
    nouns = set(lex.DOCUMENT_NOUNS) | set(getattr(speech, "SPEECH_NOUNS", ())) \
        | set(getattr(lex, "APPEARED_WORDS", ())) | lex.CITING_WORDS
    return frozenset(verbs), frozenset(nouns)


def _relied_on(doc: Doc, text: str, start: int, end: int, lang: str, lex) -> bool:
    """Whether a mention of an outlet says the article takes something from it: a citing word before it
    (« selon », « dans », « sur », "told", a media noun), a credit in parentheses (« (AFP) »), a verb of
    saying or publishing it is the subject of (« Reuters révèle »), or a document or speech it completes
    (« une enquête du Monde », "a CNN report").  An outlet that acts or is compared (« Le Time l'a nommée
    personne de l'année », « ça payait mieux que France Télévisions ») is only named."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    while root.dep_ == "conj" and root.head != root and root.head.i < root.i:
        root = root.head        # "first reported by The New York Times and The Washington Post": as the first
    before = _words_before(text, min(start, root.idx), 7)
    if set(before[-4:]) & (lex.CONTEXT_WORDS | set(lex.MEDIA_NOUNS)) or set(before) & lex.CITING_WORDS \
            or text[max(0, start - 1):start] == "(" or re.match(r"\s*(?:\)|:|\(@)", text[end:end + 3]):
        return True     # (« Juin 2018, Le Monde : … », "— LCP (@LCP) July 23": a credit, a post's signature)
    verbs, nouns = _citing_vocabulary(lang)

    def lemma(t) -> str:
        return (t.lemma_ or t.text).lower()
    while root.dep_ in ("appos", "flat", "flat:name", "nmod", "compound") and root.head != root \
            and root.head.pos_ in ("NOUN", "PROPN") and lemma(root.head) in lex.MEDIA_NOUNS:
        root = root.head        # « l'agence Bloomberg News a publié »: the media noun is the subject
    head = root.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    # "CNN's Elle Reeve adds": its reporter reports
    reporter = root.dep_ in ("poss", "compound", "nmod:poss") and head.dep_.startswith("nsubj") \
        and lemma(head.head) in verbs
    # the subject of a verb of saying or publishing, or of one that leads to it ("The Washington Post was
    # first to report"), or its inverted subject (« a rapporté l'Agence France-Presse »)
    subject = root.dep_.startswith("nsubj") and (
        lemma(head) in verbs or any(c.dep_ == "xcomp" and lemma(c) in verbs for c in head.children))
    inverted = root.dep_ in ("obj", "dobj") and head.i < root.i <= head.i + 3 and lemma(head) in verbs \
        and any(c.dep_ in ("aux", "aux:tense") for c in head.children)
    completes = lemma(head) in nouns or head.lower_ in nouns or any(lemma(c) in nouns for c in root.children)
    return reporter or subject or inverted or completes


def _is_topic(doc: Doc, start: int, end: int, lex) -> bool:
    """An outlet the sentence acts upon (« critiquer ouvertement les médias RT et Sputnik », « l'interdiction
    de RT », "the ban on RT"): what is criticised, banned or sanctioned is the topic, not a source.  Its
    word goes up the parse, as an object or through the nouns it completes, to such a word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    t, steps = span.root, 0
    while steps < 4 and t.dep_ in _OBJECT_STEPS and t.head != t \
            and not (t.dep_ == "prep" and t.lower_ not in ("of", "on", "against")):   # ("In a WSJ column, X accused")
        t, steps = t.head, steps + 1
        if (t.lemma_ or t.text).lower() in getattr(lex, "TOPIC_WORDS", ()):
            return True
    return False


# steps from a word up to what it is the object of, or completes (never a subject, nor « selon X »)
_OBJECT_STEPS = {"obj", "dobj", "iobj", "nmod", "conj", "appos", "flat:name", "flat", "compound", "pobj", "prep",
                 "obl:arg"}      # (« montrer du doigt les médias RT et Sputnik »)
_ACCORDING_WORDS = {"selon", "d'après", "according", "per"}
_TOLD_TO = re.compile(r"(?:\binterview|\bentretien|\bconversation|\btold|\bspeaking|\bspoke|\bsaid|\ba déclaré"
                      r"|\ba confié|\ba dit|\ba indiqué|\ba affirmé|\ba expliqué)\s+(?:with|to|avec|à|au)?\s*$")


def find_cited_sources(article: Article, doc: Doc) -> list[CitedSource]:
    text = article.text
    lang = article.language or "fr"
    lex = lexicon(lang, "sources") or lexicon("fr", "sources")
    excluded = _excluded_ranges(text, lex)
    per_spans = [(e.start, e.end) for e in article.entities if e.label == "PER"]
    own_name = outlet_of(article)
    found: dict[str, CitedSource] = {}
    def cited_at(pos: int) -> bool:
        """Whether a source found already has a mention at this position."""
        return any(sm.start <= pos < sm.end for src in found.values() for sm in src.mentions)

    # outlets every mention of which is in passing: an employer (« la responsable de RT ») or what the
    # sentence is about (« critiquer les médias RT et Sputnik »), not where its facts come from
    in_passing_only: dict[str, bool] = {}

    def add(name: str, kind: str, country: str | None, start: int, end: int, in_passing: bool = False,
            via: str | None = None, issuer: str | None = None) -> str:
        """Record a mention of a source; the name the mention went to."""
        name = name.strip()
        if name.count("(") > name.count(")"):         # a tagger's span that took in « (AAP »
            name = name[:name.rfind("(")].strip()
        if not name or _in(start, excluded) or (own_name and _bare(name) == _bare(own_name)):
            return name     # the article's own outlet (« the Daily Courier » in The Daily Courier)
        if kind == "document":
            # « une enquête du Daily Courier », « le rapport du Times » after the New York Times: the outlet's
            outlet = outlet_named(name) or next((outlet_named(n) for n, known in found.items()
                                                 if known.kind != "document" and n.endswith(" " + name)), None)
            if outlet is not None and outlet.kind != "official":
                name, kind, country, issuer = outlet.name, outlet.kind, outlet.country, None
        src = found.get(name)
        if src is None:
            src = found[name] = CitedSource(name=name, kind=kind, country=country, via=via, issuer=issuer)
        elif kind == "document" and src.kind == "official":
            src.kind, src.issuer = kind, src.issuer or issuer     # « selon le rapport de l'ONG »: its document
        if any(m.start == start for m in src.mentions):
            return name
        src.mentions.append(Span(text=text[start:end], start=start, end=end))
        in_passing_only[name] = in_passing_only.get(name, True) and in_passing
        return name

    pattern, index = _alias_index()
    for m in pattern.finditer(text):
        outlet, needs_ctx = index[m.group(0)]
        if outlet.kind == "official":
            # a body is a source through its documents, or its figures: « selon l'ONU, 5,2 millions… »,
            # « 100 000 milliards d'euros (FMI) »
            if _according_to_body(text, m.start(), m.end(), lang) \
                    or _FIGURE_CREDITED.search(text, max(0, m.start() - 40), m.start()) and text[m.end():m.end() + 1] == ")":
                add(outlet.name, "official", outlet.country, m.start(), m.end())
            continue
        if any(a <= m.start() < b and text[a:b].endswith(m.group(0)) and b - a > len(m.group(0))
               for a, b in per_spans):
            continue            # « Michael Bloomberg »
        if _inside_longer_name(text, m.start()) and not any(
                a <= m.start() - 2 < b or re.fullmatch(r"\s+(?:of|de|du|d['’]|at)\s*(?:the\s+)?", text[b:m.start()])
                for a, b in per_spans):     # "George Stephanopoulos of ABC News" is no name "X of ABC News"
            continue            # « le Front de Libération Transfem », « le Longer Telegram »: another name's tail
        # (within four words: « une dépêche toute récente de Challenges »)
        if needs_ctx and not set(_words_before(text, m.start(), 4)) & (lex.CONTEXT_WORDS | set(lex.MEDIA_NOUNS)):
            continue
        add(outlet.name, outlet.kind, outlet.country, m.start(), m.end(),
            _is_affiliation(text, m.start(), lex, per_spans, m.end()) or _is_topic(doc, m.start(), m.end(), lex)
            or outlet.kind != "social" and not _relied_on(doc, text, m.start(), m.end(), lang, lex))
    # a body the tables do not know, whose word or figures the article takes (« selon le Haut Conseil pour
    # le climat », "according to the Centers for Disease Control and Prevention"), not a person the tagger
    # calls a company (« selon Sikorsky » after « Radoslav Sikorsky »)
    # nor a role the tagger calls a body (« selon le Premier ministre Pedro Sanchez »), nor a law by which
    # something holds (« le droit à l'autodéfense selon la Constitution »)
    surnames = {e.text.split()[-1] for e in article.entities if e.label == "PER" and " " in e.text}
    roles = getattr(lexicon(lang, "speech"), "PERSON_ROLES", set())
    for e in article.entities:
        if e.label == "ORG" and e.text not in surnames and not set(e.text.lower().split()) & roles \
                and _LEADING_DET.sub("", e.text).split()[0].lower() not in getattr(lex, "LEGAL_TEXTS", ()) \
                and _according_to_body(text, e.start, e.end, lang) and not cited_at(e.start):
            o = outlet_named(e.text)
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            body = national_body(lang, list(span)) if o is None and span is not None else None
            kind_word, _, rest = e.text.partition(" ")
            bare = rest if kind_word in getattr(lex, "NAMED_BODY_NOUNS", ()) and rest[:1].isupper() else None
            # (a kind written with a capital is part of the name: « l'Institut Pasteur »)
            add(o.name if o else body or bare or e.canonical or e.text,
                o.kind if o else "outlet" if _looks_like_a_publication(e.text) else "official",
                o.country if o else None,
                e.start, e.end)     # (« le ministère palestinien de la Santé » -> Palestinian Health Ministry;
            # « la banque Helvea », tagged whole, -> Helvea)
    # a body named after its kind, which the tagger may not know: « selon la banque UBS », "according to the
    # consultancy Kpler"
    kinds = _body_kinds(lex)
    if kinds:
        for m in re.finditer(_ACCORDING_BEFORE.pattern[:-1] + rf"(?:{kinds})\s+(?:[a-zé]+\s+)?"
                             r"([A-Z][\w&.’'-]*(?:\s(?:[A-Z][\w&.’'-]*|&))*)", text):
            name = m.group(1)
            if not cited_at(m.start(1)) \
                    and not any(e.label == "LOC" and e.start <= m.start(1) < e.end for e in article.entities):
                # (a person's name there names the body: « la fondation Jean-Jaurès »)
                o = outlet_named(name)
                add(o.name if o else name, o.kind if o else "official", o.country if o else None,
                    m.start(1), m.start(1) + len(name))
    contracted, contracted_outlets = _contracted_index()
    for m in contracted.finditer(text):
        if not cited_at(m.start(1)) \
                and not _inside_longer_name(text, m.start()):        # « la Coupe du Monde »
            outlet = contracted_outlets[m.group(1)]
            add(outlet.name, outlet.kind, outlet.country, m.start(1), m.end(1),
                _is_affiliation(text, m.start(1), lex, per_spans, m.end(1)))
    for m in _SHORT_NAME.finditer(text):
        word = m.group(1)
        if cited_at(m.start(1)):
            continue
        named = [n for n, src in found.items() if n.endswith(" " + word) and src.kind != "document"
                 and n != _SHORT_NAME_ALONE.get(word)]
        o = found[named[0]] if named else outlet_named(_SHORT_NAME_ALONE.get(word, ""))
        if o is not None:
            add(o.name, o.kind, o.country, m.start(1), m.end(1))
    # a name after a media noun: « le journal autrichien Die Presse », « au média militaire Breaking Defense »
    for t in doc_tokens(doc):
        kind = lex.MEDIA_NOUNS.get(t.lower_)
        plural = not kind and _media_plural(t, lex)
        kind = kind or plural
        if not kind or _in(t.idx, excluded):
            continue
        # a capitalised media noun opens a name after an article ("the Daily Courier"), and inside
        # one it is no media noun ("Central Intelligence Agency Director William Burns")
        # (never « le Site Fortune »: these nouns open no outlet's name)
        opens_name = t.text[:1].isupper() and not t.is_sent_start and t.lower_ not in _NEVER_OPEN_A_NAME
        if opens_name and not (t.i > 0 and doc[t.i - 1].pos_ == "DET" and t.i + 1 < len(doc)
                               and doc[t.i + 1].text[:1].isupper()):
            continue
        j = t.i if opens_name else t.i + 1
        while not opens_name and j < len(doc) and j - t.i <= 3 and (doc[j].pos_ == "ADJ" and doc[j].text[:1].islower()
                                                 or doc[j].lower_ in ("presse", "information", "internet", "ligne", "news")
                                                 or doc[j].text == "en" and j + 1 < len(doc) and doc[j + 1].lower_ == "ligne"
                                                 or (doc[j].lower_ in ("de", "d'", "d’") and j + 1 < len(doc)
                                                     and doc[j + 1].lower_ in ("presse", "information"))):
            j += 1
        if plural:
            # outlets of a kind are named after « comme », « notamment » (« Les médias ukrainiens, comme Unian »),
            # whatever the tagger made of the name
            j += doc[j].text == "," if j < len(doc) else 0
            if j + 1 >= len(doc) or doc[j].lower_ not in getattr(lex, "SUCH_AS", ()):
                continue
            j += 1 + (doc[j + 1].lower_ in ("the", "le", "la", "l'", "l’") and j + 2 < len(doc))
            if not doc[j].text[:1].isupper():
                continue
        # « l'émission de mardi soir, The Evening With … , »: a time complement, then the name in apposition
        apposition = False
        j = _after_time_complement(doc, j, lex)
        if j + 1 < len(doc) and doc[j].text in ("«", "“", '"') and doc[j + 1].text[:1].isupper():
            j += 1              # « la publication « Economy Today » »: the name in quote marks
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text[:1].isupper():
            j, apposition = j + 1, True
        # a title opening on a small word: « Le Grand Jury », « Sans Détour »
        titled = j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and (
            doc[j].pos_ == "DET" or doc[j].pos_ in ("ADP", "ADV") and not apposition)
        if j >= len(doc) or not doc[j].text[:1].isupper() or (
                doc[j].pos_ not in ("PROPN", "NOUN", "X", "ADJ", "NUM") and not titled and not plural):
            continue
        k = j
        while k + 1 < len(doc) and (doc[k + 1].text[:1].isupper() or doc[k + 1].text[:1].isdigit()
                                    or doc[k + 1].text in (".com", ".fr")) and doc[k + 1].pos_ not in ("VERB", "AUX", "PUNCT"):
            k += 1
        if apposition and (not (k + 1 < len(doc) and doc[k + 1].text in (",", ")", ".", ";"))
                           or any(e.label == "PER" and e.start == doc[j].idx for e in article.entities)):
            continue            # an apposition is closed, and names the programme (« un invité de l'émission,
            # Andrey Sidorov, » is a person; « la chaîne, Poutine a dit » is no name of it)
        if k > j and doc[j].lower_ in nationalities(lang):
            j += 1              # « la publication Croate Advance »: a nationality written with a capital
        start, end = doc[j].idx, doc[k].idx + len(doc[k].text)
        name = text[start:end].rstrip(".’'")
        # a person's name right after a media noun is the tagger's mistake (« le quotidien slovène Delo »)
        if len(name) < 2 or cited_at(start):
            continue
        if any(e.start <= start < e.end and e.label == "LOC" for e in article.entities):
            continue            # « le quotidien de Paris », « la radio ukrainienne Kyiv » is rare
        o = outlet_named(name)
        # (« le départ de Francine Pelletier du journal Le Devoir »: her employer, in passing)
        add(o.name if o else name, o.kind if o else kind, o.country if o else None, start, start + len(name),
            _is_affiliation(text, start, lex, per_spans, start + len(name)))
    # a publication something appeared in: « une étude parue dans Nature », "published in Cell Reports"
    for start, end in _appeared_in(article, doc, lex):
        if not cited_at(start):
            o = outlet_named(text[start:end])
            add(o.name if o else text[start:end], o.kind if o else "outlet", o.country if o else None, start, end)
    # a publication the table does not know, named like one (« Garcon Magazine », "the Granite Post"), where
    # outlets are cited (« à la rédaction de », « selon », « dans »); or any name a sentence opens on as
    # where it read something (« Dans JAMA, on découvre que … »)
    reading = _reading_words(lang)
    citing = (lex.CONTEXT_WORDS - _BARE_PREPOSITIONS) | set(lex.MEDIA_NOUNS) | lex.NEWSROOM_WORDS
    for e in article.entities:
        if e.label not in ("ORG", "MISC") or cited_at(e.start) or outlet_named(e.text) is not None:
            continue
        words = e.text.split()
        # (a preposition counts right before the name: "However, the Fake News Media is …" is no citation)
        named_like_one = len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
            and words[0].lower() not in _POSSESSIVES and _looks_like_a_publication(e.text) \
            and (set(_words_before(text, e.start, 4)) & citing or _preposition_right_before(text, e.start))
        if named_like_one or _read_in(doc, e, lex, reading):
            add(e.canonical or e.text, "outlet", None, e.start, e.end,
                _is_affiliation(text, e.start, lex, per_spans, e.end) or _is_topic(doc, e.start, e.end, lex))
    # web domains
    for m in _DOMAIN.finditer(text):
        if cited_at(m.start(1)):
            continue
        o = outlet_named(m.group(1))
        add(o.name if o else m.group(1), o.kind if o else "outlet", o.country if o else None, m.start(1), m.end(1))
    # North American stations by call sign: "on WABC 770 AM", "told KTLA-TV", "WNYC radio"
    for m in _CALL_SIGN.finditer(text):
        if m.group("suffix") or m.group("band") or m.group("noun"):
            o = outlet_named(m.group("sign"))
            add(o.name if o else m.group("sign"), o.kind if o else "broadcaster", o.country if o else "US",
                m.start("sign"), m.end("sign"))
    # embedded posts: "— Public Sénat (@publicsenat) July 19, 2022" under the post's text
    for m in _POST_SIGNATURE.finditer(text):
        o = outlet_named(m.group("name")) or outlet_named(m.group("handle")[1:])
        name = o.name if o else f"{m.group('name')} ({m.group('handle')})"
        add(name, o.kind if o else "social", o.country if o else None, m.start("name"), m.end("handle") + 1)
    # references in numbered notes: « (1) « 26e Rapport sur l'état du mal-logement », Fondation Abbé-Pierre. »
    for m in _NOTE_REFERENCE.finditer(text):
        add(_reference_name(m.group("title"), m.group("author"), lex), "document", None,
            m.start("author"), m.end("author"))
    # credit lines: « Source : RT », and inside a paragraph « (source : RT) », « … fiscal. Source VeriNews. »
    for m in [*re.finditer(lex.CREDIT + r"([^\n]{2,60})", text), *_INLINE_CREDIT.finditer(text)]:
        g = m.lastindex          # (the inline pattern has one group per form)
        raw = m.group(g).strip()
        start = m.start(g) + (len(m.group(g)) - len(m.group(g).lstrip()))
        if cited_at(start):
            continue
        if len(raw.split()) <= 5 and raw[:1].isupper():
            raw = raw.rstrip(" .")
            o = outlet_named(raw)
            add(o.name if o else raw, o.kind if o else "outlet", o.country if o else None, start, start + len(raw))
    for name, src in found.items():
        if src.kind == "social" and outlet_named(name) is not None:
            src.mentions = [m for m in src.mentions if _platform_relied_on(doc, m.start, lang, lex)]
    found = {name: src for name, src in found.items() if src.mentions}
    outlet_mentions = [(m.start, src.name) for src in found.values() if src.kind != "document" for m in src.mentions]
    if own_name:        # (a document the article's own outlet obtained is its own reporting: "seen by the Daily Courier")
        outlet_mentions += [(m.start(), own_name) for m in
                            re.finditer(rf"\b{re.escape(_LEADING_ARTICLE.sub('', own_name, count=1))}\b", text)]
    _documents(article, doc, lex, add, outlet_mentions)
    out = [s for name, s in found.items() if not in_passing_only.get(name, False)]
    for s in out:
        s.mentions.sort(key=lambda sp: sp.start)
    out.sort(key=lambda s: s.mentions[0].start if s.mentions else 0)
    return out


_INLINE_CREDIT = re.compile(r"\([Ss]ources?\s*:\s*([^()\n]{2,60}?)\s*\)"
                            r"|(?<=[.!?] )Sources? (?!:)([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})\.(?=\s|$)")


def _appeared_in(article: Article, doc: Doc, lex) -> list[tuple[int, int]]:
    """(start, end) of the publications something appeared in: a name after « parue dans », « citée par X
    en 2019 dans », "published in", in the same clause; not a place or a person the tagger knows."""
    out = []
    appeared, on = getattr(lex, "APPEARED_WORDS", ()), getattr(lex, "APPEARED_ON", set())
    inside = set(getattr(lex, "APPEARED_IN", ())) | on
    for t in doc_tokens(doc):
        if t.lower_ not in appeared:
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 8 and doc[j].lower_ not in inside and doc[j].text not in ",;:.!?()«»\"“”":
            j += 1
        if j >= len(doc) or doc[j].lower_ not in inside:
            continue
        k = j + 1
        if k + 1 < len(doc) and doc[k].pos_ == "DET" and doc[k + 1].text[:1].isupper():
            k += 1
        end = k
        while end < len(doc) and (doc[end].text[:1].isupper() or end > k and doc[end].text[:1].isdigit()) \
                and doc[end].pos_ not in ("VERB", "AUX", "PUNCT"):
            end += 1
        if end == k:
            continue
        a, b = doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if any(e.start <= a < e.end and e.label in ("LOC", "PER") for e in article.entities) \
                or doc[k].lower_ in calendar_words():
            continue        # « publiée dans Lyon », « parue dans Mars 2020 »
        if doc[j].lower_ in on and not _looks_like_a_publication(article.text[a:b]):
            continue
        out.append((a, b))
    return out


@lru_cache(maxsize=8)
def _body_kinds(lex) -> str:
    """A regular-expression alternation of the kinds of body a name may follow (« la banque », "the firm")."""
    return "|".join(sorted(getattr(lex, "NAMED_BODY_NOUNS", ()), key=len, reverse=True))


def _media_plural(t, lex) -> str | None:
    """The kind a plural media noun names (« les médias », « des journaux », "outlets")."""
    low = t.lower_
    if low[-1:] not in ("s", "x"):
        return None
    for singular in (low[:-1], low[:-3] + "al" if low.endswith("aux") else ""):
        if singular in lex.MEDIA_NOUNS:
            return lex.MEDIA_NOUNS[singular]
    return None


_PUBLICATION_WORDS = {"review", "journal", "news", "times", "post", "magazine", "tribune", "herald", "gazette",
                      "info", "tv", "radio", "mag", "daily", "weekly", "revue", "blog", "press", "presse", "media",
                      "courier", "courrier", "chronicle", "observer", "telegraph", "ledger", "dispatch", "monitor",
                      "sentinel", "bulletin", "examiner", "inquirer", "gazet", "zeitung", "kurier"}


_BARE_PREPOSITIONS = {"à", "au", "aux", "dans", "sur", "par", "in", "on", "to", "by", "from"}
_POSSESSIVES = {"mon", "ma", "mes", "notre", "nos", "votre", "my", "our", "your"}      # « sur Mon Blog »: the author's
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_BARE_PREPOSITIONS))})\s+(?:(?:the|le|la|les|l['’])\s*)?$",
                                 re.IGNORECASE)


def _preposition_right_before(text: str, pos: int) -> bool:
    """« a confié à Vallon Weekly News », "in the Granite Post": a preposition, maybe an article, then the name."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, pos - 20), pos))


@lru_cache(maxsize=4)
def _reading_words(lang: str) -> frozenset[str]:
    """Lemmas of verbs that say what one reads somewhere (« lire », « découvrir », « apprendre »)."""
    speech = lexicon(lang, "speech")
    found_in = getattr(lexicon(lang, "sources"), "FOUND_IN_VERBS", ())
    return frozenset(getattr(speech, "READING_VERBS", ())) | frozenset(found_in)


def _read_in(doc: Doc, e, lex, reading: frozenset[str]) -> bool:
    """« Dans JAMA, on découvre que … », "In Foreign Affairs, we read that …": a sentence that opens on
    « dans » and a name, then a comma, then a verb of reading: that name is a publication."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in lex.APPEARED_IN \
            or not doc[span.start - 1].is_sent_start or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    clause = doc[span.end + 1:min(span.sent.end, span.end + 6)]
    return any((t.lemma_ or "").lower() in reading for t in clause)


def _looks_like_a_publication(name: str) -> bool:
    """A name the table knows as an outlet, a web domain, or one ending on a publication's word ("The Unz Review")."""
    words = name.lower().split()
    return outlet_named(name) is not None or bool(_DOMAIN.fullmatch(name)) \
        or bool(words) and words[-1] in _PUBLICATION_WORDS


def _reference_name(title: str, author: str, lex) -> str:
    """A referenced document's name: its author and what it is when the title says it (« 26e Rapport
    sur … » -> "Fondation Abbé-Pierre report"), else its author and its title up to a subtitle."""
    words = [w for w in re.findall(r"[\w’'-]+", title.lower()) if not re.fullmatch(r"\d+(?:e|er|ème|th|st|nd|rd)?", w)]
    if words and words[0] in lex.DOCUMENT_NOUNS:
        return f"{author} {lex.DOCUMENT_NOUNS[words[0]]}"
    return f"{author}, « {re.split(r' ?:', title, maxsplit=1)[0].strip()} »"


_WHERE_SAID = {"sur", "on", "via", "dans", "in"}


def _subject_of_cue(t, cue_verbs) -> bool:
    """« Twitter a annoncé … », "Google and YouTube on Thursday announced …": the platform speaks."""
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    return t.dep_.startswith("nsubj") and (t.head.lemma_ or "").lower() in cue_verbs


def _platform_relied_on(doc: Doc, start: int, lang: str, lex) -> bool:
    """A platform is a source where the sentence says someone wrote or said something there (« écrivait
    sur Twitter : « … » », « sur son compte Twitter »), not where it is a topic (« 14 millions de followers
    sur Instagram », « un drapeau sur leur fil Twitter »)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return True
    sent = span[0].sent
    speech = lexicon(lang, "speech")
    cue_verbs = speech.CUE_VERBS if speech else set()
    def platform_word(x) -> bool:        # (« il compte 14 millions de followers »: the verb, no account)
        return x.lower_ in lex.PLATFORM_WORDS and not (x.pos_ == "VERB" and x.lower_.startswith("compt"))

    said = any(ch in sent.text for ch in "«“\"") or any(
        (x.lemma_ or "").lower() in cue_verbs or platform_word(x) for x in sent)
    # ... and the platform is where it was said (« sur Twitter », "on his Facebook page", « un tweet »),
    # not a company the story is about (« L'UE fait appel à Facebook, Twitter, TikTok … pour « lutter … » »)
    t = span[0]
    near = [x for x in t.doc[max(sent.start, t.i - 3):min(sent.end, t.i + 3)] if x.i != t.i]
    where = any(x.lower_ in _WHERE_SAID for x in t.doc[max(sent.start, t.i - 3):t.i]) or \
        any(platform_word(x) for x in near) or \
        _subject_of_cue(t, cue_verbs)
    return said and where


def _after_time_complement(doc: Doc, j: int, lex) -> int:
    """The token after « de mardi soir », « du jour », « de dimanche dernier » at j (else j)."""
    if j < len(doc) and doc[j].lower_ in ("de", "du", "d'", "d’"):
        k = j + 1
        while k < len(doc) and k - j <= 3 and doc[k].lower_ in getattr(lex, "TIME_WORDS", ()):
            k += 1
        if k > j + 1:
            return k
    return j


def _body_spans(article: Article) -> list[tuple[int, int, str, str]]:
    """Named bodies that can author a document: (start, end, canonical name, label)."""
    text = article.text
    out = []
    pattern, index = _alias_index()
    for m in pattern.finditer(text):
        outlet, _ = index[m.group(0)]
        if outlet.kind == "official":
            out.append((m.start(), m.end(), outlet.name, "ORG"))
    taken = [(a, b) for a, b, _, _ in out]
    nationalities = getattr(lexicon(article.language or "fr", "bodies"), "NATIONALITIES", {})
    for e in article.entities:
        if e.label == "MISC" and e.text.lower() in nationalities:
            continue        # « l'information Polonais »: a nationality authors nothing
        if e.label in ("ORG", "MISC", "LOC") and not any(a < e.end and e.start < b for a, b in taken):
            # « L’Huma »: the tagger leaves the article out of the name the table knows
            o = outlet_named(e.text) or outlet_named(e.canonical or "") or outlet_named(text[max(0, e.start - 2):e.end])
            out.append((e.start, e.end, o.name if o else (e.canonical or e.text), e.label))
    return sorted(out)


_INSTITUTION_WORDS = re.compile(r"\b(Pentag|Kremlin|Maison|White House|Élysée|Elysée|Quai|Commission|Office|Agence|Agency)")
_BODY_NOUNS = {"ong", "organisation", "agence", "institution", "office", "organization", "agency", "group", "groupe",
               "institut", "institute", "commission", "ministère", "ministry", "gouvernement", "government"}


@dataclass(frozen=True)
class _Author:
    """Who issued a document: a named body (label ORG, MISC, LOC) or a person (PER)."""
    start: int
    end: int
    name: str
    label: str
    signed: bool = False        # named as its writer (« rédigé par », "written by"), whatever the document


def _documents(article: Article, doc: Doc, lex, add, outlet_mentions: list[tuple[int, str]]) -> None:
    """« un rapport de l'Olaf », « les estimations de l'OMS », « un communiqué du parquet de Lyon »,
    « Dans un rapport, l'ONG a accusé… », « a-t-il dit dans sa déclaration vidéo quotidienne ».

    A body's document is named by the body, with kind "document"; a person's by the person
    and what it is (« Jean Dupont's daily video statement »), so that it is never read as the
    person themself.  Later « le rapport », « ce rapport » are its mentions.  A document an outlet
    obtained (« un document confidentiel de l'Olaf consulté par Der Spiegel ») is cited with
    `via` that outlet: the article relies on both, but relays the outlet (see align/provenance)."""
    text = article.text
    bodies = [_Author(*b) for b in _body_spans(article)]
    known_bodies = [b for b in bodies if b.label == "ORG" and outlet_named(b.name) is not None]
    persons = [_Author(e.start, e.end, e.canonical or e.text, "PER") for e in article.entities if e.label == "PER"]
    last_doc: tuple[str, str] | None = None
    obtained: dict[str, str] = {}       # document noun -> the outlet that obtained the last one so named
    for t in doc_tokens(doc):
        low = _document_noun(t, doc, lex) if t.pos_ == "NOUN" else None
        if low is None:
            continue
        k = t.i - 1
        while k >= 0 and t.i - k <= 5 and (doc[k].pos_ == "ADJ" or doc[k].dep_ in ("compound", "nummod")
                                           or doc[k].tag_ == "HYPH" and k < t.i - 1 or doc[k].pos_ == "ADV"
                                           and doc[k].head.pos_ == "ADJ" and k < doc[k].head.i < t.i):
            k -= 1              # « un nouveau rapport », "his nightly video address", "a much anticipated report",
            # "The 40-page report"
        if k < 0 or doc[k].pos_ not in ("DET", "ADP") and doc[k].dep_ != "poss" and doc[k].tag_ != "POS" \
                and doc[k].lower_ not in ("l'", "l’"):
            continue            # « note Mathieu Ichou »: a verb the tagger read as a noun
        if k < t.i - 1 and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("que", "qu'", "qu’", "that"):
            continue            # « Le politicien note qu'… », the noun read as an adjective: a verb again
        if k > 0 and (doc[k - 1].lower_, low) in lex.PLACES_NOT_DOCUMENTS or (doc[t.i - 1].lower_, low) in lex.IDIOMS:
            continue            # « à la tribune de l'ONU »: the rostrum, not an op-ed; « par rapport à »: compared with
        if k == t.i - 1 and k > 0 and doc[k].lower_ in getattr(lex, "KIND_OF", ()) \
                and doc[k - 1].pos_ == "NOUN" and doc[k - 1].lower_ not in lex.COUNT_NOUNS:
            continue            # « des méthodes d'analyse du Big Data »: a kind of work, not a document
        # (a person writes letters and reports, and any document the text says they wrote)
        end = t.idx + len(t.text)
        writers = persons if low in lex.PERSON_WRITINGS else [
            p for p in persons if end < p.start <= end + 100 and re.fullmatch(_WRITTEN_BY, text[end:p.start])]
        # "NY AG Letitia James' report", "the Labor Department's report": the possessor wrote it
        owner = [_Author(a.start, doc[k].idx, re.sub(r"['’]s?$", "", a.name).strip(), a.label)
                 for a in bodies + writers if doc[k].tag_ == "POS" and doc[k].idx <= a.end <= doc[k].idx + len(doc[k].text)
                 and t.dep_ != "compound"] if k >= 0 else []
        authors = (owner or _maker_next_to(text, doc, t, k, known_bodies)
                   or _authors_named_after(text, t, bodies + writers, lex)
                   or _institution_after(article, doc, t, lex)
                   or _author_by_subject(article, doc, t, lex, bodies, persons))
        via = _obtained_by_outlet(t, lex, outlet_mentions)
        if via is None and doc[k].lower_ in _TAKING_UP:
            via = obtained.get(low)     # « Ce rapport, rédigé par … » after « un rapport consulté par le Daily Courier »
        if via is not None:
            obtained[low] = via
        for author in authors:
            if author.label == "LOC" and not _INSTITUTION_WORDS.search(author.name + " " + text[author.start:author.end]):
                continue        # « les chiffres de la France »: a country is not a document
            if author.label == "PER":
                if low not in lex.PERSON_WRITINGS | lex.PERSON_MEDIA and not author.signed:
                    continue
                what = _document_words(doc, t, low, lex)
                if low in lex.SPOKEN_MEDIA and what == _english_noun(low, lex):
                    continue        # no qualifier: words said, not a record
                issuer, name = author.name, f"{author.name}'s {what}"
            else:
                words = doc.char_span(author.start, author.end, alignment_mode="expand")
                words = _with_body_noun_before(doc, list(words), lex) if words is not None else None
                issuer = (national_body(article.language or "fr", words) if words is not None else None) \
                    or author.name
                name = add(issuer, "document", None, author.start, author.end, via=via, issuer=issuer)
            name = add(name, "document", None, t.idx, t.idx + len(t.text), via=via, issuer=issuer)
            last_doc = (name, low)
        if not authors and last_doc is not None and low == last_doc[1] and \
                doc[t.i - 1].lower_ in _TAKING_UP:
            add(last_doc[0], "document", None, t.idx, t.idx + len(t.text))


# the determiners that take up a document named before (« ce rapport », « son rapport », "the report")
_TAKING_UP = {"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces", "son", "sa", "the", "this", "that", "these",
              "those"}


def _with_body_noun_before(doc: Doc, words: list, lex) -> list:
    """A name the tagger cut off its body's noun (« du ministère grec de l'Immigration » tagged
    « Immigration »): the words from that noun on, so that the body is named whole."""
    first = words[0].i
    for k in range(first - 1, max(-1, first - 6), -1):
        if doc[k].lower_ in _BODY_NOUNS:
            return list(doc[k:words[-1].i + 1])
        if doc[k].pos_ not in ("ADJ", "ADP", "DET"):
            break
    return words


def _obtained_by_outlet(t, lex, outlet_mentions: list[tuple[int, str]]) -> str | None:
    """The cited outlet that the document's sentence says obtained or saw it, if any."""
    sent = t.sent
    if not any(w.lower_ in lex.OBTAINED_WORDS for w in sent):
        return None
    return next((name for start, name in outlet_mentions if sent.start_char <= start < sent.end_char), None)


# what may stand between a document noun and its author: up to four words (« annuel établi »,
# « provisoire publiée ce vendredi »), none of which says what the document is about (« des données
# sur les employés de la Direction … »: not its author), a comma, then the preposition (« de »,
# « par », "from") and its article
_TO_AUTHOR = (r"(?:\s+(?!(?:sur|concernant|contre|envers|l['’]égard|sujet|propos|vis-à-vis|encontre"
              r"|about|on|regarding|against|into|toward|towards)\b)[\wéèêà'’-]+){0,4}?"
              r"\s*(?:,\s*)?(?:de|du|des|d['’]|de la|de l['’]|par|of|by|from|et de|et du|and)"
              r"\s*(?:[Tt]he\s+|[lL]['’]|la\s+|le\s+|les\s+)?")


# a participle that names who made the document, past what it is about: « une enquête sur le panier de
# consommation réalisée par l'American Farm Bureau Federation », "a survey of 2,000 voters conducted by"
_MADE_BY = (r"(?:\s+[\w'’,.-]*[\w'’-]){0,8}?\s+(?:réalisée?s?|menée?s?|conduite?s?|effectuée?s?|commandée?s?|"
            r"commanditée?s?|publiée?s?|établie?s?|produite?s?|carried out|conducted|commissioned|published|"
            r"produced)\s+(?:par|by)\s*(?:[Tt]he\s+|[lL]['’]|la\s+|le\s+|les\s+)?")

# a participle that names who wrote it, a few time words after it, the team they led, and their trade:
# « rédigé le mois dernier par l'ingénieur Tomas Reiner », "written last month by a team led by engineer"
_WRITTEN_BY = (r",?(?:\s+[\w'’,.-]*[\w'’-]){0,8}?,?\s+(?:rédigée?s?|écrite?s?|signée?s?|written|authored|signed|drafted|penned)"
               r"(?:\s+[\w'’-]+){0,4}?\s+(?:par|by)\s+"
               r"(?:(?:une?|a|an)\s+(?:équipe|groupe|team|group|panel)\s+(?:dirigée?|menée?|conduite?|led|headed)\s+(?:par|by)\s+)?"
               r"(?:[Tt]he\s+|[lL]['’]|la\s+|le\s+)?(?:[a-zà-ÿ][\w'’-]*\s+){0,3}?")


@lru_cache(maxsize=4)
def _role_before(lang: str) -> str:
    """A role before a writer's name, in apposition or not: "from the New York State attorney general,
    Letitia James", « de la ministre Anne Dubois »."""
    roles = sorted(getattr(lexicon(lang, "speech"), "PERSON_ROLES", ()), key=len, reverse=True)
    return (rf"\b(?:[\w.'’-]+\s+){{0,5}}?(?:{'|'.join(map(re.escape, roles))})(?:\s+[\w.'’-]+){{0,4}}?\s*,?\s*"
            if roles else r"(?!)")


def _maker_next_to(text: str, doc: Doc, t, first: int, known_bodies: list[_Author]) -> list[_Author]:
    """A body the tables know, named against the document noun with no preposition: after it in French
    (« un sondage Ifop », « une étude Inserm »), before it in English ("a new Gallup poll", the words
    between the article and the noun)."""
    end = t.idx + len(t.text)
    before_start = doc[first + 1].idx if first + 1 < t.i else t.idx
    return [b for b in known_bodies if text[end:b.start] == " " or before_start <= b.start and b.end <= t.idx]


def _authors_named_after(text: str, t, candidates: list[_Author], lex) -> list[_Author]:
    """Named authors right after the noun: « un rapport de l'Olaf », « les données de l'OMS et de
    l'Unicef », and the inverted subject of an incise « a indiqué dans un communiqué le Commandement Est »."""
    window_end = t.idx + len(t.text) + 100
    found: list[_Author] = []
    kinds = _body_kinds(lex)     # (« les estimations de la compagnie X »: the author after its kind)
    first_verb = next((w.idx for w in t.doc[t.i + 1:t.i + 8] if "Fin" in w.morph.get("VerbForm")), None)
    for author in sorted(candidates, key=lambda x: x.start):
        if not t.idx < author.start <= window_end:
            continue
        between = text[t.idx + len(t.text):author.start]
        if set(re.findall(r"\w+", between.lower())) & lex.OBTAINED_WORDS:
            break       # "an internal report seen by the Daily Courier": who obtained it, not who wrote it
        if first_verb is not None and first_verb < author.start:
            break       # "The poll also shows a majority of Republican voters": what it says, not who made it
        written = not found and re.fullmatch(_WRITTEN_BY, between)
        if written or re.fullmatch(_TO_AUTHOR, between) or not found and re.fullmatch(_MADE_BY, between) \
                or author.label == "PER" and re.fullmatch(_TO_AUTHOR + _role_before(t.doc.lang_), between) \
                or kinds and re.fullmatch(_TO_AUTHOR + rf"(?:{kinds})\s+", between) \
                or (found and re.fullmatch(r"\s*(?:et|and)\s+(?:de\s+|du\s+|d['’])?(?:l['’]|la\s+|le\s+|the\s+)?",
                                           text[found[-1].end:author.start])) \
                or (not found and re.fullmatch(r"\s+(?:le|la|les|l['’])\s*", between)
                    and re.search(r"\b(?:dans|in) (?:un|une|son|sa|leur|a|its|their) $", text[max(0, t.idx - 12):t.idx])):
            # "the letter by RNC Chair Ronna McDaniel": the body is the writer's affiliation, the writer signs
            writer = next((c for c in candidates if c.label == "PER" and author.label != "PER"
                           and re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}", text[author.end:c.start])), None)
            found.append(replace(writer or author, signed=bool(written)))
            continue
        break
    return found


def _institution_after(article: Article, doc: Doc, t, lex) -> list[_Author]:
    """An author the entity tagger did not name: a body described by a common noun (« un communiqué
    du parquet de la province de Limbourg », « le rapport établi par le régulateur de l'audiovisuel »,
    « le communiqué du ministère russe de la Défense ») or a name it missed (« un rapport de
    Navdanya International »)."""
    j = t.i + 1
    while j < len(doc) and j - t.i <= 4 and doc[j].pos_ in ("ADJ", "VERB", "ADV") and doc[j].text[:1].islower():
        j += 1          # « annuel établi », « publié jeudi » is left to the time words below
    if j >= len(doc) or doc[j].lower_ not in ("de", "du", "des", "d'", "d’", "par", "of", "by", "from"):
        return []
    j += 1
    if j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    if j >= len(doc):
        return []
    head = doc[j]
    if any(e.start <= head.idx < e.end and (e.label in ("PER", "LOC") or e.start <= t.idx) for e in article.entities):
        return []       # a person, a place, or the name of the document itself (« le mémorandum de Budapest »)
    if head.lower_ in lex.INSTITUTION_NOUNS:
        described = _institution_named(article, doc, head)
        return [described] if described else []
    if head.pos_ == "PROPN" and head.text[:1].isupper() and head.lower_ not in calendar_words():
        k = j
        while k + 1 < len(doc) and (doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper()
                                    or doc[k + 1].is_space and k + 2 < len(doc) and doc[k + 2].pos_ == "PROPN"):
            k += 1
        start, end = head.idx, doc[k].idx + len(doc[k].text)
        person = next((e for e in article.entities if e.label == "PER" and start <= e.start < end + 1), None)
        if person is not None:
            # "a joint statement from Sen. Ed Markey" is his; "released by President Joe Biden's
            # commission" is the commission's, which the words do not name well enough
            owned = doc[k].dep_ == "poss" or (k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s"))
            return [] if owned else [_Author(person.start, person.end, person.canonical or person.text, "PER")]
        return [_Author(start, end, article.text[start:end], "ORG")]
    return []


def _institution_named(article: Article, doc: Doc, head) -> _Author | None:
    """A body described by its common noun and what qualifies it, in the English form of a state
    body when it is one (« le ministère russe de la Défense » -> Russian Defence Ministry).  A bare
    noun (« la commission », "the office") says too little to be a source."""
    left = []
    for w in reversed([w for w in head.subtree if w.i < head.i]):
        if w.i != (left[0].i - 1 if left else head.i - 1) or w.pos_ in ("DET", "PUNCT", "ADP"):
            break
        left.insert(0, w)
    words = left + _noun_phrase(doc, head)
    if sum(1 for w in words if w.pos_ not in ("DET", "ADP", "PART", "PUNCT")) < 2:
        # unless a state body named just before with that noun (« l'armée israélienne », then « a indiqué
        # l'armée dans son communiqué »)
        again = body_named_before(article.language or "fr", head)
        return _Author(head.idx, head.idx + len(head.text), again, "ORG") if again else None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    name = national_body(article.language or "fr", _noun_phrase(doc, head)) or article.text[start:end]
    return _Author(start, end, name, "ORG")


_QUOTE_MARKS = re.compile(r"[«»“”\"]")


def _noun_phrase(doc: Doc, head) -> list:
    """The head noun and the words after it that qualify it, up to a clause or a parenthesis
    (« parquet de la province belge du Limbourg (nord) » -> « parquet de la province belge du Limbourg »)."""
    right = [w for w in head.subtree if w.i >= head.i]
    out = []
    for w in right:
        if w.i != (out[-1].i + 1 if out else head.i) or w.pos_ in ("PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            break
        out.append(w)
    while out and out[-1].pos_ in ("ADP", "DET"):
        out.pop()
    return out[:10]


def _author_by_subject(article: Article, doc: Doc, t, lex, bodies: list[_Author],
                       persons: list[_Author]) -> list[_Author]:
    """The subject of the verb the document hangs on: an inverted one after it (« Dans un rapport
    publié jeudi, l'ONG a accusé… », « », a indiqué dans un communiqué le Commandement Est »), or one
    before it when the document is the medium of the verb (« Le Conseil européen a indiqué dans un
    communiqué que… », « M. Dupont a publié une lettre »).  A subject before the noun otherwise is
    its reader or critic (« le ministre a rejeté le rapport »), not its author."""
    sent = t.sent
    governor = t.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head != governor:
        governor = governor.head
    medium = any(c.dep_ == "case" and c.lower_ in lex.MEDIUM_PREPOSITIONS for c in t.children) \
        or (t.dep_ == "pobj" and t.head.lower_ in lex.MEDIUM_PREPOSITIONS) \
        or (t.dep_ in ("obj", "dobj") and t.head.lemma_.lower() in lex.PUBLISH_VERBS)
    # a document in a subordinate clause (« Pour accéder aux données, le groupe a utilisé … ») is no
    # medium of the main verb: its subject did not write it
    verbs = (governor,) if governor.dep_ in ("advcl", "xcomp", "acl", "csubj") and not medium else (governor, sent.root)
    if medium and governor.dep_ == "xcomp":
        verbs = (governor, governor.head) + verbs[1:]   # « le GIEC vient de publier un nouveau rapport »
    # (a passive subject is what the document tells of: "Brittany Commisso's claims were detailed in a report")
    subj = [c for v in verbs for c in v.children
            if c.dep_.startswith("nsubj") and c.dep_ not in ("nsubj:pass", "nsubjpass") and (c.i > t.i or medium)]
    if not subj:
        return []
    s0 = subj[0]
    if _QUOTE_MARKS.search(article.text, min(s0.idx, t.idx), max(s0.idx, t.idx)):
        return []       # « …, la police a découvert… », pouvait-on lire dans ce communiqué: a subject of the quoted text
    # the body named there, or in apposition to its noun (« l'ONG Amnesty International »)
    # a person only through the medium of their words: the subject after « la déclaration du
    # président » is who reacts to it
    subject = list(s0.subtree)
    a, b = subject[0].idx, subject[-1].idx + len(subject[-1].text)
    # (« a déclaré la porte-parole de la présidence Jen Psaki dans un communiqué »: the name in the subject)
    named = [x for x in bodies + (persons if medium else []) if x.start <= s0.idx < x.end] or \
        [x for x in (persons if medium else []) if a <= x.start and x.end <= b and not _QUOTE_MARKS.search(article.text, a, b)] or \
        [x for x in bodies if s0.idx + len(s0.text) <= x.start <= s0.idx + len(s0.text) + 1]
    if named:
        return named[:1]
    if s0.lower_ in lex.INSTITUTION_NOUNS:
        # « le parquet de Lyon a indiqué dans un communiqué », "the prosecutor's office said in a statement"
        described = _institution_named(article, doc, s0)
        if described:
            return [described]
    if s0.lower_ in _BODY_NOUNS:
        # « Dans un rapport, l'ONG a accusé… »: the body named before, best one that this noun names;
        # only that one for a subject before the document ("The commission will issue a report",
        # when no commission was named, is not the court named before)
        before = [x for x in bodies if x.start < s0.idx and x.label != "LOC"]
        own = [x for x in before if s0.lower_ in x.name.lower()]
        return (own or (before if s0.i > t.i else []))[-1:]
    return []


def _document_noun(t, doc: Doc, lex) -> str | None:
    """The document noun a word is, singular or plural (« les rapports du Giec »), or the first word of
    a two-word one (« compte rendu »): its key in the lexicon, else None."""
    phrase = (t.lower_, doc_tokens(doc)[t.i + 1].lower_) if t.i + 1 < len(doc) else None
    if phrase in getattr(lex, "DOCUMENT_PHRASES", {}):
        return " ".join(phrase)
    if t.lower_ in lex.DOCUMENT_NOUNS:
        return t.lower_
    lemma = (t.lemma_ or "").lower()
    # (a plural that also names something else is no document: « les notes du Bac » are marks)
    return lemma if lemma in lex.DOCUMENT_NOUNS and t.lower_ not in getattr(lex, "PLURALS_NOT_DOCUMENTS", ()) else None


def _english_noun(noun: str, lex) -> str:
    return lex.DOCUMENT_NOUNS.get(noun) or getattr(lex, "DOCUMENT_PHRASES", {}).get(tuple(noun.split()), noun)


def _document_words(doc: Doc, t, noun: str, lex) -> str:
    """What a person's document is, in English, with its qualifiers: « sa déclaration vidéo
    quotidienne » -> "daily video statement" (Jean Dupont's)."""
    qualifiers = []
    for w in doc[t.i + 1:t.i + 4]:
        if w.lower_ not in lex.DOCUMENT_QUALIFIERS:
            break
        qualifiers.append(lex.DOCUMENT_QUALIFIERS[w.lower_])
    before = [lex.DOCUMENT_QUALIFIERS[w.lower_] for w in doc[max(0, t.i - 2):t.i] if w.lower_ in lex.DOCUMENT_QUALIFIERS]
    noun = _english_noun(noun, lex)
    # English puts the frequency before the medium: « vidéo quotidienne » -> daily video
    words = sorted(dict.fromkeys(before + qualifiers + [noun]), key=lambda w: (w == noun, w == "video"))
    return " ".join(words)
