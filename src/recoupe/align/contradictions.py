"""Contradictions between aligned sentences, each with a reason a person can check.

No NLI model can be installed, so the default is a set of explicit checks
over sentence pairs that tell the same fact (aligned or near-aligned):

- number: the same kind of quantity (same unit) with different values;
- date:   different resolved dates, or different weekdays, for the same event;
- negation: one side negates what the other asserts (« ne … pas », aucun,
  not, kein, не …), which also covers "requested formally" vs "no official request";
- actor:  the same statement with different people as its actors;
- report date: one upstream report (the same cited source) dated to different
  days by two relays (« a écrit le NY Times jeudi » / « le New York Times a
  rapporté, le vendredi 17 mai »), whatever the sentences go on to say.

A user may plug a judge (`AlignConfig.judge`): a callable `(text_a, text_b)`
returning None or `(label, reason)`; label "contradiction" adds the pair.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Protocol

from recoupe.align.claims import AlignedPair
from recoupe.align.features import Number, SentenceFacts, norm
from recoupe.lang import lexicon
from recoupe.model import Contradiction

NEGATION = {
    "en": [r"\bnot\b", r"n't\b", r"\bnever\b", r"\bno\b", r"\bnone\b", r"\bneither\b", r"\bnor\b", r"\bdenied\b",
           r"\bdenies\b", r"\brejected\b"],
    "fr": [r"\bne\b", r"\bn'", r"\bpas\b", r"\bjamais\b", r"\baucune?\b", r"\bnullement\b", r"\brien\b",
           r"\bdementi"],
    "de": [r"\bnicht\b", r"\bkein\w*\b", r"\bnie\b", r"\bniemals\b"],
    "ru": [r"\bне\b", r"\bнет\b", r"\bни\b", r"\bникогда\b"],
    "es": [r"\bno\b", r"\bnunca\b", r"\bningun[oa]?\b"],
    "it": [r"\bnon\b", r"\bmai\b", r"\bnessun[oa]?\b"],
}
_NEG = {lang: re.compile("|".join(p), re.IGNORECASE) for lang, p in NEGATION.items()}
_ANY_NEG = re.compile("|".join(p for ps in NEGATION.values() for p in ps), re.IGNORECASE)
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Judge(Protocol):
    def __call__(self, text_a: str, text_b: str) -> tuple[str, str] | None: ...


@dataclass
class Finding:
    kind: str
    reason: str
    values: tuple[float, float] | None = None   # the two figures, for a number finding


# Negative forms that assert something: litotes and the restrictive « ne … que ».
NOT_NEGATION = re.compile(
    r"\bn[e']\s*(?:\S+\s+){0,2}pas\s+(?:\S+\s+)?(?:exclu|manqu|cess|fait\w*\s+attendre|empech)\w*|"
    r"\bn[e']\s*(?:\S+\s+){0,2}que\b|non seulement|pas seulement|"
    r"\bnot only\b|\b(?:not|n't)\s+(?:\S+\s+)?rul\w* out\b|\bno doubt\b|\bno longer\b|\bno more than\b|"
    r"\bnot least\b|\bnicht nur\b|"
    # a change of state, not a denial, in every language alike: "can no longer be
    # trusted" and « ne peut plus se fier » must not disagree by counting differently
    r"\bn[e']\s*(?:\S+\s+){0,2}plus\b|\bnicht mehr\b", re.IGNORECASE)


def negations(text: str, lang: str | None) -> int:
    rx = _NEG.get(lang or "", _ANY_NEG)
    text = NOT_NEGATION.sub(" ", norm(text))
    return len(rx.findall(text))


def _negated_words(f: SentenceFacts, languages_of: str | None) -> set[str]:
    """5-letter stems of the words right after each negation cue."""
    rx = _NEG.get(languages_of or "", _ANY_NEG)
    text = NOT_NEGATION.sub(" ", norm(f.sentence.text))
    out = set()
    for m in rx.finditer(text):
        for w in text[m.end():].replace("'", " ").split()[:4]:
            if len(w) >= 4:
                out.add(w[:5])
    return out


def _content_overlap(a: SentenceFacts, b: SentenceFacts) -> float:
    wa = {w[:5] for w in a.words if len(w) >= 4}
    wb = {w[:5] for w in b.words if len(w) >= 4}
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def _same_unit(x: Number, y: Number) -> bool:
    return bool(x.unit) and x.unit == y.unit


def _differ(x: float, y: float) -> bool:
    return abs(x - y) > 0.005 * max(abs(x), abs(y), 1e-9)


MAX_RATIO = 2.5     # two counts of one thing disagree by less than this; beyond, they count different things


UNITLESS_RATIO = 1.6  # without a unit on one side, only close figures are taken as one count


def digit_slip(x: float, y: float) -> bool:
    """The same significant digits a power of ten apart (« 12 000 » vs "1,200"): the
    classic slip of a copied figure, worth a check whatever the ratio.  Round
    figures (100 vs 1,000) carry too few digits to say so."""
    lo, hi = sorted((abs(x), abs(y)))
    if lo < 100:
        return False
    k = round(math.log10(hi / lo))
    if k < 1 or abs(hi / lo - 10 ** k) > 0.005 * 10 ** k:
        return False
    digits = f"{lo:.6g}".replace(".", "").replace("-", "").strip("0").split("e")[0]
    return len(digits) >= 2


def _close_enough(x: float, y: float, ratio: float = MAX_RATIO) -> bool:
    lo, hi = sorted((abs(x), abs(y)))
    return lo > 0 and hi / lo <= ratio


def _differ_beyond(x: Number, y: Number) -> bool:
    """Different values; "about 10,000" and "10,503" are the same figure rounded."""
    tolerance = 0.055 if (x.approximate or y.approximate) else 0.005
    return abs(x.value - y.value) > tolerance * max(abs(x.value), abs(y.value), 1e-9)


def check_numbers(a: SentenceFacts, b: SentenceFacts, aligned: bool = False,
                  cross_lingual: bool = False) -> Finding | None:
    """Different values for one unit; on an aligned pair holding one figure each,
    a unit missing on one side is taken to be the other's ("toll to 1,941 on Tuesday")."""
    if not a.numbers or not b.numbers:
        return None
    lone = aligned and len(a.numbers) == 1 and len(b.numbers) == 1

    def comparable(x: Number, y: Number) -> bool:
        if _same_unit(x, y):
            return True
        if not aligned:
            return False
        if lone and digit_slip(x.value, y.value):
            return True           # one figure each, the same digits: one count, mistyped on one side
        if x.unit and y.unit and not cross_lingual:
            return False          # across languages unit words differ: « morts » / dead
        # a unit missing on one side: one figure each, or two counts of one order of magnitude
        return (lone or min(x.value, y.value) >= 10) and (
            _close_enough(x.value, y.value, UNITLESS_RATIO) or digit_slip(x.value, y.value))

    for x in a.numbers:
        same = [y for y in b.numbers if comparable(x, y)
                and (_close_enough(x.value, y.value) or digit_slip(x.value, y.value))]
        if not same or any(not _differ_beyond(x, y) for y in same):
            continue
        # the other side must not also state x's value elsewhere
        if any(not _differ(x.value, y.value) for y in b.numbers):
            continue
        y = same[0]
        if any(not _differ(y.value, z.value) for z in a.numbers):
            continue
        what = f"the same {x.unit or y.unit}" if (x.unit or y.unit) else "the same quantity"
        if digit_slip(x.value, y.value):
            return Finding("number", f"different figures for {what}: “{x.text}” vs “{y.text}”, "
                                     "the same digits a power of ten apart (a slip in one source?)",
                           values=(x.value, y.value))
        return Finding("number", f"different figures for {what}: “{x.text}” vs “{y.text}”", values=(x.value, y.value))
    return None


