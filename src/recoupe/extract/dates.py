"""Stage `dates`: date expressions, absolute and relative, resolved against
the article's publication date.

Finding: precompiled per-language regexes (word lists and templates in
`recoupe.lang.<code>.dates`) run over the cleaned text; overlapping hits keep
the longest.  search_dates is not used: it misses French relative forms and
invents dates out of ordinary words.

Resolving: against `article.published`, else `article.reference_date`, at
the granularity the phrase carries ("YYYY-MM-DD", "YYYY-MM", "YYYY").  A
phrase that needs a finer base than the one known stays unresolved (a month
base cannot resolve « hier »); vague phrases (« aujourd'hui » in its generic
sense, « quelques heures plus tard ») are kept with `resolved=None`.  Rules:
  * a weekday alone is the most recent such day on or before the base
    (« jeudi dernier »: strictly before; « jeudi prochain »: strictly after);
  * a month or day-month without a year is the one nearest the base (ties
    to the past; on or after the base in a future-tense sentence) — plain
    "prefer past" misreads scheduled dates ("the August 31 deadline");
  * weekday + day + month without a year: the latest year <= the base year
    (today's year without a base) in which that day is that weekday;
  * « il y a N unités » / "N units ago" go through dateparser (cached per
    phrase and base), cut to the unit's granularity;
  * « cette semaine »: the month (or year) when the whole week lies in one;
  * seasons at year granularity (« l'été dernier », « au printemps 2022 »),
    winter only with its year; « en été » alone stays unresolved;
  * a phrase after « chaque », « tous les », "every" is generic: unresolved.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.lang import SUPPORTED, lexicon
from recoupe.model import Article, DateMention

SP = r"[ \u00a0\u202f]+"
AP = r"['’]"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?!\d)"      # after a cue (« en 1515 ») any year from 1000
ISO_DATE = re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?![\w/-]|\.\d)")
NUMERIC_DATE = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)(?![\w/.]\d?)")
PAREN_YEAR = re.compile(r"\((?P<year>1[0-9]\d\d|20\d\d)\)")     # « Marignan (1515) »
BARE_YEAR = re.compile(r"(?<![\w.,/\u00a0\u202f-])(?<!\d )(?P<year>1[89]\d\d|20\d\d)(?![\w,]\d|\.\d|[\w%])")


@dataclass
class Found:
    """A date phrase found in the text, before resolution."""
    start: int
    end: int
    kind: str          # date | monthyear | month | year | weekday | ago | ahead | relative | vague | iso
    fields: dict


@dataclass(frozen=True)
class Base:
    """The reference date and how precise it is: "year", "month" or "day"."""
    day: date
    precision: str

    def at_least(self, precision: str) -> bool:
        return _RANK[self.precision] >= _RANK[precision]


_RANK = {"year": 0, "month": 1, "day": 2}


# ------------------------------------------------------------------ patterns
@lru_cache(maxsize=None)
def _compiled(lang: str):
    lex = lexicon(lang, "dates")
    if lex is None:
        return None

    def alt(words) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


    def build(template: str) -> re.Pattern:
        return _build_for(lang, template)

    patterns = [(kind, build(t), None) for kind, templates in lex.PATTERNS.items() for t in templates]
    # absolute dates written the way of another language (an English tweet
    # quoted in a French article: "July 23, 2022"), when that language's
    # month names are unambiguous (capitalised)
    for other in SUPPORTED:
        olex = lexicon(other, "dates") if other != lang else None
        if olex is not None and olex.CASE_SENSITIVE:
            patterns += [(kind, _build_for(other, t), {"_lang": other})
                         for kind in ("date", "monthyear") for t in olex.PATTERNS.get(kind, [])]
    patterns += [("relative", build(t), value) for t, value in lex.RELATIVE.items()]
    patterns += [("vague", build(t), None) for t in lex.VAGUE]
    generic = re.compile(_build_for(lang, getattr(lex, "GENERIC_BEFORE", r"(?!x)x")).pattern[:-len("(?!\\w)")]
                         + r"[ \u00a0\u202f]*$", 0 if lex.CASE_SENSITIVE else re.IGNORECASE)
    months = {k.lower(): v for k, v in lex.MONTHS.items()}
    weekdays = {k.lower(): v for k, v in lex.WEEKDAYS.items()}
    numbers = {k.lower(): v for k, v in lex.NUMBER_WORDS.items()}
    return patterns, months, weekdays, numbers, {k.lower(): v for k, v in lex.UNITS.items()}, generic


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _build_for(lang: str, template: str) -> re.Pattern:
    """Compile one phrase template of language `lang`."""
    lex = lexicon(lang, "dates")
    fill = {"SP": SP, "AP": AP, "YEAR": YEAR, "DAY": lex.DAY, "MONTH": _alt(lex.MONTHS),
            "WEEKDAY": _alt(lex.WEEKDAYS), "NUM": rf"(?:\d{{1,3}}|{_alt(lex.NUMBER_WORDS)})",
            "UNIT": _alt(lex.UNITS)}
    body = template
    for key, value in fill.items():
        body = body.replace("{" + key + "}", value)
    flags = 0 if lex.CASE_SENSITIVE else re.IGNORECASE
    # month names end with a dot when abbreviated, hence the \w-only lookahead
    return re.compile(rf"(?<![\w-])(?:{body})(?!\w)", flags)


# Date phrases of the last text seen: the `numbers` stage (which runs first)
# and the `dates` stage both need them; one entry is enough.
_LAST: list = [None, None, None]


def find_dates(text: str, lang: str | None, doc: Doc | None = None) -> list[Found]:
    """All date phrases in `text`, non-overlapping, in text order."""
    if _LAST[0] is text and _LAST[1] == lang:
        return _LAST[2]
    found = _find_dates(text, lang or "", doc)
    _LAST[:] = [text, lang, found]
    return found


def _find_dates(text: str, lang: str, doc: Doc | None) -> list[Found]:
    hits: list[Found] = []
    for m in ISO_DATE.finditer(text):
        hits.append(Found(m.start(), m.end(), "iso", {k: v for k, v in m.groupdict().items() if v}))
    day_first = lang != "en"
    for m in NUMERIC_DATE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if day_first else (b, a)
        if 1 <= month <= 12 and 1 <= day <= 31:
            hits.append(Found(m.start(), m.end(), "iso", {"year": m["year"], "month": f"{month:02d}", "day": f"{day:02d}"}))
    compiled = _compiled(lang)
    if compiled:
        patterns = compiled[0]
        for kind, rx, value in patterns:
            for m in rx.finditer(text):
                fields = {k: v for k, v in m.groupdict().items() if v}
                if kind == "season":
                    fields["_prefix"] = text[m.start():m.start("season")]
                if kind == "relative":
                    fields = {"unit": value[0], "offset": value[1]}
                elif value:
                    fields.update(value)
                hits.append(Found(m.start(), m.end(), kind, fields))
    for m in PAREN_YEAR.finditer(text):
        hits.append(Found(m.start("year"), m.end("year"), "year", {"year": m["year"]}))
    for m in BARE_YEAR.finditer(text):
        if not _counts_something(text, m.start(), m.end(), doc):
            hits.append(Found(m.start(), m.end(), "year", {"year": m["year"]}))
    # keep the longest of overlapping hits (earliest first on ties)
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken = Occupied()
    kept = [h for h in hits if taken.claim(h.start, h.end)]
    kept.sort(key=lambda h: h.start)
    return kept


class Occupied:
    """Non-overlapping spans claimed so far, kept sorted: O(log n) per claim."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def claim(self, start: int, end: int) -> bool:
        """Take [start, end) when it overlaps nothing taken; say whether it was."""
        if self.overlaps(start, end):
            return False
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


