"""Stage `numbers`: quantities with their value and what they count.

Three kinds of mention, found with precompiled per-language regexes (word
lists in `recoupe.lang.<code>.numbers`):
  * digits in the language's format (« 150 000 », « 150.000 », « 2,5 »;
    "150,000", "1.5"), with a scale word (« 2,5 milliards », "1.5 million"),
    a currency symbol or a percent sign;
  * number words (« deux ans », « trois mille », "twenty-five", « un million »);
  * collective amounts (« des dizaines de soldats », "hundreds of thousands"),
    always approximate, valued at the lower bound the word guarantees:
    « des dizaines » = 10, « une vingtaine » = 20, « des centaines de
    milliers » = 100 000, "dozens" = 12.
`text` is the number itself (with its scale word); `unit` is the head noun
it counts, read from the spaCy tags after it, skipping adjectives (« 150 000
nouvelles recrues » -> "recrues") and « de »/"of" (« 2 milliards d'euros »).
Left out: anything inside a date phrase (years, « 24 février 2022 »), names
and references (« F-16 », « article 5 », "COVID-19"), ordinals (« 2e »),
times of day (« 14h30 », "at 3 pm"), phone numbers, identifiers (long digit
strings), version numbers.  A modifier (« environ », « plus de », "about",
"more than") makes the mention approximate.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.extract.dates import Occupied, find_dates, token_starts
from recoupe.lang import lexicon
from recoupe.model import Article, NumberMention

SPACE = "[ \u00a0\u202f\u2009]"
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .\u00a0]?(?:\(0\))?[ .\u00a0]?\d(?:[ .\u00a0-]?\d){6,12}"
    r"|0\d(?:[ .\u00a0-]\d\d){4}"
    r"|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?!\d)")
TIME_OF_DAY = re.compile(r"(?<![\w.,])\d{1,2}(?:[:h]\d\d|[ \u00a0]?h(?:[ \u00a0]?\d\d)?)(?![\w])(?:[ \u00a0]?(?:[ap]\.?m\.?))?", re.IGNORECASE)


@dataclass
class _Candidate:
    start: int
    end: int
    value: float
    approximate: bool = False
    unit: str | None = None
    word: bool = False          # written in words: needs a NUM tag when ambiguous
    scale: float = 1.0          # the scale word it carries (« 11 milliards »)


@lru_cache(maxsize=None)
def _compiled(lang: str):
    lex = lexicon(lang, "numbers") or lexicon("en", "numbers")

    def alt(words) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"

    if lex.DECIMAL_MARK == ",":
        # « 150 000 », « 150.000 », « 2,5 », « 1.5 » (a dot before exactly three digits groups thousands)
        digits = (rf"(?:\d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)|\d{{1,3}}(?:\.\d{{3}})+(?![.,]?\d)|\d+)"
                  rf"(?:,\d+(?![.,]?\d)|\.\d{{1,2}}(?![.,]?\d))?")
    else:
        digits = r"(?:\d{1,3}(?:,\d{3})+(?![,.]?\d)|\d+)(?:\.\d+(?![.,]?\d))?"
    scale = alt(lex.SCALES)
    symbols = alt(k for k in lex.SYMBOL_UNITS if not k[0].isalpha())
    word_units = alt(k for k in lex.SYMBOL_UNITS if k[0].isalpha())
    numeric = re.compile(
        rf"(?<![\w.,/\-+#°»”\]^])(?<![^\w]['’])(?:(?P<pre_sym>{symbols}|US\$|CA\$|A\$){SPACE}?)?"
        rf"(?P<sign>[-−+](?=\d))?(?P<num>{digits})"
        rf"(?:{SPACE}?(?P<scale>{scale})(?![\w])|{SPACE}?(?P<cur_scale>k|M|Mds?|Mrds?|Md|bn|mn)(?=[€$£]))?"
        rf"(?:{SPACE}?(?P<post_sym>{symbols})|{SPACE}(?P<post_word>{word_units})(?!\w))?"
        rf"(?![\w]|-\w|[.,/]\d)", re.IGNORECASE)
    all_words = {**lex.UNITS, **lex.HUNDRED_WORDS, **lex.THOUSAND_WORDS}
    big = {k: v for k, v in lex.SCALES.items() if v >= 1e6 and len(k) > 3}
    word = alt({**all_words, **big})
    one = alt(lex.ONE_WORDS)
    # a run of number words joined by spaces, hyphens or « et »; « un »/"one" only before a multiplier
    words = re.compile(
        rf"(?<![\w-])(?:(?P<one>{one}){SPACE}(?=(?:{alt({**lex.HUNDRED_WORDS, **lex.THOUSAND_WORDS, **big})})\b))?"
        rf"(?P<words>{word}(?:(?:-|{SPACE}|{SPACE}et{SPACE}|-et-)(?:{word}|un|une|onze)(?![\w-]))*)(?![\w-])"
        rf"(?:{SPACE}?(?P<post_sym>{symbols})|{SPACE}(?P<post_word>{word_units})(?!\w))?",
        re.IGNORECASE)
    dets = alt(lex.COLLECTIVE_DETERMINERS)
    link = alt(w for w in lex.LINK_WORDS)
    coll = alt(lex.COLLECTIVES)
    collective = re.compile(
        rf"(?<![\w-])(?:(?P<det>{dets}){SPACE})?(?P<coll>{coll})"
        rf"(?:{SPACE}(?:{link})(?:{SPACE})?(?P<coll2>milliers|millions|milliards|thousands|millions|billions)(?!\w))?"
        rf"(?=(?:{SPACE})?(?:{link})|{SPACE}of|\W|$)", re.IGNORECASE)
    time_after = re.compile(rf"{SPACE}?(?:{alt(lex.HOUR_WORDS)})(?![\w])", re.IGNORECASE)
    return lex, numeric, words, collective, time_after


_CURRENCY_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "bn": 1e9}


def _parse_digits(raw: str, lex) -> float:
    s = re.sub(r"[\u00a0\u202f\u2009]", " ", raw)
    if lex.DECIMAL_MARK == ",":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            s = s.replace(".", "")
        s = s.replace(" ", "").replace(",", ".")
    else:
        s = s.replace(",", "").replace(" ", "")
    return float(s)


def _parse_words(raw: str, lex) -> float | None:
    total, current = 0.0, 0.0
    for w in raw.lower().split():
        if w in ("et", ""):
            continue
        if w in lex.UNITS:
            current += lex.UNITS[w]
        elif w in lex.ONE_WORDS or w in ("un", "une"):
            current += 1
        elif w in lex.HUNDRED_WORDS:
            current = max(current, 1) * 100
        elif w in lex.THOUSAND_WORDS:
            total += max(current, 1) * 1000
            current = 0
        elif w in lex.SCALES:
            total += max(current, 1) * lex.SCALES[w]
            current = 0
        else:
            return None
    return total + current


def _word_value(raw: str, lex) -> float | None:
    parts = re.split(r"[\s\u00a0\u202f]+", raw)
    joined = []
    for p in parts:
        # keep whole hyphenated words known to the lexicon (« dix-sept », « soixante-dix »)
        if p.lower() in lex.UNITS or p.lower() in lex.SCALES:
            joined.append(p.lower())
            continue
        sub = p.lower().split("-")
        i = 0
        while i < len(sub):
            for j in range(len(sub), i, -1):
                piece = "-".join(sub[i:j])
                if piece in lex.UNITS or piece in lex.HUNDRED_WORDS or piece in lex.THOUSAND_WORDS \
                        or piece in lex.SCALES or piece in ("et", "un", "une", "onze") or piece in lex.ONE_WORDS:
                    joined.append(piece)
                    i = j
                    break
            else:
                return None
    return _parse_words(" ".join(joined), lex)


def _candidates(text: str, lex, numeric, words, collective) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in numeric.finditer(text):
        try:
            value = _parse_digits(m["num"], lex)
        except ValueError:
            continue
        scale = lex.SCALES.get(m["scale"].lower(), 1.0) if m["scale"] else 1.0
        if m["cur_scale"]:          # « 5 M€ », « 2 Md$ »
            scale = _CURRENCY_SCALES.get(m["cur_scale"].lower(), 1.0)
        value *= scale
        if m["sign"] in ("-", "−"):
            value = -value
        unit = None
        sym = m["pre_sym"] or m["post_sym"] or m["post_word"]
        if sym:
            unit = lex.SYMBOL_UNITS.get(sym.lower(), lex.SYMBOL_UNITS.get(sym, sym.lstrip("USCA")))
        start = m.start()
        out.append(_Candidate(start, m.end(), value, unit=unit, scale=scale))
    for m in words.finditer(text):
        raw = (m["one"] + " " if m["one"] else "") + m["words"]
        value = _word_value(raw, lex)
        if value is None:
            continue
        if not m["one"] and m["words"].lower() in lex.SCALES:
            continue        # « millions » alone is a collective amount, found below
        sym = m["post_sym"] or m["post_word"]
        unit = lex.SYMBOL_UNITS.get(sym.lower()) if sym else None
        out.append(_Candidate(m.start(), m.end(), value, unit=unit, word=True))
    for m in collective.finditer(text):
        value = lex.COLLECTIVES[m["coll"].lower()] if m["coll"].lower() in lex.COLLECTIVES else None
        if value is None:
            continue
        if not m["coll"].lower().endswith("s") and (m["det"] or "").lower() not in ("une", "un", "a", "an", "one"):
            continue        # « une quarantaine de » counts, « de quarantaine » is a quarantine
        if m["coll2"]:
            value *= lex.SCALES.get(m["coll2"].lower(), lex.COLLECTIVES.get(m["coll2"].lower(), 1))
        # the determiner belongs to the phrase (« des dizaines »), except « de »/"by"
        start = m.start("coll") if (m["det"] or "").lower() in ("de", "par", "by", "the") else m.start()
        out.append(_Candidate(start, m.end(), float(value), approximate=True))
    return out


def _excluded_spans(text: str, lang: str, doc: Doc | None) -> list[tuple[int, int]]:
    spans = [(d.start, d.end) for d in find_dates(text, lang, doc)]
    spans += [(m.start(), m.end()) for m in PHONE.finditer(text)]
    spans += [(m.start(), m.end()) for m in TIME_OF_DAY.finditer(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) meets one of the sorted, disjoint `spans`."""
    i = bisect_left(starts, end)
    return i > 0 and spans[i - 1][1] > start