def check_dates(a: SentenceFacts, b: SentenceFacts) -> Finding | None:
    if len(a.dates) == 1 and len(b.dates) == 1:
        da, db = next(iter(a.dates)), next(iter(b.dates))
        n = min(len(da), len(db))
        # the same event: the words around the two dates must meet ("ordered on ..."),
        # not merely the name of whoever is there (a memo sent to X on Tuesday, X's denial on Thursday)
        if n >= 10 and da[:n] != db[:n] and _event_context(a) & _event_context(b):
            return Finding("date", f"different dates for the same event: {da} vs {db}")
    if len(a.weekdays) == 1 and len(b.weekdays) == 1 and a.weekdays != b.weekdays \
            and _same_context(a, b):
        wa, wb = _WEEKDAY_NAMES[next(iter(a.weekdays))], _WEEKDAY_NAMES[next(iter(b.weekdays))]
        return Finding("date", f"different days for the same event: {wa} vs {wb}")
    return None


_STOP = {"the", "a", "an", "on", "of", "to", "in", "at", "and", "was", "were", "has", "had", "have", "is",
         "le", "la", "les", "de", "du", "des", "un", "une", "et", "a", "en", "au", "ce", "that", "this"}


def _weekday_context(f: SentenceFacts) -> set[str]:
    """Content words (5-letter stems) within three words of the weekday: what happened that day."""
    from recoupe.align.features import WEEKDAYS
    out = set()
    for i, w in enumerate(f.words):
        if w in WEEKDAYS:
            for v in f.words[max(0, i - 3):i] + f.words[i + 1:i + 4]:
                if v not in _STOP and v not in WEEKDAYS and len(v) >= 4:
                    out.add(v[:5])
    return out


