"""Per-sentence facts the aligners compare: entities, numbers, dates, negation.

Everything is read from the per-article analysis (entities, numbers, dates)
by span containment; when the numbers stage left nothing, a small fallback
reads plain figures so that number checks still work on raw text.
"""
from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from recoupe.model import Article, Sentence

_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
                "trillion": 1e12, "trillions": 1e12, "mille": 1e3, "milliard": 1e9, "milliards": 1e9,
                "millier": 1e3, "milliers": 1e3, "bn": 1e9, "m": 1e6, "k": 1e3, "tausend": 1e3,
                "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "billionen": 1e12}
_NUMBER = re.compile(r"(?<![\w.,\-/])(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?:\s*(%|(?:per ?cent|pour ?cent|"
                     r"thousand|millions?|billions?|trillions?|milliards?|milliers?|mille|bn|tausend|"
                     r"millionen|milliarden?|billionen)\b))?", re.IGNORECASE)
_UNIT_WORD = re.compile(r"\s*([^\W\d_]{3,})", re.UNICODE)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")

# Weekday names: a day named for the same event is a checkable date.
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
}

WEEKDAYS = {unicodedata.normalize("NFKD", k).encode("ascii", "ignore").decode(): v for k, v in WEEKDAYS.items()}

_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
           "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
           "octobre", "novembre", "decembre"}

STEM = 5                       # letters kept of a content word: « recrues » / « recrue », « déclaré » / « déclare »
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REPORT_DATE_DISTANCE = 40      # characters between a source's name and the day of its report
_QUOTED = re.compile(r"[«“\"„].*?[»”\"“]", re.DOTALL)
# a person's full name (« kaja kallas », « charles q brown jr »): one-word or digit-bearing
# PER labels are often products or diseases (« pfizer », « covid 19 »)
_FULL_NAME = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)+$")

_FILLER_UNITS = {"the", "and", "les", "des", "der", "die", "das", "que", "who", "which", "than", "that",
                 "for", "per", "from", "with", "dans", "pour", "par", "sur", "und", "more", "less", "fewer",
                 "plus", "moins", "new", "nouveaux", "nouvelles", "other", "autres"}


@dataclass
class Number:
    value: float
    unit: str | None
    text: str
    approximate: bool = False


@dataclass
class SentenceFacts:
    article_id: str
    index: int                       # position in the article's sentence list
    sentence: Sentence
    entities: set[str] = field(default_factory=set)
    numbers: list[Number] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)
    date_context: set[str] = field(default_factory=set)   # 5-letter stems near the date mentions
    weekdays: set[int] = field(default_factory=set)
    words: list[str] = field(default_factory=list)
    name_words: set[str] = field(default_factory=set)     # words inside entity mentions, and speech cues
    people: set[str] = field(default_factory=set)         # persons named in it, and the voices it quotes
    speakers: set[str] = field(default_factory=set)       # who says the words it quotes directly
    outside_quotes: str = ""                               # its text with quoted words blanked
    language: str | None = None
    sources: set[str] = field(default_factory=set)          # cited sources named in the sentence
    source_dates: set[tuple[str, str]] = field(default_factory=set)  # (source, day) a report is dated
    anchors: set[tuple[str, object]] = field(default_factory=set)   # see `anchors_of`


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]+", " ", text)).strip()


def words_of(text: str) -> list[str]:
    return norm(text).replace("'", " ").split()


def _unit_after(text: str, end: int) -> str | None:
    m = _UNIT_WORD.match(text, end)
    if not m:
        return None
    w = norm(m.group(1))
    return None if w in _FILLER_UNITS else w


def fallback_numbers(text: str) -> list[Number]:
    out = []
    for m in _NUMBER.finditer(text):
        whole, frac, mult = m.group(1), m.group(2), m.group(3)
        digits = re.sub(r"[ ,.\u00a0\u202f]", "", whole)
        try:
            value = float(digits + ("." + frac if frac else ""))
        except ValueError:
            continue
        unit = None
        money = text[max(0, m.start() - 1):m.start()] in ("$", "€", "£")
        if mult:
            key = mult.lower().replace(" ", "")
            if key in ("%", "percent", "pourcent"):
                unit = "%"
            else:
                value *= _MULTIPLIERS.get(key, 1)
        if money and unit is None:
            unit = text[m.start() - 1]         # a sum of money: the currency is the unit
        if unit is None:
            unit = _unit_after(text, m.end())
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and norm(before[-1]) in _MONTHS:
            continue                           # "Aug. 25": a day of the month, not a quantity
        if _YEAR.match(m.group(0)) and not mult and not money:
            continue                           # years are dates, compared as dates
        out.append(Number(value, unit, m.group(0)))
    return out


@lru_cache(maxsize=None)
def surname(person: str) -> str:
    """« charles q brown jr » -> « brown »: what two spellings of one person share."""
    parts = [p for p in person.split() if p not in ("jr", "sr", "ii", "iii")]
    return parts[-1] if parts else person


def different_speakers(a: SentenceFacts, b: SentenceFacts) -> bool:
    """Both sentences quote someone's own words, and not the same someone's: the minister's
    promise and the director's denial are two facts, in a short dispatch as in a long report."""
    return bool(a.speakers and b.speakers) and not ({surname(p) for p in a.speakers} & {surname(p) for p in b.speakers})