_LIST_MARKER = re.compile(r"[-–).°/][ \u00a0]")      # « 3- Levée », "1) …", « 2. … »
_LINE_START = re.compile(r"(?:^|\n)[ \t\u00a0*•]*$")

_WORD_BEFORE = re.compile(r"([\w°#]+)\.?[\s\u00a0]*$")


def _previous_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 24):start])
    return m.group(1) if m else ""


def _is_reference(text: str, c: _Candidate, lex) -> bool:
    """« article 5 », "page 12", « n° 3 », « Apollo 11 »: a name, not a quantity."""
    prev = _previous_word(text, c.start)
    if prev.lower() in lex.REFERENCE_WORDS or prev.lower() in ("n°", "nº", "no", "#"):
        return True
    # bill and code numbers: "S. 1", "H.R. 4", "Res. 14"
    before = text[max(0, c.start - 6):c.start]
    if re.search(r"\b[A-Z][A-Za-z]{0,3}\.[ \u00a0]?$", before):
        return True
    if text[max(0, c.start - 1):c.start] in ("#", "°", "№"):
        return True
    # footnote calls: « Live Action[3] », « (voir la vidéo[4]) »
    around = text[max(0, c.start - 1):c.start] + text[c.end:c.end + 1]
    return around == "[]" or (around == "()" and c.value < 100 and not c.unit)