_COUNT_BEFORE = re.compile(
    r"(?:environ|près de|plus de|moins de|au moins|quelque|about|around|nearly|more than|over|"
    r"at least|some|les|des|ces|nos|vos|leurs|ses|the|these|those|its|their)\s*$", re.IGNORECASE)


def _counts_something(text: str, start: int, end: int, doc: Doc | None) -> bool:
    """A bare 4-digit number is a count, not a year, when a plural noun follows
    it (« 2000 soldats ») or an amount modifier precedes it (« plus de 2000 »)."""
    if _COUNT_BEFORE.search(text[max(0, start - 12):start]) and not _near_noun_is_singular(doc, end):
        return True
    if doc is None or not len(doc):
        return False
    tok = _token_at(doc, end)
    if tok is None or tok.idx - end > 2:
        return False
    return tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number")


def _near_noun_is_singular(doc: Doc | None, end: int) -> bool:
    tok = _token_at(doc, end) if doc is not None and len(doc) else None
    return tok is not None and tok.pos_ == "NOUN" and "Sing" in tok.morph.get("Number")


def _token_at(doc: Doc, char: int):
    """The first token starting at or after `char`, or None."""
    starts = token_starts(doc)
    i = bisect_right(starts, char - 1)
    return doc[i] if i < len(doc) else None