def _event_context(f: SentenceFacts) -> set[str]:
    """What happened on the date: the words around it, without who was there (names, and roles
    such as "the authority's director") or grammar words."""
    return f.date_context - {w[:5] for w in f.name_words} - _who_and_grammar_stems()


@lru_cache(maxsize=1)
def _who_and_grammar_stems() -> frozenset[str]:
    words = set(_STOP) | {"that", "which", "with", "from", "this", "these", "those", "dont", "avec", "dans", "pour"}
    for lang in ("fr", "en"):
        speech = lexicon(lang, "speech")
        words |= set(getattr(speech, "PERSON_ROLES", ()))
    return frozenset(w[:5] for w in words)


def _same_context(a: SentenceFacts, b: SentenceFacts) -> bool:
    names = {w[:5] for w in a.name_words | b.name_words}
    return bool((_weekday_context(a) - names) & (_weekday_context(b) - names))


def check_report_dates(a: SentenceFacts, b: SentenceFacts) -> Finding | None:
    """One source, one report, two days: the relays disagree on when it came out."""
    for source, day in sorted(a.source_dates):
        other = sorted(d for s, d in b.source_dates if s == source)
        if len(other) == 1 and other[0] != day and len({d for s, d in a.source_dates if s == source}) == 1:
            return Finding("date", f"different dates for the same report by {source}: {day} vs {other[0]}")
    return None


def report_date_pairs(sentences: dict[str, list[SentenceFacts]]) -> list[AlignedPair]:
    """Sentences of different articles that date a report of one source: they need
    not align (each goes on to tell a different part of the report)."""
    by_source: dict[str, list[SentenceFacts]] = {}
    for fs in sentences.values():
        for f in fs:
            for source in sorted({s for s, _ in f.source_dates}):
                by_source.setdefault(source, []).append(f)
    out = []
    for source, fs in sorted(by_source.items()):
        for i, x in enumerate(fs):
            for y in fs[i + 1:]:
                if x.article_id != y.article_id:
                    out.append(AlignedPair(x, y, 0.0, 0.0))
    return out


def check_negation(a: SentenceFacts, b: SentenceFacts, lang_a: str | None, lang_b: str | None) -> Finding | None:
    # a negation contradicts only the same proposition: same language needs shared wording
    if lang_a == lang_b and _content_overlap(a, b) < 0.4:
        return None
    na, nb = negations(a.sentence.text, lang_a), negations(b.sentence.text, lang_b)
    if (na == 0) != (nb == 0):
        neg, other = (a, b) if na else (b, a)
        # the negated word must be one the other side asserts ("n'a pas demandé" / "a demandé")
        if lang_a == lang_b and not _negated_words(neg, languages_of=lang_a) & {w[:5] for w in other.words}:
            return None
        return Finding("negation", f"one source negates what the other asserts: “{neg.sentence.text[:160]}”")
    return None


def _people(f: SentenceFacts, persons: dict[str, set[str]]) -> set[str]:
    return f.entities & persons.get(f.article_id, set())