def different_people(a: SentenceFacts, b: SentenceFacts) -> bool:
    """Both sentences name who acts or speaks (a person, or the outlet whose words
    they quote), and no one is in both: Madis Roll's words are not Jake
    Sullivan's, Kaja Kallas's interview is not Hanno Pevkur's."""
    return bool(a.people and b.people) and not ({surname(p) for p in a.people} & {surname(p) for p in b.people})


@lru_cache(maxsize=None)
def stopwords(language: str | None) -> frozenset[str]:
    """spaCy's stop words for the language (accents folded like `norm`); French
    and English together when the language is unknown or has no list."""
    langs = [language] if language else ["fr", "en"]
    out: set[str] = set()
    for lang in langs:
        try:
            out |= importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        except (ImportError, AttributeError):
            return stopwords(None) if language else frozenset()
    return frozenset(norm(w) for w in out)


def content_stems(words: list[str], language: str | None) -> set[str]:
    """5-letter stems of the words that carry content (no stop words, no bare figures)."""
    stop = stopwords(language)
    return {w[:STEM] for w in words if len(w) >= 4 and w not in stop and not w.isdigit()}


def anchors_of(f: SentenceFacts) -> set[tuple[str, object]]:
    """What pins a sentence to one fact: who (entities, cited sources), which
    figures and dates, and its content words.  Only the first three kinds
    can be shared across languages; "word" anchors compare within one."""
    out: set[tuple[str, object]] = {("entity", e) for e in f.entities | f.sources}
    out |= {("number", round(n.value, 6)) for n in f.numbers}
    out |= {("date", d) for d in f.dates}
    # a name is one anchor (its canonical form), not also a word: « Russie » is not counted twice;
    # nor is a speech cue an anchor: two people who « ont déclaré » did not say one thing
    out |= {("word", w) for w in content_stems([w for w in f.words if w not in f.name_words], f.language)}
    return out


def sentence_facts(article: Article, index: int, sentence: Sentence) -> SentenceFacts:
    s, e = sentence.start, sentence.end
    f = SentenceFacts(article.id, index, sentence, language=article.language)
    for ent in article.entities:
        if s <= ent.start and ent.end <= e:
            n = re.sub(r"'s\b", "", norm(ent.canonical or ent.text)).strip()
            if len(n) >= 2:
                f.entities.add(n)
                f.name_words.update(words_of(article.text[ent.start:ent.end]))
            if ent.label == "PER" and _FULL_NAME.match(n):
                f.people.add(n)
    text = list(sentence.text)
    for q in article.quotes:                 # direct quotes and reported speech
        if q.start < e and q.end > s:
            # the voice quoted, a person or an outlet (« The New York Times » wrote X, Kallas said Y)
            if q.speaker_canonical and _FULL_NAME.match(norm(q.speaker_canonical)):
                f.people.add(norm(q.speaker_canonical))
                if q.kind == "direct":
                    f.speakers.add(norm(q.speaker_canonical))
            # « a indiqué », « a déclaré »: who spoke, not what was said
            f.name_words.update(words_of(q.cue or ""))
            if q.kind == "direct":
                for k in range(max(q.start, s) - s, min(q.end, e) - s):
                    text[k] = " "
    f.outside_quotes = _QUOTED.sub(" ", "".join(text))
    nums = [n for n in article.numbers if s <= n.start and n.end <= e and n.value is not None]
    if nums:
        f.numbers = [Number(float(n.value), (n.unit or "").casefold() or _unit_after(article.text, n.end),
                            n.text, n.approximate) for n in nums]
    elif not article.numbers:
        f.numbers = fallback_numbers(sentence.text)
    for d in article.dates:
        if s <= d.start and d.end <= e and d.resolved:
            f.dates.add(d.resolved)
            before = words_of(article.text[max(s, d.start - 40):d.start])[-3:]
            after = words_of(article.text[d.end:min(e, d.end + 40)])[:3]
            f.date_context |= {w[:5] for w in before + after if len(w) >= 4}
    f.words = words_of(sentence.text)
    if not article.dates:
        # no date stage output: "Aug. 25" / "25 août" still tell which day a fact is about
        for i, w in enumerate(f.words[:-1]):
            nxt = f.words[i + 1]
            if w in _MONTHS and nxt.isdigit() and len(nxt) <= 2:
                f.dates.add(f"--{w[:3]}-{int(nxt):02d}")
            elif w.isdigit() and len(w) <= 2 and nxt in _MONTHS:
                f.dates.add(f"--{nxt[:3]}-{int(w):02d}")
    f.weekdays = {WEEKDAYS[w] for w in f.words if w in WEEKDAYS}
    # « le NY Times » and « le New York Times » are one source under its canonical name
    mentions = [(c.name, m) for c in article.cited_sources for m in c.mentions
                if c.name and m.start is not None and s <= m.start and m.end <= e]
    f.sources = {norm(name) for name, _ in mentions}
    # « a écrit le NY Times jeudi », « le New York Times a rapporté, le vendredi 17 mai »:
    # a day named right next to the source is the date of its report
    for d in article.dates:
        if s <= d.start and d.end <= e and d.resolved and _DAY.match(d.resolved):
            for name, m in mentions:
                if max(d.start - m.end, m.start - d.end) <= REPORT_DATE_DISTANCE:
                    f.source_dates.add((name, d.resolved))
    f.anchors = anchors_of(f)
    return f