def _is_name_part(text: str, c: _Candidate) -> bool:
    """« Nord Stream 2 », « Europe 1 », "Apollo 11": a small integer right after
    a capitalised word inside a sentence, counting nothing, is part of a name."""
    if c.word or c.unit or c.value >= 1000 or c.value != int(c.value):
        return False
    m = re.search(r"(?:^|\s)(\S+)[ \u00a0]$", text[max(0, c.start - 40):c.start])
    if not m:
        return False
    word = m.group(1)
    # a capitalised function word opening a sentence (« Environ 300. », "About 40 …") names nothing
    return (word[:1].isupper() and word.isalpha() and word.lower() not in _MONTH_WORDS
            and word.lower() not in _FUNCTION_WORDS and word.lower() not in _NOT_NAMES)


# sentence openers that are not names
_NOT_NAMES = {
    "environ", "près", "plus", "moins", "seulement", "quelque", "about", "around", "nearly", "almost",
    "some", "over", "only", "just", "les", "des", "ces", "nos", "vos", "leurs", "ses", "mes", "tes",
    "soit", "dont", "entre", "avec", "sur", "sous", "vers", "chez", "selon", "après", "avant", "depuis",
    "pendant", "durant", "contre", "parmi", "when", "after", "before", "since", "during", "among",
    "all", "tous", "toutes", "voici", "voilà", "here", "there", "these", "those", "their", "our", "your",
}