def check_actors(a: SentenceFacts, b: SentenceFacts, persons: dict[str, set[str]]) -> Finding | None:
    """One named actor each, different, in otherwise closely worded sentences."""
    pa, pb = _people(a, persons), _people(b, persons)
    if len(pa) != 1 or len(pb) != 1 or pa & pb or _content_overlap(a, b) < 0.5:
        return None
    surnames_a = {p.split()[-1] for p in pa}
    if surnames_a & {p.split()[-1] for p in pb}:
        return None
    # the rest of the sentence must be the same fact: other entities shared
    if not ((a.entities - pa) & (b.entities - pb)):
        return None
    return Finding("actor", f"different actors: {', '.join(sorted(pa))} vs {', '.join(sorted(pb))}")


def find_contradictions(pairs: list[AlignedPair], near: list[AlignedPair], languages: dict[str, str | None],
                        persons: dict[str, set[str]], strong_margin: float,
                        judge: Callable | None = None,
                        reports: list[AlignedPair] | None = None) -> list[tuple[AlignedPair, Finding]]:
    """Explicit checks on aligned pairs (all kinds), near pairs (figures only) and
    pairs dating one source's report (report dates only)."""
    out, seen = [], set()

    def key(p):
        return (p.a.article_id, p.a.index, p.b.article_id, p.b.index)

    for p in sorted(pairs, key=lambda p: -p.score):
        k = key(p)
        if k in seen:
            continue
        cross = languages.get(p.a.article_id) != languages.get(p.b.article_id)
        f = (check_numbers(p.a, p.b, aligned=True, cross_lingual=cross) or check_dates(p.a, p.b)
             or (check_negation(p.a, p.b, languages.get(p.a.article_id), languages.get(p.b.article_id))
                 if p.score >= strong_margin else None)
             or (check_actors(p.a, p.b, persons) if p.score >= strong_margin else None))
        if f is None and judge is not None:
            try:
                verdict = judge(p.a.sentence.text, p.b.sentence.text)
            except Exception:                  # a user's model must not break the brief
                verdict = None
            if verdict and verdict[0] == "contradiction":
                f = Finding("judge", verdict[1] or "the configured judge found a contradiction")
        if f:
            seen.add(k)
            out.append((p, f))
    for p in sorted(near, key=lambda p: -p.score):
        k = key(p)
        if k in seen:
            continue
        cross = languages.get(p.a.article_id) != languages.get(p.b.article_id)
        # a near pair above the alignment margin is treated as aligned for unit-less figures
        f = check_numbers(p.a, p.b, aligned=p.score >= strong_margin / 1.5, cross_lingual=cross)
        if f:
            seen.add(k)
            out.append((p, f))
    for p in reports or []:
        k = key(p)
        if k in seen:
            continue
        f = check_report_dates(p.a, p.b)
        if f:
            seen.add(k)
            out.append((p, f))
    return out


def to_contradiction(p: AlignedPair, f: Finding) -> Contradiction:
    def side(x: SentenceFacts) -> dict:
        s = x.sentence
        return {"article_id": x.article_id, "text": s.text, "start": s.start, "end": s.end}
    return Contradiction(a=side(p.a), b=side(p.b), reason=f.reason, kind=f.kind)


def disagreeing_pairs(found: list[tuple[AlignedPair, Finding]],
                      claims: list[list[SentenceFacts]]) -> set[frozenset]:
    """Pairs of sentences (keyed (article_id, index)) that disagree.  A figure in
    dispute splits its whole claim: every sentence stating one of the two values
    disagrees with every sentence stating the other, so that three sources saying
    1,200 and one saying 12 000 put the 12 000 alone on the contradicting side."""
    out = {frozenset({(p.a.article_id, p.a.index), (p.b.article_id, p.b.index)}) for p, _ in found}
    claim_of = {(f.article_id, f.index): facts for facts in claims for f in facts}
    for p, finding in found:
        if finding.values is None:
            continue
        facts = claim_of.get((p.a.article_id, p.a.index)) or []
        sides = [[f for f in facts if any(not _differ(n.value, v) for n in f.numbers)] for v in finding.values]
        out |= {frozenset({(x.article_id, x.index), (y.article_id, y.index)})
                for x in sides[0] for y in sides[1] if x.article_id != y.article_id}
    return out