_STARTS: list = [None, None]


def token_starts(doc: Doc) -> list[int]:
    """Character offset of each token (cached for the last doc; shared with `numbers`)."""
    if _STARTS[0] is not doc:
        _STARTS[:] = [doc, doc.to_array("IDX").tolist() if len(doc) else []]
    return _STARTS[1]


# ---------------------------------------------------------------- resolving
def parse_base(value: str | None) -> Base | None:
    """"2024", "2024-05", "2024-05-20", "2024-05-20T14:11:00+02:00", "2024-05-20 14:11"."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(value))
    if not m:
        return None
    try:
        y = int(m[1])
        if m[3]:
            return Base(date(y, int(m[2]), int(m[3])), "day")
        if m[2]:
            mo = int(m[2])
            return Base(date(y, mo, calendar.monthrange(y, mo)[1]), "month")
        return Base(date(y, 12, 31), "year")
    except ValueError:
        return None


# A date standing as metadata on its own line (« 2024-05-20 14:11 » at the
# end of a page, a caption « date 2024-05 … »): the page's own date, used
# only when neither `published` nor `reference_date` is known.
_METADATA_DATE = re.compile(
    r"^[ \t]*(?:(?:date|publié le|published|updated|mis à jour le)[ :]+)?"
    r"(?P<iso>(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)"
    r"(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?(?=[ \t]|$)", re.IGNORECASE | re.MULTILINE)


def in_text_base(text: str) -> Base | None:
    m = _METADATA_DATE.search(text or "")
    return parse_base(m["iso"]) if m else None


def resolve(found: Found, base: Base | None, lang: str, future: bool = False) -> str | None:
    """The ISO value of a found phrase, or None when the text and base do not fix it."""
    try:
        return _RESOLVERS[found.kind](found.fields, base, found.fields.get("_lang", lang), future)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def _month_number(name: str, lang: str) -> int:
    return _compiled(lang)[1][name.lower()]


def _day_number(token: str) -> int:
    token = token.lower()
    if token in ("1er", "premier"):
        return 1
    return int(re.match(r"\d+", token).group())


def _resolve_iso(f, base, lang, future):
    y, mo, d = int(f["year"]), int(f["month"]), f.get("day")
    if d:
        return date(y, mo, int(d)).isoformat()
    return f"{y:04d}-{mo:02d}"


def _resolve_date(f, base, lang, future):
    mo, d = _month_number(f["month"], lang), _day_number(f["day"])
    if f.get("year"):
        return date(int(f["year"]), mo, d).isoformat()
    rel = (f.get("rel") or "").lower()
    if rel and not f.get("weekday") and base is not None and base.at_least("month"):
        # « le 27 avril dernier »: the latest one on or before the base; « prochain »: the next one
        candidates = [date(base.day.year + k, mo, d) for k in (-1, 0, 1)]
        if rel.startswith("dernier"):
            return max(c for c in candidates if c <= base.day).isoformat()
        return min(c for c in candidates if c >= base.day).isoformat()
    if f.get("weekday"):
        wd = _compiled(lang)[2][f["weekday"].lower()]
        top = base.day.year if base else date.today().year
        for y in range(top, top - 30, -1):
            try:
                candidate = date(y, mo, d)
            except ValueError:          # 29 February
                continue
            if candidate.weekday() == wd:
                return candidate.isoformat()
        return None
    if base is None or not base.at_least("month"):
        return None
    return _pick_year(base, future, lambda y: date(y, mo, d) if (mo, d) != (2, 29) or calendar.isleap(y) else None).isoformat()


def _pick_year(base: Base, future: bool, make):
    """The candidate in base year -1/0/+1 nearest to the base (ties go to the
    past): news speaks of the recent past and of scheduled dates alike
    ("his August 31 deadline" in late August, « en février » in May).  In a
    future-tense sentence, the nearest on or after the base."""
    candidates = [c for c in (make(base.day.year + k) for k in (-1, 0, 1)) if c is not None]
    if future:
        ahead = [c for c in candidates if c >= base.day]
        if ahead:
            return min(ahead)
    return min(candidates, key=lambda c: (abs((c - base.day).days), c > base.day))


def _resolve_monthyear(f, base, lang, future):
    return f"{int(f['year']):04d}-{_month_number(f['month'], lang):02d}"


def _resolve_month(f, base, lang, future):
    if base is None or not base.at_least("month"):
        return None
    mo = _month_number(f["month"], lang)
    rel = (f.get("rel") or "").lower()
    first = lambda y: date(y, mo, 1)  # noqa: E731
    base_month = date(base.day.year, base.day.month, 1)
    if rel.startswith(("dernier", "last")):
        y = base.day.year if mo < base.day.month else base.day.year - 1
    elif rel.startswith(("prochain", "next")):
        y = base.day.year if mo > base.day.month else base.day.year + 1
    elif "année" in rel or "year" in rel:
        y = base.day.year
    else:
        y = _pick_year(Base(base_month, "month"), future, first).year
    return f"{y:04d}-{mo:02d}"


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}   # winter straddles two years


def _resolve_season(f, base, lang, future):
    """A season at year granularity; winter only with its year written."""
    if f.get("year"):
        return f"{int(f['year']):04d}"
    season = lexicon(lang, "dates").SEASONS[f["season"].lower()]
    if season == "winter" or base is None or not base.at_least("month"):
        return None
    first, last = _SEASON_MONTHS[season]
    m, y = base.day.month, base.day.year
    words = f"{f.get('rel') or ''} {text_before(f)}".lower()
    if any(w in words for w in ("dernier", "last")):
        return f"{y if last < m else y - 1:04d}"
    if any(w in words for w in ("prochain", "next")):
        return f"{y if first > m else y + 1:04d}"
    if re.search(r"\b(?:cet|ce|this)\b", words):
        return f"{y:04d}"
    return None        # « en été », "in the spring": any year


def text_before(f) -> str:
    return f.get("_prefix", "")


def _resolve_year(f, base, lang, future):
    return f"{int(f['year']):04d}"


def _resolve_weekday(f, base, lang, future):
    if base is None or not base.at_least("day"):
        return None
    wd = _compiled(lang)[2][f["weekday"].lower()]
    words = f"{f.get('pre') or ''} {f.get('rel') or ''}".lower()
    back = (base.day.weekday() - wd) % 7
    if any(w in words for w in ("dernier", "passé", "last")):
        back = back or 7
    elif any(w in words for w in ("prochain", "next")) or (future and "since" not in words and "depuis" not in words):
        ahead = (wd - base.day.weekday()) % 7
        if any(w in words for w in ("prochain", "next")):
            ahead = ahead or 7
        return (base.day + timedelta(days=ahead)).isoformat()
    return (base.day - timedelta(days=back)).isoformat()


_GRANULARITY = {"year": "year", "decade": "year", "month": "month", "week": "day", "day": "day", "hour": "day"}


def _resolve_shift(f, base, lang, future, sign: int):
    unit = _compiled(lang)[4][f["unit"].lower()]
    gran = _GRANULARITY[unit]
    if base is None or not base.at_least(gran):
        return None
    num = f["num"].lower()
    n = int(num) if num.isdigit() else _compiled(lang)[3][num]
    english = {"day": "days", "week": "weeks", "month": "months", "year": "years",
               "hour": "hours", "decade": "years"}[unit]
    if unit == "decade":
        n *= 10
    # dateparser reads a normalised English phrase: one cache entry per (n, unit, base)
    phrase = f"{n} {english} ago" if sign < 0 else f"in {n} {english}"
    parsed = _dateparser(phrase, base.day.isoformat())
    if parsed is None:
        return None
    return _cut(parsed, gran)


def _resolve_relative(f, base, lang, future):
    unit, offset = f["unit"], int(f["offset"])
    if base is None:
        return None
    if unit == "year":
        return f"{base.day.year + offset:04d}"
    if unit == "month":
        if not base.at_least("month"):
            return None
        y, mo = divmod(base.day.year * 12 + base.day.month - 1 + offset, 12)
        return f"{y:04d}-{mo + 1:02d}"
    if not base.at_least("day"):
        return None
    if unit == "day":
        return (base.day + timedelta(days=offset)).isoformat()
    # a week: say only what the whole week shares (its month, else its year)
    monday = base.day - timedelta(days=base.day.weekday()) + timedelta(weeks=offset)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return f"{monday.year:04d}" if monday.year == sunday.year else None


def _cut(d: date, gran: str) -> str:
    return {"day": d.isoformat(), "month": f"{d.year:04d}-{d.month:02d}", "year": f"{d.year:04d}"}[gran]


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base_iso: str) -> date | None:
    import dateparser   # slow to import; only needed for « il y a N … »
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "RELATIVE_BASE": datetime.fromisoformat(base_iso), "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


_RESOLVERS = {
    "iso": _resolve_iso, "date": _resolve_date, "monthyear": _resolve_monthyear,
    "month": _resolve_month, "year": _resolve_year, "season": _resolve_season, "weekday": _resolve_weekday,
    "ago": lambda f, b, l, fu: _resolve_shift(f, b, l, fu, -1),
    "ahead": lambda f, b, l, fu: _resolve_shift(f, b, l, fu, +1),
    "relative": _resolve_relative, "vague": lambda f, b, l, fu: None,
}
RELATIVE_KINDS = {"weekday", "ago", "ahead", "relative", "vague", "season"}


# ---------------------------------------------------------------- the stage
_FUTURE_EN = {"will", "'ll", "’ll", "shall"}


def _future_sentence(doc: Doc | None, start: int, lang: str) -> bool:
    """Whether the verb the phrase at `start` depends on is in the future tense
    (« il se rendra jeudi », "he will travel on Thursday"), or a present-tense
    clause that looks forward (« sont attendues samedi », "is due to arrive on
    Friday": the language's PROSPECTIVE lemmas on the way up from the phrase)."""
    if doc is None or not len(doc) or not doc.has_annotation("DEP"):
        return False
    prospective = getattr(lexicon(lang, "dates"), "PROSPECTIVE", set()) if lang in SUPPORTED else set()
    tok = _token_at(doc, start)
    for _ in range(6):
        if tok is None:
            return False
        if tok.pos_ in ("VERB", "AUX", "ADJ"):
            if "Fut" in tok.morph.get("Tense"):
                return True
            if any(c.lower_ in _FUTURE_EN for c in tok.children):
                return True
            if tok.lemma_.lower() in prospective and _present_clause(tok):
                return True
            # an infinitive ("to arrive", « se rendre ») goes on to the verb it completes
            if "Inf" not in tok.morph.get("VerbForm") and tok.pos_ != "ADJ":
                return False
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _present_clause(tok) -> bool:
    """The finite part of `tok`'s clause (itself, or its auxiliary or copula) is in
    the present: « sont attendues », "is expected", not "were expected"."""
    if any(c.dep_ == "aux:tense" for c in tok.children):
        return False                            # passé composé: « a annoncé », « s'est rendu »
    finite = [tok] + [c for c in tok.children if c.dep_ in ("aux", "aux:pass", "auxpass", "cop")]
    if tok.dep_ in ("acomp", "xcomp", "attr") and tok.head.pos_ in ("AUX", "VERB"):
        finite.append(tok.head)                 # "is due": the copula is the head
    tenses = {t for f in finite for t in f.morph.get("Tense") if "Fin" in f.morph.get("VerbForm")}
    return tenses == {"Pres"}


@article_stage("dates", order=50)
def extract_dates(article: Article, doc: Doc) -> None:
    text = article.text or ""
    lang = article.language or ""
    base = parse_base(article.published) or parse_base(article.reference_date) or in_text_base(text)
    mentions = []
    compiled = _compiled(lang)
    generic = compiled[5] if compiled else None
    for found in find_dates(text, lang, doc):
        if generic is not None and found.kind in ("month", "relative", "weekday", "date") \
                and not found.fields.get("year") and generic.search(text, max(0, found.start - 40), found.start):
            found = Found(found.start, found.end, "vague", {})
        future = found.kind in ("month", "date", "weekday") and _future_sentence(doc, found.start, lang)
        relative = found.kind in RELATIVE_KINDS or (
            found.kind in ("date", "month") and not found.fields.get("year"))
        mentions.append(DateMention(text=text[found.start:found.end], start=found.start, end=found.end,
                                    resolved=resolve(found, base, lang, future), relative=relative))
    article.dates = mentions