_MONTH_WORDS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre", "january", "february", "march", "april", "may",
                "june", "july", "august", "september", "october", "november", "december"}


def _is_time_of_day(text: str, c: _Candidate, lex, time_after) -> bool:
    if time_after.match(text, c.end):
        return True
    # « à 10 heures » is a time, « 10 heures de négociations » a duration
    after = text[c.end:c.end + 8].lower()
    if after.lstrip().startswith(("heure", "hour")) and _previous_word(text, c.start).lower() in lex.TIME_PREPOSITIONS:
        return True
    return False


def _is_identifier(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    plain = raw.isdigit()
    return plain and (len(digits) >= 7 or (len(digits) >= 2 and digits[0] == "0"))


def _approximate(text: str, c: _Candidate, lex) -> bool:
    before = text[max(0, c.start - 30):c.start].lower().replace("’", "'").replace("\u00a0", " ")
    before = before.rstrip()
    for phrase in lex.APPROX_BEFORE:
        p = phrase.rstrip()
        if before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum()):
            return True
        # elided forms glued to the number: « plus d'1 million »
        if p.endswith("'") and text[max(0, c.start - len(p)):c.start].lower().replace("’", "'") == p:
            return True
    after = text[c.end:c.end + 16].lower().lstrip()
    return any(after.startswith(p) and not after[len(p):len(p) + 1].isalnum() for p in lex.APPROX_AFTER)


_STOP_POS = {"VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON", "DET", "PART", "SYM", "X", "SPACE", "INTJ"}


def _token_index(doc: Doc, starts: list[int], char: int) -> int:
    return bisect_left(starts, char)


def _unit_from_doc(doc: Doc, starts: list[int], c: _Candidate, lex) -> str | None:
    """The noun the number counts: the first noun after it, past adjectives and
    one « de »/"of".  An adjective with no noun after it is used as a noun
    (« trois mille civils », « 20 morts »)."""
    i = _token_index(doc, starts, c.end)
    linked = False
    adjective = None
    for tok in doc[i:i + 6]:
        low = tok.lower_
        if tok.is_space:
            continue
        if low in lex.LINK_WORDS or low.rstrip("'’") + "'" in lex.LINK_WORDS:
            if linked or adjective:
                break
            linked = True
            continue
        if (tok.pos_ in ("NOUN", "PROPN") and low not in lex.PRENOMINAL_ADJECTIVES and tok.is_alpha) \
                or low in lex.MEASURE_WORDS:
            # "64 House Democrats", "13 American service members": the head of the compound
            head = tok
            while head.dep_ in ("compound", "amod") and head.head.i > head.i and head.head.i - tok.i <= 3 \
                    and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            return head.lower_ if head.is_alpha else low
        if tok.pos_ == "ADJ" or low in lex.PRENOMINAL_ADJECTIVES:
            if tok.pos_ == "ADJ" and tok.is_alpha and low not in lex.PRENOMINAL_ADJECTIVES:
                adjective = low
            continue
        break
    return adjective


_NEXT_WORD = re.compile(r"[\s\u00a0\u202f]*([^\W\d_][\w'’-]*)")


_FUNCTION_WORDS = {
    "à", "au", "aux", "ou", "et", "en", "le", "la", "les", "un", "une", "des", "du", "par", "pour", "sur",
    "dans", "avec", "sans", "qui", "que", "dont", "est", "sont", "a", "ont", "ce", "cette", "ces", "se",
    "il", "elle", "ils", "elles", "on", "y", "ne", "pas", "plus", "the", "a", "an", "of", "to", "and",
    "or", "in", "on", "at", "by", "for", "with", "is", "are", "was", "were", "has", "have", "had",
    "that", "which", "who", "this", "these", "those", "it", "its", "as", "from", "than", "be", "been",
}


def _unit_from_text(text: str, c: _Candidate, lex) -> str | None:
    """Fallback without tags: the next word past known adjectives and links."""
    pos = c.end
    for _ in range(4):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            return None
        w = re.sub(r"^(?:d|l|qu)['’]", "", m.group(1).lower())
        pos = m.end()
        if w in _FUNCTION_WORDS:
            return None
        if w in lex.PRENOMINAL_ADJECTIVES or w in lex.LINK_WORDS or w.rstrip("'’") + "'" in lex.LINK_WORDS:
            continue
        return w if len(w) > 1 else None
    return None


def find_numbers(text: str, lang: str | None, doc: Doc | None = None) -> list[NumberMention]:
    lex, numeric, words, collective, time_after = _compiled(lang or "en")
    excluded = _excluded_spans(text, lang or "", doc)
    ex_starts = [s for s, _ in excluded]
    tagged = doc is not None and len(doc) and doc.has_annotation("TAG")
    tok_starts = token_starts(doc) if tagged else []
    cands = sorted(_candidates(text, lex, numeric, words, collective), key=lambda c: (-(c.end - c.start), c.start))
    taken: list[_Candidate] = []
    occupied = Occupied()
    for c in cands:
        if occupied.overlaps(c.start, c.end):
            continue
        raw = text[c.start:c.end]
        if _overlaps(excluded, ex_starts, c.start, c.end):
            continue
        if not c.word and _LIST_MARKER.match(text, c.end) and _LINE_START.search(text, max(0, c.start - 8), c.start):
            continue
        if not c.word and (_is_identifier(raw) or _is_reference(text, c, lex) or _is_time_of_day(text, c, lex, time_after)):
            continue
        if c.word and _is_reference(text, c, lex):
            continue
        if c.word and raw.lower() in lex.AMBIGUOUS_WORDS:
            i = _token_index(doc, tok_starts, c.start) if tagged else None
            if i is None or i >= len(doc) or doc[i].pos_ != "NUM":
                continue
        occupied.claim(c.start, c.end)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    for c in taken:
        if c.unit is None:
            c.unit = _unit_from_doc(doc, tok_starts, c, lex) if tagged else _unit_from_text(text, c, lex)
        if c.unit in lex.FRACTIONS:        # « deux tiers » is 2/3, not two of something
            c.value = c.value / lex.FRACTIONS[c.unit]
            c.unit = "fraction"
    _share_across_ranges(text, taken, lex)
    out = []
    for c in taken:
        if _is_name_part(text, c):
            continue
        unit = c.unit
        out.append(NumberMention(text=text[c.start:c.end], start=c.start, end=c.end, value=c.value,
                                 unit=unit, approximate=c.approximate or _approximate(text, c, lex)))
    return out


_RANGE_LINK = re.compile(r"[ \u00a0\u202f\u2009]*(?:à|-|–|ou|et|to|or|and|through)[ \u00a0\u202f\u2009]*$", re.IGNORECASE)


def _share_across_ranges(text: str, taken: list[_Candidate], lex) -> None:
    """« 10 ou 11 milliards d'euros », « de 40 à 47 millions », "12 to 17%":
    the first bound takes the second's scale and unit."""
    for a, b in zip(taken, taken[1:]):
        if b.start - a.end > 8 or not _RANGE_LINK.match(text[a.end:b.start]):
            continue
        if a.scale == 1.0 and b.scale != 1.0 and not a.word:
            a.value *= b.scale
            a.scale = b.scale
        if a.unit is None and b.unit is not None:
            a.unit = b.unit


@article_stage("numbers", order=40)
def extract_numbers(article: Article, doc: Doc) -> None:
    article.numbers = find_numbers(article.text or "", article.language, doc)
